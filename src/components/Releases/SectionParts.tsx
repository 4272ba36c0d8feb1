import type { ReactNode } from 'react';

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
