import type { PlanSnapshot, SnapshotAction, SnapshotPriority } from '../plan-snapshot';
import { deliveryLabel, impactLabel } from './format';

/** One column of the action plan tracker, shared by the Excel and CSV files so they always agree. */
export interface TrackerColumn {
  header: string;
  /** Column width in Excel characters. */
  width: number;
  type: 'text' | 'date' | 'number';
  value(a: SnapshotAction, p: SnapshotPriority): string | number | null;
}

/** Every field of an action, then its latest approved update once updates are recorded. */
export function trackerColumns(s: PlanSnapshot): TrackerColumn[] {
  const columns: TrackerColumn[] = [
    { header: 'Reference', width: 10, type: 'text', value: (a) => a.reference },
    { header: 'Priority', width: 9, type: 'number', value: (_, p) => p.number },
    { header: 'Priority area', width: 28, type: 'text', value: (_, p) => p.title },
    { header: 'Action', width: 50, type: 'text', value: (a) => a.title },
    { header: 'Description', width: 70, type: 'text', value: (a) => a.description },
    { header: 'Owner', width: 30, type: 'text', value: (a) => a.owner?.name ?? '' },
    { header: 'Owner job title', width: 30, type: 'text', value: (a) => a.owner?.jobTitle ?? '' },
    { header: 'Owner organisation', width: 34, type: 'text', value: (a) => a.organisation ?? '' },
    { header: 'Partners', width: 40, type: 'text', value: (a) => a.partners.join('; ') },
    { header: 'Start date', width: 12, type: 'date', value: (a) => a.startDate },
    { header: 'Due date', width: 12, type: 'date', value: (a) => a.dueDate },
    { header: 'Delivery status', width: 15, type: 'text', value: (a) => deliveryLabel(a.deliveryStatus) },
    { header: 'Impact status', width: 30, type: 'text', value: (a) => impactLabel(a.impactStatus) },
    { header: 'Overdue', width: 9, type: 'text', value: (a) => (a.overdue ? 'Yes' : 'No') },
    { header: 'Milestones done', width: 11, type: 'number', value: (a) => a.milestones.done },
    { header: 'Milestones', width: 11, type: 'number', value: (a) => a.milestones.total },
    { header: 'Next milestone', width: 40, type: 'text', value: (a) => a.milestones.next?.title ?? '' },
    { header: 'Next milestone due', width: 13, type: 'date', value: (a) => a.milestones.next?.dueDate ?? null },
    { header: 'Evidence items', width: 10, type: 'number', value: (a) => a.evidence.total },
    { header: 'Evidence of impact', width: 10, type: 'number', value: (a) => a.evidence.impact },
    { header: 'Statuses to check', width: 50, type: 'text', value: (a) => a.issues.map((i) => i.message).join(' ') },
  ];
  if (s.sections.updates) {
    columns.push(
      { header: 'Latest approved update: period', width: 22, type: 'text', value: (a) => a.latestUpdate?.periodTitle ?? '' },
      { header: 'Latest approved update: approved on', width: 14, type: 'date', value: (a) => a.latestUpdate?.approvedAt?.slice(0, 10) ?? null },
      { header: 'Latest approved update: progress', width: 70, type: 'text', value: (a) => a.latestUpdate?.narrative ?? '' },
      { header: 'Latest approved update: next steps', width: 50, type: 'text', value: (a) => a.latestUpdate?.nextSteps ?? '' },
      { header: 'Latest approved update: risks and blockers', width: 50, type: 'text', value: (a) => a.latestUpdate?.risks ?? '' },
    );
  }
  if (s.sections.stale) columns.push({ header: 'No recent update', width: 10, type: 'text', value: (a) => (a.stale ? 'Yes' : 'No') });
  return columns;
}

/** Each action with its priority area, in plan order. */
export const trackerRows = (s: PlanSnapshot) => s.priorities.flatMap((p) => p.actions.map((a) => ({ a, p })));

export function trackerFileName(s: PlanSnapshot, extension: string): string {
  return `${s.plan.localArea} SEND action plan tracker ${s.statusDate}.${extension}`;
}
