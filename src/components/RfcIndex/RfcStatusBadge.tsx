import clsx from 'clsx';
import type { ReactNode } from 'react';
import { statusLabel, statusTone } from './status';

/** A coloured badge for an RFC status; the text carries the meaning, colour only helps. */
export function RfcStatusBadge({ status }: { status: string }): ReactNode {
  return <span className={clsx('badge', `badge--${statusTone(status)}`)}>{statusLabel(status)}</span>;
}
