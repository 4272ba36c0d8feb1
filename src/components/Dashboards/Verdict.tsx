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

/** A coverage suite's verdict: whether its latest run meets every minimum of `portal check coverage`. */
export function CoverageVerdict({ passed }: { passed: boolean }): ReactNode {
  return <Verdict verdict={passed ? 'ok' : 'failed'}>{passed ? 'meets every minimum' : 'check fails'}</Verdict>;
}
