/**
 * Reflection kind names as TypeDoc spells them. Kept free of a `typedoc`
 * import so the configuration schema can validate kinds without loading
 * TypeDoc; a unit test pins both lists to TypeDoc's own.
 */

/** Every TypeDoc reflection kind name, the values `requiredToBeDocumented` accepts. */
export const REFLECTION_KIND_NAMES = [
  'Project',
  'Module',
  'Namespace',
  'Enum',
  'EnumMember',
  'Variable',
  'Function',
  'Class',
  'Interface',
  'Constructor',
  'Property',
  'Method',
  'CallSignature',
  'IndexSignature',
  'ConstructorSignature',
  'Parameter',
  'TypeLiteral',
  'TypeParameter',
  'Accessor',
  'GetSignature',
  'SetSignature',
  'TypeAlias',
  'Reference',
  'Document',
] as const;

/** A TypeDoc reflection kind name, e.g. `"Method"` or `"EnumMember"`. */
export type ReflectionKindName = (typeof REFLECTION_KIND_NAMES)[number];

/**
 * The kinds counted by default: TypeDoc 0.28's default for
 * `requiredToBeDocumented`, the kinds its `validation.notDocumented` checks.
 */
export const DEFAULT_REQUIRED_TO_BE_DOCUMENTED: readonly ReflectionKindName[] = [
  'Enum',
  'EnumMember',
  'Variable',
  'Function',
  'Class',
  'Interface',
  'Property',
  'Method',
  'Accessor',
  'TypeAlias',
];
