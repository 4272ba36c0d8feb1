import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';
import type { SuiteDownloads } from '../../lib/dashboards/files';

/**
 * Links to a suite's full history as CSV and JSON: static files of the build
 * (written by the dashboards plugin), downloaded only on request, so they are
 * no part of the page's weight. Plain links rather than `<Link>`: they are
 * files, not routes.
 */
export default function Downloads({ downloads, label }: { downloads: SuiteDownloads; label: string }): ReactNode {
  const csv = useBaseUrl(downloads.csv);
  const json = useBaseUrl(downloads.json);
  return (
    <>
      <a href={csv} download aria-label={`${label}, CSV`}>
        CSV
      </a>
      {', '}
      <a href={json} download aria-label={`${label}, JSON`}>
        JSON
      </a>
    </>
  );
}
