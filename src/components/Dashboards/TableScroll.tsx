import type { ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * A table's own horizontal scroll box: on a phone a wide table scrolls inside
 * it, never the page. The box is a named region that takes focus, so a
 * keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export default function TableScroll({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <div className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
