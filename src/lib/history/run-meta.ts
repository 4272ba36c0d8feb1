import { PortalError } from '../errors.js';

/** Commit, branch and date given on the command line. */
export interface RunMetaOptions {
  /** `--commit`: a hex commit id (4 to 64 digits). */
  commit?: string;
  /** `--branch`. */
  branch?: string;
  /** `--date`: ISO 8601, with a time zone or a date alone (read as UTC midnight). */
  date?: string;
}

/** Commit, branch and date of a run to store, and where the date came from. */
export interface ResolvedRunMeta {
  /** Commit, lowercase hex, if known. */
  commit?: string;
  /** Branch, if known. */
  branch?: string;
  /** ISO 8601 UTC. */
  date: string;
  /** The date when it came from `--date` or the file (part of the run identity), else `undefined`. */
  explicitDate?: string;
  /** Where the date came from. */
  dateSource: 'option' | 'file' | 'ingest time';
}

/** A day of slack for clocks and time zones: later than this a date is a mistake, not a run. */
const FUTURE_SLACK_MS = 24 * 3_600_000;

/**
 * Combines command-line options with what the result file says (options
 * win) and validates them.
 *
 * @throws {@link PortalError} (exit 2) for a malformed commit, branch or date.
 */
export function resolveRunMeta(
  options: RunMetaOptions,
  fromFile: { commit?: string; branch?: string; date?: string; places?: { commit?: string; branch?: string; date?: string } },
  now: Date = new Date(),
): ResolvedRunMeta {
  // `results/x.json#/datetime` when the parser said where the value is.
  const inFile = (field: 'commit' | 'branch' | 'date') => fromFile.places?.[field] ?? `${field} in the result file`;
  const problems: string[] = [];
  const commit = options.commit ?? fromFile.commit;
  if (commit !== undefined && !/^[0-9a-fA-F]{4,64}$/.test(commit)) {
    problems.push(`${options.commit !== undefined ? '--commit' : inFile('commit')}: got ${JSON.stringify(commit)}, expected a hex commit id such as 4f6c1d2`);
  }
  const branch = options.branch ?? fromFile.branch;
  if (branch !== undefined && (branch.trim() === '' || /[\s~^:?*[\\]/.test(branch))) {
    problems.push(`${options.branch !== undefined ? '--branch' : inFile('branch')}: got ${JSON.stringify(branch)}, expected a git branch name`);
  }
  let date: string | undefined;
  let dateSource: ResolvedRunMeta['dateSource'] = 'ingest time';
  if (options.date !== undefined) {
    date = parseIsoDate(options.date);
    dateSource = 'option';
    if (!date) problems.push(`--date: got ${JSON.stringify(options.date)}, expected an ISO 8601 date such as 2026-11-20 or 2026-11-20T14:05:42Z`);
  } else if (fromFile.date !== undefined) {
    date = parseIsoDate(fromFile.date);
    dateSource = 'file';
  }
  if (date && Date.parse(date) > now.getTime() + FUTURE_SLACK_MS) {
    problems.push(`${dateSource === 'option' ? '--date' : inFile('date')}: got ${date}, which is in the future`);
  }
  if (problems.length > 0) throw new PortalError('Invalid run details', 2, problems);
  const resolvedDate = date ?? now.toISOString();
  return {
    ...(commit !== undefined ? { commit: commit.toLowerCase() } : {}),
    ...(branch !== undefined ? { branch } : {}),
    date: resolvedDate,
    ...(dateSource !== 'ingest time' ? { explicitDate: resolvedDate } : {}),
    dateSource,
  };
}

/** `2026-11-20` → midnight UTC; a date-time needs a zone (`Z` or `+01:00`) so runs from different machines order correctly. */
function parseIsoDate(text: string): string | undefined {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const dateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([zZ]|[+-]\d{2}:?\d{2})$/.test(text);
  if (!dateOnly && !dateTime) return undefined;
  const parsed = new Date(dateOnly ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
  if (Number.isNaN(parsed.getTime())) return undefined;
  // Reject dates JavaScript silently rolls over (2026-02-30 → March 2).
  if (dateOnly && parsed.toISOString().slice(0, 10) !== text) return undefined;
  return parsed.toISOString();
}
