import type { DecisionKind, DecisionStatus } from '@send/domain';
import { EntityManager } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { Decision } from '../governance/decision.entity';
import { GovernanceBody } from '../governance/governance-body.entity';
import { toDecisionAuditState, toMeetingAuditState } from '../governance/governance.response';
import { Meeting } from '../governance/meeting.entity';
import { Person } from '../person/person.entity';
import plymouthMeetings from './plymouth/meetings.json';

/** A plan's governance calendar as written in seed/<area>/meetings.json. */
export interface MeetingCalendar {
  planSlug: string;
  meetings: { body: string; date: string; cutOffAt: string; title: string; location?: string }[];
  decisions: {
    meeting: { body: string; date: string };
    kind: DecisionKind;
    action: string | null;
    text: string;
    owner: string;
    dueDate: string | null;
    status: DecisionStatus;
    closingNote?: string;
    closedOn?: string;
  }[];
}

const CALENDARS: MeetingCalendar[] = [plymouthMeetings as MeetingCalendar];

/**
 * Loads the meetings, and the decisions recorded at them, of a plan that has just been loaded
 * (its governance bodies, people and actions exist). Plans without a calendar get none.
 */
export async function seedMeetings(em: EntityManager, audit: AuditService, planId: string, planSlug: string): Promise<void> {
  const calendar = CALENDARS.find((c) => c.planSlug === planSlug);
  if (!calendar) return;
  const bodies = new Map((await em.find(GovernanceBody, { where: { planId } })).map((b) => [b.key, b.id]));
  const meetingIds = new Map<string, string>();
  for (const m of calendar.meetings) {
    const bodyId = bodies.get(m.body);
    if (!bodyId) throw new Error(`The calendar names the governance body "${m.body}", but the plan has no such body`);
    const meeting = await em.save(em.create(Meeting, {
      planId, bodyId, title: m.title, meetingDate: m.date, cutOffAt: new Date(m.cutOffAt), priorityAreaIds: [], location: m.location ?? '',
    }));
    meetingIds.set(`${m.body}@${m.date}`, meeting.id);
    await audit.record(em, SYSTEM_ACTOR, { entityType: 'meeting', entityId: meeting.id, action: 'import', planId, after: toMeetingAuditState(meeting) });
  }
  for (const d of calendar.decisions) {
    const meetingId = meetingIds.get(`${d.meeting.body}@${d.meeting.date}`);
    if (!meetingId) throw new Error(`A decision names the meeting ${d.meeting.body} on ${d.meeting.date}, which the calendar does not have`);
    const action = d.action ? await em.findOne(Action, { where: { planId, reference: d.action } }) : null;
    if (d.action && !action) throw new Error(`A decision names the action ${d.action}, which the plan does not have`);
    const owner = await em.findOne(Person, { where: { key: d.owner } });
    if (!owner) throw new Error(`A decision names the person "${d.owner}", who is not in the dataset`);
    const decision = await em.save(em.create(Decision, {
      planId, meetingId, actionId: action?.id ?? null, kind: d.kind, text: d.text, ownerPersonId: owner.id, dueDate: d.dueDate,
      status: d.status, closingNote: d.closingNote ?? null, closedOn: d.closedOn ?? null,
    }));
    await audit.record(em, SYSTEM_ACTOR, { entityType: 'decision', entityId: decision.id, action: 'import', planId, after: toDecisionAuditState(decision) });
  }
}
