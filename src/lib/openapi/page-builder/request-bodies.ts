import type { JsonObject } from '../json-narrowing.js';
import type { RequestBodyView } from '../payload-view.js';
import type { RawOperation, SpecContext } from './context.js';
import { contentViews, mediaTypeView, mediaTypes } from './media-types.js';

/** 3.x: the operation's `requestBody`. */
export function requestBodyView(ctx: SpecContext, node: unknown): RequestBodyView | undefined {
  const body = ctx.deref(node);
  if (!body) return undefined;
  return {
    required: body.required === true,
    descriptionHtml: ctx.optionalMarkdown(body.description),
    content: contentViews(ctx, body.content),
  };
}

/** 2.0 keeps the body in a `body` parameter, or form fields in `formData` parameters. */
export function requestBodyViewOas2(ctx: SpecContext, raw: RawOperation, parameters: JsonObject[]): RequestBodyView | undefined {
  const consumes = mediaTypes(raw.operation.consumes ?? ctx.doc.consumes, 'application/json');
  const body = parameters.find((param) => param.in === 'body');
  if (body) {
    return {
      required: body.required === true,
      descriptionHtml: ctx.optionalMarkdown(body.description),
      content: consumes.map((mediaType) => mediaTypeView(ctx, mediaType, body.schema, [], body.schema)),
    };
  }
  const form = parameters.filter((param) => param.in === 'formData');
  if (form.length === 0) return undefined;
  const schema = formDataSchema(form);
  const formTypes = consumes.filter((type) => /form/.test(type));
  const types = formTypes.length > 0 ? formTypes : [form.some((param) => param.type === 'file') ? 'multipart/form-data' : 'application/x-www-form-urlencoded'];
  return { required: form.some((param) => param.required === true), content: types.map((mediaType) => mediaTypeView(ctx, mediaType, schema, [], schema)) };
}

/** 2.0 `formData` parameters as the object schema of a form body (each parameter's type fields become a property). */
export function formDataSchema(form: JsonObject[]): JsonObject {
  return {
    type: 'object',
    required: form.filter((param) => param.required === true).map((param) => param.name),
    properties: Object.fromEntries(
      form.map((param) => {
        const { name: _name, in: _in, required: _required, ...fields } = param;
        return [String(param.name), fields];
      }),
    ),
  };
}
