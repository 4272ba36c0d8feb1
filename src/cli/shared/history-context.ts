import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE, loadPortalConfig, type PortalConfig } from '../../config/index.js';
import { PortalError } from '../../lib/errors.js';
import { displayPath } from '../../lib/core/files.js';

/** Where the history is, the directory source paths are relative to, and the configuration when there is one. */
export interface HistoryContext {
  historyDir: string;
  rootDir: string;
  config?: PortalConfig;
}

/**
 * Resolves the history directory: `--history` wins, else the configuration's
 * `dashboards.historyDir`. With `--history`, a configuration is still read
 * when one is named or present (for thresholds), but none is required, so a
 * CI job can gate a scratch store without a portal.config.ts.
 *
 * @throws {@link PortalError} (exit 2) when neither is available.
 */
export async function resolveHistoryContext(options: { history?: string; config?: string }): Promise<HistoryContext> {
  const hasConfig = options.config !== undefined || process.env.PORTAL_CONFIG !== undefined || existsSync(path.resolve(DEFAULT_CONFIG_FILE));
  if (!hasConfig && !options.history) {
    throw new PortalError('No history store to use', 2, [`pass --history <dir>, or run where ${DEFAULT_CONFIG_FILE} is, or pass --config <file>`]);
  }
  const config = hasConfig ? await loadPortalConfig(options.config) : undefined;
  return {
    historyDir: options.history ? path.resolve(options.history) : config!.dashboards.historyDir,
    rootDir: config?.rootDir ?? process.cwd(),
    ...(config ? { config } : {}),
  };
}

/**
 * What `portal check bench` and `portal check coverage` need before gating: every
 * `--suite` named exists in the store, and the store holds at least one run.
 *
 * @throws {@link PortalError} (exit 2) naming the unknown suites, or saying what to ingest.
 */
export function requireSuitesWithRuns(
  history: readonly { suite: string; runs: readonly unknown[] }[],
  named: readonly string[] | undefined,
  historyDir: string,
  what: { kind: 'benchmark' | 'coverage'; ingest: string },
): void {
  const unknown = (named ?? []).filter((name) => !history.some((suite) => suite.suite === name));
  if (unknown.length > 0) {
    throw new PortalError(`No ${what.kind} suite ${unknown.map((s) => JSON.stringify(s)).join(', ')} in ${displayPath(historyDir)}`, 2, [
      `--suite: expected one of ${history.map((s) => s.suite).join(', ') || '(no suites yet)'}`,
    ]);
  }
  if (!history.some((suite) => suite.runs.length > 0)) {
    throw new PortalError(`No ${what.kind} runs in ${displayPath(historyDir)}`, 2, [what.ingest]);
  }
}


/** How the ingest report says where a run's date came from. */
export const DATE_SOURCES = { option: 'from --date', file: 'from the file', 'ingest time': 'time of ingest' } as const;
