/**
 * The public TypeScript API of a package at one commit (an {@link ApiSnapshot},
 * taken from TypeDoc's reflections by api-diff-snapshot.ts) and the diff of two
 * snapshots: exports and members added, removed and changed, each change
 * classified as breaking or not.
 *
 * What counts as breaking follows the changes API Extractor's API report makes
 * reviewers look at: removing an export or a member, adding a required
 * parameter or a required interface member, narrowing a parameter type,
 * widening a return type, making an optional property required, making a
 * property readonly or changing an export's kind. Adding optional things is
 * not breaking. Types are compared as TypeDoc renders them, normalised
 * (whitespace and the order of union members do not count), so a change that
 * is only formatting is no change. A type change that is neither a plain
 * widening nor a plain narrowing of a union counts as breaking: the diff
 * cannot prove it is compatible.
 */

/** Format of {@link ApiSnapshot}; a cached snapshot of another format is taken again. */
export const API_SNAPSHOT_FORMAT = 2;

/** One parameter of a call signature. */
export interface ApiParameter {
  name: string;
  /** The type as TypeDoc renders it. */
  type: string;
  optional: boolean;
  rest: boolean;
}

/** One call (or construct) signature. */
export interface ApiSignature {
  /** `<T extends object = {}>`, or empty. */
  typeParameters: string;
  parameters: ApiParameter[];
  /** The return type as TypeDoc renders it. */
  returns: string;
}

/** What an export or a member is, as TypeDoc's reflection kinds name it (lowercase, e.g. `function`, `type alias`). */
export type ApiKind = string;

/** A member of a class, interface or enum. */
export interface ApiMember {
  name: string;
  kind: ApiKind;
  optional: boolean;
  readonly: boolean;
  static: boolean;
  /** A property's, accessor's or enum member's type. */
  type?: string;
  /** A method's or constructor's signatures. */
  signatures?: ApiSignature[];
}

/** An export of a package's entry points. */
export interface ApiExport {
  /** Its exported name (`Module/name` when the package has several entry points, `Namespace.name` inside a namespace). */
  name: string;
  kind: ApiKind;
  /** A variable's type, or a type alias's definition. */
  type?: string;
  /** A function's signatures. */
  signatures?: ApiSignature[];
  /** A class's, interface's or enum's members. */
  members?: ApiMember[];
  /** The types a class or interface extends, as TypeDoc renders them (absent when none). */
  extends?: string[];
  /** The interfaces a class implements (absent when none). */
  implements?: string[];
  /** Its API reference page, relative to the package's reference (`functions/add.md`). */
  page?: string;
}

/** The public API of one package at one commit. */
export interface ApiSnapshot {
  format: typeof API_SNAPSHOT_FORMAT;
  /** Sorted by name. */
  exports: ApiExport[];
}

/** An export or a member that only one side has. */
export interface TsApiEntry {
  /** `add`, or `TaskClient.list` for a member. */
  name: string;
  kind: ApiKind;
  /** Its signature as TypeDoc renders it (overloads separated by `; `). */
  signature: string;
  /** True for a removal, and for an added required interface member. */
  breaking: boolean;
  /** Why it is breaking. */
  reasons: string[];
  /** Its API reference page (site path, e.g. `/api/task-client/functions/add`), when it has one. */
  page?: string;
}

/** An export or a member both sides have, whose signature changed. */
export interface TsApiChange {
  /** `add`, or `TaskClient.list` for a member. */
  name: string;
  kind: ApiKind;
  /** The signature at the previous release. */
  before: string;
  /** The signature at this release. */
  after: string;
  breaking: boolean;
  /** Why it is breaking, e.g. `new required parameter \`owner\``; empty when it is not. */
  reasons: string[];
  /** Its API reference page (site path), when it has one. */
  page?: string;
}

/** The TypeScript API diff of one package between two tags. */
export interface TsApiDiff {
  /** Exports and members only in the newer snapshot, by name. */
  added: TsApiEntry[];
  /** Exports and members only in the older snapshot, by name. */
  removed: TsApiEntry[];
  /** Exports and members in both whose signature changed, by name. */
  changed: TsApiChange[];
  /** Every breaking change, `where` being the export or member, by name. */
  breaking: { where: string; description: string }[];
}

/**
 * Diffs two snapshots of a package.
 *
 * @param pageOf - Site path of a reference page from {@link ApiExport.page}; no links without it.
 */
