import { Option } from 'commander';

/** The `--config <file>` option every command takes; `PORTAL_CONFIG` is its fallback. */
export function configOption(): Option {
  return new Option('-c, --config <file>', 'portal configuration file (default: $PORTAL_CONFIG or ./portal.config.ts)');
}
