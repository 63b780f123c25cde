import type { RuleViolation } from './errors';
import { compareIsoDates } from './iso-date';
import { COMMENT_MAX } from './limits';

/** What a governance meeting records against the plan: a decision it took, or a challenge it put. */
export const DECISION_KINDS = ['decision', 'challenge'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_KIND_LABELS: Readonly<Record<DecisionKind, string>> = {
  decision: 'Decision',
  challenge: 'Challenge',
};
export function isDecisionKind(x: unknown): x is DecisionKind {
  return typeof x === 'string' && (DECISION_KINDS as readonly string[]).includes(x);
}

/** Open until someone closes it with a note saying how it was resolved. */
export const DECISION_STATUSES = ['open', 'closed'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Readonly<Record<DecisionStatus, string>> = {
  open: 'Open',
  closed: 'Closed',
};
export function isDecisionStatus(x: unknown): x is DecisionStatus {
  return typeof x === 'string' && (DECISION_STATUSES as readonly string[]).includes(x);
}

/** The text of a decision or challenge, and its closing note. */
export const DECISION_TEXT_MAX = COMMENT_MAX;

export interface DecisionClosure {
  status: DecisionStatus;
  closingNote: string | null;
  /** ISO `YYYY-MM-DD`. */
  closedOn: string | null;
  /** The day of the meeting that recorded it. */
  meetingDate: string;
}

/**
 * A closed decision says how and when it was resolved: a closing note, and a closing date that is
 * neither before the meeting that recorded it nor after today. An open one carries neither.
 */
export function checkDecisionClosure(d: DecisionClosure, today: string): RuleViolation<'closingNote' | 'closedOn'>[] {
  const violations: RuleViolation<'closingNote' | 'closedOn'>[] = [];
  if (d.status === 'open') {
    if (d.closingNote !== null && d.closingNote.trim() !== '') {
      violations.push({ field: 'closingNote', message: 'Only a closed decision has a closing note. Close it, or leave the note out.' });
    }
    if (d.closedOn !== null) {
      violations.push({ field: 'closedOn', message: 'Only a closed decision has a closing date. Close it, or leave the date out.' });
    }
    return violations;
  }
  if (d.closingNote === null || d.closingNote.trim() === '') {
    violations.push({ field: 'closingNote', message: 'Say how it was resolved: a closed decision needs a closing note.' });
  } else if (d.closingNote.length > DECISION_TEXT_MAX) {
    violations.push({ field: 'closingNote', message: `The closing note must be ${DECISION_TEXT_MAX} characters or fewer.` });
  }
  if (d.closedOn === null) {
    violations.push({ field: 'closedOn', message: 'Give the date it was closed.' });
  } else if (compareIsoDates(d.closedOn, d.meetingDate) < 0) {
    violations.push({ field: 'closedOn', message: 'It cannot be closed before the meeting that recorded it.' });
  } else if (compareIsoDates(d.closedOn, today) > 0) {
    violations.push({ field: 'closedOn', message: 'The closing date cannot be in the future.' });
  }
  return violations;
}

export interface DecisionState {
  status: DecisionStatus;
  closedOn: string | null;
}

/**
 * Whether it was still open on `date`: open now, or closed after that day. A pack at a cut-off
 * lists the decisions open then, even if they have been closed since.
 */
export function isDecisionOpenOn(d: DecisionState, date: string): boolean {
  return d.status === 'open' || d.closedOn === null || compareIsoDates(d.closedOn, date) > 0;
}

/** Open past its due date (the due day itself is on time, as for actions). */
export function isDecisionOverdue(d: DecisionState & { dueDate: string | null }, today: string): boolean {
  return isDecisionOpenOn(d, today) && d.dueDate !== null && compareIsoDates(d.dueDate, today) < 0;
}
