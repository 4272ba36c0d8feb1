import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { ChartView } from '../../lib/dashboards/chart';
import styles from './styles.module.css';

/** An x coordinate of the line layer (0 to `width`) as a percentage of the chart's drawn width. */
const percent = (x: number, width: number) => `${Math.round((x / width) * 10_000) / 100}%`;

/**
 * Renders a chart laid out at build time as plain SVG: readable without
 * JavaScript, titled and described for screen readers (`role="img"`, named
 * by its `<title>` through `aria-labelledby`, described by its `<desc>`
 * through `aria-describedby`); markers carry a `<title>`
 * so pointing at one shows its figure without any script.
 *
 * The chart takes the full width of its column at a fixed height in CSS
 * pixels. The SVG has no viewBox, so its text, markers and grid are drawn in
 * CSS pixels (x positions as percentages of the width) and labels keep a
 * legible size on a phone; only the line layer, a nested SVG, is stretched to
 * the width, its strokes kept at their width by `vector-effect`. The value
 * labels sit in the chart's left gutter, outside its box.
 *
 * Each line is a `<use>` of its `<path>` in the page's lines file (one SVG
 * file per page, written by the dashboards plugin), so neither the HTML nor
 * the page's data module carries point data; the line inherits its stroke
 * from the `<use>` element, so the styles below apply. A line given inline
 * (the development server) is drawn as a `<path>`.
 */
export default function LineChart({ chart, linesFile }: { chart: ChartView; linesFile?: string }): ReactNode {
  const { plot, width } = chart;
  const linesUrl = useBaseUrl(linesFile ?? '/');
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} height={chart.height} role="img" aria-labelledby={titleId} aria-describedby={descId} data-chart={chart.id}>
        <title id={titleId}>{chart.title}</title>
        <desc id={descId}>{chart.description}</desc>
        <g aria-hidden="true">
          <g className={styles.grid}>
            {chart.yTicks.map(([at]) => (
              <line key={at} x2="100%" y1={at} y2={at} />
            ))}
          </g>
          {/* Value labels in the gutter left of the chart's box: end-anchored at x = -6. */}
          <g className={styles.tickLabel} textAnchor="end">
            {chart.yTicks.map(([at, label]) => (
              <text key={at} x={-6} y={Math.round((at + 4) * 10) / 10}>
                {label}
              </text>
            ))}
            <text x={-6} y={plot.top - 10}>
              {chart.yUnit}
            </text>
          </g>
          <line className={styles.axis} x2="100%" y1={plot.bottom} y2={plot.bottom} />
          <g className={styles.tickLabel}>
            {chart.xTicks.map(([at, label]) => (
              // The outer labels are anchored inwards so they never stick out of the chart's box.
              <text key={at} x={percent(at, width)} y={plot.bottom + 17} textAnchor={at < width * 0.1 ? 'start' : at > width * 0.9 ? 'end' : 'middle'}>
                {label}
              </text>
            ))}
          </g>
          {chart.thresholds.map((threshold) => (
            <g key={threshold.key}>
              <line className={styles.threshold} x2="100%" y1={threshold.y} y2={threshold.y} />
              <text className={styles.thresholdLabel} x="100%" y={threshold.y - 4} textAnchor="end">
                {threshold.label}
              </text>
            </g>
          ))}
          <svg width="100%" height={chart.height} viewBox={`0 0 ${width} ${chart.height}`} preserveAspectRatio="none" overflow="visible">
            {chart.lines.map((line, i) =>
              line.d !== undefined || !linesFile ? (
                <path key={line.key} className={clsx(styles.line, styles[`line${i % 4}`])} d={line.d ?? ''} data-line={line.key} />
              ) : (
                <use key={line.key} className={clsx(styles.line, styles[`line${i % 4}`])} href={`${linesUrl}#${line.ref}`} data-line={line.key} />
              ),
            )}
          </svg>
        </g>
        {chart.markers.map((marker, i) => (
          <circle
            key={i}
            className={marker.kind === 'regression' ? styles.markerRegression : marker.caption ? styles.markerPoint : styles.markerLatest}
            cx={percent(marker.x, width)}
            cy={marker.y}
            r={marker.kind === 'regression' || marker.caption ? 5 : 4}
            data-marker={marker.kind}
          >
            <title>{marker.label}</title>
          </circle>
        ))}
        {chart.markers.map((marker, i) =>
          marker.caption ? (
            <text
              key={i}
              className={styles.caption}
              x={percent(marker.x, width)}
              dx={marker.captionAnchor === 'middle' ? 0 : 10}
              y={marker.captionY ?? marker.y + 4}
              textAnchor={marker.captionAnchor ?? 'start'}
              data-caption=""
            >
              {marker.caption}
            </text>
          ) : null,
        )}
      </svg>
      {chart.lines.length > 1 && (
        <ul className={styles.legend} aria-label={`Legend of ${chart.title}`}>
          {chart.lines.map((line, i) => (
            <li key={line.key} data-legend={line.key}>
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
