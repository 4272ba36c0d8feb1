import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { LineChartModel } from '../../lib/dashboards/chart';
import styles from './styles.module.css';

/**
 * Renders a chart laid out at build time as plain SVG: readable without
 * JavaScript, titled and described for screen readers (`role="img"`, named
 * by its `<title>` through `aria-labelledby`, described by its `<desc>`
 * through `aria-describedby`); markers carry a `<title>`
 * so pointing at one shows its figure without any script.
 */
export default function LineChart({ chart }: { chart: LineChartModel }): ReactNode {
  const { plot } = chart;
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
          {chart.yTicks.map((tick) => (
            <g key={`y${tick.at}`}>
              <line className={styles.grid} x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
              <text className={styles.tickLabel} x={plot.left - 6} y={tick.at} dy="0.32em" textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
          <text className={styles.tickLabel} x={plot.left - 6} y={plot.top - 12} textAnchor="end">
            {chart.yUnit}
          </text>
          <line className={styles.axis} x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {chart.xTicks.map((tick) => (
            <g key={`x${tick.at}`}>
              <line className={styles.axis} x1={tick.at} x2={tick.at} y1={plot.bottom} y2={plot.bottom + 4} />
              <text className={styles.tickLabel} x={tick.at} y={plot.bottom + 16} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
          {chart.thresholds.map((threshold) => (
            <g key={threshold.key}>
              <line className={styles.threshold} x1={plot.left} x2={plot.right} y1={threshold.y} y2={threshold.y} />
              <text className={styles.thresholdLabel} x={plot.right} y={threshold.y - 4} textAnchor="end">
                {threshold.label}
              </text>
            </g>
          ))}
          {chart.lines.map((line, i) => (
            <path key={line.key} className={clsx(styles.line, styles[`line${i % 4}`])} d={line.d} data-line={line.key} />
          ))}
        </g>
        {chart.markers.map((marker) => (
          <circle
            key={marker.key}
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
