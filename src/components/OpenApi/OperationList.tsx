import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { OperationLink } from '../../lib/openapi/page-data';
import MethodBadge from './MethodBadge';
import styles from './styles.module.css';

/** Operations as lines: method badge, path and summary, each linking to its page. */
export default function OperationList({ operations }: { operations: OperationLink[] }): ReactNode {
  return (
    <ul className={styles.operationList}>
      {operations.map((operation) => (
        <li key={operation.permalink} data-operation-link={operation.operationId ?? `${operation.method} ${operation.path}`}>
          <MethodBadge method={operation.method} />
          <Link to={operation.permalink}>
            <code className={operation.deprecated ? styles.deprecated : undefined}>{operation.path}</code>
          </Link>
          {operation.summary && <span>{operation.summary}</span>}
          {operation.deprecated && <span className="badge badge--warning">deprecated</span>}
        </li>
      ))}
    </ul>
  );
}
