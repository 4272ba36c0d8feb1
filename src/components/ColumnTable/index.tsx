import type { ReactNode, TableHTMLAttributes } from 'react';

/** A header cell with a class, e.g. one that aligns a numeric column. */
export interface Column {
  /** Header text (also the React key). */
  label: string;
  /** Class of the `<th>`. */
  className?: string;
}

/** Props of {@link ColumnTable}; other attributes (`data-*`) go on the `<table>`. */
export interface ColumnTableProps extends Omit<TableHTMLAttributes<HTMLTableElement>, 'children'> {
  /** Header cells, left to right; each becomes a `<th scope="col">`. */
  columns: readonly (string | Column)[];
  /** Class of the `<table>`, if any. */
  className?: string;
  /** Contents of the table's `<caption>`, if it has one. */
  caption?: ReactNode;
  /** Class of the `<caption>` (e.g. to show it to screen readers only). */
  captionClassName?: string;
  /** The body rows (`<tr>` elements). */
  children: ReactNode;
}

/**
 * A table with one header row of column names and the given body rows. The
 * index, dashboard and HTTP API pages each wrote this markup out by hand; one
 * component keeps their headers accessible (`scope="col"`) the same way.
 */
export default function ColumnTable({ columns, caption, captionClassName, children, ...table }: ColumnTableProps): ReactNode {
  return (
    <table {...table}>
      {caption !== undefined && <caption className={captionClassName}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => {
            const { label, className } = typeof column === 'string' ? { label: column, className: undefined } : column;
            return (
              <th key={label} scope="col" className={className}>
                {label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
