import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import ColumnTable from '../ColumnTable';
import { padRfcNumber } from '../../lib/core/text';
import type { RfcGlobalData } from '../../plugins/rfcs/index';
import { STATUS_ORDER } from './status';
import { RfcStatusBadge } from './RfcStatusBadge';
import styles from './styles.module.css';

const RFC_COLUMNS = ['RFC', 'Title', 'Status', 'Authors', 'Created', 'Updated'];

/**
 * Every RFC by number, grouped by status in lifecycle order. Plain links and
 * headings: the grouping and the status filter work with JavaScript off.
 */
export default function RfcIndex(): ReactNode {
  const { rfcs } = usePluginData('portico-rfcs') as RfcGlobalData;
  const groups = STATUS_ORDER.map((entry) => ({ ...entry, rfcs: rfcs.filter((rfc) => rfc.status === entry.status) })).filter(
    (group) => group.rfcs.length > 0,
  );
  return (
    <div className={styles.index}>
      <nav aria-label="RFC statuses" className={styles.filter}>
        <span>Jump to status:</span>
        <ul>
          {groups.map((group) => (
            <li key={group.status}>
              <a href={`#status-${group.status}`}>
                {group.label} ({group.rfcs.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.status} aria-labelledby={`status-${group.status}`}>
          <Heading as="h2" id={`status-${group.status}`}>
            {group.label}
          </Heading>
          <ColumnTable className={styles.table} columns={RFC_COLUMNS}>
            {group.rfcs.map((rfc) => (
              <tr key={rfc.number} data-rfc={rfc.number}>
                <td>{padRfcNumber(rfc.number)}</td>
                <td>
                  <Link to={rfc.permalink}>{rfc.title}</Link>
                </td>
                <td>
                  <RfcStatusBadge status={rfc.status} />
                </td>
                <td>{rfc.authors.join(', ')}</td>
                <td>
                  <time dateTime={rfc.created}>{rfc.created}</time>
                </td>
                <td>{rfc.updated ? <time dateTime={rfc.updated}>{rfc.updated}</time> : '—'}</td>
              </tr>
            ))}
          </ColumnTable>
        </section>
      ))}
    </div>
  );
}
