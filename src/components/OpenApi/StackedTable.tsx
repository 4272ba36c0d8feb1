import clsx from 'clsx';
import type { ReactNode } from 'react';
import ColumnTable from '../ColumnTable';
import styles from './styles.module.css';

/** One body row of a {@link StackedTable}. */
export interface StackedRow {
  /** React key of the row. */
  key: string;
  /** Cells, one per column, left to right. */
  cells: readonly ReactNode[];
  /** `data-*` attributes of the `<tr>` (tests and styles find rows by them). */
  data?: Record<`data-${string}`, string>;
}

/**
 * A table that is a list of cards on a phone: one card per row, each cell
 * labelled with its column (`data-label`, shown by the stylesheet), so nothing
 * is wider than the screen. The labels are the column headers, so the two
 * cannot drift apart.
 */
export default function StackedTable({ columns, rows, data }: { columns: readonly string[]; rows: readonly StackedRow[]; data?: Record<`data-${string}`, string> }): ReactNode {
  return (
    <ColumnTable columns={columns} className={clsx(styles.table, styles.stackOnPhone)} {...data}>
      {rows.map((row) => (
        <tr key={row.key} {...row.data}>
          {row.cells.map((cell, i) => (
            <td key={i} data-label={columns[i]}>
              {cell}
            </td>
          ))}
        </tr>
      ))}
    </ColumnTable>
  );
}
