import { describe, expect, it } from 'vitest';
import { API_SNAPSHOT_FORMAT, diffApiSnapshots, type ApiExport, type ReleaseReport } from '../../../src/lib/releases/index.js';
import { keepExistingApiPages } from '../../../src/plugins/releases/routes.js';

const fn = (name: string, returns: string): ApiExport => ({ name, kind: 'function', signatures: [{ typeParameters: '', parameters: [], returns }], page: `functions/${name}.md` });

describe('release pages link TypeScript API changes only to reference pages the site has', () => {
  it('drops the link of an export whose page this build does not have (removed since the release), keeps the others', () => {
    const diff = diffApiSnapshots({ format: API_SNAPSHOT_FORMAT, exports: [fn('gone', 'void'), fn('kept', 'void')] }, { format: API_SNAPSHOT_FORMAT, exports: [fn('kept', 'string'), fn('added', 'void')] }, (page) => `/api/sdk/${page.replace(/\.md$/, '')}`);
    const reason = 'none';
    const report: ReleaseReport = {
      changelog: { id: 'sdk', title: 'SDK' },
      entry: { changelogId: 'sdk', version: '2.0.0', slug: '2.0.0', prerelease: false, yanked: false, previous: '1.0.0', summary: 's' },
      notesMarkdown: '',
      rfcs: [],
      compared: { from: 'v1.0.0', to: 'v2.0.0' },
      typescriptApi: { available: true, notes: [], value: [{ packageName: 'sdk', title: 'SDK', diff: { available: true, notes: [], value: diff } }] },
      httpApi: { available: false, reason },
      deltas: { benchmarks: { available: false, reason }, coverage: { available: false, reason }, docCoverage: { available: false, reason } },
      breakingCount: diff.breaking.length,
      regressionCount: 0,
    };
    const kept = keepExistingApiPages(report, (page) => page !== '/api/sdk/functions/gone');
    const value = kept.typescriptApi.available && kept.typescriptApi.value[0]!.diff.available ? kept.typescriptApi.value[0]!.diff.value : undefined;
    expect(value?.removed.map((item) => [item.name, item.page])).toEqual([['gone', undefined]]);
    expect(value?.added.map((item) => [item.name, item.page])).toEqual([['added', '/api/sdk/functions/added']]);
    expect(value?.changed.map((item) => [item.name, item.page, item.reasons])).toEqual([['kept', '/api/sdk/functions/kept', ['return type widened or changed from `void` to `string`']]]);
  });
});
