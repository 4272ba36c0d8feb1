import * as z from 'zod';

/**
 * The lifecycle of an RFC, in the order an RFC usually moves through it, with
 * the one-line meaning shown on the site and in `docs/rfc-process.md`.
 */
export const RFC_STATUSES = [
  { status: 'draft', description: 'Being written; not ready for review.' },
  { status: 'discussion', description: 'Open for comments on its pull request and discussion thread.' },
  { status: 'final-comment-period', description: 'A decision is proposed; last call for objections.' },
  { status: 'accepted', description: 'Agreed, not yet built.' },
  { status: 'rejected', description: 'Declined; the RFC records why.' },
  { status: 'withdrawn', description: 'Abandoned by its authors before a decision.' },
  { status: 'implemented', description: 'Built and released; the tracking issue is closed.' },
  { status: 'superseded', description: 'Replaced by a later RFC, named in `superseded-by`.' },
] as const;

/** One of the values of the `status` front-matter key. */
export type RfcStatus = (typeof RFC_STATUSES)[number]['status'];

/** The status names alone, in lifecycle order. */
export const RFC_STATUS_NAMES = RFC_STATUSES.map((entry) => entry.status) as unknown as readonly [
  RfcStatus,
  ...RfcStatus[],
];

/** Front-matter keys that belong to the RFC model (as opposed to Docusaurus). */
export const RFC_KEYS = [
  'rfc',
  'title',
  'status',
  'authors',
  'created',
  'updated',
  'discussion',
  'tracking-issue',
  'supersedes',
  'superseded-by',
  'release',
] as const;

/**
 * Docusaurus doc front-matter keys an RFC may also carry; they are passed
 * through to the docs plugin untouched and not validated here.
 */
export const DOCUSAURUS_DOC_KEYS = [
  'id',
  'slug',
  'sidebar_label',
  'sidebar_position',
  'sidebar_class_name',
  'sidebar_key',
  'sidebar_custom_props',
  'displayed_sidebar',
  'pagination_label',
  'pagination_next',
  'pagination_prev',
  'hide_title',
  'hide_table_of_contents',
  'toc_min_heading_level',
  'toc_max_heading_level',
  'parse_number_prefixes',
  'custom_edit_url',
  'description',
  'keywords',
  'image',
  'tags',
  'draft',
  'unlisted',
  'last_update',
] as const;

/**
 * What each check expects, phrased to follow "is not" in a finding:
 * `status "aproved" is not one of draft, discussion, ...`.
 */
export const RFC_EXPECTATIONS = {
  rfc: 'a whole number such as 3 (the number in the file name, without leading zeros)',
  title: 'a non-empty string',
  status: `one of ${RFC_STATUS_NAMES.join(', ')}`,
  authors: 'a non-empty list of author names',
  author: 'a non-empty author name',
  isoDate: 'an ISO date such as 2026-11-01 (YYYY-MM-DD)',
  calendarDate: 'a real calendar date',
  url: 'an http(s) URL such as https://github.com/acme/project/issues/12',
  reference: 'an RFC number or a list of RFC numbers such as [3, 7]',
  referenceItem: 'an RFC number such as 3',
  release: 'a version string such as "1.2.0", or "<changelog id>@1.2.0" when there are several changelogs',
} as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate = z
  .string({ error: RFC_EXPECTATIONS.isoDate })
  .regex(ISO_DATE, { error: RFC_EXPECTATIONS.isoDate, abort: true })
  .refine(isCalendarDate, { error: RFC_EXPECTATIONS.calendarDate });

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: RFC_EXPECTATIONS.url });

const rfcNumber = z.int({ error: RFC_EXPECTATIONS.referenceItem }).nonnegative({ error: RFC_EXPECTATIONS.referenceItem });

/** `supersedes: 3` and `supersedes: [3, 4]` both mean a list of RFC numbers. */
const rfcReferences = z
  .union([rfcNumber, z.array(rfcNumber, { error: RFC_EXPECTATIONS.reference })], { error: RFC_EXPECTATIONS.reference })
  .transform((value) => (Array.isArray(value) ? value : [value]));

const docusaurusKeys = Object.fromEntries(DOCUSAURUS_DOC_KEYS.map((key) => [key, z.unknown().optional()])) as Record<
  (typeof DOCUSAURUS_DOC_KEYS)[number],
  z.ZodOptional<z.ZodUnknown>
>;

/**
 * The front matter of an RFC file (`rfcs/NNNN-kebab-title.md`). Unknown keys
 * are rejected, so a misspelt `tracking_issue` is reported instead of ignored.
 * Cross-field and cross-file rules (the number matches the file name,
 * `updated` is not before `created`, references exist, ...) live in the linter.
 */
export const rfcFrontMatterSchema = z.strictObject({
  /** The RFC number; equal to the `NNNN` of the file name. */
  rfc: z.int({ error: RFC_EXPECTATIONS.rfc }).nonnegative({ error: RFC_EXPECTATIONS.rfc }),
  /** Human title; its kebab-case slug is the file name's slug part. */
  title: z.string({ error: RFC_EXPECTATIONS.title }).trim().min(1, { error: RFC_EXPECTATIONS.title }),
  /** Where the RFC is in its lifecycle; see {@link RFC_STATUSES}. */
  status: z.enum(RFC_STATUS_NAMES, { error: RFC_EXPECTATIONS.status }),
  /** Who wrote it; at least one name. */
  authors: z
    .array(z.string({ error: RFC_EXPECTATIONS.author }).trim().min(1, { error: RFC_EXPECTATIONS.author }), {
      error: RFC_EXPECTATIONS.authors,
    })
    .min(1, { error: RFC_EXPECTATIONS.authors }),
  /** Day the RFC was opened, `YYYY-MM-DD`. */
  created: isoDate,
  /** Day of the last change of status or design, `YYYY-MM-DD`; not before `created`. */
  updated: isoDate.optional(),
  /** URL of the discussion thread. */
  discussion: httpUrl,
  /** URL of the issue that tracks the implementation. */
  'tracking-issue': httpUrl,
  /** RFCs this one replaces. */
  supersedes: rfcReferences.optional(),
  /** RFCs that replace this one; required when `status` is `superseded`. */
  'superseded-by': rfcReferences.optional(),
  /**
   * The release that shipped the RFC: a version of the project's changelog (`1.2.0`), or
   * `<changelog id>@1.2.0` when several changelogs are configured. `portal lint rfcs` checks
   * that the changelog has that version; the release's page lists the RFC.
   */
  release: z.string({ error: RFC_EXPECTATIONS.release }).trim().min(1, { error: RFC_EXPECTATIONS.release }).optional(),
  ...docusaurusKeys,
});

/**
 * The template (`rfcs/0000-template.md`) has no discussion thread or tracking
 * issue yet; everything else it declares must still be valid.
 */
export const rfcTemplateFrontMatterSchema = rfcFrontMatterSchema.partial({ discussion: true, 'tracking-issue': true });

/** RFC front matter as written in the file. */
export type RfcFrontMatterInput = z.input<typeof rfcFrontMatterSchema>;
/** RFC front matter after validation: references normalised to lists, strings trimmed. */
export type RfcFrontMatter = z.infer<typeof rfcFrontMatterSchema>;

/**
 * The file-name slug of a title: lowercase, accents dropped, every run of
 * characters other than `a-z0-9` turned into one `-`, no `-` at either end.
 * `Static dashboards with build-time SVG` → `static-dashboards-with-build-time-svg`.
 */
export function titleSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
