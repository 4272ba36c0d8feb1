import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { commitHref } from '../../lib/dashboards/links';

/** A short commit id, linked to the repository when the page has a commit URL (`<repository>/commit/`). */
export default function Commit({ sha, base }: { sha?: string; base?: string }): ReactNode {
  if (!sha) return '—';
  const code = <code>{sha.slice(0, 7)}</code>;
  const url = commitHref(sha, base);
  return url ? <Link href={url}>{code}</Link> : code;
}
