import { dayNumberToIsoDate, isoDateToDayNumber, type DecisionKind, type DecisionStatus } from '@send/domain';
import { EntityManager } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { Decision } from '../governance/decision.entity';
import { GovernanceBody } from '../governance/governance-body.entity';
import { toDecisionAuditState, toMeetingAuditState } from '../governance/governance.response';
import { Meeting } from '../governance/meeting.entity';
import { Person } from '../person/person.entity';
import { extendCalendar, type CalendarMeeting } from './demo/calendar';
import plymouthMeetings from './plymouth/meetings.json';

/** A plan's governance calendar as written in seed/<area>/meetings.json. */
export interface MeetingCalendar {
  planSlug: string;
  meetings: CalendarMeeting[];
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
    /** How an open decision is closed, for illustration, once its due date has passed and its body has met again. */
    illustrativeClosingNote?: string;
  }[];
}

/** How far past the day of seeding the calendar runs, so that every body has a next meeting. */
const CALENDAR_AHEAD_DAYS = 183;

const CALENDARS: MeetingCalendar[] = [plymouthMeetings as MeetingCalendar];

/**
 * Loads the meetings, and the decisions recorded at them, of a plan that has just been loaded
 * (its governance bodies, people and actions exist). Plans without a calendar get none. With
 * `demo`, meetings after its real history are marked illustrative, the calendar is carried on to
 * half a year after `today`, and an open decision whose due date has passed by its body's next
 * meeting before `today` is closed there with its illustrative note.
 */
export async function seedMeetings(
  em: EntityManager, audit: AuditService, planId: string, planSlug: string, demo?: { today: string; historyEndsOn: string },
): Promise<void> {
  const calendar = CALENDARS.find((c) => c.planSlug === planSlug);
  if (!calendar) return;
  const meetings = demo
    ? extendCalendar(calendar.meetings, dayNumberToIsoDate(isoDateToDayNumber(demo.today) + CALENDAR_AHEAD_DAYS))
    : calendar.meetings.map((m) => ({ ...m, extended: false }));
  const bodies = new Map((await em.find(GovernanceBody, { where: { planId } })).map((b) => [b.key, b.id]));
  const meetingIds = new Map<string, string>();
  const saved: Meeting[] = [];
  for (const m of meetings) {
    const bodyId = bodies.get(m.body);
    if (!bodyId) throw new Error(`The calendar names the governance body "${m.body}", but the plan has no such body`);
    saved.push(em.create(Meeting, {
      planId, bodyId, title: m.title, meetingDate: m.date, cutOffAt: new Date(m.cutOffAt), priorityAreaIds: [], location: m.location ?? '',
      illustrative: !!demo && m.date > demo.historyEndsOn,
    }));
  }
  await em.save(saved, { chunk: 200 });
  saved.forEach((meeting, i) => meetingIds.set(`${meetings[i].body}@${meeting.meetingDate}`, meeting.id));
  await audit.recordMany(em, SYSTEM_ACTOR, saved.map((meeting) => ({
    entityType: 'meeting', entityId: meeting.id, action: 'import', planId, after: { ...toMeetingAuditState(meeting), illustrative: meeting.illustrative },
  })));
  for (const d of calendar.decisions) {
    const meetingId = meetingIds.get(`${d.meeting.body}@${d.meeting.date}`);
    if (!meetingId) throw new Error(`A decision names the meeting ${d.meeting.body} on ${d.meeting.date}, which the calendar does not have`);
    const action = d.action ? await em.findOne(Action, { where: { planId, reference: d.action } }) : null;
    if (d.action && !action) throw new Error(`A decision names the action ${d.action}, which the plan does not have`);
    const owner = await em.findOne(Person, { where: { key: d.owner } });
    if (!owner) throw new Error(`A decision names the person "${d.owner}", who is not in the dataset`);
    // An open decision is heard at its body's first meeting on or after its due date.
    const hearing = demo && d.status === 'open' && d.dueDate && d.illustrativeClosingNote
      ? meetings.find((m) => m.body === d.meeting.body && m.date >= (d.dueDate as string) && m.date < demo.today)
      : undefined;
    const decision = await em.save(em.create(Decision, {
      planId, meetingId, actionId: action?.id ?? null, kind: d.kind, text: d.text, ownerPersonId: owner.id, dueDate: d.dueDate,
      ...(hearing
        ? { status: 'closed' as const, closingNote: d.illustrativeClosingNote as string, closedOn: hearing.date }
        : { status: d.status, closingNote: d.closingNote ?? null, closedOn: d.closedOn ?? null }),
    }));
    await audit.record(em, SYSTEM_ACTOR, { entityType: 'decision', entityId: decision.id, action: 'import', planId, after: toDecisionAuditState(decision) });
  }
}
