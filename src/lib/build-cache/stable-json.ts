/**
 * JSON of a configuration value with object keys sorted, functions as their
 * source and regular expressions as their literal (JSON.stringify would drop
 * the one and empty the other), and cycles cut.
 */
export function stableJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'function') return `[function ${v.toString()}]`;
    if (typeof v === 'bigint' || typeof v === 'symbol') return v.toString();
    if (v instanceof RegExp) return `[regexp ${v.toString()}]`;
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    if (Array.isArray(v)) return v.map(walk);
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = walk((v as Record<string, unknown>)[key]);
    return sorted;
  };
  return JSON.stringify(walk(value)) ?? 'undefined';
}
