import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import { loadRfcs } from '../../../src/lib/rfcs/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/rfcs');

describe('loadRfcs', () => {
  it('returns the metadata of every RFC sorted by number, without the template or index.md', async () => {
    const rfcs = await loadRfcs(path.join(FIXTURES, 'valid'));
    expect(rfcs).toEqual([
      {
        number: 1,
        title: 'First idea',
        status: 'superseded',
        authors: ['Ada Lovelace'],
        created: '2026-01-05',
        updated: '2026-01-20',
        discussion: 'https://github.com/acme/project/discussions/1',
        trackingIssue: 'https://github.com/acme/project/issues/1',
        supersedes: [],
        supersededBy: [3],
        file: '0001-first-idea.md',
        permalink: '/rfcs/0001-first-idea',
      },
      {
        number: 2,
        title: 'Static pages with SVG!',
        status: 'implemented',
        authors: ['Ada Lovelace'],
        created: '2026-01-05',
        updated: '2026-01-20',
        discussion: 'https://github.com/acme/project/discussions/2',
        trackingIssue: 'https://github.com/acme/project/issues/2',
        supersedes: [],
        supersededBy: [],
        file: '0002-static-pages-with-svg.mdx',
        // The RFC sets `slug: /static-pages`, which Docusaurus uses for its URL.
        permalink: '/rfcs/static-pages',
      },
      {
        number: 3,
        title: 'Better idea',
        status: 'discussion',
        authors: ['Ada Lovelace'],
        created: '2026-01-05',
        discussion: 'https://github.com/acme/project/discussions/3',
        trackingIssue: 'https://github.com/acme/project/issues/3',
        supersedes: [1],
        supersededBy: [],
        file: '0003-better-idea.md',
        permalink: '/rfcs/0003-better-idea',
      },
    ]);
  });

  it('lists RFCs with lint-only problems, so a draft in progress does not break the site', async () => {
    const rfcs = await loadRfcs(path.join(FIXTURES, 'missing-sections'));
    expect(rfcs.map((rfc) => rfc.number)).toEqual([1, 2]);
  });

  it('throws an exit-2 PortalError with file:line problems when front matter is unusable', async () => {
    const error = await loadRfcs(path.join(FIXTURES, 'bad-status')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({
      exitCode: 2,
      message: 'Cannot list 1 RFC: fix the front matter (run "portal lint rfcs" for every problem)',
      problems: [
        `${path.relative(process.cwd(), path.join(FIXTURES, 'bad-status/0003-foo.md'))}:4: status: got "aproved", expected one of draft, discussion, final-comment-period, accepted, rejected, withdrawn, implemented, superseded`,
      ],
    });
  });

  it('loads the shipped RFCs', async () => {
    const rfcs = await loadRfcs(path.join(REPO_ROOT, 'rfcs'));
    expect(rfcs.slice(0, 2).map(({ number, permalink }) => ({ number, permalink }))).toEqual([
      { number: 1, permalink: '/rfcs/0001-one-typed-portal-config' },
      { number: 2, permalink: '/rfcs/0002-static-dashboards-with-build-time-svg' },
    ]);
  });
});
