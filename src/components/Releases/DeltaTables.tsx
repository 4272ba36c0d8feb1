import type { ReactNode } from 'react';
import type { BenchDelta, CoverageDelta, ReleaseSection } from '../../lib/releases/index';
import { DeltaTable } from './SectionParts';

function describe(delta: BenchDelta): string {
  const amount = Math.abs(delta.worsePercent);
  if (delta.verdict === 'regressed') return `${amount}% worse: regressed (threshold ${delta.threshold}%)`;
  if (delta.verdict === 'improved') return `${amount}% better: improved (threshold ${delta.threshold}%)`;
  return delta.worsePercent === 0 ? 'unchanged' : `${amount}% ${delta.worsePercent > 0 ? 'worse' : 'better'}, within ${delta.threshold}%`;
}

/** Each series' value at the two releases and its verdict against its regression threshold (benchmarks, doc coverage). */
export function BenchTable({ title, section, from, to }: { title: string; section: ReleaseSection<BenchDelta[]>; from: string; to: string }): ReactNode {
  return (
    <DeltaTable
      title={title}
      section={section}
      head={
        <tr>
          <th scope="col">Series</th>
          <th scope="col">{from}</th>
          <th scope="col">{to}</th>
          <th scope="col">Change</th>
        </tr>
      }
      row={(delta) => (
        <tr key={`${delta.suite} ${delta.series}`}>
          <th scope="row">
            {delta.suite}: {delta.series}
          </th>
          <td>{delta.display.before}</td>
          <td>{delta.display.after}</td>
          <td>
            {delta.verdict === 'regressed' && <span className="badge badge--warning margin-right--sm">regressed</span>}
            {describe(delta)}
          </td>
        </tr>
      )}
    />
  );
}

/** Each coverage total at the two releases. */
export function CoverageTable({ section, from, to }: { section: ReleaseSection<CoverageDelta[]>; from: string; to: string }): ReactNode {
  return (
    <DeltaTable
      title="Coverage"
      section={section}
      head={
        <tr>
          <th scope="col">Total</th>
          <th scope="col">{from}</th>
          <th scope="col">{to}</th>
        </tr>
      }
      row={(delta) => (
        <tr key={`${delta.suite} ${delta.metric}`}>
          <th scope="row">
            {delta.suite}: {delta.metric}
          </th>
          <td>{delta.before}%</td>
          <td>{delta.after}%</td>
        </tr>
      )}
    />
  );
}
