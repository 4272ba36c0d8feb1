/**
 * The starter pages `portal init` writes: one per section, about the project and in its words,
 * never Portico's own pages. Each passes `portal lint md`, `portal lint rfcs` and
 * `portal check runbooks`, and links only to pages that exist in a freshly made portal.
 */

/** What the starter pages say about the project. */
export interface ContentTemplateInput {
  title: string;
  /** package.json `description`, when there is one. */
  description?: string;
  /** Published package name, for the install command. */
  packageName?: string;
  /** Whether the portal has a changelog page to link to. */
  hasChangelog: boolean;
  /** Day written into front matter (`created`), `YYYY-MM-DD`. */
  today: string;
}

/** The starter files, keyed by their path relative to the portal folder (with `/`). */
export function renderContent(input: ContentTemplateInput): Record<string, string> {
  return {
    'docs/getting-started.md': gettingStarted(input),
    'rfcs/index.mdx': rfcIndex(input),
    'rfcs/0000-template.md': rfcTemplate(input),
    'runbooks/index.mdx': runbookIndex(input),
    'runbooks/_template.md': runbookTemplate(),
    '.gitignore': '# The built site (`npx portal build`).\nbuild/\n',
  };
}

function gettingStarted(input: ContentTemplateInput): string {
  const intro = input.description ? `${input.description.replace(/\s+/g, ' ').replace(/([^.!?])$/, '$1.')}` : `What ${input.title} is and who it is for, in one paragraph.`;
  const install = input.packageName
    ? ['## Install', '', '```bash', `npm install ${input.packageName}`, '```', '']
    : ['## Install', '', 'How to install or run it, as a command a reader can copy.', ''];
  return [
    '---',
    'title: Getting started',
    `description: How to install and start using ${yamlText(input.title)}.`,
    'sidebar_position: 1',
    '---',
    '',
    '# Getting started',
    '',
    intro,
    '',
    ...install,
    '## First steps',
    '',
    'The smallest useful example, then what to read next. Every Markdown file in this `docs/`',
    'folder becomes a page of this section; `sidebar_position` in the front matter orders them.',
    '',
    '## Where to go next',
    '',
    '- [RFCs](/rfcs): design proposals and decisions.',
    '- [Runbooks](/runbooks): what to do when an alert fires.',
    ...(input.hasChangelog ? ['- [Changelog](/changelog): every release and its notes.'] : []),
    '',
  ].join('\n');
}

function rfcIndex(input: ContentTemplateInput): string {
  return [
    '---',
    'title: RFCs',
    'slug: /',
    'sidebar_label: All RFCs',
    'sidebar_position: 0',
    `description: Design proposals for ${yamlText(input.title)}, by number and status.`,
    '---',
    '',
    "import RfcIndex from '@site/src/components/RfcIndex';",
    '',
    'A request for comments (RFC) proposes a change that is hard to undo or that other',
    'contributors have to learn about. Each RFC is a Markdown file in `rfcs/`, opened as a pull',
    'request and discussed there. [How to write an RFC](./0000-template.md) explains each section.',
    '`npx portal lint rfcs` checks the front matter and the sections of every RFC.',
    '',
    'Machine-readable metadata of every RFC is published at',
    '[`/rfcs.json`](pathname:///rfcs.json), and status changes as an',
    '[RSS](pathname:///rfcs/rss.xml) or [Atom](pathname:///rfcs/atom.xml) feed.',
    '',
    '<RfcIndex />',
    '',
  ].join('\n');
}

