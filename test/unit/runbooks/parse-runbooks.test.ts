import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import { computeRunbookSlug, loadRunbooks, parseRunbookFile, stripNumberPrefix, type RunbookProblem } from '../../../src/lib/runbooks/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/runbooks');
const SECTIONS = ['Summary', 'Impact', 'Diagnosis', 'Mitigation', 'Escalation'];

/** Problems as `[file name, line, message]`, the shape assertions read best in. */
function tuples(problems: readonly RunbookProblem[]): [string, number, string][] {
  return problems.map((problem) => [path.basename(problem.file), problem.line, problem.message]);
}

describe('loadRunbooks', () => {
  it('reads valid runbooks with their URLs, skipping the section index and partials', async () => {
    const dir = path.join(FIXTURES, 'valid/runbooks');
    const { runbooks, problems } = await loadRunbooks(dir);
    expect(problems).toEqual([]);
    expect(runbooks.map((runbook) => [path.basename(runbook.file), runbook.slug, runbook.permalink])).toEqual([
      ['02-high-latency.md', 'high-latency', '/runbooks/high-latency'],
      ['high-error-rate.md', 'high-error-rate', '/runbooks/high-error-rate'],
      ['service-down.md', 'service-down', '/runbooks/service-down'],
    ]);
    expect(runbooks[1]).toEqual({
      file: path.join(dir, 'high-error-rate.md'),
      slug: 'high-error-rate',
      permalink: '/runbooks/high-error-rate',
      title: 'High error rate',
      alerts: ['HighErrorRate'],
      alertLines: { HighErrorRate: 4 },
      severity: 'critical',
      service: 'task-service',
      owner: 'team-tasks',
      lastReviewed: '2026-11-14',
      sections: SECTIONS.map((title, i) => ({ title, line: 11 + 4 * i })),
    });
    // A block list puts the name on its own line; a quoted date is the same date.
    expect(runbooks[0]).toMatchObject({ alertLines: { HighLatency: 6 }, lastReviewed: '2026-10-01', severity: 'warning' });
  });

  it('reports missing, out-of-order and empty sections at the line where they belong, and keeps the runbooks', async () => {
    const { runbooks, problems } = await loadRunbooks(path.join(FIXTURES, 'missing-section/runbooks'));
    expect(runbooks.map((runbook) => runbook.slug)).toEqual(['no-impact', 'out-of-order']);
    const order = '(runbooks have Summary, Impact, Diagnosis, Mitigation, Escalation, in that order)';
    expect(tuples(problems)).toEqual([
      ['no-impact.md', 14, `missing section "## Impact" ${order}`],
      ['out-of-order.md', 14, `section "## Diagnosis" must come after "## Impact" ${order}`],
      ['out-of-order.md', 26, 'section "## Escalation" is empty'],
    ]);
  });

  it('reports front-matter problems on the line of the key and leaves those runbooks out', async () => {
    const { runbooks, problems } = await loadRunbooks(path.join(FIXTURES, 'bad-front-matter/runbooks'));
    expect(runbooks).toEqual([]);
    expect(tuples(problems)).toEqual([
      ['bad-values.md', 1, 'owner: missing, expected an owning team (a non-empty string)'],
      ['bad-values.md', 3, 'alerts: got an empty list, expected at least one alert name, such as [HighErrorRate]'],
      ['bad-values.md', 4, 'severity: got "high", expected one of critical, warning, info'],
      ['bad-values.md', 6, 'last_reviewed: got "2026-02-30", expected a real calendar date written as YYYY-MM-DD'],
      ['broken-yaml.md', 4, 'front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
      ['no-front-matter.md', 1, 'missing front matter: start the file with a "---" block declaring title, alerts, severity, service, owner and last_reviewed'],
    ]);
  });

  it('reports two runbooks on one URL, one alert with two runbooks, and aliases that would take a page', async () => {
    const { runbooks, problems } = await loadRunbooks(path.join(FIXTURES, 'alias-conflicts/runbooks'));
    expect(runbooks).toHaveLength(5);
    expect(tuples(problems)).toEqual([
      ['heartbeat.md', 3, 'alias /runbooks/Watchdog of alert Watchdog cannot be published: the page of dead-mans-switch.md already has that path (compared ignoring case)'],
      ['heartbeat.md', 3, 'alias /runbooks/watchdog of alert Watchdog cannot be published: the page of dead-mans-switch.md already has that path (compared ignoring case)'],
      ['high-error-rate.md', 3, 'alert HighErrorRate is already served by errors-again.md; an alert has exactly one runbook'],
      ['same-url.md', 1, 'URL /runbooks/high-error-rate is already the page of high-error-rate.md; give one of them another slug'],
    ]);
  });

  it('exits 2 when the directory does not exist', async () => {
    const missing = path.join(FIXTURES, 'no-such-dir');
    const error = await loadRunbooks(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).exitCode).toBe(2);
    expect((error as PortalError).message).toBe(`Runbooks directory not found: ${missing}`);
  });
});

