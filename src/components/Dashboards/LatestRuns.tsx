import type { ReactNode } from 'react';
import { countOf } from '../../lib/dashboards/links';
import type { SuiteDownloads } from '../../lib/dashboards/files';
import ColumnTable, { type Column } from '../ColumnTable';
import Downloads from './Downloads';
import styles from './styles.module.css';
import TableScroll from './TableScroll';

/** Props of {@link LatestRuns}. */
export interface LatestRunsProps {
  /** Rows in the table: the latest runs. */
  shown: number;
  /** Runs in the history, all of them in the downloads. */
  total: number;
  /** Accessible name of the table's scroll box. */
  label: string;
  /** The table's caption. */
  caption: ReactNode;
  /** Header cells. */
  columns: readonly (string | Column)[];
  /** The suite's downloads, which hold every run. */
  downloads: SuiteDownloads;
  /** Accessible name of the download links. */
  downloadsLabel: string;
  /** What else the downloads hold, said after `All N runs`, e.g. `, with the other series of suite api`. */
  along?: ReactNode;
  /** The body rows. */
  children: ReactNode;
}

/**
 * The data table of a chart behind a disclosure: its latest runs (a page's
 * size is set by its series, not its runs) and links to the downloads that
 * hold every run. The benchmarks and coverage pages show it the same way.
 */
export default function LatestRuns({ shown, total, label, caption, columns, downloads, downloadsLabel, along, children }: LatestRunsProps): ReactNode {
  return (
    <details>
      <summary>Data table ({shown === total ? countOf(total, 'run') : `latest ${shown} of ${total} runs`})</summary>
      <TableScroll label={label}>
        <ColumnTable columns={columns} caption={caption}>
          {children}
        </ColumnTable>
      </TableScroll>
      <p className={styles.more}>
        {total === 1 ? 'The run' : `All ${total} runs`}
        {along}: <Downloads downloads={downloads} label={downloadsLabel} />.
      </p>
    </details>
  );
}