export function diffApiSnapshots(before: ApiSnapshot, after: ApiSnapshot, pageOf: (page: string) => string | undefined = () => undefined): TsApiDiff {
  const added: TsApiEntry[] = [];
  const removed: TsApiEntry[] = [];
  const changed: TsApiChange[] = [];
  const link = (item: ApiExport): { page?: string } => {
    const page = item.page === undefined ? undefined : pageOf(item.page);
    return page === undefined ? {} : { page };
  };
  const oldExports = new Map(before.exports.map((item) => [item.name, item]));
  const newExports = new Map(after.exports.map((item) => [item.name, item]));

  for (const item of after.exports) {
    if (!oldExports.has(item.name)) added.push({ name: item.name, kind: item.kind, signature: renderExport(item), breaking: false, reasons: [], ...link(item) });
  }
  for (const item of before.exports) {
    const now = newExports.get(item.name);
    if (!now) {
      removed.push({ name: item.name, kind: item.kind, signature: renderExport(item), breaking: true, reasons: ['export removed'], ...link(item) });
      continue;
    }
    if (now.kind !== item.kind) {
      changed.push({ name: item.name, kind: now.kind, before: renderExport(item), after: renderExport(now), breaking: true, reasons: [`was a ${item.kind}, is a ${now.kind}`], ...link(now) });
      continue;
    }
    if (item.members !== undefined || now.members !== undefined) {
      const reasons = heritageReasons(item, now, newExports);
      if (reasons !== undefined) changed.push({ name: item.name, kind: now.kind, before: renderExport(item), after: renderExport(now), breaking: reasons.length > 0, reasons, ...link(now) });
      diffMembers(item, now, { added, removed, changed }, link(now));
      continue;
    }
    const reasons = exportReasons(item, now);
    if (reasons === undefined) continue;
    changed.push({ name: item.name, kind: now.kind, before: renderExport(item), after: renderExport(now), breaking: reasons.length > 0, reasons, ...link(now) });
  }

  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  added.sort(byName);
  removed.sort(byName);
  changed.sort(byName);
  const breaking = [...removed, ...changed, ...added]
    .filter((item) => item.breaking)
    .sort(byName)
    .flatMap((item) => item.reasons.map((description) => ({ where: item.name, description })));
  return { added, removed, changed, breaking };
}

/** Why a change of a function, variable or type alias breaks its users (empty: it does not), or undefined when nothing changed. */
function exportReasons(before: ApiExport, after: ApiExport): string[] | undefined {
  if (before.signatures !== undefined || after.signatures !== undefined) return signaturesReasons(before.signatures ?? [], after.signatures ?? []);
  if (sameType(before.type, after.type)) return undefined;
  // A constant is read: it may narrow, and a new literal value of the same primitive (`"2.1.0"` to
  // `"3.0.0"`, a version constant) is a new value, not a new type. A type alias may be read or
  // written: any change may break.
  if (before.kind === 'variable' && (isNarrowing(before.type ?? '', after.type ?? '') || sameLiteralKind(before.type ?? '', after.type ?? ''))) return [];
  return [`type changed from \`${before.type ?? ''}\` to \`${after.type ?? ''}\``];
}

/**
 * Why a change of what a class or interface extends or implements breaks its
 * users (empty: it does not), or undefined when neither changed. A base type
 * that is gone breaks `instanceof` checks and assignments to the base, and
 * takes with it inherited members the snapshot may not list (those of a base
 * from another package), unless a new base derives from it in the same
 * package (`TaskTimeoutError extends Error` becoming `extends
 * TaskNetworkError`, itself `extends Error`). An interface no longer named in
 * `implements` breaks nothing by itself: TypeScript compares structures, and a
 * member that went with it is reported as removed.
 */
function heritageReasons(before: ApiExport, after: ApiExport, exportsAfter: ReadonlyMap<string, ApiExport>): string[] | undefined {
  const same = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((type, i) => normalizeType(type) === normalizeType(b[i]!));
  if (same(before.extends, after.extends) && same(before.implements, after.implements)) return undefined;
  const kept = ancestors(after.extends ?? [], exportsAfter);
  return (before.extends ?? []).filter((type) => !kept.has(normalizeType(type))).map((type) => `no longer extends \`${type}\``);
}

/** The types, normalised, and every type they extend in turn through exports of the same snapshot. */
function ancestors(types: readonly string[], exportsByName: ReadonlyMap<string, ApiExport>): Set<string> {
  const found = new Set<string>();
  const queue = [...types];
  for (let type = queue.shift(); type !== undefined; type = queue.shift()) {
    const normal = normalizeType(type);
    if (found.has(normal)) continue;
    found.add(normal);
    // `Base<T>` is declared as `Base`.
    queue.push(...(exportsByName.get(normal.replace(/<.*$/s, ''))?.extends ?? []));
  }
  return found;
}

