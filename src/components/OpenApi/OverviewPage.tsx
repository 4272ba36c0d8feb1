import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { OpenApiSidebar, OverviewPageData } from '../../lib/openapi/page-data';
import ColumnTable from '../ColumnTable';
import HeadedSection from '../HeadedSection';
import ExternalDocsLink from './ExternalDocsLink';
import OpenApiLayout from './OpenApiLayout';
import SafeHtml from './SafeHtml';
import SecurityRequirements from './SecurityRequirements';
import styles from './styles.module.css';

/** A spec's front page: what the API is, where it is served, how to authenticate, and its tags. */
export default function OverviewPage({ data, sidebar }: { data: OverviewPageData; sidebar: OpenApiSidebar }): ReactNode {
  const { spec } = data;
  return (
    <OpenApiLayout
      title={`${spec.title} ${spec.version}`}
      description={data.summary ?? `HTTP API reference of ${spec.title} ${spec.version}.`}
      sidebar={sidebar}
      current={spec.permalink}
    >
      <Heading as="h1">{spec.title}</Heading>
      <p>
        Version <code>{spec.version}</code> · {data.openapiVersion.startsWith('2') ? 'Swagger' : 'OpenAPI'} {data.openapiVersion} ·{' '}
        {data.operationCount} operation{data.operationCount === 1 ? '' : 's'} · {data.schemaCount} schema{data.schemaCount === 1 ? '' : 's'}
      </p>
      {data.summary && <p>{data.summary}</p>}
      <SafeHtml html={data.descriptionHtml} className="margin-bottom--md" />
      {(data.contact || data.license || data.termsOfService || data.externalDocs) && (
        <ul>
          {data.contact && (
            <li>
              Contact: {data.contact.name}
              {data.contact.email && (
                <>
                  {data.contact.name && ', '}
                  <a href={`mailto:${data.contact.email}`}>{data.contact.email}</a>
                </>
              )}
              {data.contact.url && (
                <>
                  {(data.contact.name || data.contact.email) && ', '}
                  <a href={data.contact.url} rel="noopener noreferrer">
                    {data.contact.url}
                  </a>
                </>
              )}
            </li>
          )}
          {data.license && (
            <li>
              License:{' '}
              {data.license.url ? (
                <a href={data.license.url} rel="noopener noreferrer">
                  {data.license.name}
                </a>
              ) : (
                data.license.name
              )}
            </li>
          )}
          {data.termsOfService && (
            <li>
              <a href={data.termsOfService} rel="noopener noreferrer">
                Terms of service
              </a>
            </li>
          )}
          {data.externalDocs && (
            <li>
              <ExternalDocsLink docs={data.externalDocs} />
            </li>
          )}
        </ul>
      )}

      <Heading as="h2" id="servers">
        Servers
      </Heading>
      {data.servers.length === 0 ? (
        <p>The spec names no server: paths are relative to wherever the API is deployed.</p>
      ) : (
        <ColumnTable columns={['URL', 'Description']} className={styles.table}>
          {data.servers.map((server) => (
            <tr key={server.url}>
              <td>
                <code>{server.url}</code>
                {server.variables.map((variable) => (
                  <div key={variable.name} className={styles.details}>
                    <code>{`{${variable.name}}`}</code> default <code>{variable.defaultValue}</code>
                    {variable.enum && ` (one of ${variable.enum.join(', ')})`}
                  </div>
                ))}
              </td>
              <td>
                <SafeHtml html={server.descriptionHtml} />
              </td>
            </tr>
          ))}
        </ColumnTable>
      )}

      <Heading as="h2" id="authentication">
        Authentication
      </Heading>
      {data.securitySchemes.length === 0 && <p>The spec declares no authentication scheme.</p>}
      {data.securitySchemes.map((scheme) => (
        <HeadedSection key={scheme.key} id={scheme.anchor} title={scheme.key} as="h3">
          <p>{scheme.kind}</p>
          <SafeHtml html={scheme.descriptionHtml} className="margin-bottom--md" />
          {scheme.openIdConnectUrl && (
            <p>
              Discovery: <code>{scheme.openIdConnectUrl}</code>
            </p>
          )}
          {scheme.flows.map((flow) => (
            <div key={flow.flow} className={styles.details}>
              <strong>{flow.flow}</strong>
              {flow.authorizationUrl && (
                <>
                  {' '}
                  · authorization <code>{flow.authorizationUrl}</code>
                </>
              )}
              {flow.tokenUrl && (
                <>
                  {' '}
                  · token <code>{flow.tokenUrl}</code>
                </>
              )}
              {flow.scopes.length > 0 && (
                <ul>
                  {flow.scopes.map((scope) => (
                    <li key={scope.name}>
                      <code>{scope.name}</code> {scope.description}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </HeadedSection>
      ))}
      {data.securitySchemes.length > 0 && (
        <>
          <p>Unless an operation says otherwise:</p>
          <SecurityRequirements security={data.security} />
        </>
      )}

      <Heading as="h2" id="tags">
        Operations by tag
      </Heading>
      <ColumnTable columns={['Tag', 'Operations', 'Description']} className={styles.table}>
        {data.tags.map((tag) => (
          <tr key={tag.permalink} data-tag={tag.name}>
            <td>
              <Link to={tag.permalink}>{tag.name}</Link>
            </td>
            <td>{tag.operationCount}</td>
            <td>
              <SafeHtml html={tag.descriptionHtml} />
            </td>
          </tr>
        ))}
      </ColumnTable>
      {data.schemasPermalink && (
        <p>
          <Link to={data.schemasPermalink}>All {data.schemaCount} schemas</Link>
        </p>
      )}
    </OpenApiLayout>
  );
}
