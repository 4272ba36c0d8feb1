import { arrayOf, isObject, objectEntries, objectOf, stringOf, type JsonObject } from '../json-narrowing.js';
import type { OperationSecurityView, SecuritySchemeView } from '../security-view.js';
import { SlugAllocator, kebabSlug } from '../slugs.js';
import type { SpecContext } from './context.js';

/** The spec's security schemes (2.0: `securityDefinitions`), each with an anchor on the overview page. */
export function securitySchemeViews(ctx: SpecContext): SecuritySchemeView[] {
  const schemes = objectEntries(ctx.oas2 ? ctx.doc.securityDefinitions : objectOf(ctx.doc.components).securitySchemes);
  const anchors = new SlugAllocator();
  return schemes.map(([key, node]) => {
    const scheme = ctx.deref(node) ?? {};
    const flows: SecuritySchemeView['flows'] = [];
    const scopesOf = (value: unknown) =>
      Object.entries(objectOf(value)).map(([name, description]) => ({ name, description: typeof description === 'string' ? description : '' }));
    if (ctx.oas2 && scheme.type === 'oauth2') {
      flows.push({
        flow: stringOf(scheme.flow) ?? 'oauth2',
        authorizationUrl: stringOf(scheme.authorizationUrl),
        tokenUrl: stringOf(scheme.tokenUrl),
        scopes: scopesOf(scheme.scopes),
      });
    }
    for (const [flow, details] of objectEntries(scheme.flows)) {
      flows.push({
        flow,
        authorizationUrl: stringOf(details.authorizationUrl),
        tokenUrl: stringOf(details.tokenUrl),
        refreshUrl: stringOf(details.refreshUrl),
        scopes: scopesOf(details.scopes),
      });
    }
    return {
      key,
      anchor: anchors.allocate(`auth-${kebabSlug(key, 'scheme')}`),
      kind: securityKind(scheme),
      descriptionHtml: ctx.optionalMarkdown(scheme.description),
      flows,
      openIdConnectUrl: stringOf(scheme.openIdConnectUrl),
    };
  });
}

/** A `security` list as alternatives, each scheme linked to its heading on the overview page when declared. */
export function securityView(ctx: SpecContext, securitySchemes: SecuritySchemeView[], node: unknown): OperationSecurityView {
  const requirements = arrayOf(node).filter(isObject);
  const optional = requirements.some((requirement) => Object.keys(requirement).length === 0);
  return {
    optional,
    alternatives: requirements
      .filter((requirement) => Object.keys(requirement).length > 0)
      .map((requirement) => ({
        schemes: Object.entries(requirement).map(([key, scopes]) => {
          const scheme = securitySchemes.find((candidate) => candidate.key === key);
          return {
            key,
            scopes: arrayOf(scopes).filter((scope): scope is string => typeof scope === 'string'),
            ...(scheme ? { kind: scheme.kind, permalink: `${ctx.specRef.permalink}#${scheme.anchor}` } : {}),
          };
        }),
      })),
  };
}

/** What a security scheme is, in words: `HTTP bearer (JWT)`, `API key in header "X-API-Key"`. */
export function securityKind(scheme: JsonObject): string {
  switch (scheme.type) {
    case 'http': {
      const name = String(scheme.scheme ?? '').toLowerCase();
      const format = stringOf(scheme.bearerFormat);
      return `HTTP ${name || 'authentication'}${format ? ` (${format})` : ''}`;
    }
    case 'basic':
      return 'HTTP basic';
    case 'apiKey':
      return `API key in ${String(scheme.in ?? 'header')} "${String(scheme.name ?? '')}"`;
    case 'oauth2':
      return 'OAuth 2.0';
    case 'openIdConnect':
      return 'OpenID Connect';
    case 'mutualTLS':
      return 'Mutual TLS';
    default:
      return String(scheme.type ?? 'unknown');
  }
}
