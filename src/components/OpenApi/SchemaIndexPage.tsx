import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { OpenApiSidebar, SchemaIndexPageData } from '../../lib/openapi/page-data';
import ColumnTable from '../ColumnTable';
import Breadcrumb from './Breadcrumb';
import OpenApiLayout from './OpenApiLayout';
import styles from './styles.module.css';

/** Every component schema of a spec, with its type and how many operations use it. */
export default function SchemaIndexPage({ data, sidebar }: { data: SchemaIndexPageData; sidebar: OpenApiSidebar }): ReactNode {
  return (
    <OpenApiLayout
      title={`Schemas · ${data.spec.title}`}
      description={`Every schema of ${data.spec.title} ${data.spec.version}.`}
      sidebar={sidebar}
      current={data.permalink}
    >
      <Breadcrumb spec={data.spec} />
      <Heading as="h1">Schemas</Heading>
      <ColumnTable columns={['Schema', 'Type', 'Used by operations']} className={styles.table}>
        {data.schemas.map((schema) => (
          <tr key={schema.permalink}>
            <td>
              <Link to={schema.permalink}>{schema.name}</Link>
            </td>
            <td>{schema.type ?? '—'}</td>
            <td>{schema.usedByOperations}</td>
          </tr>
        ))}
      </ColumnTable>
    </OpenApiLayout>
  );
}
