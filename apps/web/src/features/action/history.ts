import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS, isDeliveryStatus, isImpactStatus, type DeliveryStatus, type ImpactStatus } from '@send/domain';
import type { AuditEvent } from './api';

export type StatusChange =
  | { kind: 'delivery'; at: string; by: string; from: DeliveryStatus | null; to: DeliveryStatus }
  | { kind: 'impact'; at: string; by: string; from: ImpactStatus | null; to: ImpactStatus };

/**
 * The history of an action's two statuses, oldest first, read from its audit trail: the status it
 * was created or imported with, then every change of either.
 */
export function statusHistory(events: readonly AuditEvent[]): StatusChange[] {
  const changes: StatusChange[] = [];
  const ordered = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || Number(a.id) - Number(b.id));
  for (const e of ordered) {
    const before = e.before ?? {};
    const after = e.after ?? {};
    const d0 = isDeliveryStatus(before.deliveryStatus) ? before.deliveryStatus : null;
    const d1 = after.deliveryStatus;
    if (isDeliveryStatus(d1) && d1 !== d0) changes.push({ kind: 'delivery', at: e.occurredAt, by: e.actor.label, from: d0, to: d1 });
    const i0 = isImpactStatus(before.impactStatus) ? before.impactStatus : null;
    const i1 = after.impactStatus;
    if (isImpactStatus(i1) && i1 !== i0) changes.push({ kind: 'impact', at: e.occurredAt, by: e.actor.label, from: i0, to: i1 });
  }
  return changes;
}

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
  const text = String(value);
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
