/*
 * The benchmarks page's route and the limits that keep its size set by the
 * number of series, however long the history gets.
 */

/** Route of the benchmarks page. */
export const BENCHMARKS_PATH = '/dashboards/benchmarks';

/**
 * A series' data table lists this many of its latest runs, whatever the
 * length of the history; every run is in the suite's downloads.
 */
export const TABLE_RUNS = 10;

/**
 * Besides every open regression (at most one per series), the page lists
 * this many confirmed past regressions, the most recent, so its size is set
 * by the number of series however long the history gets. The feed carries
 * more; the suite downloads and the history files keep every one.
 */
export const MAX_LISTED_REGRESSIONS = 5;

/** A series' sparkline in the suite's overview table draws this many of its latest runs. */
export const SPARK_RUNS = 30;

/**
 * A suite shows its full charts expanded when it has at most this many
 * series; a larger suite keeps them behind one disclosure below its overview
 * table (each row links to its chart), so the page stays short at 100 series.
 */
export const EXPANDED_CHARTS_UP_TO = 4;

/** The regression feeds carry this many entries, newest first. */
export const MAX_FEED_REGRESSIONS = 50;

/** A chart marks at most this many past regressions of its series, the latest ones. */
export const MAX_MARKED_REGRESSIONS = 5;
