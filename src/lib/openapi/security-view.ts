/**
 * Authentication as the HTTP API pages show it: the security schemes of a spec
 * (overview page) and the requirements of an operation. HTML fields (`…Html`)
 * are already sanitized.
 */

/** One security scheme, shown in the overview's authentication section. */
export interface SecuritySchemeView {
  /** Key under `components/securitySchemes` (or `securityDefinitions`). */
  key: string;
  /** Anchor id of its heading on the overview page. */
  anchor: string;
  /** What it is, in words: `HTTP bearer (JWT)`, `API key in header "X-API-Key"`. */
  kind: string;
  /** `description`, sanitized HTML. */
  descriptionHtml?: string;
  /** OAuth 2.0 flows, with URLs as text and scopes. */
  flows: OAuthFlowView[];
  /** OpenID Connect discovery URL, as text. */
  openIdConnectUrl?: string;
}

/** One OAuth 2.0 flow of a security scheme. */
export interface OAuthFlowView {
  /** Flow name: `authorizationCode`, `clientCredentials`, … (2.0: `accessCode`, …). */
  flow: string;
  /** Authorization endpoint, as text. */
  authorizationUrl?: string;
  /** Token endpoint, as text. */
  tokenUrl?: string;
  /** Refresh endpoint, as text. */
  refreshUrl?: string;
  /** Scopes the flow offers. */
  scopes: OAuthScopeView[];
}

/** One OAuth 2.0 scope. */
export interface OAuthScopeView {
  /** Scope name. */
  name: string;
  /** What it grants (plain text). */
  description: string;
}

/** One way to authenticate: every listed scheme together. */
export interface SecurityRequirementView {
  /** Schemes that must all be satisfied, with the scopes asked for. */
  schemes: SecuritySchemeUse[];
}

/** A security scheme as one requirement uses it. */
export interface SecuritySchemeUse {
  /** Key of the scheme. */
  key: string;
  /** Scopes required (OAuth 2.0 / OpenID Connect). */
  scopes: string[];
  /** What the scheme is, when it is declared (see {@link SecuritySchemeView.kind}). */
  kind?: string;
  /** Link to the scheme on the overview page, when it is declared. */
  permalink?: string;
}

/** Which authentication an operation needs. */
export interface OperationSecurityView {
  /** Alternatives (any one suffices); empty when no authentication is needed. */
  alternatives: SecurityRequirementView[];
  /** An empty requirement is among the alternatives: authentication is optional. */
  optional: boolean;
}
