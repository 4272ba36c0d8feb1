import type { ReactNode } from 'react';

/** Props of {@link ColumnTable}. */
export interface ColumnTableProps {
  /** Header cells, left to right; each becomes a `<th scope="col">`. */
  columns: readonly string[];
  /** Class of the `<table>`, if any. */
  className?: string;
  /** The body rows (`<tr>` elements). */
  children: ReactNode;
}

/**
 * A table with one header row of column names and the given body rows. The
 * index pages (RFCs, runbooks, changelog) each wrote this markup out by hand;
 * one component keeps their headers accessible (`scope="col"`) the same way.
 */
export default function ColumnTable({ columns, className, children }: ColumnTableProps): ReactNode {
  return (
    <table className={className}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
