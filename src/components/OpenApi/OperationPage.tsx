import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { OpenApiSidebar, OperationPageData } from '../../lib/openapi/page-data';
import HeadedSection from '../HeadedSection';
import Breadcrumb from './Breadcrumb';
import ExternalDocsLink from './ExternalDocsLink';
import MediaTypes from './MediaTypes';
import MethodBadge from './MethodBadge';
import OpenApiLayout from './OpenApiLayout';
import ParametersTable from './ParametersTable';
import Responses from './Responses';
import SafeHtml from './SafeHtml';
import SecurityRequirements from './SecurityRequirements';
import styles from './styles.module.css';

/** One operation: endpoint, description, authentication, parameters, request body, curl example and responses. */
export default function OperationPage({ data, sidebar }: { data: OperationPageData; sidebar: OpenApiSidebar }): ReactNode {
  const heading = data.summary ?? `${data.method} ${data.path}`;
  return (
    <OpenApiLayout
      title={`${heading} · ${data.spec.title}`}
      description={`${data.method} ${data.path} of ${data.spec.title} ${data.spec.version}.`}
      sidebar={sidebar}
      current={data.permalink}
      openTag={data.tag.permalink}
    >
      <Breadcrumb spec={data.spec}>
        <Link to={data.tag.permalink}>{data.tag.name}</Link>
      </Breadcrumb>
      <article data-operation={data.operationId ?? `${data.method} ${data.path}`}>
        <Heading as="h1">{heading}</Heading>
        <div className={styles.endpoint}>
          <MethodBadge method={data.method} />
          <code className={data.deprecated ? styles.deprecated : undefined}>{data.path}</code>
          {data.operationId && (
            <small>
              operationId <code>{data.operationId}</code>
            </small>
          )}
        </div>
        {data.deprecated && (
          <div className="alert alert--warning margin-bottom--md" role="note">
            <strong>Deprecated.</strong> This operation may be removed in a future version; avoid it in new code.
          </div>
        )}
        <SafeHtml html={data.descriptionHtml} className="margin-bottom--md" />
        {data.externalDocs && (
          <p>
            <ExternalDocsLink docs={data.externalDocs} />
          </p>
        )}
        {data.otherTags.length > 0 && (
          <p>
            Also listed under:{' '}
            {data.otherTags.map((tag, i) => (
              <span key={tag.permalink}>
                {i > 0 && ', '}
                <Link to={tag.permalink}>{tag.name}</Link>
              </span>
            ))}
          </p>
        )}

        <Heading as="h2" id="authentication">
          Authentication
        </Heading>
        <SecurityRequirements security={data.security} />

        <Heading as="h2" id="parameters">
          Parameters
        </Heading>
        {data.parameters.length > 0 ? <ParametersTable parameters={data.parameters} /> : <p>No parameters.</p>}

        {data.requestBody && (
          <HeadedSection id="request-body" title="Request body">
            <p>{data.requestBody.required ? 'Required.' : 'Optional.'}</p>
            <SafeHtml html={data.requestBody.descriptionHtml} className="margin-bottom--md" />
            <MediaTypes content={data.requestBody.content} />
          </HeadedSection>
        )}

        <Heading as="h2" id="example-request">
          Example request
        </Heading>
        {data.servers.length > 1 && (
          <p>
            Sent to the first server; also served from{' '}
            {data.servers.slice(1).map((server, i) => (
              <span key={server}>
                {i > 0 && ', '}
                <code>{server}</code>
              </span>
            ))}
            .
          </p>
        )}
        <CodeBlock language="bash" title="curl">
          {data.curl}
        </CodeBlock>

        <HeadedSection id="responses" title="Responses">
          <Responses responses={data.responses} />
        </HeadedSection>
      </article>
    </OpenApiLayout>
  );
}
