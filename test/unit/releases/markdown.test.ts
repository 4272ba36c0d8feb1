import { describe, expect, it } from 'vitest';
import { checkRelease, diffHttpApi, releaseNotesMarkdown, type ReleaseReport } from '../../../src/lib/releases/index.js';

const spec = (paths: Record<string, unknown>) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths });

function report(version: string, previous: string, diff: ReturnType<typeof diffHttpApi>): ReleaseReport {
  const reason = 'the history store has no benchmark runs';
  return {
    changelog: { id: 'api', title: 'API' },
    entry: { changelogId: 'api', version, slug: version, prerelease: false, yanked: false, previous, summary: 's' },
    notesMarkdown: '### Added\n\n- Things.\n',
    rfcs: [{ number: 3, title: 'A <b>bold</b> [idea](javascript:alert(1))', permalink: '/rfcs/0003-idea' }],
    compared: { from: `v${previous}`, to: `v${version}` },
    typescriptApi: { available: false, reason: 'not yet' },
    httpApi: { available: true, notes: [], value: [{ specId: 'api', file: 'api.yaml', diff: { available: true, value: diff, notes: [] } }] },
    deltas: { benchmarks: { available: false, reason }, coverage: { available: false, reason }, docCoverage: { available: false, reason } },
    breakingCount: diff.breaking.length,
    regressionCount: 0,
  };
}

describe('release notes Markdown and the semver check', () => {
  const diff = diffHttpApi(
    spec({ '/a': { get: { operationId: 'x`y', responses: { '200': { description: 'ok' } } } } }),
    spec({ '/a': { get: { operationId: 'x`y', responses: { '200': { description: 'ok' } } } }, '/<script>': { post: { operationId: '<img src=x onerror=alert(1)>', responses: {} } } }),
  );

  it('puts spec text in code spans and escapes RFC titles, so neither adds HTML or links', () => {
    const markdown = releaseNotesMarkdown(report('1.1.0', '1.0.0', diff));
    expect(markdown).toContain('- RFC 3: A \\<b\\>bold\\</b\\> \\[idea\\](javascript:alert(1))\n');
    expect(markdown).toContain('**Added**\n\n- `POST /<script>` (`<img src=x onerror=alert(1)>`)\n');
    expect(markdown).not.toContain('Breaking changes');
  });

  it('passes breaking changes in a major or a 0.y minor, fails them in a minor or a patch', () => {
    const breaking = diffHttpApi(spec({ '/a': { get: { responses: { '200': { description: 'ok' } } } } }), spec({}));
    expect(breaking.breaking).toHaveLength(1);
    expect(checkRelease(report('2.0.0', '1.4.0', breaking))).toMatchObject({ bump: 'major', passed: true });
    expect(checkRelease(report('0.3.0', '0.2.0', breaking))).toMatchObject({ bump: 'minor', breakingAllowed: true, passed: true });
    expect(checkRelease(report('1.5.0', '1.4.0', breaking))).toMatchObject({ bump: 'minor', passed: false, breaking: ['api: GET /a: [Removed] operation GET /a'] });
    expect(checkRelease(report('1.4.1', '1.4.0', breaking))).toMatchObject({ bump: 'patch', passed: false });
    expect(checkRelease(report('1.5.0', '1.4.0', diff))).toMatchObject({ passed: true, breaking: [] });
  });
});
