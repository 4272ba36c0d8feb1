import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { ReleaseSection } from '../../lib/releases/index';

/** Why a section has no content. */
export function NotComputed({ reason }: { reason: string }): ReactNode {
  return <p className="release-section__unavailable">Not computed: {reason}.</p>;
}

export function Notes({ notes }: { notes: string[] }): ReactNode {
  return notes.length === 0 ? null : (
    <ul>
      {notes.map((note) => (
        <li key={note}>
          <em>{note}</em>
        </li>
      ))}
    </ul>
  );
}

/** One part of a diff section (a package, a spec): its key (for the heading's id), its heading and its diff. */
export interface DiffPart<D> {
  key: string;
  heading: ReactNode;
  diff: ReleaseSection<D>;
}

/**
 * A release page section made of one diff per package or spec, each under an
 * h3 `<id>-<key>`; the section, or one part, says why it was not computed.
 */
export function DiffSection<P, D>({ id, title, section, part, render }: { id: string; title: string; section: ReleaseSection<P[]>; part: (item: P) => DiffPart<D>; render: (diff: D) => ReactNode }): ReactNode {
  return (
    <section aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {!section.available ? (
        <NotComputed reason={section.reason} />
      ) : (
        section.value.map((item) => {
          const { key, heading, diff } = part(item);
          return (
            <div key={key}>
              <Heading as="h3" id={`${id}-${key}`}>
                {heading}
              </Heading>
              {!diff.available ? (
                <NotComputed reason={diff.reason} />
              ) : (
                <>
                  {render(diff.value)}
                  <Notes notes={diff.notes} />
                </>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}

/** The red box at the top of a diff: how many breaking changes, then one line each. */
export function BreakingAlert({ items }: { items: ReactNode[] }): ReactNode {
  return items.length === 0 ? null : (
    <div className="alert alert--danger margin-bottom--md" role="note">
      <strong>
        {items.length} breaking {items.length === 1 ? 'change' : 'changes'}
      </strong>
      <ul className="margin-bottom--none">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** A titled table of deltas (h3), or why it was not computed; the section's notes follow the table. */
export function DeltaTable<T>({ title, section, head, row }: { title: string; section: ReleaseSection<T[]>; head: ReactNode; row: (item: T) => ReactNode }): ReactNode {
  return (
    <>
      <Heading as="h3">{title}</Heading>
      {!section.available ? (
        <NotComputed reason={section.reason} />
      ) : (
        <>
          <table>
            <thead>{head}</thead>
            <tbody>{section.value.map(row)}</tbody>
          </table>
          <Notes notes={section.notes} />
        </>
      )}
    </>
  );
}
