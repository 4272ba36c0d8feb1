/** A commit as pages show it: short id and, when the repository URL is usable, a link. */
export interface CommitLink {
  /** First 7 characters, as git shows it. */
  short: string;
  /** `<repository>/commit/<sha>`. */
  url?: string;
}

/**
 * Links a commit to the repository (`site.repository`). GitHub, GitLab,
 * Gitea and Bitbucket all serve `<repo>/commit/<sha>`; the id was validated
 * as hex at ingest, and the repository URL as http(s) by the config schema.
 */
export function commitLink(sha: string, repository: string): CommitLink {
  const url = commitHref(sha, commitUrlPrefix(repository));
  return { short: sha.slice(0, 7), ...(url ? { url } : {}) };
}

/**
 * The prefix that turns a commit id into a link, `<repository>/commit/`, or
 * `undefined` when the repository URL is not http(s). Page data carries it
 * once and each commit as its bare id, rather than a URL per commit.
 */
export function commitUrlPrefix(repository: string): string | undefined {
  const base = repository.replace(/\/+$/, '');
  return /^https?:\/\//.test(base) ? `${base}/commit/` : undefined;
}

/** The link of a commit id under a {@link commitUrlPrefix}; only hex ids (validated at ingest) are linked. */
export function commitHref(sha: string, prefix: string | undefined): string | undefined {
  return prefix && /^[0-9a-f]+$/i.test(sha) ? `${prefix}${sha}` : undefined;
}

/** `2026-11-20T14:05:42.000Z` → `2026-11-20`. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** A lowercase, dash-separated id fragment: `GET /tasks/{id} p95` → `get-tasks-id-p95`. */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'series'
  );
}

/** Makes ids unique in order: a repeated id gets `-2`, `-3`, … */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

/**
 * `1 run`, `2 runs`, `0 series`: a count with its noun in the right number.
 * Dashboards text is built from counts everywhere, so one place decides.
 */
export function countOf(count: number, noun: string, pluralNoun: string = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** `60 runs from 2026-09-22 to 2026-11-20`, or `1 run on 2026-11-20`. */
export function runSpan(count: number, firstDay: string, lastDay: string): string {
  return count === 1 ? `1 run on ${lastDay}` : `${countOf(count, 'run')} from ${firstDay} to ${lastDay}`;
}

/** `{ commit }` when a run recorded its commit id, else nothing: spread into page data, which omits absent fields. */
export function commitOf(commit: string | undefined): { commit?: string } {
  return commit ? { commit } : {};
}
