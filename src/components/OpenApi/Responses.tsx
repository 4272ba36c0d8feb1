import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { ResponseView } from '../../lib/openapi/payload-view';
import MediaTypes from './MediaTypes';
import SafeHtml from './SafeHtml';
import { TypeLabel } from './SchemaTree';
import StackedTable from './StackedTable';
import styles from './styles.module.css';

/** Every response: status, description, headers, and the body schema and examples per media type. */
export default function Responses({ responses }: { responses: ResponseView[] }): ReactNode {
  return (
    <>
      {responses.map((response) => (
        <section key={response.anchor} className={styles.response} data-response={response.status} aria-labelledby={response.anchor}>
          <Heading as="h3" id={response.anchor}>
            {response.status === 'default' ? 'Default response' : response.status}
          </Heading>
          <SafeHtml html={response.descriptionHtml} />
          {response.headers.length > 0 && (
            <StackedTable
              columns={['Header', 'Type', 'Description']}
              rows={response.headers.map((header) => ({
                key: header.name,
                cells: [<code>{header.name}</code>, header.schema ? <TypeLabel schema={header.schema} /> : 'any', <SafeHtml html={header.descriptionHtml} />],
              }))}
            />
          )}
          {response.content.length === 0 ? <p>No body.</p> : <MediaTypes content={response.content} />}
        </section>
      ))}
    </>
  );
}
