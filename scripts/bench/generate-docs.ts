import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TOPICS = ['tasks', 'comments', 'auth', 'pagination', 'webhooks', 'rate-limits', 'errors', 'metrics', 'deploys', 'storage'];

/** Deterministic pseudo-random numbers so every run generates the same pages. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Writes `count` realistic Markdown pages into `dir` (under sub-folders of 100),
 * each with headings, prose, a code block, a table and links to other pages, so
 * the bundler, MDX compiler and link checker have real work to do.
 */
export function generateDocPages(dir: string, count: number, seed = 42): string[] {
  const random = seeded(seed);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) ids.push(`group-${String(Math.floor(i / 100)).padStart(2, '0')}/page-${String(i).padStart(5, '0')}`);
  ids.forEach((id, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    const links = [1, 2, 3].map(() => ids[Math.floor(random() * ids.length)]!);
    const rel = (target: string) => path.relative(path.dirname(id), target) || '.';
    const body = [
      '---',
      `title: ${topic} guide ${i}`,
      `sidebar_position: ${i % 100}`,
      '---',
      '',
      `# ${topic} guide ${i}`,
      '',
      `This page explains how the service handles ${topic} in scenario ${i}. It is generated for benchmarks.`,
      '',
      '## Overview',
      '',
      `Requests that touch ${topic} are validated, then processed in order. See [a related guide](./${rel(links[0]!)}.md) and [another one](./${rel(links[1]!)}.md#overview).`,
      '',
      '## Example',
      '',
      '```ts',
      `const client = new TaskClient({ baseUrl: 'https://api.example.com' });`,
      `const page = await client.listTasks({ limit: ${10 + (i % 90)} });`,
      `console.log(page.items.length, '${topic}');`,
      '```',
      '',
      '## Limits',
      '',
      '| Setting | Default | Maximum |',
      '| --- | --- | --- |',
      `| page size | ${20 + (i % 30)} | 100 |`,
      `| retries | ${i % 5} | 10 |`,
      `| timeout (ms) | ${1000 + i} | 30000 |`,
      '',
      '## Troubleshooting',
      '',
      `- Check the [${topic} reference](./${rel(links[2]!)}.md).`,
      `- Look for \`${topic}_errors_total\` in the metrics.`,
      '',
    ].join('\n');
    const file = path.join(dir, `${id}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  });
  return ids;
}
