import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { OpenApiIndexData } from '../../plugins/openapi/routes';
import StackedTable from './StackedTable';
import styles from './styles.module.css';

/** `/http-api`: every HTTP API the portal documents. */
export default function OpenApiIndexPage({ data }: { data: OpenApiIndexData }): ReactNode {
  return (
    <Layout title="HTTP API reference" description="Reference of every HTTP API documented in this portal, generated from their OpenAPI specs.">
      <main className={clsx('container margin-vert--lg', styles.content)}>
        <Heading as="h1">HTTP API reference</Heading>
        <p>Generated from each service's OpenAPI spec, linted with Redocly on every build.</p>
        {data.specs.length === 0 ? (
          <p>No OpenAPI spec is configured.</p>
        ) : (
          <StackedTable
            columns={['API', 'Version', 'Operations', 'Schemas', 'Summary']}
            rows={data.specs.map((entry) => ({
              key: entry.spec.id,
              data: { 'data-spec': entry.spec.id },
              cells: [<Link to={entry.spec.permalink}>{entry.spec.title}</Link>, entry.spec.version, entry.operationCount, entry.schemaCount, entry.summary],
            }))}
          />
        )}
      </main>
    </Layout>
  );
}
