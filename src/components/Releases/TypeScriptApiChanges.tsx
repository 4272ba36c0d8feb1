import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { TsApiDiff } from '../../lib/releases/index';
import { BreakingAlert } from './SectionParts';

/** Long signatures wrap instead of scrolling sideways (a scrolling region would need to be focusable). */
const SIGNATURE_STYLE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** An export's or member's name, linked to its API reference page when the site has one. */
function ApiName({ item }: { item: { name: string; page?: string } }): ReactNode {
  return item.page ? (
    <Link to={item.page}>
      <code>{item.name}</code>
    </Link>
  ) : (
    <code>{item.name}</code>
  );
}

function BreakingBadge({ breaking }: { breaking: boolean }): ReactNode {
  return breaking ? <span className="badge badge--danger margin-left--sm">breaking</span> : null;
}

/** The TypeScript API diff of one package: breaking changes first, then added, removed and changed exports with their signatures. */
export function TsDiff({ diff }: { diff: TsApiDiff }): ReactNode {
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <>
      <BreakingAlert
        items={diff.breaking.map((item) => (
          <>
            <code>{item.where}</code>: {item.description}
          </>
        ))}
      />
      {empty && <p>No changes.</p>}
      {(['added', 'removed'] as const).map((kind) =>
        diff[kind].length === 0 ? null : (
          <div key={kind}>
            <Heading as="h4">{kind === 'added' ? 'Added' : 'Removed'}</Heading>
            <ul>
              {diff[kind].map((item) => (
                <li key={item.name}>
                  <ApiName item={item} /> ({item.kind})
                  <BreakingBadge breaking={item.breaking} />
                  <pre className="margin-vert--xs" style={SIGNATURE_STYLE}>
                    <code>{item.signature}</code>
                  </pre>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {diff.changed.length > 0 && (
        <>
          <Heading as="h4">Changed</Heading>
          <ul>
            {diff.changed.map((item) => (
              <li key={item.name}>
                <ApiName item={item} /> ({item.kind})
                <BreakingBadge breaking={item.breaking} />
                {item.reasons.length > 0 && <span>: {item.reasons.join('; ')}</span>}
                <dl className="margin-vert--xs">
                  <dt>Before</dt>
                  <dd>
                    <pre className="margin-vert--xs" style={SIGNATURE_STYLE}>
                      <code>{item.before}</code>
                    </pre>
                  </dd>
                  <dt>After</dt>
                  <dd>
                    <pre className="margin-vert--xs" style={SIGNATURE_STYLE}>
                      <code>{item.after}</code>
                    </pre>
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