function diffMembers(before: ApiExport, after: ApiExport, out: { added: TsApiEntry[]; removed: TsApiEntry[]; changed: TsApiChange[] }, link: { page?: string }): void {
  const key = (member: ApiMember) => `${member.static ? 'static ' : ''}${member.name}`;
  const oldMembers = new Map((before.members ?? []).map((member) => [key(member), member]));
  const newMembers = new Map((after.members ?? []).map((member) => [key(member), member]));
  const qualified = (member: ApiMember) => `${before.name}.${member.name}`;
  for (const member of after.members ?? []) {
    if (oldMembers.has(key(member))) continue;
    // Code that implements an interface or writes an object of its type must now provide the member.
    const required = after.kind === 'interface' && !member.optional;
    out.added.push({
      name: qualified(member),
      kind: member.kind,
      signature: renderMember(after, member),
      breaking: required,
      reasons: required ? ['new required member of an interface'] : [],
      ...link,
    });
  }
  for (const member of before.members ?? []) {
    const now = newMembers.get(key(member));
    if (!now) {
      out.removed.push({ name: qualified(member), kind: member.kind, signature: renderMember(before, member), breaking: true, reasons: ['member removed'], ...link });
      continue;
    }
    const reasons = memberReasons(after.kind, member, now);
    if (reasons === undefined) continue;
    out.changed.push({ name: qualified(member), kind: now.kind, before: renderMember(before, member), after: renderMember(after, now), breaking: reasons.length > 0, reasons, ...link });
  }
}

function memberReasons(owner: ApiKind, before: ApiMember, after: ApiMember): string[] | undefined {
  if (before.kind !== after.kind) return [`was a ${before.kind}, is a ${after.kind}`];
  if (before.signatures !== undefined || after.signatures !== undefined) {
    const reasons = signaturesReasons(before.signatures ?? [], after.signatures ?? []);
    if (before.optional === after.optional) return reasons;
    return [...(reasons ?? []), ...(before.optional && !after.optional && owner === 'interface' ? ['now required'] : [])];
  }
  const reasons: string[] = [];
  let changed = false;
  if (!sameType(before.type, after.type)) {
    changed = true;
    // Enum values and readonly properties are read: they may narrow.
    const readOnly = owner === 'enum' || (before.readonly && after.readonly);
    if (!(readOnly && isNarrowing(before.type ?? '', after.type ?? ''))) reasons.push(`type changed from \`${before.type ?? ''}\` to \`${after.type ?? ''}\``);
  }
  if (before.optional !== after.optional) {
    changed = true;
    if (before.optional) reasons.push('now required');
  }
  if (before.readonly !== after.readonly) {
    changed = true;
    if (after.readonly) reasons.push('now readonly');
  }
  return changed ? reasons : undefined;
}

/**
 * Why a function's (or method's) new signatures break callers: every old
 * overload must still be callable through some new overload. Undefined when
 * the signatures render the same.
 */
function signaturesReasons(before: readonly ApiSignature[], after: readonly ApiSignature[]): string[] | undefined {
  const key = (signatures: readonly ApiSignature[]) => signatures.map((signature) => normalizeType(renderSignature('', signature))).join(';');
  if (key(before) === key(after)) return undefined;
  const reasons: string[] = [];
  for (const old of before) {
    const attempts = after.map((candidate) => callerBreaks(old, candidate));
    if (attempts.some((attempt) => attempt.length === 0)) continue;
    // The overload that breaks least is the one the change was made to.
    const closest = attempts.sort((a, b) => a.length - b.length)[0];
    reasons.push(...(closest ?? ['signature removed']));
  }
  return [...new Set(reasons)];
}

/** What a caller of `before` can no longer do with `after` (empty: every call still compiles). */
function callerBreaks(before: ApiSignature, after: ApiSignature): string[] {
  const reasons: string[] = [];
  if (normalizeType(before.typeParameters) !== normalizeType(after.typeParameters)) reasons.push(`type parameters changed from \`${before.typeParameters || 'none'}\` to \`${after.typeParameters || 'none'}\``);
  const count = Math.max(before.parameters.length, after.parameters.length);
  for (let i = 0; i < count; i++) {
    const old = before.parameters[i];
    const now = after.parameters[i];
    if (now === undefined) {
      reasons.push(`parameter \`${old!.name}\` removed`);
      continue;
    }
    if (old === undefined) {
      if (!now.optional && !now.rest) reasons.push(`new required parameter \`${now.name}\``);
      continue;
    }
    if (old.optional && !now.optional && !now.rest) reasons.push(`parameter \`${now.name}\` is now required`);
    if (!sameType(old.type, now.type) && !isWidening(old.type, now.type)) reasons.push(`parameter \`${now.name}\` type narrowed or changed from \`${old.type}\` to \`${now.type}\``);
  }
  if (!sameType(before.returns, after.returns) && !isNarrowing(before.returns, after.returns)) {
    reasons.push(`return type widened or changed from \`${before.returns}\` to \`${after.returns}\``);
  }
  return reasons;
}

