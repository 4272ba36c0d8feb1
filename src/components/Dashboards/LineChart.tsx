import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { ChartView } from '../../lib/dashboards/chart';
import styles from './styles.module.css';

/**
 * Renders a chart laid out at build time as plain SVG: readable without
 * JavaScript, titled and described for screen readers (`role="img"`, named
 * by its `<title>` through `aria-labelledby`, described by its `<desc>`
 * through `aria-describedby`); markers carry a `<title>`
 * so pointing at one shows its figure without any script.
 *
 * Each line is a `<use>` of its `<path>` in the page's lines file (one SVG
 * file per page, written by the dashboards plugin), so neither the HTML nor
 * the page's data module carries point data; the line inherits its stroke
 * from the `<use>` element, so the styles below apply. A line given inline
 * (the development server) is drawn as a `<path>`.
 */
export default function LineChart({ chart, linesFile }: { chart: ChartView; linesFile?: string }): ReactNode {
  const { plot } = chart;
  const linesUrl = useBaseUrl(linesFile ?? '/');
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        data-chart={chart.id}
      >
        <title id={titleId}>{chart.title}</title>
        <desc id={descId}>{chart.description}</desc>
        <g aria-hidden="true">
          {/* Grid lines and tick marks as one path each, and labels in groups that set their anchor: ticks cost a few bytes each. */}
          <path className={styles.grid} d={chart.yTicks.map(([at]) => `M${plot.left},${at}H${plot.right}`).join('')} />
          <g className={styles.tickLabel} textAnchor="end">
            {chart.yTicks.map(([at, label]) => (
              // 3.5 user units is the 0.32em that centres an 11-unit label on its grid line.
              <text key={at} x={plot.left - 6} y={Math.round((at + 3.5) * 10) / 10}>
                {label}
              </text>
            ))}
            <text x={plot.left - 6} y={plot.top - 12}>
              {chart.yUnit}
            </text>
          </g>
          <path className={styles.axis} d={`M${plot.left},${plot.bottom}H${plot.right}${chart.xTicks.map(([at]) => `M${at},${plot.bottom}v4`).join('')}`} />
          <g className={styles.tickLabel} textAnchor="middle">
            {chart.xTicks.map(([at, label]) => (
              <text key={at} x={at} y={plot.bottom + 16}>
                {label}
              </text>
            ))}
          </g>
          {chart.thresholds.map((threshold) => (
            <g key={threshold.key}>
              <line className={styles.threshold} x1={plot.left} x2={plot.right} y1={threshold.y} y2={threshold.y} />
              <text className={styles.thresholdLabel} x={plot.right} y={threshold.y - 4} textAnchor="end">
                {threshold.label}
              </text>
            </g>
          ))}
          {chart.lines.map((line, i) =>
            line.d !== undefined || !linesFile ? (
              <path key={line.key} className={clsx(styles.line, styles[`line${i % 4}`])} d={line.d ?? ''} data-line={line.key} />
            ) : (
              <use key={line.key} className={clsx(styles.line, styles[`line${i % 4}`])} href={`${linesUrl}#${line.ref}`} data-line={line.key} />
            ),
          )}
        </g>
        {chart.markers.map((marker, i) => (
          <circle
            key={i}
            className={marker.kind === 'regression' ? styles.markerRegression : styles.markerLatest}
            cx={marker.x}
            cy={marker.y}
            r={marker.kind === 'regression' ? 5 : 4}
            data-marker={marker.kind}
          >
            <title>{marker.label}</title>
          </circle>
        ))}
      </svg>
      {chart.lines.length > 1 && (
        <ul className={styles.legend} aria-label="Legend">
          {chart.lines.map((line, i) => (
            <li key={line.key}>
              <svg width="28" height="10" aria-hidden="true">
                <line className={clsx(styles.line, styles[`line${i % 4}`])} x1="2" x2="26" y1="5" y2="5" />
              </svg>
              {line.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
