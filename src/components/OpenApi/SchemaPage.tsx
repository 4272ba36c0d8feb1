import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { OpenApiSidebar, SchemaPageData } from '../../lib/openapi/page-data';
import Breadcrumb from './Breadcrumb';
import OperationList from './OperationList';
import OpenApiLayout from './OpenApiLayout';
import SchemaTree from './SchemaTree';

/** A component schema: its tree, and every operation and schema that uses it. */
export default function SchemaPage({ data, sidebar }: { data: SchemaPageData; sidebar: OpenApiSidebar }): ReactNode {
  return (
    <OpenApiLayout
      title={`${data.name} schema · ${data.spec.title}`}
      description={`The ${data.name} schema of ${data.spec.title} ${data.spec.version}.`}
      sidebar={sidebar}
      current={data.permalink}
    >
      <Breadcrumb spec={data.spec}>{sidebar.schemasPermalink ? <Link to={sidebar.schemasPermalink}>Schemas</Link> : 'Schemas'}</Breadcrumb>
      <Heading as="h1">{data.name}</Heading>
      <SchemaTree schema={data.schema} hideRootLink />
      <Heading as="h2" id="used-by">
        Used by
      </Heading>
      {data.usedBy.operations.length === 0 && data.usedBy.schemas.length === 0 && <p>Not referenced by any operation or schema.</p>}
      {data.usedBy.operations.length > 0 && <OperationList operations={data.usedBy.operations} />}
      {data.usedBy.schemas.length > 0 && (
        <p data-used-by-schemas="">
          Schemas:{' '}
          {data.usedBy.schemas.map((schema, i) => (
            <span key={schema.name}>
              {i > 0 && ', '}
              <Link to={schema.permalink}>{schema.name}</Link>
            </span>
          ))}
        </p>
      )}
    </OpenApiLayout>
  );
}
