import type { GeneratedSpec } from './generate.js';
import { plural } from '../../lib/core/text.js';

/**
 * One line for the section, like the API reference's: each spec with its
 * operation and schema counts, and `(inputs unchanged, pages reused)` for a
 * spec taken from the cache.
 */
export function formatGenerationLine(specs: readonly GeneratedSpec[]): string {
  const parts = specs.map((spec) => {
    const what = spec.pages
      ? `${spec.id} ${plural(spec.pages.summary.operationCount, 'operation')}, ${plural(spec.pages.summary.schemaCount, 'schema')}`
      : `${spec.id} ${plural(spec.lint.errors, 'lint error')}`;
    return `${what}${spec.reused ? (spec.pages ? ' (inputs unchanged, pages reused)' : ' (inputs unchanged, lint result reused)') : ''}`;
  });
  return `HTTP API: ${parts.join('; ')}`;
}
