import { formatPercent, meetsThreshold, type DocCoverageCount } from './report.js';

/** What the badge says and how it is coloured. */
export interface BadgeOptions {
  /** Left-hand text. @default "doc coverage" */
  label?: string;
  /** Threshold that decides the colour: green at or above it, red below. */
  threshold: number;
}

// Verdana 11px advance widths, the font shields.io-style badges use, so text fits
// without a browser measuring it. Unknown characters count as the widest digit.
const CHAR_WIDTHS: Record<string, number> = {
  ' ': 3.9, '%': 11.6, '.': 4.3, '(': 4.5, ')': 4.5, '-': 4.9, '/': 4.9,
  '0': 7, '1': 7, '2': 7, '3': 7, '4': 7, '5': 7, '6': 7, '7': 7, '8': 7, '9': 7,
  a: 6.7, b: 6.9, c: 5.8, d: 6.9, e: 6.6, f: 3.8, g: 6.9, h: 7, i: 3, j: 3.8, k: 6.5, l: 3, m: 10.7,
  n: 7, o: 6.7, p: 6.9, q: 6.9, r: 4.7, s: 5.7, t: 4.3, u: 7, v: 6.5, w: 9, x: 6.5, y: 6.5, z: 5.8,
};

function textWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + (CHAR_WIDTHS[char] ?? CHAR_WIDTHS[char.toLowerCase()] ?? 7), 0);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Colours of the value: passing, close (within 10 points), failing. */
export const BADGE_COLORS = {
  /** At or above the threshold. */
  pass: '#2e8540',
  /** Below the threshold by at most 10 points. */
  near: '#c27c0e',
  /** Further below. */
  fail: '#c62828',
} as const;

/**
 * A flat SVG badge, e.g. `doc coverage | 97.5%`, green when the count meets
 * the threshold, amber within 10 points of it, red below. Self-contained: no
 * fonts or scripts are fetched.
 */
export function renderDocCoverageBadge(count: DocCoverageCount, options: BadgeOptions): string {
  const label = options.label ?? 'doc coverage';
  const value = formatPercent(count.percent);
  const color = meetsThreshold(count, options.threshold)
    ? BADGE_COLORS.pass
    : count.percent >= options.threshold - 10
      ? BADGE_COLORS.near
      : BADGE_COLORS.fail;
  const labelWidth = Math.round(textWidth(label) + 12);
  const valueWidth = Math.round(textWidth(value) + 12);
  const width = labelWidth + valueWidth;
  const title = `${label}: ${value} (${count.documented}/${count.total})`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeXml(title)}">`,
    `  <title>${escapeXml(title)}</title>`,
    `  <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `  <clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `  <g clip-path="url(#r)">`,
    `    <rect width="${labelWidth}" height="20" fill="#555"/>`,
    `    <rect x="${labelWidth}" width="${valueWidth}" height="20" fill="${color}"/>`,
    `    <rect width="${width}" height="20" fill="url(#s)"/>`,
    `  </g>`,
    `  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `    <text x="${labelWidth / 2}" y="14">${escapeXml(label)}</text>`,
    `    <text x="${labelWidth + valueWidth / 2}" y="14">${escapeXml(value)}</text>`,
    `  </g>`,
    `</svg>`,
    '',
  ].join('\n');
}
