import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';
import type { MediaTypeView } from '../../lib/openapi/payload-view';
import SafeHtml from './SafeHtml';
import SchemaTree from './SchemaTree';
import styles from './styles.module.css';

/** Each media type of a request or response body: its schema tree and its examples. */
export default function MediaTypes({ content }: { content: MediaTypeView[] }): ReactNode {
  return (
    <>
      {content.map((media) => (
        <div key={media.mediaType} className={styles.mediaType} data-media-type={media.mediaType}>
          <p>
            Media type: <code>{media.mediaType}</code>
          </p>
          {media.schema && <SchemaTree schema={media.schema} />}
          {media.examples.map((example, i) => (
            <div key={`${i}:${example.name}`} data-example={example.name}>
              <p className={styles.details}>
                <strong>{example.fromSchema ? 'Example (from the schema)' : `Example ${example.name}`}</strong>
                {example.summary && `: ${example.summary}`}
              </p>
              <SafeHtml html={example.descriptionHtml} />
              <CodeBlock language={example.language}>{example.value}</CodeBlock>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}
