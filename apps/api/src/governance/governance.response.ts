import { ApiProperty } from '@nestjs/swagger';
import {
  DECISION_KIND_LABELS, DECISION_KINDS, DECISION_STATUS_LABELS, DECISION_STATUSES, GOVERNANCE_BODY_KINDS, governanceBodyKindLabel, isDecisionOverdue,
  type DecisionKind, type DecisionStatus, type GovernanceBodyKind,
} from '@send/domain';
import { ApiDate, ApiDateTime, ApiId, NamedRef } from '../common/api-response';
import type { PriorityArea } from '../priority-area/priority-area.entity';
import { PersonRef } from '../priority-area/priority-area.response';
import { PeriodSummary } from '../reporting-period/reporting-period.response';
import { ActionRef, PriorityAreaRef } from '../voice/voice.response';
import type { Decision } from './decision.entity';
import type { GovernanceBody } from './governance-body.entity';
import type { Meeting } from './meeting.entity';

export class MeetingRef {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiDate() meetingDate!: string;
}

export const toMeetingRef = (m: Meeting): MeetingRef => ({ id: m.id, title: m.title, meetingDate: m.meetingDate });

/** A board, group or committee of the plan, with its last and next meeting. */
export class GovernanceBodyResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ description: "a short key, unique in the plan, that imports and seeds refer to it by" }) key!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: GOVERNANCE_BODY_KINDS, enumName: 'GovernanceBodyKind' }) kind!: GovernanceBodyKind;
  @ApiProperty({ description: "its kind in words; a school's plan's board is its governing board" }) kindLabel!: string;
  @ApiProperty() chair!: string;
  @ApiProperty({ description: 'how often it meets, in words' }) cadence!: string;
  @ApiProperty({ type: () => PriorityAreaRef, isArray: true, description: 'the priority areas it delivers (for a priority delivery group)' }) priorityAreas!: PriorityAreaRef[];
  @ApiProperty({ type: 'integer' }) meetingCount!: number;
  @ApiProperty({ type: () => MeetingRef, nullable: true }) lastMeeting!: MeetingRef | null;
  @ApiProperty({ type: () => MeetingRef, nullable: true }) nextMeeting!: MeetingRef | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class GovernanceBodyList {
  @ApiProperty({ type: () => GovernanceBodyResponse, isArray: true, description: 'boards first, then groups and committees, by name' }) items!: GovernanceBodyResponse[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

/** A member of a governance body: told by email when its packs are published. */
export class BodyMemberResponse {
  @ApiId() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
}

export class BodyMembersResponse {
  @ApiId() bodyId!: string;
  @ApiProperty({ type: () => BodyMemberResponse, isArray: true }) members!: BodyMemberResponse[];
}

export function toGovernanceBodyResponse(
  body: GovernanceBody,
  extra: { schoolPlan: boolean; priorityAreas: PriorityArea[]; meetingCount: number; lastMeeting: Meeting | null; nextMeeting: Meeting | null },
): GovernanceBodyResponse {
  return {
    id: body.id,
    planId: body.planId,
    key: body.key,
    name: body.name,
    kind: body.kind,
    kindLabel: governanceBodyKindLabel(body.kind, { schoolPlan: extra.schoolPlan }),
    chair: body.chair,
    cadence: body.cadence,
    /** The priority areas this body delivers (for a priority delivery group). */
    priorityAreas: extra.priorityAreas.map((a) => ({ id: a.id, number: a.number, title: a.title })),
    meetingCount: extra.meetingCount,
    lastMeeting: extra.lastMeeting ? toMeetingRef(extra.lastMeeting) : null,
    nextMeeting: extra.nextMeeting ? toMeetingRef(extra.nextMeeting) : null,
    version: body.version,
  };
}

/** England wall-clock time of an instant, as a form's datetime-local field wants it (2025-02-05T17:00). */
const ENGLAND = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
export const englandLocal = (instant: Date) => ENGLAND.format(instant).replace(' ', 'T');

export class MeetingBodyRef {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: GOVERNANCE_BODY_KINDS, enumName: 'GovernanceBodyKind' }) kind!: GovernanceBodyKind;
}

export class MeetingResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ type: () => MeetingBodyRef }) body!: MeetingBodyRef;
  @ApiProperty() title!: string;
  @ApiDate() meetingDate!: string;
  @ApiDateTime({ description: 'the pack cut-off' }) cutOffAt!: string;
  @ApiProperty({ example: '2025-02-05T17:00', description: 'the cut-off as clocks in England showed it' }) cutOffLocal!: string;
  @ApiProperty() location!: string;
  @ApiProperty({ description: 'the meeting covers every priority area' }) allPriorityAreas!: boolean;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) priorityAreaIds!: string[];
  @ApiProperty({ type: () => PriorityAreaRef, isArray: true, description: 'the priority areas in scope, in order' }) priorityAreas!: PriorityAreaRef[];
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

