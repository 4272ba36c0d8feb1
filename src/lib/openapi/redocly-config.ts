import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createConfig, lintConfig, loadConfig, type Config } from '@redocly/openapi-core';
import { parseDocument } from 'yaml';
import { PortalError } from '../errors.js';
import { lineAndColumn } from '../core/position.js';
import { MAX_SOURCE_FILE_BYTES, yamlToJsBounded } from '../results/limits.js';
import { formatLocation, problemLocation } from './locations.js';

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
 * @throws {@link PortalError} (exit 2) when the file is missing, cannot be loaded, is an
 * alias bomb, or names an unknown rule or severity (each with `file:line:column`).
 */
export async function loadRedoclyConfig(file?: string): Promise<Config> {
  if (!file) return createConfig({ extends: ['recommended'] });
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) {
    throw new PortalError(`Cannot load the Redocly configuration ${absolute}`, 2, [`${absolute}: file not found`]);
  }
  const summary = `Cannot load the Redocly configuration ${absolute}`;
  assertRedoclyConfigWithinLimits(absolute, summary);
  let config: Config;
  try {
    config = await loadConfig({ configPath: absolute });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PortalError(summary, 2, [`${absolute}: ${message}`]);
  }
  // Redocly loads a config with an unknown rule or severity silently (issue 22); its own
  // config lint names each one, so a typo cannot switch a rule off unnoticed.
  const errors = (await lintConfig({ config })).filter((problem) => problem.severity === 'error' && !problem.ignored);
  if (errors.length > 0) {
    throw new PortalError(
      summary,
      2,
      errors.map((problem) => `${formatLocation(problemLocation(problem, absolute))}: ${problem.message}`),
    );
  }
  return config;
}

/** Size and YAML alias limits, checked before js-yaml (inside Redocly) parses the file. */
function assertRedoclyConfigWithinLimits(file: string, summary: string): void {
  const size = statSync(file).size;
  if (size > MAX_SOURCE_FILE_BYTES) throw new PortalError(summary, 2, [`${file}: the file has ${size} bytes, expected at most ${MAX_SOURCE_FILE_BYTES}`]);
  const text = readFileSync(file, 'utf8');
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) return; // Redocly reports syntax errors itself
  const bounded = yamlToJsBounded(document);
  if (!bounded.ok) {
    const { line, column } = lineAndColumn(text, bounded.excess.offset);
    throw new PortalError(summary, 2, [`${formatLocation({ file, line, column })}: ${bounded.excess.message}`]);
  }
}