function rfcTemplate(input: ContentTemplateInput): string {
  return [
    '---',
    'rfc: 0',
    'title: "RFC template"',
    'status: draft',
    `authors: [${JSON.stringify(`${input.title} maintainers`)}]`,
    `created: ${input.today}`,
    'slug: /template',
    'sidebar_label: How to write an RFC',
    'sidebar_position: 1',
    '---',
    '',
    'Write an RFC before you make a change that is hard to undo or that other contributors have to learn about: a new public API, a breaking change, a new runtime dependency, or a change to how the project is released or operated. Bug fixes and documentation changes do not need one.',
    '',
    'To start an RFC:',
    '',
    '1. Copy this file to `rfcs/NNNN-short-title.md`, where `NNNN` is the next free number padded to four digits and `short-title` is the title in lowercase with words joined by hyphens. `Retry failed uploads` becomes `0001-retry-failed-uploads.md`.',
    '2. Replace the front matter. Keep `rfc`, `title`, `status`, `authors` and `created`, set `status: draft`, and add `updated`, `discussion` and `tracking-issue` with the full URLs of the discussion thread and the tracking issue. Remove `slug`, `sidebar_label` and `sidebar_position`: they only exist for this template.',
    '3. Fill in every section below. Keep the headings exactly as they are, because `npx portal lint rfcs` checks them.',
    '4. Open a pull request and link it from the discussion thread.',
    '',
    'The status moves through `draft`, `discussion` and `final-comment-period` to one of `accepted`, `rejected` or `withdrawn`. An accepted RFC becomes `implemented` when the tracking issue closes, and `superseded` when a later RFC replaces it. Update `updated` whenever the status or the design changes.',
    '',
    '## Summary',
    '',
    'One paragraph that a reader who stops here can act on. Say what changes for someone who uses the project, not how you will build it.',
    '',
    '## Motivation',
    '',
    'The problem, with evidence: the situation today, who it hurts and how often, and the issues or incidents that show it. State the goals the design must meet and the non-goals you are deliberately leaving out.',
    '',
    '## Detailed design',
    '',
    'The design in enough detail that someone other than the author could implement it and a reviewer could find the edge cases: interfaces, data formats, errors, migration of existing users, and how the change is tested. Prefer examples over prose.',
    '',
    '## Drawbacks',
    '',
    'Why we might not want to do this: cost, complexity, new dependencies, and anything that gets harder for users.',
    '',
    '## Alternatives',
    '',
    'The other designs you considered, including doing nothing, and why each one lost against the goals from the motivation.',
    '',
    '## Unresolved questions',
    '',
    'What you expect to settle during the discussion or the implementation, and what is related but out of scope.',
    '',
  ].join('\n');
}

function runbookIndex(input: ContentTemplateInput): string {
  return [
    '---',
    'title: Runbooks',
    'slug: /',
    'sidebar_label: All runbooks',
    'sidebar_position: 0',
    `description: Every alert of ${yamlText(input.title)} and the runbook to follow when it fires.`,
    '---',
    '',
    "import RunbookIndex from '@site/src/components/RunbookIndex';",
    '',
    'Each alert below links to its runbook through its `runbook_url`. The table is generated from',
    'the Prometheus rule files named in `portal.config.ts` at build time, so it always shows the',
    'expressions that actually page.',
    '',
    'To add a runbook, copy `runbooks/_template.md` (files whose name starts with `_` are not',
    'published) to `runbooks/<alert-in-kebab-case>.md`, list',
    'the alerts it answers in its front matter and set each alert\'s `runbook_url` to the page.',
    'Every runbook has the same sections, in the same order: Summary, Impact, Diagnosis,',
    'Mitigation and Escalation. `npx portal check runbooks` checks both sides.',
    '',
    '<RunbookIndex />',
    '',
  ].join('\n');
}

function runbookTemplate(): string {
  return [
    '---',
    'title: High error rate',
    'slug: /high-error-rate',
    'alerts: [HighErrorRate]',
    'severity: critical',
    'service: my-service',
    'owner: my-team',
    'last_reviewed: "2026-01-31"',
    '---',
    '',
    '## Summary',
    '',
    'What the alert measures, its expression and threshold, and what usually causes it.',
    '',
    '## Impact',
    '',
    'What users notice while it fires, and how fast the error budget burns.',
    '',
    '## Diagnosis',
    '',
    'Numbered steps, each with the query or command to run and how to read its result.',
    '',
    '## Mitigation',
    '',
    'What to do first (roll back, scale out, fail over), with the exact commands.',
    '',
    '## Escalation',
    '',
    'Who to page when the mitigation does not help, and when.',
    '',
  ].join('\n');
}

/** A value safe to put after `key: ` in YAML front matter without quotes (no `:`/`#` surprises). */
function yamlText(text: string): string {
  return text.replace(/[:#]/g, ' ').replace(/\s+/g, ' ').trim();
}
