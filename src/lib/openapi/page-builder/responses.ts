import { objectOf } from '../json-narrowing.js';
import type { HeaderView, MediaTypeView, ResponseView } from '../payload-view.js';
import { SlugAllocator, kebabSlug } from '../slugs.js';
import type { RawOperation, SpecContext } from './context.js';
import { contentViews, formatExample, languageOf, mediaTypeView, mediaTypes } from './media-types.js';

/** An operation's responses in document order, each with an anchor, headers and content (2.0: `schema` per `produces` type). */
export function responseViews(ctx: SpecContext, raw: RawOperation): ResponseView[] {
  const anchors = new SlugAllocator();
  return Object.entries(objectOf(raw.operation.responses)).flatMap(([status, node]) => {
    const response = ctx.deref(node);
    if (!response) return [];
    const anchor = anchors.allocate(`response-${kebabSlug(status, 'status')}`);
    const headers: HeaderView[] = Object.entries(objectOf(response.headers)).flatMap(([name, headerNode]) => {
      const header = ctx.deref(headerNode);
      if (!header) return [];
      const { description, required, ...typeFields } = header;
      // 3.x headers carry a schema; 2.0 headers are their own type fields.
      const schema = header.schema ?? (ctx.oas2 ? typeFields : undefined);
      return [
        {
          name,
          required: required === true,
          descriptionHtml: ctx.optionalMarkdown(description),
          schema: schema === undefined ? undefined : ctx.schemaView(schema),
        },
      ];
    });
    let content: MediaTypeView[];
    if (ctx.oas2) {
      const produces = mediaTypes(raw.operation.produces ?? ctx.doc.produces, 'application/json');
      const examples = objectOf(response.examples);
      content =
        response.schema === undefined
          ? []
          : produces.map((mediaType) => {
              const language = languageOf(mediaType);
              const own = examples[mediaType] === undefined ? [] : [{ name: 'example', value: formatExample(examples[mediaType], language), language }];
              return mediaTypeView(ctx, mediaType, response.schema, own, response.schema);
            });
    } else {
      content = contentViews(ctx, response.content);
    }
    return [{ status, anchor, descriptionHtml: ctx.optionalMarkdown(response.description), headers, content }];
  });
}
