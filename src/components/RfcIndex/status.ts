/** Lifecycle order of RFC statuses, as the index groups them, with the badge colour class of each. */
export const STATUS_ORDER = [
  { status: 'draft', label: 'Draft', tone: 'secondary' },
  { status: 'discussion', label: 'Discussion', tone: 'info' },
  { status: 'final-comment-period', label: 'Final comment period', tone: 'warning' },
  { status: 'accepted', label: 'Accepted', tone: 'primary' },
  { status: 'implemented', label: 'Implemented', tone: 'success' },
  { status: 'rejected', label: 'Rejected', tone: 'danger' },
  { status: 'withdrawn', label: 'Withdrawn', tone: 'secondary' },
  { status: 'superseded', label: 'Superseded', tone: 'secondary' },
] as const;

/** Human label of a status. */
export function statusLabel(status: string): string {
  return STATUS_ORDER.find((entry) => entry.status === status)?.label ?? status;
}

/** Infima badge class of a status. */
export function statusTone(status: string): string {
  return STATUS_ORDER.find((entry) => entry.status === status)?.tone ?? 'secondary';
}

export { safeHttpUrl } from '../../lib/markdown/safe-url';
