/**
 * Renders a dashboard page component to static markup with react-dom/server,
 * the way the Docusaurus build prerenders it (minus the theme's chrome):
 *
 *   node --import ./register.mjs render.tsx <benchmarks|coverage|overview> <data.json> <out.html>
 *
 * Run by dashboards tests in a child process, because Vitest's transform
 * keeps JSX as it is (the Docusaurus tsconfig says `jsx: preserve`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import BenchmarksPage from '../../../../src/components/Dashboards/BenchmarksPage.tsx';
import CoveragePage from '../../../../src/components/Dashboards/CoveragePage.tsx';
import OverviewPage from '../../../../src/components/Dashboards/OverviewPage.tsx';

const PAGES: Record<string, ComponentType<{ data: never }>> = { benchmarks: BenchmarksPage, coverage: CoveragePage, overview: OverviewPage };
const [page, dataFile, outFile] = process.argv.slice(2);
const Page = PAGES[page!];
if (!Page || !dataFile || !outFile) throw new Error('usage: render.tsx <benchmarks|coverage|overview> <data.json> <out.html>');
writeFileSync(outFile, renderToStaticMarkup(<Page data={JSON.parse(readFileSync(dataFile, 'utf8')) as never} />));
