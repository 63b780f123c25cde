import type { Notice } from './notification.service';

interface ModeratedUpdate {
  id: string;
  planId: string;
  actionId: string;
  authorUserId: string | null;
  moderatedByLabel: string | null;
  version: number;
}

/**
 * What an update's author is told when a moderator approves or returns it (with the comment).
 * Nothing when the author has no account, or is the moderator.
 */
export function moderationNotice(
  update: ModeratedUpdate,
  action: { reference: string; title: string },
  event: 'approve' | 'return',
  comment: string | null,
  periodTitle: string,
  publicUrl: string,
  moderatorId: string | null,
  /** The school whose own plan holds the action: its page is on the school's routes, which its SENCO reads. */
  planSchoolId: string | null = null,
): Notice | null {
  if (!update.authorUserId || update.authorUserId === moderatorId) return null;
  const who = update.moderatedByLabel ?? 'A moderator';
  const name = `action ${action.reference} (${action.title})`;
  const link = planSchoolId ? `/schools/${planSchoolId}/plan/actions/${update.actionId}` : `/actions/${update.actionId}`;
  const commentBlocks = comment ? [{ p: `${who} said:` }, { inset: comment }] : [];
  const approved = event === 'approve';
  return {
    userId: update.authorUserId,
    planId: update.planId,
    kind: 'update_moderated',
    // One notice per moderation: a returned update that is resubmitted and returned again is told again.
    eventKey: `update-${event}:${update.id}:${update.version}`,
    title: approved ? `Your update for ${action.reference} has been approved` : `Your update for ${action.reference} needs changes`,
    body: approved
      ? `${who} approved your ${periodTitle} update for ${name}.${comment ? ` They said: ${comment}` : ''}`
      : `${who} returned your ${periodTitle} update for ${name}. They said: ${comment ?? ''}`,
    link,
    email: {
      blocks: approved
        ? [
          { p: `${who} has approved your ${periodTitle} update for ${name}.` },
          { p: 'The statuses you proposed are now the action\'s official status.' },
          ...commentBlocks,
          { link: { text: `See action ${action.reference}`, href: `${publicUrl}${link}` } },
        ]
        : [
          { p: `${who} has returned your ${periodTitle} update for ${name}. It needs changes before it can be approved.` },
          ...commentBlocks,
          { p: 'Change your update and submit it again.' },
          { link: { text: `Change your update for ${action.reference}`, href: `${publicUrl}${link}` } },
        ],
      reason: 'You get this email because you wrote this update.',
    },
  };
}
