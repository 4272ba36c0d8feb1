import path from 'node:path';
import type { RfcStatus } from '../schema.js';
import type { FileAnalysis } from './findings.js';

/** The metadata of one RFC, as the site lists it. */
export interface RfcMeta {
  /** RFC number (`rfc`). */
  number: number;
  /** Title, trimmed. */
  title: string;
  /** Lifecycle status. */
  status: RfcStatus;
  /** Author names. */
  authors: string[];
  /** Creation day, `YYYY-MM-DD`. */
  created: string;
  /** Day of the last change, `YYYY-MM-DD`, when given. */
  updated?: string;
  /** URL of the discussion thread. */
  discussion: string;
  /** URL of the tracking issue. */
  trackingIssue: string;
  /** Numbers of the RFCs this one replaces (empty when none). */
  supersedes: number[];
  /** Numbers of the RFCs that replace this one (empty when none). */
  supersededBy: number[];
  /** The `release` that shipped it, as written (`1.2.0` or `<changelog id>@1.2.0`), when given. */
  release?: string;
  /** Path of the file relative to the RFC directory, with `/` separators: `0001-one-typed-portal-config.md`. */
  file: string;
  /** Site path of the RFC page: `/rfcs/<file name without extension>`, or its `slug` when it sets one. */
  permalink: string;
}

/** The listing metadata of an RFC whose front matter validated; `file` relative to `dir`. */
export function toMeta(analysis: FileAnalysis, dir: string): RfcMeta {
  const fm = analysis.frontMatter!;
  const file = path.relative(dir, analysis.file).split(path.sep).join('/');
  const slug = typeof fm.slug === 'string' && fm.slug.trim() !== '' ? fm.slug.trim() : undefined;
  const permalink = slug
    ? `/rfcs${slug.startsWith('/') ? '' : '/'}${slug}`.replace(/(.)\/$/, '$1')
    : `/rfcs/${path.basename(file).replace(/\.mdx?$/, '')}`;
  return {
    number: fm.rfc,
    title: fm.title,
    status: fm.status,
    authors: fm.authors,
    created: fm.created,
    ...(fm.updated === undefined ? {} : { updated: fm.updated }),
    discussion: fm.discussion,
    trackingIssue: fm['tracking-issue'],
    supersedes: fm.supersedes ?? [],
    supersededBy: fm['superseded-by'] ?? [],
    ...(fm.release === undefined ? {} : { release: fm.release }),
    file,
    permalink,
  };
}
