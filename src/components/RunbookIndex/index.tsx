import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ReactNode } from 'react';
import ColumnTable from '../ColumnTable';
import type { RunbooksGlobalData } from '../../plugins/runbooks/index';

const ALERT_COLUMNS = ['Alert', 'Severity', 'Service', 'Expression', 'For', 'Runbook'];

/** Every alert from the rule files with its severity, service, expression, `for` and runbook. */
export default function RunbookIndex(): ReactNode {
  const { alerts, runbooks } = usePluginData('portico-runbooks') as RunbooksGlobalData;
  const titleOf = (permalink: string) => runbooks.find((runbook) => runbook.permalink === permalink)?.title ?? permalink;
  const sorted = [...alerts].sort((a, b) => a.alert.localeCompare(b.alert));
  return (
    <ColumnTable columns={ALERT_COLUMNS}>
      {sorted.map((alert) => (
        <tr key={`${alert.source}:${alert.alert}`} data-alert={alert.alert}>
          <td>
            <code>{alert.alert}</code>
          </td>
          <td>{alert.severity ?? '—'}</td>
          <td>{alert.service ?? '—'}</td>
          <td>
            <code>{alert.expr.trim()}</code>
          </td>
          <td>{alert.for ?? '—'}</td>
          <td>{alert.runbook ? <Link to={alert.runbook}>{titleOf(alert.runbook)}</Link> : 'none'}</td>
        </tr>
      ))}
    </ColumnTable>
  );
}
