import { Option } from 'commander';

/** `--history <dir>`, which every `ingest` and `check` command of the dashboards takes. */
export function historyOption(): Option {
  return new Option('--history <dir>', 'history store directory (default: dashboards.historyDir from the configuration)');
}
