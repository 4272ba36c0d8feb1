import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { Verdict as VerdictKind } from '../../lib/bench/gate';

const TONE: Record<VerdictKind | 'failed', string> = {
  regressed: 'danger',
  failed: 'danger',
  noisy: 'warning',
  improved: 'success',
  ok: 'secondary',
  new: 'info',
  missing: 'secondary',
};

/** A verdict as a badge; its text carries the meaning, colour only helps. */
export default function Verdict({ verdict, children }: { verdict: VerdictKind | 'failed'; children: ReactNode }): ReactNode {
  return (
    <span className={clsx('badge', `badge--${TONE[verdict]}`)} data-verdict={verdict}>
      {children}
    </span>
  );
}