export class MeetingBodyDetail extends MeetingBodyRef {
  @ApiProperty() chair!: string;
}

export class DecisionTally {
  @ApiProperty({ type: 'integer' }) open!: number;
  @ApiProperty({ type: 'integer' }) closed!: number;
}

/** A meeting with its body's chair, the meetings either side, its decisions' tally and the reporting period ending in it. */
export class MeetingDetailResponse extends MeetingResponse {
  @ApiProperty({ type: () => MeetingBodyDetail }) declare body: MeetingBodyDetail;
  @ApiProperty({ type: () => MeetingRef, nullable: true }) previousMeeting!: MeetingRef | null;
  @ApiProperty({ type: () => MeetingRef, nullable: true }) nextMeeting!: MeetingRef | null;
  @ApiProperty({ type: () => DecisionTally }) decisions!: DecisionTally;
  @ApiProperty({ type: () => PeriodSummary, nullable: true, description: 'the reporting period that ends in this meeting, when it is a board the plan reports to' })
  reportingPeriod!: PeriodSummary | null;
}

export function toMeetingResponse(meeting: Meeting, body: GovernanceBody, planAreas: PriorityArea[]): MeetingResponse {
  const inScope = meeting.priorityAreaIds.length === 0 ? planAreas : planAreas.filter((a) => meeting.priorityAreaIds.includes(a.id));
  return {
    id: meeting.id,
    planId: meeting.planId,
    body: { id: body.id, name: body.name, kind: body.kind },
    title: meeting.title,
    meetingDate: meeting.meetingDate,
    cutOffAt: meeting.cutOffAt.toISOString(),
    /** The cut-off as clocks in England showed it. */
    cutOffLocal: englandLocal(meeting.cutOffAt),
    location: meeting.location,
    allPriorityAreas: meeting.priorityAreaIds.length === 0,
    priorityAreaIds: [...meeting.priorityAreaIds],
    priorityAreas: [...inScope].sort((a, b) => a.number - b.number).map((a) => ({ id: a.id, number: a.number, title: a.title })),
    illustrative: meeting.illustrative,
    version: meeting.version,
    createdAt: meeting.createdAt.toISOString(),
    updatedAt: meeting.updatedAt.toISOString(),
  };
}

export function toMeetingAuditState(m: Meeting) {
  return {
    bodyId: m.bodyId, title: m.title, meetingDate: m.meetingDate, cutOffAt: m.cutOffAt.toISOString(),
    priorityAreaIds: [...m.priorityAreaIds], location: m.location, version: m.version,
  };
}

export class DecisionMeetingRef extends MeetingRef {
  @ApiProperty({ type: () => NamedRef, nullable: true }) body!: NamedRef | null;
}

/** A decision or challenge a meeting recorded, with its owner and due date. */
export class DecisionResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ type: () => DecisionMeetingRef, nullable: true }) meeting!: DecisionMeetingRef | null;
  @ApiProperty({ type: () => ActionRef, nullable: true }) action!: ActionRef | null;
  @ApiProperty({ enum: DECISION_KINDS, enumName: 'DecisionKind' }) kind!: DecisionKind;
  @ApiProperty() kindLabel!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: () => PersonRef, nullable: true }) owner!: PersonRef | null;
  @ApiDate({ nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: DECISION_STATUSES, enumName: 'DecisionStatus' }) status!: DecisionStatus;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: String, nullable: true }) closingNote!: string | null;
  @ApiDate({ nullable: true }) closedOn!: string | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

export function toDecisionResponse(d: Decision, today: string): DecisionResponse {
  const meeting = d.meeting;
  return {
    id: d.id,
    planId: d.planId,
    meeting: meeting
      ? { id: meeting.id, title: meeting.title, meetingDate: meeting.meetingDate, body: meeting.body ? { id: meeting.body.id, name: meeting.body.name } : null }
      : null,
    action: d.action ? { id: d.action.id, reference: d.action.reference, title: d.action.title } : null,
    kind: d.kind,
    kindLabel: DECISION_KIND_LABELS[d.kind],
    text: d.text,
    owner: d.ownerPerson ? { id: d.ownerPerson.id, name: d.ownerPerson.name, jobTitle: d.ownerPerson.jobTitle } : null,
    dueDate: d.dueDate,
    status: d.status,
    statusLabel: DECISION_STATUS_LABELS[d.status],
    overdue: isDecisionOverdue(d, today),
    closingNote: d.closingNote,
    closedOn: d.closedOn,
    illustrative: d.illustrative,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function toDecisionAuditState(d: Decision) {
  return {
    meetingId: d.meetingId, actionId: d.actionId, kind: d.kind, text: d.text, ownerPersonId: d.ownerPersonId, dueDate: d.dueDate,
    status: d.status, closingNote: d.closingNote, closedOn: d.closedOn, version: d.version,
  };
}
