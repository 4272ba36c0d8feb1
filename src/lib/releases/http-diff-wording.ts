/**
 * Changes api-smart-diff leaves without a description, or describes unclearly,
 * said the way a reader of a release page looks for them.
 *
 * Examples:
 * api-smart-diff describes an example's change inconsistently, or not at all:
 * an example under a media type (`content/<type>/examples/<name>/value/...`)
 * comes back unclassified with no description (Portico printed its raw JSON
 * pointer), and a schema's `examples` list as `annotation (0)`. An example
 * documents a request or a response; changing it changes no client's
 * contract, so every such change is an annotation, described here by what
 * the example belongs to: `[Replaced] example \`degraded\` in Response 200
 * (application/json)`, `[Replaced] example of \`version\` in Response 503
 * (application/json)`.
 */

/** Keywords of a schema's structure, left out of a property's name. */
const STRUCTURE = new Set(['properties', 'items', 'allOf', 'oneOf', 'anyOf', 'not', 'additionalProperties']);

const VERBS: Record<string, string> = { add: 'Added', remove: 'Removed', replace: 'Replaced', rename: 'Renamed' };

/**
 * The description of a change inside an example, or undefined when the change
 * is not in one. `path` is the change's path in the spec, from the root
 * (`paths`, `/healthz`, `get`, `responses`, ...; or `components`, `schemas`, ...).
 */
export function describeExampleChange(action: string, path: readonly string[]): string | undefined {
  const at = path.findIndex((segment) => segment === 'examples' || segment === 'example');
  if (at === -1) return undefined;
  const verb = VERBS[action] ?? action;
  const scope = scopeOf(path);
  // `.../content/<media type>/examples/<name>`: a named example of a request body or a response.
  if (path[at - 2] === 'content' && path[at] === 'examples' && path[at + 1] !== undefined) return `[${verb}] example \`${path[at + 1]}\` in ${scope}`;
  if (path[at - 2] === 'content') return `[${verb}] example in ${scope}`;
  // In a schema: `.../schema/properties/version/examples/0` is an example of `version`.
  const schemaAt = path.lastIndexOf('schema', at);
  const start = schemaAt !== -1 ? schemaAt + 1 : path[0] === 'components' ? 3 : at;
  // Structure words and list indices are not names a reader knows the property by (`allOf.0.properties.docs` is `docs`).
  const property = path.slice(start, at).filter((segment) => !STRUCTURE.has(segment) && !/^\d+$/.test(segment)).join('.');
  if (property) return `[${verb}] example of \`${property}\` in ${scope}`;
  return schemaAt === -1 ? `[${verb}] example in ${scope}` : `[${verb}] example of the schema in ${scope}`;
}

/** What part of the spec a path is in: `Response 200 (application/json)`, `the request body (application/json)`, `schema \`Task\``. */
function scopeOf(path: readonly string[]): string {
  if (path[0] === 'components') return path[1] === 'schemas' && path[2] !== undefined ? `schema \`${path[2]}\`` : `\`${path.slice(0, 3).join('/')}\``;
  // paths, route, method, then the operation's own part.
  const rest = path.slice(3);
  const media = (i: number) => (rest[i] === 'content' && rest[i + 1] !== undefined ? ` (${rest[i + 1]})` : '');
  if (rest[0] === 'responses' && rest[1] !== undefined) return `Response ${rest[1]}${media(2)}`;
  if (rest[0] === 'requestBody') return `the request body${media(1)}`;
  if (rest[0] === 'parameters' && rest[1] !== undefined) return `parameter ${Number(rest[1]) + 1}`;
  return 'the operation';
}

/**
 * A change the diff library gave no description: what was added, removed or
 * replaced, named by where it is (`[Added] header \`Sunset\` in Response 200`),
 * instead of the JSON pointer a reader would have to decode.
 */
export function describeUnnamedChange(action: string, path: readonly string[]): string {
  const verb = VERBS[action] ?? action;
  const scope = scopeOf(path);
  const inside = path[0] === 'components' ? path.slice(3) : afterScope(path.slice(3));
  const headerAt = inside.lastIndexOf('headers');
  if (headerAt !== -1 && inside[headerAt + 1] !== undefined) return `[${verb}] header \`${inside[headerAt + 1]}\` in ${scope}`;
  const what = inside.filter((segment) => segment !== 'properties' && segment !== 'schema').join('.');
  return what ? `[${verb}] \`${what}\` in ${scope}` : `[${verb}] ${scope}`;
}

/** The part of an operation's path below the scope {@link scopeOf} names. */
function afterScope(rest: readonly string[]): readonly string[] {
  if (rest[0] === 'responses') return rest.slice(rest[2] === 'content' ? 4 : 2);
  if (rest[0] === 'requestBody') return rest.slice(rest[1] === 'content' ? 3 : 1);
  if (rest[0] === 'parameters') return rest.slice(2);
  return rest;
}
