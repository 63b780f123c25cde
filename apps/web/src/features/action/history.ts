import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS, isDeliveryStatus, isImpactStatus, type DeliveryStatus, type ImpactStatus } from '@send/domain';
import type { ActionHistoryRow, AuditEvent } from './api';

export type StatusChange =
  | { kind: 'delivery'; at: string; by: string; from: DeliveryStatus | null; to: DeliveryStatus; via: 'update' | 'edit' }
  | { kind: 'impact'; at: string; by: string; from: ImpactStatus | null; to: ImpactStatus; via: 'update' | 'edit' };

const FIELD_LABELS: Record<string, string> = {
  reference: 'Reference',
  title: 'Title',
  description: 'Description',
  ownerOrganisationId: 'Owner organisation',
  ownerPersonId: 'Owner',
  partnerOrganisationIds: 'Partners',
  startDate: 'Start date',
  dueDate: 'Due date',
  deliveryStatus: 'Delivery status',
  impactStatus: 'Impact status',
  priorityAreaId: 'Priority area',
  archivedAt: 'Archived',
  completedOn: 'Completed on',
  done: 'Done',
  state: 'State',
  narrative: 'Progress narrative',
};

const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'id']);

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (key === 'deliveryStatus' && isDeliveryStatus(value)) return DELIVERY_STATUS_INFO[value].label;
  if (key === 'impactStatus' && isImpactStatus(value)) return IMPACT_STATUS_LABELS[value];
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'changed';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** What an audit event changed, in words: "Due date: 2025-03-31 → 2025-06-30". */
export function describeChanges(event: Pick<AuditEvent, 'before' | 'after'>): string[] {
  const before = event.before ?? {};
  const after = event.after ?? {};
  if (!event.before) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => `${FIELD_LABELS[k] ?? k}: ${show(k, before[k])} → ${show(k, after[k])}`);
}

/** A change shown in an action's history: a status moved, or the due date moved (with its reason). */
export type HistoryChange =
  | StatusChange
  | { kind: 'due_date'; at: string; by: string; from: string | null; to: string | null; reason: string | null; via: 'update' | 'edit' };

/**
 * The changes of statuses and due date between consecutive rows of an action's history, oldest
 * first; the first row gives the statuses it started with.
 */
export function historyChanges(rows: readonly ActionHistoryRow[]): HistoryChange[] {
  const changes: HistoryChange[] = [];
  let previous: ActionHistoryRow | null = null;
  for (const row of rows) {
    const via = row.cause === 'update_approved' ? ('update' as const) : ('edit' as const);
    const base = { at: row.at, by: row.by.label, via };
    if (!previous || previous.deliveryStatus !== row.deliveryStatus) changes.push({ ...base, kind: 'delivery', from: previous?.deliveryStatus ?? null, to: row.deliveryStatus });
    if (!previous || previous.impactStatus !== row.impactStatus) changes.push({ ...base, kind: 'impact', from: previous?.impactStatus ?? null, to: row.impactStatus });
    if (previous && previous.dueDate !== row.dueDate) changes.push({ ...base, kind: 'due_date', from: previous.dueDate, to: row.dueDate, reason: row.reason });
    previous = row;
  }
  return changes;
}
