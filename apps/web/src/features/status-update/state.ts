import { owesUpdate, REPORTED_UPDATE_STATES, UPDATE_STATE_LABELS, type Rag, type UpdateState } from '@send/domain';
import type { ActionProgress, Period } from './api';

/** How each state of an update is shown: the words come from the domain; the colour says who acts next. */
export const UPDATE_STATE_RAG: Readonly<Record<UpdateState, Rag>> = {
  draft: 'grey',
  submitted: 'amber',
  approved: 'green',
  returned: 'red',
};

export const updateStateLabel = (s: UpdateState) => UPDATE_STATE_LABELS[s];

/** An update counts as reported for a period once it has been submitted (or approved). */
export const REPORTED_STATES: readonly UpdateState[] = REPORTED_UPDATE_STATES;

export interface OwnerReport {
  owner: string;
  organisation: string | null;
  actions: { id: string; reference: string; title: string; state: UpdateState | null }[];
}

/**
 * Owners who have not yet reported on every one of their (not complete) actions for the period,
 * with the actions still to report and how far each has got (no update, draft or returned).
 */
/**
 * The owners who still owe an update for the period, each with their actions, from the period's
 * progress (the same source as its counts): open actions with no update submitted (owesUpdate).
 */
export function ownersNotReported(progress: readonly Pick<ActionProgress, 'action' | 'ownerPerson' | 'ownerOrganisation' | 'deliveryStatus' | 'updateState'>[]): OwnerReport[] {
  const owners = new Map<string, OwnerReport>();
  for (const a of progress) {
    if (!owesUpdate(a.deliveryStatus, a.updateState)) continue;
    const key = a.ownerPerson?.id ?? `org:${a.ownerOrganisation?.name ?? ''}`;
    const entry = owners.get(key) ?? { owner: a.ownerPerson?.name ?? 'No owner named', organisation: a.ownerOrganisation?.name ?? null, actions: [] };
    entry.actions.push({ id: a.action.id, reference: a.action.reference, title: a.action.title, state: a.updateState === 'missing' ? null : a.updateState });
    owners.set(key, entry);
  }
  const collator = new Intl.Collator('en-GB', { numeric: true });
  for (const o of owners.values()) o.actions.sort((x, y) => collator.compare(x.reference, y.reference));
  return [...owners.values()].sort((a, b) => collator.compare(a.owner, b.owner));
}

export function currentOf(periods: { items: Period[]; currentPeriodId: string | null } | undefined): Period | undefined {
  return periods?.items.find((p) => p.id === periods.currentPeriodId);
}

/** Board dates that have passed, newest first: the dates the dashboard can be shown as at. */
export function pastBoards(periods: readonly Period[], today: string): Period[] {
  return periods.filter((p) => p.boardDate <= today).sort((a, b) => b.boardDate.localeCompare(a.boardDate));
}

/** The last board before a day (the "since the last board" of a dashboard shown for that day). */
export function boardBefore(periods: readonly Period[], day: string): Period | undefined {
  return pastBoards(periods, day).find((p) => p.boardDate < day);
}

/** The period whose board met on a day, if any. */
export function periodOfBoard(periods: readonly Period[], boardDate: string): Period | undefined {
  return periods.find((p) => p.boardDate === boardDate);
}
