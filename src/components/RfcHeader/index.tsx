import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ReactNode } from 'react';
import { padRfcNumber } from '../../lib/core/text';
import type { RfcGlobalData } from '../../plugins/rfcs/index';
import { RfcStatusBadge } from '../RfcIndex/RfcStatusBadge';
import { safeHttpUrl } from '../RfcIndex/status';
import styles from './styles.module.css';

const CLOSED = new Set(['rejected', 'withdrawn', 'superseded']);

/** The metadata box above an RFC's text, plus a banner when the RFC is closed. */
export default function RfcHeader({ number }: { number: number }): ReactNode {
  const { rfcs } = usePluginData('portico-rfcs') as RfcGlobalData;
  const rfc = rfcs.find((candidate) => candidate.number === number);
  if (!rfc) return null;
  const byNumber = (n: number) => rfcs.find((candidate) => candidate.number === n);
  const refLinks = (numbers: number[]) =>
    numbers.map((n, i) => {
      const target = byNumber(n);
      return (
        <span key={n}>
          {i > 0 ? ', ' : ''}
          {target ? <Link to={target.permalink}>RFC {padRfcNumber(n)}: {target.title}</Link> : `RFC ${padRfcNumber(n)}`}
        </span>
      );
    });
  const discussion = safeHttpUrl(rfc.discussion);
  const tracking = safeHttpUrl(rfc.trackingIssue);
  return (
    <>
      {CLOSED.has(rfc.status) && (
        <div className="alert alert--warning margin-bottom--md" role="note" data-rfc-banner={rfc.status}>
          <strong>This RFC is {rfc.status}.</strong>{' '}
          {rfc.status === 'superseded' && rfc.supersededBy.length > 0 ? (
            <>It was replaced by {refLinks(rfc.supersededBy)}.</>
          ) : rfc.status === 'rejected' ? (
            'It was considered and not accepted; it is kept for the record.'
          ) : rfc.status === 'withdrawn' ? (
            'Its authors withdrew it; it is kept for the record.'
          ) : null}
        </div>
      )}
      <aside className={styles.box} aria-label={`RFC ${padRfcNumber(rfc.number)} metadata`}>
        <dl className={styles.list}>
          <dt>RFC</dt>
          <dd>{padRfcNumber(rfc.number)}</dd>
          <dt>Status</dt>
          <dd>
            <RfcStatusBadge status={rfc.status} />
          </dd>
          <dt>Authors</dt>
          <dd>{rfc.authors.join(', ')}</dd>
          <dt>Created</dt>
          <dd>
            <time dateTime={rfc.created}>{rfc.created}</time>
          </dd>
          {rfc.updated && (
            <>
              <dt>Updated</dt>
              <dd>
                <time dateTime={rfc.updated}>{rfc.updated}</time>
              </dd>
            </>
          )}
          {discussion && (
            <>
              <dt>Discussion</dt>
              <dd>
                <a href={discussion}>{discussion}</a>
              </dd>
            </>
          )}
          {tracking && (
            <>
              <dt>Tracking issue</dt>
              <dd>
                <a href={tracking}>{tracking}</a>
              </dd>
            </>
          )}
          {rfc.supersedes.length > 0 && (
            <>
              <dt>Supersedes</dt>
              <dd>{refLinks(rfc.supersedes)}</dd>
            </>
          )}
          {rfc.supersededBy.length > 0 && (
            <>
              <dt>Superseded by</dt>
              <dd>{refLinks(rfc.supersededBy)}</dd>
            </>
          )}
        </dl>
      </aside>
    </>
  );
}
