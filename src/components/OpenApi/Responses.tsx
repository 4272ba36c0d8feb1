import Heading from '@theme/Heading';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { ResponseView } from '../../lib/openapi/payload-view';
import MediaTypes from './MediaTypes';
import SafeHtml from './SafeHtml';
import { TypeLabel } from './SchemaTree';
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
            <table className={clsx(styles.table, styles.stackOnPhone)}>
              <thead>
                <tr>
                  <th scope="col">Header</th>
                  <th scope="col">Type</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {response.headers.map((header) => (
                  <tr key={header.name}>
                    <td data-label="Header">
                      <code>{header.name}</code>
                    </td>
                    <td data-label="Type">{header.schema ? <TypeLabel schema={header.schema} /> : 'any'}</td>
                    <td data-label="Description">
                      <SafeHtml html={header.descriptionHtml} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {response.content.length === 0 ? <p>No body.</p> : <MediaTypes content={response.content} />}
        </section>
      ))}
    </>
  );
}
