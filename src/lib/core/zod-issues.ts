import type * as z from 'zod';
import { describeValue } from './text.js';

/**
 * One wording for every schema problem a user sees (configuration, result
 * files, RFC and runbook front matter, Prometheus rule files):
 *
 * - `api.packages[0].name: got 42, expected string`
 * - `api.packages[0].tsconfig: missing, expected string`
 * - `gates: unknown field "link" (did you mean "links"?), expected one of "links", "anchors", ...`
 *
 * The place is a dotted path here; where the caller already places the problem
 * (a JSON pointer after the file name, a line), it uses {@link zodIssueMessage} alone.
 */
export interface ZodIssueFormat {
  /** The schema that was validated: names the allowed fields where an object has unknown ones. */
  schema?: z.core.$ZodType;
  /** The allowed fields at a path, when the schema alone does not say them (wins over `schema`). */
  allowedFields?: (segments: readonly PropertyKey[]) => readonly string[] | undefined;
  /** What the whole document is called when the problem is at its top: `(root)` unless told. */
  root?: string;
}

/** `field.path: <message>`: a schema problem with its place, in the one form every check uses. */
export function formatZodIssue(issue: z.core.$ZodIssue, format: ZodIssueFormat = {}, prefix: readonly PropertyKey[] = []): string {
  const segments = [...prefix, ...issue.path];
  return `${formatFieldPath(segments) || (format.root ?? '(root)')}: ${zodIssueMessage(issue, format, prefix)}`;
}

/** What is wrong, without the place: `got "aproved", expected one of ...`, `missing, expected string`. */
export function zodIssueMessage(issue: z.core.$ZodIssue, format: ZodIssueFormat = {}, prefix: readonly PropertyKey[] = []): string {
  if (issue.code === 'unrecognized_keys') return unknownFieldsMessage(issue.keys, allowedFieldsAt([...prefix, ...issue.path], issue.path, format));
  const expected = expectedOf(issue);
  const input = 'input' in issue ? issue.input : undefined;
  if (input === undefined) return `missing, expected ${expected}`;
  return `got ${describeValue(input)}, expected ${expected}`;
}

/**
 * `unknown field "titel" (did you mean "title"?), expected one of "title", "status"`;
 * without a list of allowed fields, `expected only the documented fields`.
 *
 * @param alsoAllowed - Said after the list, for fields allowed beyond it (`or a Docusaurus key such as "slug"`).
 */
export function unknownFieldsMessage(keys: readonly string[], allowed?: readonly string[], alsoAllowed?: string): string {
  const named = keys.map((key) => JSON.stringify(key)).join(', ');
  const suggestion = keys.length === 1 && allowed ? closestField(keys[0]!, allowed) : undefined;
  const hint = suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
  const expected = allowed && allowed.length > 0 ? `expected one of ${allowed.map((key) => JSON.stringify(key)).join(', ')}` : 'expected only the documented fields';
  return `unknown field${keys.length > 1 ? 's' : ''} ${named}${hint}, ${expected}${alsoAllowed ? ` ${alsoAllowed}` : ''}`;
}

/** `api.packages[0].name`: a path as the user writes it in TypeScript or YAML. */
export function formatFieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/**
 * What the schema expected: the schema's own words (`a whole number such as 3`),
 * or zod's default message made plain (`string`, `one of "error", "warn", "off"`).
 */
function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && /^Invalid (option|input)/.test(issue.message)) {
    const values = issue.values.map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)));
    return values.length === 1 ? values[0]! : `one of ${values.join(', ')}`;
  }
  return issue.message.replace(/^(Invalid input: )?expected /i, '').replace(/^(\w+), received \w+$/, '$1');
}

function allowedFieldsAt(full: readonly PropertyKey[], own: readonly PropertyKey[], format: ZodIssueFormat): readonly string[] | undefined {
  if (format.allowedFields) return format.allowedFields(full);
  return format.schema ? schemaFieldsAt(format.schema, own) : undefined;
}

/** The field names a schema allows at a path (through defaults, optionals and lists), if it is an object there. */
export function schemaFieldsAt(root: z.core.$ZodType, segments: readonly PropertyKey[]): string[] | undefined {
  type Def = { type: string; innerType?: z.core.$ZodType; element?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> };
  const unwrap = (type: z.core.$ZodType): z.core.$ZodType => {
    const def = type._zod.def as Def;
    if ((def.type === 'default' || def.type === 'optional' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) return unwrap(def.innerType);
    return type;
  };
  let schema = root;
  for (const segment of segments) {
    const current = unwrap(schema)._zod.def as Def;
    if (typeof segment === 'number' && current.type === 'array' && current.element) schema = current.element;
    else if (typeof segment === 'string' && current.type === 'object' && current.shape?.[segment]) schema = current.shape[segment];
    else return undefined;
  }
  const def = unwrap(schema)._zod.def as Def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** The allowed field a mistyped one most likely meant: same letters but for case, `-`, `_`, or at most two edits away. */
function closestField(key: string, allowed: readonly string[]): string | undefined {
  const simplified = (value: string) => value.toLowerCase().replace(/[-_\s]/g, '');
  return (
    allowed.find((candidate) => simplified(candidate) === simplified(key)) ??
    (key.length > 3 ? allowed.find((candidate) => editDistance(candidate.toLowerCase(), key.toLowerCase()) <= 2) : undefined)
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
