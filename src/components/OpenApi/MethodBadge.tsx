import clsx from 'clsx';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * The HTTP method as a coloured badge. The colour is decoration only: the
 * method is always written out, and screen readers hear "HTTP method GET".
 */
export default function MethodBadge({ method }: { method: string }): ReactNode {
  const upper = method.toUpperCase();
  return (
    <span className={clsx(styles.method, styles[upper.toLowerCase()])} data-method={upper}>
      <span className={styles.visuallyHidden}>HTTP method </span>
      {upper}
    </span>
  );
}
