import type { SchemaView } from './schema-view.js';

/**
 * What goes in and out of an operation, as its page shows it: parameters,
 * request body, responses, headers, media types and examples. HTML fields
 * (`…Html`) are already sanitized; every other string is text that React escapes.
 */

/** One example of a payload. */
export interface ExampleView {
  /** Key in `examples`, or `example` for the single `example` field. */
  name: string;
  /** `summary` (plain text). */
  summary?: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** The value as text: pretty JSON for JSON media types. */
  value: string;
  /** Highlighting language for the code block. */
  language: 'json' | 'yaml' | 'xml' | 'text';
  /** Taken from the schema's own `example` because the media type has none. */
  fromSchema?: boolean;
}

/** A payload of one media type. */
export interface MediaTypeView {
  /** e.g. `application/json`. */
  mediaType: string;
  /** Its schema, when one is given. */
  schema?: SchemaView;
  /** Its examples. */
  examples: ExampleView[];
}

/** A request or response header. */
export interface HeaderView {
  /** Header name. */
  name: string;
  /** `required`. */
  required: boolean;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Its schema. */
  schema?: SchemaView;
}

/** One row of the parameters table. */
export interface ParameterView {
  /** Parameter name. */
  name: string;
  /** Where it goes: `path`, `query`, `header` or `cookie`. */
  in: string;
  /** `required` (always true for path parameters). */
  required: boolean;
  /** `deprecated`. */
  deprecated: boolean;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Its schema (for 2.0, built from the parameter's own type fields). */
  schema: SchemaView;
  /** `example` or the first of `examples`, as JSON text. */
  example?: string;
}

/** The request body of an operation. */
export interface RequestBodyView {
  /** `required`. */
  required: boolean;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** One entry per media type. */
  content: MediaTypeView[];
}

/** One response of an operation. */
export interface ResponseView {
  /** Status code or range as written: `200`, `4XX`, `default`. */
  status: string;
  /** Anchor id of the response's heading. */
  anchor: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Response headers. */
  headers: HeaderView[];
  /** One entry per media type. */
  content: MediaTypeView[];
}
