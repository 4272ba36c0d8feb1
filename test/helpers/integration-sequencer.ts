import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The integration files in the order that finishes soonest with two at a time. Vitest's
 * default order, in a fresh clone with no timings cached, is by file size, so an edit could
 * start a two-minute file last, alone at the end (282 s for the step once, against 232 s).
 * First the file that builds the shared poisoned site (four files wait for it) and a file of
 * builds that take turns through the checkout's site folder (test/helpers/portico-site-lock.ts),
 * then the other long files, then the files that only read a shared site.
 * A file not listed here runs after these, in the default order.
 */
const INTEGRATION_ORDER = [
  'openapi.test.ts',
  'init-journey.test.ts',
  'warm-rebuild.test.ts',
  'build.test.ts',
  'lighthouse.test.ts',
  'dashboards.test.ts',
  'link-check.test.ts',
  'validated-sections.test.ts',
  'api-reference.test.ts',
];

function rank(spec: TestSpecification): number {
  const index = INTEGRATION_ORDER.indexOf(path.basename(spec.moduleId));
  return index === -1 ? INTEGRATION_ORDER.length : index;
}

export default class IntegrationFirstLongest extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // The integration files take the places they had, in the order above; Array.prototype.sort is
    // stable, so unlisted files keep the default order. Files of the other projects do not move.
    const integration = sorted.filter((spec) => spec.project.name === 'integration');
    const reordered = [...integration].sort((a, b) => rank(a) - rank(b));
    return sorted.map((spec) => (spec.project.name === 'integration' ? reordered.shift()! : spec));
  }
}
