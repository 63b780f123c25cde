import { ApiProperty } from '@nestjs/swagger';
import {
  isVoiceUnanswered, VOICE_KIND_LABELS, VOICE_KINDS, VOICE_OF, VOICE_OF_LABELS, VOICE_RESPONSE_STATUS_LABELS, VOICE_RESPONSE_STATUSES, VOICE_SOURCE_LABELS, VOICE_SOURCES,
  type VoiceKind, type VoiceOf, type VoiceResponseStatus, type VoiceSource,
} from '@send/domain';
import { ApiDate, ApiDateTime, ApiId } from '../common/api-response';
import type { VoiceItem } from './voice-item.entity';
import type { VoiceResponse } from './voice-response.entity';

export class ActionRef {
  @ApiId() id!: string;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
}

export class PriorityAreaRef {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
}

/** "We did": what changed or will, when, and whether it is done. */
export class VoiceResponseBody {
  @ApiId() id!: string;
  @ApiProperty() whatChanged!: string;
  @ApiDate() respondedOn!: string;
  @ApiProperty({ enum: VOICE_RESPONSE_STATUSES, enumName: 'VoiceResponseStatus' }) status!: VoiceResponseStatus;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() respondedBy!: string;
  @ApiId({ nullable: true }) respondedByUserId!: string | null;
  @ApiProperty({ description: 'made up for a demonstration, not said by anyone' }) illustrative!: boolean;
  @ApiProperty({ type: () => ActionRef, isArray: true }) actions!: ActionRef[];
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() updatedAt!: Date;
}

/** A voice item ("you said") with its response ("we did"). */
export class VoiceItemResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ enum: VOICE_SOURCES, enumName: 'VoiceSource' }) source!: VoiceSource;
  @ApiProperty() sourceLabel!: string;
  @ApiProperty() sourceTitle!: string;
  @ApiProperty({ enum: VOICE_OF, enumName: 'VoiceOf' }) voiceOf!: VoiceOf;
  @ApiProperty() voiceOfLabel!: string;
  @ApiDate() heardOn!: string;
  @ApiProperty({ type: 'integer', nullable: true }) cohortSize!: number | null;
  @ApiProperty({ enum: VOICE_KINDS, enumName: 'VoiceKind' }) kind!: VoiceKind;
  @ApiProperty() kindLabel!: string;
  @ApiProperty() words!: string;
  @ApiProperty({ description: 'made up for a demonstration, not heard from anyone' }) illustrative!: boolean;
  @ApiProperty({ type: () => PriorityAreaRef, isArray: true }) priorityAreas!: PriorityAreaRef[];
  @ApiProperty({ type: () => ActionRef, isArray: true }) actions!: ActionRef[];
  @ApiProperty({ type: () => VoiceResponseBody, nullable: true, description: '"we did": the current response, or null while there is none' })
  response!: VoiceResponseBody | null;
  @ApiProperty({ description: 'a concern or recommendation with no response yet' }) unanswered!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: Date;
  @ApiDateTime() updatedAt!: Date;
}

export function toVoiceResponseBody(r: VoiceResponse): VoiceResponseBody {
  return {
    id: r.id,
    whatChanged: r.whatChanged,
    respondedOn: r.respondedOn,
    status: r.status,
    statusLabel: VOICE_RESPONSE_STATUS_LABELS[r.status],
    respondedBy: r.respondedBy,
    respondedByUserId: r.respondedByUserId,
    illustrative: r.illustrative,
    actions: (r.actionLinks ?? []).flatMap((l) => (l.action ? [toActionRef(l.action)] : [])).sort(byReference),
    version: r.version,
    updatedAt: r.updatedAt,
  };
}
export function toVoiceItemResponse(item: VoiceItem): VoiceItemResponse {
  const response = item.response ? toVoiceResponseBody(item.response) : null;
  return {
    id: item.id,
    planId: item.planId,
    source: item.source,
    sourceLabel: VOICE_SOURCE_LABELS[item.source],
    sourceTitle: item.sourceTitle,
    voiceOf: item.voiceOf,
    voiceOfLabel: VOICE_OF_LABELS[item.voiceOf],
    heardOn: item.heardOn,
    cohortSize: item.cohortSize,
    kind: item.kind,
    kindLabel: VOICE_KIND_LABELS[item.kind],
    words: item.words,
    illustrative: item.illustrative,
    priorityAreas: (item.priorityAreaLinks ?? []).flatMap((l) => (l.priorityArea ? [{ id: l.priorityArea.id, number: l.priorityArea.number, title: l.priorityArea.title }] : []))
      .sort((a, b) => a.number - b.number),
    actions: (item.actionLinks ?? []).flatMap((l) => (l.action ? [toActionRef(l.action)] : [])).sort(byReference),
    /** "We did": the current response, or null while there is none. */
    response,
    /** A concern or recommendation with no response yet. */
    unanswered: isVoiceUnanswered(item, response),
    version: item.version,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
/** What the audit log keeps of an item: its own fields and its links. */
export function toVoiceItemAuditState(item: VoiceItem, links: { priorityAreaIds: string[]; actionIds: string[] }) {
  return {
    source: item.source, voiceOf: item.voiceOf, heardOn: item.heardOn, cohortSize: item.cohortSize, kind: item.kind,
    words: item.words, sourceTitle: item.sourceTitle, illustrative: item.illustrative,
    priorityAreaIds: [...links.priorityAreaIds].sort(), actionIds: [...links.actionIds].sort(), version: item.version,
  };
}

export function toVoiceResponseAuditState(r: VoiceResponse, actionIds: string[]) {
  return {
    voiceItemId: r.voiceItemId, whatChanged: r.whatChanged, respondedOn: r.respondedOn, status: r.status,
    respondedBy: r.respondedBy, respondedByUserId: r.respondedByUserId, actionIds: [...actionIds].sort(), version: r.version,
  };
}

const toActionRef = (a: { id: string; reference: string; title: string }): ActionRef => ({ id: a.id, reference: a.reference, title: a.title });
const byReference = (a: ActionRef, b: ActionRef) => a.reference.localeCompare(b.reference, 'en', { numeric: true });
