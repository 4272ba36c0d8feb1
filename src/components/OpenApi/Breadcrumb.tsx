import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { OpenApiSpecRef } from '../../lib/openapi/page-data';

/** The trail above a page's heading: the spec's overview, then the given steps (separated by `›`). */
export default function Breadcrumb({ spec, children }: { spec: OpenApiSpecRef; children?: ReactNode }): ReactNode {
  return (
    <nav aria-label="Breadcrumb" className="margin-bottom--sm">
      <Link to={spec.permalink}>{spec.title}</Link>
      {children !== undefined && <> › {children}</>}
    </nav>
  );
}
