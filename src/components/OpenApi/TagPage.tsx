import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { OpenApiSidebar, TagPageData } from '../../lib/openapi/page-data';
import Breadcrumb from './Breadcrumb';
import ExternalDocsLink from './ExternalDocsLink';
import OperationList from './OperationList';
import OpenApiLayout from './OpenApiLayout';
import SafeHtml from './SafeHtml';

/** A tag: its description and its operations. */
export default function TagPage({ data, sidebar }: { data: TagPageData; sidebar: OpenApiSidebar }): ReactNode {
  return (
    <OpenApiLayout
      title={`${data.name} · ${data.spec.title}`}
      description={`Operations tagged ${data.name} in ${data.spec.title} ${data.spec.version}.`}
      sidebar={sidebar}
      current={data.permalink}
      openTag={data.permalink}
    >
      <Breadcrumb spec={data.spec} />
      <Heading as="h1">{data.name}</Heading>
      <SafeHtml html={data.descriptionHtml} className="margin-bottom--md" />
      {data.externalDocs && (
        <p>
          <ExternalDocsLink docs={data.externalDocs} />
        </p>
      )}
      <Heading as="h2" id="operations">
        Operations
      </Heading>
      {data.operations.length > 0 ? <OperationList operations={data.operations} /> : <p>No operation has this tag.</p>}
    </OpenApiLayout>
  );
}
