import { useActivePlugin, useDoc } from '@docusaurus/plugin-content-docs/client';
import type { WrapperProps } from '@docusaurus/types';
import MDXContent from '@theme-original/MDXContent';
import type MDXContentType from '@theme/MDXContent';
import type { ReactNode } from 'react';
import RfcHeader from '../../components/RfcHeader';
import RunbookAlerts from '../../components/RunbookAlerts';

type Props = WrapperProps<typeof MDXContentType>;

/** Extras above an RFC's or a runbook's text, right under the page title. Only called inside a doc. */
function DocExtras({ pluginId }: { pluginId: string }): ReactNode {
  const fm = useDoc().frontMatter as Record<string, unknown>;
  if (pluginId === 'rfcs' && typeof fm.rfc === 'number' && fm.rfc > 0) return <RfcHeader number={fm.rfc} />;
  if (pluginId === 'runbooks' && Array.isArray(fm.alerts)) {
    return <RunbookAlerts alerts={fm.alerts.filter((a): a is string => typeof a === 'string')} />;
  }
  return null;
}

/**
 * Wraps Markdown content: RFC pages get their metadata box and runbook pages
 * the alerts they serve, both from validated data published by Portico's
 * plugins rather than from raw front matter.
 */
export default function MDXContentWrapper(props: Props): ReactNode {
  const plugin = useActivePlugin();
  const pluginId = plugin?.pluginId;
  return (
    <>
      {(pluginId === 'rfcs' || pluginId === 'runbooks') && <DocExtras pluginId={pluginId} />}
      <MDXContent {...props} />
    </>
  );
}
