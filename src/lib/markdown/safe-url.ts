/**
 * Returns `value` as a normalised URL when it is an absolute http(s) URL, and
 * undefined otherwise. Links taken from untrusted input (front matter, changelog
 * compare links, spec fields) pass through this before they become an `href`,
 * so `javascript:` and `data:` URLs never reach a page.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
