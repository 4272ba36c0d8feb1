import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ReactNode } from 'react';
import type { RunbooksGlobalData } from '../../plugins/runbooks/index';

/** Every alert from the rule files with its severity, service, expression, `for` and runbook. */
export default function RunbookIndex(): ReactNode {
  const { alerts, runbooks } = usePluginData('portico-runbooks') as RunbooksGlobalData;
  const titleOf = (permalink: string) => runbooks.find((runbook) => runbook.permalink === permalink)?.title ?? permalink;
  const sorted = [...alerts].sort((a, b) => a.alert.localeCompare(b.alert));
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Alert</th>
          <th scope="col">Severity</th>
          <th scope="col">Service</th>
          <th scope="col">Expression</th>
          <th scope="col">For</th>
          <th scope="col">Runbook</th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}