describe('parseRunbookFile', () => {
  const frontMatter = (extra: string) =>
    `---\ntitle: T\n${extra}severity: info\nservice: s\nowner: o\nlast_reviewed: 2026-01-31\n---\n\n` +
    SECTIONS.map((title) => `## ${title}\n\nText.\n`).join('\n');

  it.each([
    ['an alert name with a space', 'alerts: [High Error Rate]\n', 'alerts[0]: got "High Error Rate", expected an alert name without spaces, "/", "?", "#", "%" or "\\", such as "HighErrorRate"'],
    ['an alert listed twice', 'alerts: [A, A]\n', 'alerts: got a list of 2 items, expected each alert name only once'],
    ['alerts as a string', 'alerts: HighErrorRate\n', 'alerts: got "HighErrorRate", expected a list of alert names, such as [HighErrorRate]'],
    ['an id with a slash', 'alerts: [A]\nid: a/b\n', 'id: got "a/b", expected a document id without "/"'],
  ])('reports %s', (_name, extra, message) => {
    expect(parseRunbookFile(frontMatter(extra), '/r/x.md', 'x.md').problems.map((problem) => problem.message)).toEqual([message]);
  });

  it('leaves drafts out without problems: Docusaurus does not publish them', () => {
    expect(parseRunbookFile(frontMatter('alerts: [A]\ndraft: true\n'), '/r/x.md', 'x.md')).toEqual({ problems: [] });
  });

  it('accepts section headings in any letter case and extra sections', () => {
    const text = frontMatter('alerts: [A]\n').replace('## Impact', '## IMPACT').concat('\n## References\n\nLinks.\n');
    const parsed = parseRunbookFile(text, '/r/x.md', 'x.md');
    expect(parsed.problems).toEqual([]);
    expect(parsed.runbook?.sections.map((section) => section.title)).toEqual(['Summary', 'IMPACT', 'Diagnosis', 'Mitigation', 'Escalation', 'References']);
  });

  it('reports a required section that appears twice', () => {
    const text = `${frontMatter('alerts: [A]\n')}\n## Summary\n\nAgain.\n`;
    expect(parseRunbookFile(text, '/r/x.md', 'x.md').problems).toEqual([
      { file: '/r/x.md', line: 30, message: 'section "## Summary" appears twice (first on line 10)' },
    ]);
  });
});

describe('computeRunbookSlug (mirrors Docusaurus)', () => {
  it.each([
    ['high-error-rate.md', {}, 'high-error-rate'],
    ['01-high-error-rate.md', {}, 'high-error-rate'],
    ['003 - setup.md', {}, 'setup'],
    ['2026-01-incident.md', {}, '2026-01-incident'],
    ['7.0-upgrade.md', {}, '7.0-upgrade'],
    ['01-high-error-rate.md', { parseNumberPrefixes: false }, '01-high-error-rate'],
    ['x.md', { frontMatterSlug: '/errors' }, 'errors'],
    ['x.md', { frontMatterSlug: 'errors/' }, 'errors'],
    ['x.md', { frontMatterId: 'errors' }, 'errors'],
    ['02-db/01-replica-lag.md', {}, 'db/replica-lag'],
    ['02-db/01-replica-lag.md', { frontMatterSlug: 'lag' }, 'db/lag'],
    ['02-db/01-replica-lag.md', { frontMatterSlug: '/lag' }, 'lag'],
  ])('%s with %o → %s', (relativePath, options, expected) => {
    expect(computeRunbookSlug({ relativePath, ...options })).toBe(expected);
  });

  it('strips number prefixes like Docusaurus', () => {
    expect(stripNumberPrefix('01-intro')).toBe('intro');
    expect(stripNumberPrefix('1_intro')).toBe('intro');
    expect(stripNumberPrefix('intro-01')).toBe('intro-01');
  });
});
