import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The dashboards render harness (tsx with a JSX-compiling tsconfig and Docusaurus stand-ins): Vitest keeps JSX as it is.
const REGISTER = pathToFileURL(path.join(HERE, '../dashboards/render/register.mjs')).href;

describe('ColumnTable', () => {
  it('renders one header row of scope="col" cells (with a class where a column has one), the rows as the body, the caption and class only when given', () => {
    const run = spawnSync(process.execPath, ['--import', REGISTER, path.join(HERE, 'render-column-table.tsx')], {
      cwd: HERE,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      '<table class="wide"><thead><tr><th scope="col">Alert</th><th scope="col">Severity</th></tr></thead><tbody><tr><td>HighLatency</td><td>page</td></tr></tbody></table>',
      '<table><thead><tr><th scope="col">Version</th></tr></thead><tbody><tr><td>1.0.0</td></tr></tbody></table>',
      '<table data-overview="api"><caption class="srOnly">Suite api</caption><thead><tr><th scope="col">Series</th><th scope="col" class="number">Latest</th></tr></thead><tbody><tr><td>GET /tasks</td><td>84.7 ms</td></tr></tbody></table>',
    ]);
  });
});