/** The union members of a type at its top level (`A | B<C | D>` → `A`, `B<C | D>`), normalised and sorted. */
export function unionMembers(type: string): string[] {
  const text = type.trim();
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if ('([{<'.includes(ch)) depth++;
    else if (')]}>'.includes(ch) && !(ch === '>' && text[i - 1] === '=')) depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return [...new Set(parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean))].sort();
}

/** A type in a form where formatting and the order of union members do not count. */
export function normalizeType(type: string): string {
  return unionMembers(type)
    .map((part) => part.replace(/\s*([(){}[\]<>,;:?=|&])\s*/g, '$1').replace(/;}/g, '}'))
    .join('|');
}

function sameType(a: string | undefined, b: string | undefined): boolean {
  return normalizeType(a ?? '') === normalizeType(b ?? '');
}

/** True when `after` accepts everything `before` did: a superset of its union members, or `unknown`/`any`. */
function isWidening(before: string, after: string): boolean {
  const now = unionMembers(after).map(normalizeType);
  if (now.includes('unknown') || now.includes('any')) return true;
  return unionMembers(before).map(normalizeType).every((member) => now.includes(member));
}

/** True when `after` returns nothing `before` did not: a subset of its union members, or `never`. */
function isNarrowing(before: string, after: string): boolean {
  return isWidening(after, before) || normalizeType(after) === 'never';
}

/** True when both types are one literal of the same primitive: two strings, two numbers. */
function sameLiteralKind(before: string, after: string): boolean {
  const kind = (type: string) => (/^(["'])(?:\\.|(?!\1).)*\1$/.test(type.trim()) ? 'string' : /^-?\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?$/i.test(type.trim()) ? 'number' : undefined);
  return kind(before) !== undefined && kind(before) === kind(after);
}

/** `name<T>(a: string, b?: number, ...rest: string[]): R`. */
export function renderSignature(name: string, signature: ApiSignature): string {
  const parameters = signature.parameters.map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional && !p.rest ? '?' : ''}: ${p.type}`).join(', ');
  return `${name}${signature.typeParameters}(${parameters}): ${signature.returns}`;
}

/** An export on one line, e.g. `function add(a: number, b: number): number` or `type Status = "open" | "done"`. */
export function renderExport(item: ApiExport): string {
  if (item.signatures !== undefined) return item.signatures.map((signature) => `function ${renderSignature(item.name, signature)}`).join('; ');
  if (item.kind === 'variable') return `const ${item.name}: ${item.type ?? 'unknown'}`;
  if (item.kind === 'type alias') return `type ${item.name}${item.type === undefined ? '' : ` = ${item.type}`}`;
  const heritage = [
    ...(item.extends?.length ? [`extends ${item.extends.join(', ')}`] : []),
    ...(item.implements?.length ? [`implements ${item.implements.join(', ')}`] : []),
  ];
  return [`${item.kind} ${item.name}`, ...heritage].join(' ');
}

/** A member on one line, e.g. `TaskClient.list(owner: string): Promise<Task[]>` or `readonly Task.id: string`. */
export function renderMember(owner: ApiExport, member: ApiMember): string {
  const prefix = `${member.static ? 'static ' : ''}${member.readonly ? 'readonly ' : ''}`;
  const name = `${owner.name}.${member.name}${member.optional ? '?' : ''}`;
  if (member.kind === 'constructor') return (member.signatures ?? []).map((signature) => `new ${owner.name}${renderSignature('', { ...signature, returns: '' })}`.replace(/: $/, '')).join('; ');
  if (member.signatures !== undefined) return member.signatures.map((signature) => `${prefix}${renderSignature(name, signature)}`).join('; ');
  if (member.kind === 'enum member') return `${owner.name}.${member.name} = ${member.type ?? ''}`;
  return `${prefix}${name}: ${member.type ?? 'unknown'}`;
}
