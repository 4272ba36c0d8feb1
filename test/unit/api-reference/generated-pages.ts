import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createSlugger } from '@docusaurus/utils';

/** Every Markdown file under a directory, relative paths, sorted. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.mdx?$/.test(name)) out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The heading ids Docusaurus gives a Markdown page: one slugger per page,
 * fed the headings in order (so a repeated heading gets `-1`, `-2`, ...).
 */
export function headingIds(file: string): Set<string> {
  const slugger = createSlugger();
  const ids = new Set<string>();
  let inFence = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    const match = !inFence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    // Heading text as Docusaurus sees it: inline code, emphasis, links and escapes reduced to their text.
    const text = match[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*_]/g, '')
      .replace(/\\(.)/g, '$1');
    ids.add(slugger.slug(text));
  }
  return ids;
}

/** `[text](target)` links of a Markdown file. */
export function markdownLinks(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}
