import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { HttpApiDiff, HttpOperationRef } from '../../lib/releases/index';
import { BreakingAlert } from './SectionParts';

function Operation({ op }: { op: HttpOperationRef }): ReactNode {
  return (
    <>
      <code>
        {op.method} {op.path}
      </code>
      {op.operationId && (
        <>
          {' '}
          (<code>{op.operationId}</code>)
        </>
      )}
    </>
  );
}

/** The HTTP API section's content for one spec: breaking changes, then operations added, removed and changed. */
export function HttpDiff({ diff }: { diff: HttpApiDiff }): ReactNode {
  const empty = diff.added.length + diff.removed.length + diff.changed.length + diff.other.length === 0;
  return (
    <>
      <BreakingAlert
        items={diff.breaking.map((item) => (
          <>
            <code>{item.where}</code>: {item.change.description} <span className="badge badge--secondary">{item.change.breakingKind}</span>
          </>
        ))}
      />
      {empty && <p>No changes.</p>}
      <ChangeList title="Added" items={diff.added} render={(op) => <Operation op={op} />} />
      <ChangeList
        title="Removed"
        items={diff.removed}
        render={(op) => (
          <>
            <Operation op={op} /> <span className="badge badge--danger">breaking</span>
          </>
        )}
      />
      <ChangeList
        title="Changed"
        items={diff.changed}
        render={(op) => (
          <>
            <Operation op={op} />
            <ul>
              {op.changes.map((change, i) => (
                <li key={i}>
                  {change.description}
                  {change.class === 'breaking' && <span className="badge badge--danger margin-left--sm">breaking</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      />
      {diff.other.length > 0 && (
        <>
          <Heading as="h4">Other changes</Heading>
          <ul>
            {diff.other.map((change, i) => (
              <li key={i}>{change.description}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** One kind of operation change (added, removed, changed) as a titled list; nothing when there is none. */
function ChangeList<T extends { method: string; path: string }>({ title, items, render }: { title: string; items: readonly T[]; render: (item: T) => ReactNode }): ReactNode {
  if (items.length === 0) return null;
  return (
    <>
      <Heading as="h4">{title}</Heading>
      <ul>
        {items.map((item) => (
          <li key={`${item.method} ${item.path}`}>{render(item)}</li>
        ))}
      </ul>
    </>
  );
}
