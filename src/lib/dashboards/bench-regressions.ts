import { formatChange, formatMeasurement, type RegressionEvent } from '../bench/index.js';
import type { SeriesAnalysis } from './bench-analysis.js';
import type { RegressionView } from './bench-page-data.js';
import { commitOf, dayOf } from './links.js';

/** What a regression view is made of: a past step the detector found, or the gate's verdict of the latest run. */
type RegressionFacts = Pick<RegressionEvent, 'suite' | 'series' | 'unit' | 'runId' | 'date' | 'commit' | 'previousCommit' | 'before' | 'after'> & {
  worsePercent: number | undefined;
};

/**
 * A series' regressions as the page and the feed list them: every past one
 * the step detector found, and, when the gate says the latest run regressed
 * and no past step is at that run yet, that open regression too.
 */
export function regressionViews({ id, events, verdict }: SeriesAnalysis): RegressionView[] {
  const views = events.map((event) => regressionView(event, id, false));
  const latest = verdict?.latest;
  if (verdict?.verdict === 'regressed' && latest && !events.some((e) => e.runId === latest.runId)) {
    const { suite, series, unit, baseline, worsePercent } = verdict;
    views.push(regressionView({ suite, series, unit, runId: latest.runId, date: latest.date, commit: latest.commit, before: baseline!.value, after: latest.value, worsePercent }, id, true));
  }
  return views;
}

/** Newest first; on the same day an open regression before a confirmed one. */
export function newestFirst(a: RegressionView, b: RegressionView): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.open === b.open ? 0 : a.open ? -1 : 1;
}

function regressionView(facts: RegressionFacts, seriesId: string, open: boolean): RegressionView {
  return {
    id: `${seriesId}-${facts.runId}`,
    suite: facts.suite,
    series: facts.series,
    seriesId,
    date: dayOf(facts.date),
    ...commitOf(facts.commit),
    ...(facts.previousCommit ? { previousCommit: facts.previousCommit } : {}),
    before: formatMeasurement(facts.before, facts.unit),
    after: formatMeasurement(facts.after, facts.unit),
    change: formatChange(facts.worsePercent),
    open,
  };
}
