import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { generateApiPackage } from '../scripts/bench/generate-api.js';
import { generateDocPages } from '../scripts/bench/generate-docs.js';
import { generateBenchHistory, writeBenchHistory } from '../scripts/bench/generate-history.js';
import { generateLargeSpec } from '../scripts/bench/generate-openapi.js';
import { createBareSite, createPorticoSite } from '../scripts/bench/sites.js';
const SIZES = {
  small: { pages: 200, symbols: 200, operations: 50, schemas: 30, runs: 100 },
  medium: { pages: 1000, symbols: 1000, operations: 200, schemas: 120, runs: 1000 },
  large: { pages: 3000, symbols: 2000, operations: 500, schemas: 300, runs: 10000 },
} as const;
const input = SIZES[(process.argv[2] ?? 'medium') as keyof typeof SIZES];
const work = mkdtempSync(path.join(os.tmpdir(), 'xbench-'));
const pagesDir = path.join(work, 'pages'); mkdirSync(pagesDir);
generateDocPages(pagesDir, input.pages);
generateApiPackage(path.join(work, 'api'), input.symbols);
const specFile = path.join(work, 'openapi.yaml');
writeFileSync(specFile, stringify(generateLargeSpec(input.operations, input.schemas)));
const historyDir = path.join(work, 'history');
writeBenchHistory(historyDir, generateBenchHistory(input.runs));
const p = createPorticoSite(pagesDir, { apiDir: path.join(work, 'api'), specFile, historyDir });
const b = createBareSite(pagesDir);
console.log(`PORTICO=${p.dir}\nBARE=${b.dir}`);
