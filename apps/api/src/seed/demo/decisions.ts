import { DELIVERY_STATUS_INFO, type DecisionKind, type ImpactStatus } from '@send/domain';
import type { DemoMove } from './actions';

export interface DemoDecision {
  meetingId: string;
  kind: DecisionKind;
  actionId: string | null;
  text: string;
  ownerPersonId: string;
  dueDate: string | null;
  status: 'open' | 'closed';
  closingNote: string | null;
  closedOn: string | null;
}

interface ActionInfo {
  reference: string;
  title: string;
  ownerPersonId: string;
}

/**
 * What the Improvement Board records at the meetings that have met by `today`, from what moved in
 * each period: a challenge for every action that went off track (due at the next board, closed at
 * the board that hears it is back on track or delivered), and a decision accepting each action's
 * evidence of impact. At the last board before `today`, the Board also asks for the evidence of impact of up to
 * three delivered actions by its next meeting: decisions still open on the day of seeding, as a live board has.
 */
export function boardDecisions(
  moves: readonly DemoMove[],
  boards: readonly { id: string; date: string }[],
  actions: ReadonlyMap<string, ActionInfo>,
  today: string,
  finalImpact: ReadonlyMap<string, ImpactStatus> = new Map(),
): DemoDecision[] {
  const decisions: DemoDecision[] = [];
  const met = (date: string) => date < today;
  const nextBoard = (date: string) => boards.find((b) => b.date > date)?.date ?? null;
  for (const move of moves) {
    const action = actions.get(move.actionId);
    const board = move.period.boardDate;
    if (!action || !met(board)) continue;
    if (move.to.deliveryStatus === 'off_track' && move.from.deliveryStatus !== 'off_track') {
      const recovery = moves.find((m) => m.actionId === move.actionId && m.period.boardDate > board && m.to.deliveryStatus !== 'off_track' && met(m.period.boardDate));
      decisions.push({
        meetingId: move.period.meetingId, kind: 'challenge', actionId: move.actionId, ownerPersonId: action.ownerPersonId,
        text: `The Board challenged the slippage of action ${action.reference}, ${action.title}, and asked for a recovery plan with dates by its next meeting.`,
        dueDate: nextBoard(board),
        ...(recovery
          ? {
              status: 'closed' as const, closedOn: recovery.period.boardDate,
              closingNote: `The recovery plan was presented; the action was reported ${DELIVERY_STATUS_INFO[recovery.to.deliveryStatus].label.toLowerCase()} at this Board.`,
            }
          : { status: 'open' as const, closedOn: null, closingNote: null }),
      });
    }
    if (move.to.impactStatus === 'complete_impact_evidenced' && move.from.impactStatus !== 'complete_impact_evidenced') {
      decisions.push({
        meetingId: move.period.meetingId, kind: 'decision', actionId: move.actionId, ownerPersonId: action.ownerPersonId,
        text: `The Board accepted the evidence that action ${action.reference}, ${action.title}, has made a difference for children and young people${move.evidenceTitle ? ` ("${move.evidenceTitle}")` : ''}.`,
        dueDate: null, status: 'closed', closedOn: board, closingNote: 'Recorded as complete with impact evidenced.',
      });
    }
  }
  const lastBoard = [...boards].reverse().find((b) => b.date < today);
  const dueAt = lastBoard ? nextBoard(lastBoard.date) : null;
  if (lastBoard && dueAt) {
    const awaitingEvidence = [...actions.entries()]
      .filter(([id]) => finalImpact.get(id) === 'complete_monitoring_impact')
      .sort(([, a], [, b]) => a.reference.localeCompare(b.reference, 'en', { numeric: true }))
      .slice(0, 3);
    for (const [actionId, action] of awaitingEvidence) {
      decisions.push({
        meetingId: lastBoard.id, kind: 'decision', actionId, ownerPersonId: action.ownerPersonId,
        text: `The Board asked for evidence of the difference action ${action.reference}, ${action.title}, has made for children and young people, to be brought to its next meeting.`,
        dueDate: dueAt, status: 'open', closedOn: null, closingNote: null,
      });
    }
  }
  return decisions;
}
