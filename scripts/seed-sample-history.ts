/**
 * Regenerates the sample history that the embedded portal shows (clearly
 * marked as sample data on every dashboard):
 *
 *   npx tsx scripts/seed-sample-history.ts                 # into dashboards.historyDir of portal.config.ts
 *   npx tsx scripts/seed-sample-history.ts --out <dir> --runs 1000
 *
 * The output is deterministic; commit it after changing the generator or the
 * result files under examples/task-service/results/.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPortalConfig } from '../src/config/index.js';
import { writeSampleHistory } from './dashboards/sample-history.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

const out = flag('--out') ? path.resolve(flag('--out')!) : (await loadPortalConfig(path.join(root, 'portal.config.ts'))).dashboards.historyDir;
const runs = Number(flag('--runs') ?? 60);
// Start from an empty store: the generator writes whole files, then ingests the real run.
for (const kind of ['bench', 'coverage']) rmSync(path.join(out, kind), { recursive: true, force: true });
const written = await writeSampleHistory({ root, historyDir: out, syntheticRuns: runs - 1 });
for (const entry of written) process.stdout.write(`${entry.kind} ${entry.suite}: ${entry.runs} runs → ${path.relative(process.cwd(), entry.file)}\n`);
