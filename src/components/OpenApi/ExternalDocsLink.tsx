import type { ReactNode } from 'react';
import type { ExternalDocsView } from '../../lib/openapi/api-info-view';

/** An `externalDocs` link of the spec, a tag or an operation; its text is the description when there is one. */
export default function ExternalDocsLink({ docs }: { docs: ExternalDocsView }): ReactNode {
  return (
    <a href={docs.url} rel="noopener noreferrer">
      {docs.description ?? 'External documentation'}
    </a>
  );
}
