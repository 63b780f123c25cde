import type { AuditEvent } from '../api';
import { describeChanges, statusHistory } from '../history';

const event = (id: string, at: string, before: Record<string, unknown> | null, after: Record<string, unknown>): AuditEvent => ({
  id,
  occurredAt: at,
  actor: { id: null, label: 'Head of SEND' },
  planId: 'p',
  entityType: 'action',
  entityId: 'a',
  action: before ? 'update' : 'import',
  before,
  after,
});

describe('status history from the audit trail', () => {
  it('starts from the imported statuses and records each change, oldest first', () => {
    const events = [
      event('3', '2025-02-01T10:00:00Z', { deliveryStatus: 'at_risk', impactStatus: 'not_yet_complete', title: 'x' }, { deliveryStatus: 'at_risk', impactStatus: 'not_yet_complete', title: 'y' }),
      event('2', '2025-01-15T10:00:00Z', { deliveryStatus: 'on_track', impactStatus: 'not_yet_complete' }, { deliveryStatus: 'at_risk', impactStatus: 'not_yet_complete' }),
      event('1', '2025-01-01T10:00:00Z', null, { deliveryStatus: 'on_track', impactStatus: 'not_yet_complete' }),
    ];
    expect(statusHistory(events).map((c) => [c.kind, c.from, c.to])).toEqual([
      ['delivery', null, 'on_track'],
      ['impact', null, 'not_yet_complete'],
      ['delivery', 'on_track', 'at_risk'],
    ]);
  });

  it('adds the statuses of approved updates, and lists an approval the audit trail also recorded once', () => {
    const events = [
      event('1', '2024-01-01T10:00:00Z', null, { deliveryStatus: 'not_started', impactStatus: 'not_yet_complete' }),
      event('2', '2024-06-01T10:00:00Z', { deliveryStatus: 'on_track', impactStatus: 'not_yet_complete' }, { deliveryStatus: 'at_risk', impactStatus: 'not_yet_complete' }),
    ];
    const approved = [
      { moderatedAt: '2024-03-01T10:00:00Z', moderatedBy: { label: 'Head of SEND' }, proposedDeliveryStatus: 'on_track' as const, proposedImpactStatus: 'not_yet_complete' as const },
      { moderatedAt: '2024-06-01T10:00:00Z', moderatedBy: { label: 'Head of SEND' }, proposedDeliveryStatus: 'at_risk' as const, proposedImpactStatus: 'not_yet_complete' as const },
    ];
    expect(statusHistory(events, approved).map((c) => [c.kind, c.from, c.to, c.via])).toEqual([
      ['delivery', null, 'not_started', 'edit'],
      ['impact', null, 'not_yet_complete', 'edit'],
      ['delivery', 'not_started', 'on_track', 'update'],
      ['delivery', 'on_track', 'at_risk', 'update'],
    ]);
  });

  it('describes what an edit changed in words, leaving out the version', () => {
    expect(
      describeChanges({ before: { dueDate: '2025-03-31', deliveryStatus: 'on_track', version: 1 }, after: { dueDate: '2025-06-30', deliveryStatus: 'off_track', version: 2 } }),
    ).toEqual(['Due date: 2025-03-31 → 2025-06-30', 'Delivery status: On track → Off track']);
  });
});
