import { existsSync } from 'node:fs';
import path from 'node:path';
import { createConfig, loadConfig, type Config } from '@redocly/openapi-core';
import { PortalError } from '../errors.js';

/** File names Redocly looks for, in order; the first one found next to the portal configuration is used. */
export const REDOCLY_CONFIG_FILES = ['redocly.yaml', '.redocly.yaml'] as const;

/** The `redocly.yaml` (or `.redocly.yaml`) in `dir`, if there is one. */
export function findRedoclyConfig(dir: string): string | undefined {
  return REDOCLY_CONFIG_FILES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

/**
 * Loads the Redocly configuration that decides the lint rules: the given file,
 * else the `recommended` ruleset (Redocly's own default).
 *
 * @param file - A `redocly.yaml`; see {@link findRedoclyConfig} for the lookup next to the portal config.
 * @throws {@link PortalError} (exit 2) when the file is missing or cannot be loaded.
 */
export async function loadRedoclyConfig(file?: string): Promise<Config> {
  if (!file) return createConfig({ extends: ['recommended'] });
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) {
    throw new PortalError(`Cannot load the Redocly configuration ${absolute}`, 2, [`${absolute}: file not found`]);
  }
  try {
    return await loadConfig({ configPath: absolute });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PortalError(`Cannot load the Redocly configuration ${absolute}`, 2, [`${absolute}: ${message}`]);
  }
}
