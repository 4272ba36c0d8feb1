import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { OpenApiSidebar, SchemaIndexPageData } from '../../lib/openapi/page-data';
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
      <nav aria-label="Breadcrumb" className="margin-bottom--sm">
        <Link to={data.spec.permalink}>{data.spec.title}</Link>
      </nav>
      <Heading as="h1">Schemas</Heading>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Schema</th>
            <th scope="col">Type</th>
            <th scope="col">Used by operations</th>
          </tr>
        </thead>
        <tbody>
          {data.schemas.map((schema) => (
            <tr key={schema.permalink}>
              <td>
                <Link to={schema.permalink}>{schema.name}</Link>
              </td>
              <td>{schema.type ?? '—'}</td>
              <td>{schema.usedByOperations}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </OpenApiLayout>
  );
}
