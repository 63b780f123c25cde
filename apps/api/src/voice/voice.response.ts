import { isVoiceUnanswered, VOICE_KIND_LABELS, VOICE_OF_LABELS, VOICE_RESPONSE_STATUS_LABELS, VOICE_SOURCE_LABELS } from '@send/domain';
import type { VoiceItem } from './voice-item.entity';
import type { VoiceResponse } from './voice-response.entity';

export interface ActionRef { id: string; reference: string; title: string }
export interface PriorityAreaRef { id: string; number: number; title: string }

export function toVoiceResponseBody(r: VoiceResponse) {
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
export type VoiceResponseBody = ReturnType<typeof toVoiceResponseBody>;

export function toVoiceItemResponse(item: VoiceItem) {
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
export type VoiceItemResponse = ReturnType<typeof toVoiceItemResponse>;

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
