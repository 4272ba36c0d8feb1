import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { CommitLink } from '../../lib/dashboards/links';

/** A short commit id, linked to the repository when there is a link. */
export default function Commit({ commit }: { commit?: CommitLink }): ReactNode {
  if (!commit) return '—';
  const code = <code>{commit.short}</code>;
  return commit.url ? <Link href={commit.url}>{code}</Link> : code;
}
