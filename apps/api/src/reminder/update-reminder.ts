import { dayAndDate, daysLeftPhrase, UPDATE_STATE_LABELS } from '@send/domain';
import type { Notice } from '../notification/notification.service';

export interface ReminderAction {
  id: string;
  reference: string;
  title: string;
  /** null: no update started yet. */
  updateState: 'draft' | 'returned' | null;
}

/**
 * The reminder one owner gets for a period: every action of theirs with no update submitted yet,
 * when the deadline is, and what to do. One per owner, period and reminder day.
 */
export function updateReminderNotice(
  owner: { userId: string },
  period: { id: string; planId: string; title: string; updateDeadline: string },
  daysBefore: number,
  daysLeft: number,
  actions: ReminderAction[],
  publicUrl: string,
): Notice {
  const due = `${dayAndDate(period.updateDeadline)}`;
  const several = actions.length > 1;
  const items = actions.map((a) => `${a.reference} ${a.title}: ${a.updateState ? `${UPDATE_STATE_LABELS[a.updateState].toLowerCase()}, not yet submitted` : 'not started'}`);
  const link = actions.length === 1 ? `/actions/${actions[0].id}` : '/delivery';
  return {
    userId: owner.userId,
    planId: period.planId,
    kind: 'update_reminder',
    eventKey: `update-reminder:${period.id}:${daysBefore}`,
    title: `${several ? `${actions.length} updates are` : 'Your update is'} due ${daysLeftPhrase(daysLeft)}, by ${due}`,
    body: `${period.title}: ${items.join('; ')}.`,
    link,
    email: {
      blocks: [
        { p: `You need to submit ${several ? `updates for ${actions.length} actions` : 'an update for 1 action'} for ${period.title} by ${due}.` },
        { list: items },
        { p: 'Say what progress was made, propose the delivery and impact status, and attach your evidence. A moderator then checks it before the board.' },
        { link: { text: several ? 'Write your updates' : `Write your update for ${actions[0].reference}`, href: `${publicUrl}${link}` } },
      ],
      reason: 'You get this email because you own these actions in the SEND Improvement Plan.',
    },
  };
}
