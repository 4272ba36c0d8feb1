import { buildCurlCommand, type CurlRequest, type CurlValuePart } from '../curl.js';
import { arrayOf, objectOf, type JsonObject } from '../json-narrowing.js';
import type { RequestBodyView } from '../payload-view.js';
import type { OperationSecurityView } from '../security-view.js';
import { sampleFromSchema } from '../sample.js';
import type { RawOperation, SpecContext } from './context.js';
import { mergedParameters, parameterExample, parameterSchema } from './parameters.js';
import { formDataSchema } from './request-bodies.js';

/** A ready-to-copy curl command for an operation: its required parameters, credentials and a sample body. */
export function curlSample(
  ctx: SpecContext,
  raw: RawOperation,
  parameters: JsonObject[],
  requestBody: RequestBodyView | undefined,
  security: OperationSecurityView,
  servers: string[],
): string {
  // A value the spec vouches for (example, default, first enum value), else a shell variable named after the
  // parameter: a made-up placeholder such as 0 would look like a real id.
  const valueOf = (param: JsonObject): CurlValuePart[] => {
    const schema = ctx.deref(parameterSchema(ctx, param)) ?? {};
    const example = parameterExample(param, (node) => ctx.deref(node)) ?? schema.default ?? arrayOf(schema.enum).find((v) => v !== null);
    if (example === undefined || example === null || typeof example === 'object') return [{ variable: String(param.name ?? 'value') }];
    return [{ text: String(example) }];
  };
  const request: CurlRequest = {
    method: raw.method,
    serverUrl: servers[0] ?? '',
    path: [{ text: raw.path }],
    query: [],
    headers: [],
    authOptions: [],
    cookies: [],
  };
  for (const param of parameters) {
    const name = String(param.name ?? '');
    if (param.in === 'path') {
      const value = valueOf(param).map((part) => ('text' in part ? { text: encodeURIComponent(part.text) } : part));
      request.path = request.path.flatMap((part) => {
        if (!('text' in part) || !part.text.includes(`{${name}}`)) return [part];
        return part.text.split(`{${name}}`).flatMap((text, i) => (i === 0 ? [{ text }] : [...value, { text }]));
      });
    } else if (param.required === true && param.in === 'query') request.query.push({ name, value: valueOf(param) });
    else if (param.required === true && param.in === 'header') request.headers.push({ name, value: valueOf(param) });
    else if (param.required === true && param.in === 'cookie') request.cookies.push({ name, value: valueOf(param) });
  }
  addCredentials(ctx, request, security);
  const body = curlBody(ctx, raw, requestBody);
  if (body) request.body = body;
  return buildCurlCommand(request);
}

/** Credentials of the first way to authenticate, as shell variables. Optional authentication is left out. */
function addCredentials(ctx: SpecContext, request: CurlRequest, security: OperationSecurityView): void {
  const first = security.optional ? undefined : security.alternatives[0];
  const definitions = objectOf(ctx.oas2 ? ctx.doc.securityDefinitions : objectOf(ctx.doc.components).securitySchemes);
  for (const { key } of first?.schemes ?? []) {
    const scheme = ctx.deref(definitions[key]);
    if (!scheme) continue;
    const httpScheme = String(scheme.scheme ?? '').toLowerCase();
    if (scheme.type === 'basic' || (scheme.type === 'http' && httpScheme === 'basic')) {
      request.authOptions.push('-u "$USERNAME:$PASSWORD"');
    } else if (scheme.type === 'apiKey') {
      const target = { name: String(scheme.name ?? key), value: [{ variable: 'API_KEY' }] };
      if (scheme.in === 'query') request.query.push(target);
      else if (scheme.in === 'cookie') request.cookies.push(target);
      else request.headers.push(target);
    } else if (scheme.type === 'mutualTLS') {
      request.authOptions.push('--cert client.pem --key client-key.pem');
    } else if (scheme.type === 'http' && httpScheme !== 'bearer' && httpScheme !== '') {
      request.headers.push({ name: 'Authorization', value: [{ text: `${String(scheme.scheme)} ` }, { variable: 'CREDENTIALS' }] });
    } else {
      // bearer, oauth2 and openIdConnect all send an access token.
      request.headers.push({ name: 'Authorization', value: [{ text: 'Bearer ' }, { variable: 'TOKEN' }] });
    }
  }
}

/** The body of the sample: the first JSON media type (else the first), from its first example or a sample of its schema. */
function curlBody(ctx: SpecContext, raw: RawOperation, requestBody: RequestBodyView | undefined): CurlRequest['body'] {
  if (!requestBody || requestBody.content.length === 0) return undefined;
  const chosen = requestBody.content.find((media) => /json/i.test(media.mediaType)) ?? requestBody.content[0]!;
  const schema = requestSchema(ctx, raw, chosen.mediaType);
  let value: unknown;
  const example = chosen.examples[0];
  if (example) value = example.language === 'json' ? safeJsonParse(example.value) : example.value;
  if (value === undefined) value = sampleFromSchema(schema, (ref) => ctx.spec.resolveRef(ref));
  if (value === undefined && !/form/i.test(chosen.mediaType)) return undefined;
  if (/multipart\/form-data/i.test(chosen.mediaType) || /x-www-form-urlencoded/i.test(chosen.mediaType)) {
    // Fields with a value, plus required file fields (a file has no sample value of its own).
    const resolved = ctx.deref(schema);
    const required = new Set(arrayOf(resolved?.required));
    const names = [...new Set([...Object.keys(objectOf(value)), ...Object.keys(objectOf(resolved?.properties)).filter((name) => required.has(name))])];
    const fields = names.flatMap((name) => {
      const file = isBinaryProperty(ctx, schema, name);
      const fieldValue = objectOf(value)[name];
      if (!file && fieldValue === undefined) return [];
      return [{ name, value: typeof fieldValue === 'string' ? fieldValue : JSON.stringify(fieldValue ?? ''), file }];
    });
    return /multipart/i.test(chosen.mediaType)
      ? { mediaType: chosen.mediaType, kind: 'multipart', fields }
      : { mediaType: chosen.mediaType, kind: 'form', fields };
  }
  const data = /json/i.test(chosen.mediaType) ? JSON.stringify(value, null, 2) : typeof value === 'string' ? value : JSON.stringify(value);
  return { mediaType: chosen.mediaType, kind: 'raw', data };
}

function requestSchema(ctx: SpecContext, raw: RawOperation, mediaType: string): unknown {
  if (ctx.oas2) {
    const params = mergedParameters(ctx, raw);
    const body = params.find((param) => param.in === 'body');
    if (body) return body.schema;
    return formDataSchema(params.filter((param) => param.in === 'formData'));
  }
  return objectOf(objectOf(ctx.deref(raw.operation.requestBody)?.content)[mediaType]).schema;
}

function isBinaryProperty(ctx: SpecContext, schema: unknown, name: string): boolean {
  const property = ctx.deref(objectOf(ctx.deref(schema)?.properties)[name]);
  return property?.format === 'binary' || property?.type === 'file';
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
