/**
 * What the overview page shows about the API as a whole: its servers, contact,
 * licence and external documentation links. HTML fields (`…Html`) are already
 * sanitized; every other string is text that React escapes.
 */

/** An external documentation link; the URL is kept only when it is http(s). */
export interface ExternalDocsView {
  /** http(s) URL. */
  url: string;
  /** Link text (plain text). */
  description?: string;
}

/** A server of the API. */
export interface ServerView {
  /** URL template as written, e.g. `https://{region}.api.example.com/v2`. */
  url: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** Server variables with their defaults. */
  variables: ServerVariableView[];
}

/** A variable of a server URL template. */
export interface ServerVariableView {
  /** Name as written between braces in the URL. */
  name: string;
  /** `default`: the value used in examples. */
  defaultValue: string;
  /** Allowed values, when restricted. */
  enum?: string[];
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
}

/** Who to contact about the API. */
export interface ContactView {
  /** Name of the person or team. */
  name?: string;
  /** Email address, kept only when it looks like one. */
  email?: string;
  /** http(s) URL. */
  url?: string;
}

/** The API's license. */
export interface LicenseView {
  /** License name. */
  name: string;
  /** http(s) URL of the license text. */
  url?: string;
  /** SPDX identifier (3.1). */
  identifier?: string;
}
