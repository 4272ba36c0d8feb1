import { createHash } from 'node:crypto';
import path from 'node:path';
import { hashFile, hashTree, packageVersion } from '../cache/fingerprint.js';

/**
 * The inputs every build cache key shares (the render step's reuse, the
 * bundler's persistent cache version): what shapes a build besides the
 * site's content, recorded part by part so a miss can say what changed.
 */

/** Prefixes of the environment variables that reach a key. */
const ENV_PREFIXES = ['DOCUSAURUS_', 'PORTAL_', 'PORTICO_'] as const;

/** A key being built: `part` adds a labelled value; `parts` keeps them to explain a miss. */
export interface KeyBuilder {
  part(label: string, value: string): void;
  parts: Record<string, string>;
  /** SHA-256 over the parts, as hex. */
  digest(): string;
}

export function keyBuilder(): KeyBuilder {
  const hash = createHash('sha256');
  const parts: Record<string, string> = {};
  return {
    parts,
    part(label, value) {
      hash.update(`${label}\0${value}\0`);
      parts[label] = parts[label] === undefined ? value : `${parts[label]} ${value}`;
    },
    digest: () => hash.digest('hex'),
  };
}

/** What a key takes from Portico and the process besides its own inputs. */
export interface PorticoInputs {
  /** Name and version of the key's format, bumped by hand. */
  model: string;
  /** Packages whose installed versions shape the output. */
  packages: readonly string[];
  /** The process' environment, and the per-run variables of it that do not count. */
  env: NodeJS.ProcessEnv;
  ignoredEnv: ReadonlySet<string>;
  /** The portal configuration file. */
  configFile: string;
  /** Portico's site folder (docusaurus.config.ts, package files, src/). */
  siteDir: string;
}

/** Adds the model, Node's and the packages' versions, the environment, the portal configuration and Portico's code and package files. */
export function addPorticoInputs(key: KeyBuilder, inputs: PorticoInputs): void {
  key.part('model', inputs.model);
  key.part('node', process.version);
  for (const name of inputs.packages) key.part('package', `${name}@${packageVersion(name)}`);
  for (const [name, value] of Object.entries(buildEnvironment(inputs.env, inputs.ignoredEnv))) key.part('env', `${name}=${value}`);
  key.part('config', hashFile(inputs.configFile));
  for (const file of ['docusaurus.config.ts', 'package.json', 'package-lock.json']) key.part(`site/${file}`, hashFile(path.join(inputs.siteDir, file)));
  for (const [file, digest] of Object.entries(hashTree(path.join(inputs.siteDir, 'src')))) key.part(`src/${file}`, digest);
}

/** The variables of `env` that reach a key (`NODE_ENV`, `DOCUSAURUS_*`, `PORTAL_*`, `PORTICO_*`, less `ignored`), sorted by name. */
export function buildEnvironment(env: NodeJS.ProcessEnv, ignored: ReadonlySet<string>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    if (value === undefined || ignored.has(name)) continue;
    if (name === 'NODE_ENV' || ENV_PREFIXES.some((prefix) => name.startsWith(prefix))) picked[name] = value;
  }
  return picked;
}
