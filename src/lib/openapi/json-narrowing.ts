/**
 * Narrowing helpers for reading a parsed spec. A spec is untrusted input that
 * passed the lint gate, but the model builder must still never crash on a
 * field of the wrong shape (the linter's rules can be switched off), so every
 * read goes through one of these instead of a cast.
 */

/** A JSON object as parsed from YAML or JSON. */
export type JsonObject = Record<string, unknown>;

/** True for a plain object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a plain object, else an empty object, so lookups need no guard. */
export function objectOf(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** The value when it is an array, else an empty array. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value when it is a non-empty string, else `undefined`. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The entries of an object whose values are plain objects, in document order. */
export function objectEntries(value: unknown): [string, JsonObject][] {
  return Object.entries(objectOf(value)).filter((entry): entry is [string, JsonObject] => isObject(entry[1]));
}
