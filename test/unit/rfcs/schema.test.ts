import { describe, expect, it } from 'vitest';
import {
  RFC_STATUSES,
  RFC_STATUS_NAMES,
  isCalendarDate,
  rfcFrontMatterSchema,
  rfcTemplateFrontMatterSchema,
  titleSlug,
} from '../../../src/lib/rfcs/index.js';

const VALID = {
  rfc: 3,
  title: 'Better foo',
  status: 'accepted',
  authors: ['Ada Lovelace'],
  created: '2026-01-05',
  discussion: 'https://github.com/acme/project/discussions/3',
  'tracking-issue': 'https://github.com/acme/project/issues/3',
};

describe('RFC statuses', () => {
  it('lists the lifecycle in order, each with a one-line description', () => {
    expect(RFC_STATUS_NAMES).toEqual([
      'draft',
      'discussion',
      'final-comment-period',
      'accepted',
      'rejected',
      'withdrawn',
      'implemented',
      'superseded',
    ]);
    for (const { description } of RFC_STATUSES) expect(description).toMatch(/^[A-Z][^\n]+\.$/);
  });
});

describe('titleSlug', () => {
  it.each([
    ['One typed portal config', 'one-typed-portal-config'],
    ['Static dashboards with build-time SVG', 'static-dashboards-with-build-time-svg'],
    ['  Why not   YAML?! ', 'why-not-yaml'],
    ['Café & crème brûlée', 'cafe-creme-brulee'],
    ['v2.0: OpenAPI 3.1', 'v2-0-openapi-3-1'],
    ['!!!', ''],
  ])('%j → %j', (title, slug) => {
    expect(titleSlug(title)).toBe(slug);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-01', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['2026/01/05', false],
    ['2026-01-05T10:00:00Z', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('rfcFrontMatterSchema', () => {
  it('accepts a complete RFC and normalises references to lists', () => {
    const parsed = rfcFrontMatterSchema.parse({ ...VALID, supersedes: 1, 'superseded-by': [4, 5], slug: '/x', sidebar_position: 2 });
    expect(parsed.supersedes).toEqual([1]);
    expect(parsed['superseded-by']).toEqual([4, 5]);
    expect(parsed.slug).toBe('/x');
  });

  it.each([
    ['rfc', '3'],
    ['rfc', 3.5],
    ['title', ''],
    ['status', 'approved'],
    ['authors', []],
    ['authors', 'Ada Lovelace'],
    ['created', '2026-02-30'],
    ['updated', '05/01/2026'],
    ['discussion', 'ftp://example.com/x'],
    ['tracking-issue', 'not a url'],
    ['supersedes', 'two'],
    ['superseded-by', [1, -2]],
  ])('rejects %s = %j', (key, value) => {
    const result = rfcFrontMatterSchema.safeParse({ ...VALID, [key]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(key);
  });

  it('rejects unknown keys, so typos are reported', () => {
    const result = rfcFrontMatterSchema.safeParse({ ...VALID, tracking_issue: 'https://x.example/1' });
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
  });

  it('lets the template leave out the discussion and tracking issue', () => {
    const { discussion: _d, 'tracking-issue': _t, ...template } = VALID;
    expect(rfcTemplateFrontMatterSchema.safeParse({ ...template, rfc: 0 }).success).toBe(true);
    expect(rfcFrontMatterSchema.safeParse(template).success).toBe(false);
  });
});
