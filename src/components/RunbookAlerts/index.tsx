import { usePluginData } from '@docusaurus/useGlobalData';
import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';
import type { RunbooksGlobalData } from '../../plugins/runbooks/index';
import styles from './styles.module.css';

/**
 * The alerts a runbook serves, exactly as the rule files define them
 * (expression, `for`, severity, labels), shown above the hand-written text.
 */
export default function RunbookAlerts({ alerts }: { alerts: string[] }): ReactNode {
  const data = usePluginData('portico-runbooks') as RunbooksGlobalData;
  const served = data.alerts.filter((alert) => alerts.includes(alert.alert));
  if (served.length === 0) return null;
  return (
    <section className={styles.box} aria-label="Alerts served by this runbook">
      {served.map((alert) => (
        <div key={`${alert.source}:${alert.alert}`} className={styles.alert} data-alert={alert.alert}>
          <p className={styles.title}>
            <strong>Alert {alert.alert}</strong>
            {alert.severity && <span className={`badge badge--${alert.severity === 'critical' ? 'danger' : 'warning'}`}>{alert.severity}</span>}
            {alert.for && <span>fires after {alert.for}</span>}
          </p>
          {alert.summary && <p>{alert.summary}</p>}
          <CodeBlock language="promql" title={`${alert.source} (group ${alert.group})`}>
            {alert.expr.trim()}
          </CodeBlock>
          <dl className={styles.labels}>
            {Object.entries(alert.labels).map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
