import * as z from 'zod';

/** Severities a runbook can declare, most urgent first. */
export const RUNBOOK_SEVERITIES = ['critical', 'warning', 'info'] as const;

/** How urgent the alerts a runbook serves are. */
export type RunbookSeverity = (typeof RUNBOOK_SEVERITIES)[number];

/**
 * The level-2 headings every runbook has, in this order. On-call engineers
 * read runbooks under stress: the same sections in the same places let them
 * jump straight to "Mitigation" without reading the page first.
 */
export const REQUIRED_RUNBOOK_SECTIONS = ['Summary', 'Impact', 'Diagnosis', 'Mitigation', 'Escalation'] as const;

const nonEmpty = (what: string) =>
  z.string({ error: `expected ${what} (a non-empty string)` }).trim().min(1, { error: `expected ${what} (a non-empty string)` });

/**
 * An alert name as it appears in Prometheus (`alert:`) and in alias URLs
 * (`/runbooks/<AlertName>`): no whitespace and nothing that would change the
 * meaning of a URL path.
 */
const alertName = z
  .string({ error: 'expected an alert name (string) such as "HighErrorRate"' })
  .regex(/^[^\s/?#%\\]+$/, { error: 'expected an alert name without spaces, "/", "?", "#", "%" or "\\", such as "HighErrorRate"' });

/** `YYYY-MM-DD` that names a real calendar day. */
const isoDate = z
  .string({ error: 'expected a date written as YYYY-MM-DD, such as "2026-01-31"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD, such as "2026-01-31"' })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, { error: 'expected a real calendar date written as YYYY-MM-DD' });

/**
 * Front matter of a runbook page. Unknown keys are kept: runbooks are ordinary
 * Docusaurus docs, so `sidebar_position`, `description`, `tags` and the other
 * docs-plugin keys stay available.
 */
export const runbookFrontMatterSchema = z.looseObject({
  /** Page title, shown in the sidebar and the browser tab. */
  title: nonEmpty('a page title'),
  /** Names of the Prometheus alerts this runbook answers; each gets alias URLs. */
  alerts: z
    .array(alertName, { error: 'expected a list of alert names, such as [HighErrorRate]' })
    .min(1, { error: 'expected at least one alert name, such as [HighErrorRate]' })
    .refine((names) => new Set(names).size === names.length, { error: 'expected each alert name only once' }),
  /** How urgent the alerts are. */
  severity: z.enum(RUNBOOK_SEVERITIES, { error: `expected one of ${RUNBOOK_SEVERITIES.join(', ')}` }),
  /** The service the alerts are about, e.g. `task-service`. */
  service: nonEmpty('a service name'),
  /** The team or person who keeps the runbook current. */
  owner: nonEmpty('an owning team'),
  /** Day the runbook was last checked against the running system, `YYYY-MM-DD`. */
  last_reviewed: isoDate,
  /** Docusaurus slug; decides the URL. Without it the file name (minus a number prefix) is used. */
  slug: nonEmpty('a URL slug such as "/high-error-rate"').optional(),
  /** Docusaurus document id; used for the URL when there is no slug. */
  id: nonEmpty('a document id')
    .refine((value) => !value.includes('/'), { error: 'expected a document id without "/"' })
    .optional(),
});

/** Runbook front matter as written in the Markdown file. */
export type RunbookFrontMatter = z.output<typeof runbookFrontMatterSchema>;
