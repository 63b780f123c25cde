import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS, isDeliveryStatus, isImpactStatus, type DeliveryStatus, type ImpactStatus } from '@send/domain';
import type { AuditEvent } from './api';

export type StatusChange =
  | { kind: 'delivery'; at: string; by: string; from: DeliveryStatus | null; to: DeliveryStatus; via: 'update' | 'edit' }
  | { kind: 'impact'; at: string; by: string; from: ImpactStatus | null; to: ImpactStatus; via: 'update' | 'edit' };

/** An approved status update: its proposed statuses became official when it was approved. */
export interface ApprovedStatuses {
  moderatedAt: string | null;
  moderatedBy: { label: string } | null;
  proposedDeliveryStatus: DeliveryStatus;
  proposedImpactStatus: ImpactStatus;
}

interface Snapshot {
  at: string;
  order: number;
  by: string;
  via: 'update' | 'edit';
  delivery: DeliveryStatus | null;
  impact: ImpactStatus | null;
}

/**
 * The history of an action's two statuses, oldest first: the statuses it was created or imported
 * with, every edit of them (from the audit trail) and every approved status update (whose proposed
 * statuses became official). Only real changes are listed, so an approval that the audit trail
 * also recorded appears once.
 */
export function statusHistory(events: readonly AuditEvent[], approved: readonly ApprovedStatuses[] = []): StatusChange[] {
  const snapshots: Snapshot[] = [
    ...events.map((e) => {
      const after = e.after ?? {};
      return {
        at: e.occurredAt,
        order: Number(e.id),
        by: e.actor.label,
        via: 'edit' as const,
        delivery: isDeliveryStatus(after.deliveryStatus) ? after.deliveryStatus : null,
        impact: isImpactStatus(after.impactStatus) ? after.impactStatus : null,
      };
    }),
    ...approved
      .filter((u) => u.moderatedAt)
      .map((u) => ({ at: u.moderatedAt!, order: 0, by: u.moderatedBy?.label ?? 'Moderator', via: 'update' as const, delivery: u.proposedDeliveryStatus, impact: u.proposedImpactStatus })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);

  const changes: StatusChange[] = [];
  let delivery: DeliveryStatus | null = null;
  let impact: ImpactStatus | null = null;
  for (const s of snapshots) {
    if (s.delivery && s.delivery !== delivery) {
      changes.push({ kind: 'delivery', at: s.at, by: s.by, from: delivery, to: s.delivery, via: s.via });
      delivery = s.delivery;
    }
    if (s.impact && s.impact !== impact) {
      changes.push({ kind: 'impact', at: s.at, by: s.by, from: impact, to: s.impact, via: s.via });
      impact = s.impact;
    }
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
