import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import createConfig from '../../docusaurus.config.js';

/** The temp folders this file made, removed when it is done. */
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A portal.config.ts in a fresh folder with an empty runbooks folder (the alias plan reads it). */
function configWith(extra: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-site-config-'));
  tempDirs.push(dir);
  mkdirSync(path.join(dir, 'runbooks'));
  const file = path.join(dir, 'portal.config.ts');
  writeFileSync(
    file,
    `export default { site: { title: 'T', url: 'https://docs.example.com', repository: 'https://github.com/e/e' }${extra} };\n`,
  );
  return file;
}

const savedConfig = process.env.PORTAL_CONFIG;
afterEach(() => {
  if (savedConfig === undefined) delete process.env.PORTAL_CONFIG;
  else process.env.PORTAL_CONFIG = savedConfig;
});

// docusaurus.config.ts reads the same portal.config.ts as every command; these check that the
// build section reaches Docusaurus' future flags.
describe('docusaurus.config.ts', () => {
  it('builds with Rspack but without its persistent cache by default', async () => {
    process.env.PORTAL_CONFIG = configWith('');
    const config = await createConfig();
    expect(config.future?.faster).toMatchObject({ rspackBundler: true, swcJsLoader: true, rspackPersistentCache: false });
  });

  it('turns the persistent cache on with build.persistentCache', async () => {
    process.env.PORTAL_CONFIG = configWith(', build: { persistentCache: true }');
    const config = await createConfig();
    expect(config.future?.faster).toMatchObject({ rspackBundler: true, rspackPersistentCache: true });
  });

  it('takes the site title from the configuration it was pointed at', async () => {
    process.env.PORTAL_CONFIG = configWith('');
    expect((await createConfig()).title).toBe('T');
  });
});
