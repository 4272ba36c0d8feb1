import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** The distinct notes of a page's suites, in order. */
export function suiteNotes(suites: readonly { note?: string }[]): string[] {
  return [...new Set(suites.flatMap((s) => (s.note ? [s.note] : [])))];
}

/** The `note` of history files (the seeded sample history says it is sample data), shown as an admonition. */
export default function SampleNotes({ notes }: { notes: readonly string[] }): ReactNode {
  if (notes.length === 0) return null;
  return (
    <div className={`alert alert--warning ${styles.note}`} role="note">
      {notes.map((note) => (
        <p key={note} className="margin-bottom--none">
          {note}
        </p>
      ))}
    </div>
  );
}
