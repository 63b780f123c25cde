import { longDate } from '@send/domain';
import type { EntityManager } from 'typeorm';
import type { Notice } from './notification.service';

/**
 * What a body's members are told when its pack is published: which meeting, and a link to the
 * pack in the app, never the pack itself (it may hold more than email should carry). One notice
 * per member per pack.
 */
export async function packPublishedNotices(em: EntityManager, pack: { id: string; planId: string; meetingId: string }, publicUrl: string): Promise<Notice[]> {
  const rows: { user_id: string; body_name: string; meeting_date: string }[] = await em.query(
    `SELECT m.user_id, b.name AS body_name, mt.meeting_date::text AS meeting_date
       FROM meeting mt JOIN governance_body b ON b.id = mt.body_id
       JOIN governance_body_member m ON m.body_id = b.id
       JOIN app_user u ON u.id = m.user_id AND u.active AND u.local_area_id = b.local_area_id
      WHERE mt.id = $1 ORDER BY m.user_id`,
    [pack.meetingId],
  );
  const link = `/meetings/${pack.meetingId}`;
  return rows.map((r) => {
    const meeting = `${r.body_name} meeting on ${longDate(r.meeting_date)}`;
    return {
      userId: r.user_id,
      planId: pack.planId,
      kind: 'pack_published' as const,
      eventKey: `pack-published:${pack.id}`,
      title: `The pack for the ${meeting} has been published`,
      body: 'Read the board pack, progress report and action plan tracker in the app.',
      link,
      email: {
        blocks: [
          { p: `The pack for the ${meeting} has been published.` },
          { p: 'It has the board pack, the progress report and the action plan tracker. Sign in to read or download them.' },
          { link: { text: 'Read the pack', href: `${publicUrl}${link}` } },
        ],
        reason: `You get this email because you are a member of the ${r.body_name}.`,
      },
    };
  });
}
