import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { OpenApiIndexData } from '../../plugins/openapi/routes';
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
          <table className={clsx(styles.table, styles.stackOnPhone)}>
            <thead>
              <tr>
                <th scope="col">API</th>
                <th scope="col">Version</th>
                <th scope="col">Operations</th>
                <th scope="col">Schemas</th>
                <th scope="col">Summary</th>
              </tr>
            </thead>
            <tbody>
              {data.specs.map((entry) => (
                <tr key={entry.spec.id} data-spec={entry.spec.id}>
                  <td data-label="API">
                    <Link to={entry.spec.permalink}>{entry.spec.title}</Link>
                  </td>
                  <td data-label="Version">{entry.spec.version}</td>
                  <td data-label="Operations">{entry.operationCount}</td>
                  <td data-label="Schemas">{entry.schemaCount}</td>
                  <td data-label="Summary">{entry.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </Layout>
  );
}
