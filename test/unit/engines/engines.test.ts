import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// Issue 28: `npm ci` warned EBADENGINE because Lighthouse 13 (and its Puppeteer) want Node 22.19+
// while Portico declared Node 20. Every package the lockfile installs, nested ones included, must
// accept every Node version Portico's own `engines.node` accepts.
const root = path.resolve(import.meta.dirname, '../../..');
const portico = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[] }>;
};

/**
 * The Node versions a package's `engines.node` is judged against: Portico's range, cut off after
 * the newest major line anyone can run today. Portico's range is open above (`>=24`), and
 * `semver.subset` would then fail every package that names its supported majors one by one
 * (`^20 || ^22 || ^24`) for Node majors not released yet. So the window runs from Portico's
 * minimum through the highest major that Portico's range names as a lower bound or that runs
 * this test, whichever is higher: the minimum, each named line and the current line are all
 * checked, future majors are not.
 */
function supportedWindow(porticoRange: string, runningVersion: string): string {
  const range = new semver.Range(porticoRange);
  const majors = range.set.flat().flatMap((comparator) => (comparator.operator.startsWith('>') ? [comparator.semver.major] : []));
  const lastMajor = Math.max(semver.major(runningVersion), ...majors);
  const cap = `<${lastMajor + 1}.0.0`;
  return range.set.map((comparators) => [...comparators.map((comparator) => comparator.value), cap].join(' ')).join(' || ');
}

/** Every lockfile entry whose `engines.node` leaves out part of `window`, as `name@version: range`. */
function packagesOutsideWindow(packages: typeof lock.packages, window: string): string[] {
  const outside: string[] = [];
  for (const [location, entry] of Object.entries(packages)) {
    if (location === '' || Array.isArray(entry.engines)) continue; // the root is Portico itself; an array is the long-gone npm 2 form
    const node = entry.engines?.node;
    if (node === undefined) continue;
    const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const ok = semver.validRange(node) !== null && semver.subset(window, node);
    if (!ok) outside.push(`${name}@${entry.version} (${location}): engines.node "${node}"`);
  }
  return outside;
}

describe('engines', () => {
  it('judges an open range from its minimum through the newest named or running major', () => {
    expect(supportedWindow('^20.19.0 || ^22.13.0 || >=24', '20.20.2')).toBe('>=20.19.0 <21.0.0-0 <25.0.0 || >=22.13.0 <23.0.0-0 <25.0.0 || >=24.0.0 <25.0.0');
    expect(supportedWindow('>=20', '26.1.0')).toBe('>=20.0.0 <27.0.0');
  });

  it('names a package that leaves out part of the window, and passes one that covers it', () => {
    const window = supportedWindow('>=20', '20.20.2');
    const found = packagesOutsideWindow(
      {
        '': { engines: { node: '>=20' } },
        'node_modules/lighthouse': { version: '13.5.0', engines: { node: '>=22.19' } },
        'node_modules/a/node_modules/puppeteer-core': { version: '25.16.0', engines: { node: '>=22.12.0' } },
        'node_modules/lighthouse-old': { version: '12.8.2', engines: { node: '>=18.16' } },
        'node_modules/no-engines': { version: '1.0.0' },
      },
      window,
    );
    expect(found).toEqual([
      'lighthouse@13.5.0 (node_modules/lighthouse): engines.node ">=22.19"',
      'puppeteer-core@25.16.0 (node_modules/a/node_modules/puppeteer-core): engines.node ">=22.12.0"',
    ]);
  });

  it('every installed package accepts every Node version Portico declares', () => {
    const window = supportedWindow(portico.engines.node, process.versions.node);
    expect(semver.satisfies(process.versions.node, portico.engines.node), `Node ${process.versions.node} is outside Portico's engines "${portico.engines.node}"`).toBe(true);
    // The bench's comparison tool (docusaurus-plugin-openapi-docs and its theme, devDependencies that only
    // `npm run bench -- --large-spec` loads) nests a sass-loader declaring Node >=22.11; the bench built with
    // it on Node 20.20.2 (docs/performance.md). Nothing else is exempt.
    const benchOnly = /^node_modules\/docusaurus-(plugin|theme)-openapi-docs\/node_modules\//;
    const judged = Object.fromEntries(Object.entries(lock.packages).filter(([location]) => !benchOnly.test(location)));
    expect(packagesOutsideWindow(judged, window)).toEqual([]);
  });
});
