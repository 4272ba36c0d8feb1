import {
  DeclarationReflection,
  ReferenceReflection,
  ReflectionKind,
  type ContainerReflection,
  type ProjectReflection,
  type Reflection,
  type SignatureReflection,
  type SomeType,
  type TypeParameterReflection,
} from 'typedoc';
import { API_SNAPSHOT_FORMAT, type ApiExport, type ApiMember, type ApiSignature, type ApiSnapshot } from './api-diff.js';

/**
 * The public API of a package from TypeDoc's model of it (the same conversion
 * `portal doc-coverage` and the API reference use): every export of its entry
 * points with its signatures or type, and the members of its classes,
 * interfaces and enums, types rendered as TypeDoc renders them.
 *
 * @param pageOf - The reference page of a reflection (`classes/TaskClient.md#list`), from `createPageResolver`.
 */
export function snapshotApi(project: ProjectReflection, pageOf: (reflection: Reflection) => string | undefined = () => undefined): ApiSnapshot {
  const exports: ApiExport[] = [];
  collectExports(project, '', exports, pageOf);
  exports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { format: API_SNAPSHOT_FORMAT, exports };
}

function collectExports(container: ContainerReflection, prefix: string, out: ApiExport[], pageOf: (reflection: Reflection) => string | undefined): void {
  for (const child of container.children ?? []) {
    if (child.kindOf(ReflectionKind.Module)) {
      collectExports(child, `${prefix}${child.name}/`, out, pageOf);
      continue;
    }
    if (child.kindOf(ReflectionKind.Namespace)) {
      collectExports(child, `${prefix}${child.name}.`, out, pageOf);
      continue;
    }
    // A re-export under another name (`export { add as plus }`) is the export it points at.
    const target = child instanceof ReferenceReflection ? child.tryGetTargetReflectionDeep() : child;
    if (!(target instanceof DeclarationReflection)) continue;
    const item = describeExport(`${prefix}${child.name}`, target);
    const page = pageOf(target)?.replace(/#.*$/, '');
    if (page !== undefined) item.page = page;
    out.push(item);
  }
}

function describeExport(name: string, reflection: DeclarationReflection): ApiExport {
  const kind = kindName(reflection.kind);
  const signatures = signaturesOf(reflection);
  if (reflection.kindOf(ReflectionKind.ClassOrInterface | ReflectionKind.Enum)) {
    const described: ApiExport = { name, kind, members: (reflection.children ?? []).map(describeMember) };
    if (reflection.extendedTypes?.length) described.extends = reflection.extendedTypes.map(typeText);
    if (reflection.implementedTypes?.length) described.implements = reflection.implementedTypes.map(typeText);
    return described;
  }
  if (signatures.length > 0 && !reflection.kindOf(ReflectionKind.TypeAlias)) return { name, kind: 'function', signatures: signatures.map(describeSignature) };
  if (reflection.kindOf(ReflectionKind.TypeAlias)) {
    const typeParameters = typeParametersText(reflection.typeParameters);
    return { name, kind, type: `${typeParameters ? `${typeParameters} ` : ''}${typeText(reflection.type)}`.trim() };
  }
  return { name, kind, type: typeText(reflection.type) };
}

function describeMember(member: DeclarationReflection): ApiMember {
  const described: ApiMember = {
    name: member.name,
    kind: kindName(member.kind),
    optional: member.flags.isOptional,
    readonly: member.flags.isReadonly || (member.kindOf(ReflectionKind.Accessor) && !member.setSignature),
    static: member.flags.isStatic,
  };
  const signatures = member.kindOf(ReflectionKind.Accessor) ? [] : signaturesOf(member);
  if (signatures.length > 0) described.signatures = signatures.map(describeSignature);
  else if (member.kindOf(ReflectionKind.Accessor)) described.type = typeText(member.getSignature?.type ?? member.setSignature?.parameters?.[0]?.type);
  else if (member.kindOf(ReflectionKind.EnumMember)) described.type = typeText(member.type) || (member.defaultValue ?? '');
  else described.type = typeText(member.type);
  return described;
}

/** A function's signatures, also when it is a variable holding a function (`export const f = () => …`). */
function signaturesOf(reflection: DeclarationReflection): SignatureReflection[] {
  if (reflection.signatures?.length) return reflection.signatures;
  const type = reflection.type;
  if (reflection.kindOf(ReflectionKind.Variable) && type?.type === 'reflection' && type.declaration.signatures?.length && !type.declaration.children?.length) {
    return type.declaration.signatures;
  }
  return [];
}

function describeSignature(signature: SignatureReflection): ApiSignature {
  return {
    typeParameters: typeParametersText(signature.typeParameters),
    parameters: (signature.parameters ?? []).map((parameter) => ({
      name: parameter.name,
      type: typeText(parameter.type),
      optional: parameter.flags.isOptional || parameter.defaultValue !== undefined,
      rest: parameter.flags.isRest,
    })),
    returns: typeText(signature.type),
  };
}

/** `<T extends object = {}>`, or empty. */
function typeParametersText(parameters: readonly TypeParameterReflection[] | undefined): string {
  if (!parameters?.length) return '';
  return `<${parameters.map((p) => `${p.name}${p.type ? ` extends ${typeText(p.type)}` : ''}${p.default ? ` = ${typeText(p.default)}` : ''}`).join(', ')}>`;
}

function typeText(type: SomeType | undefined): string {
  return type?.toString() ?? '';
}

/** `function`, `type alias`, `enum member` … (TypeDoc's kind names in words). */
function kindName(kind: ReflectionKind): string {
  return ReflectionKind[kind]!.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
