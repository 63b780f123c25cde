import {
  checkVoiceResponseDate, isCohortSize, VOICE_KINDS, VOICE_OF, VOICE_SOURCES, VOICE_WORDS_MAX,
  type VoiceKind, type VoiceOf, type VoiceResponseStatus, type VoiceSource,
} from '@send/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { VoiceItem, VoiceItemPriorityArea } from '../voice/voice-item.entity';
import { VoiceResponse } from '../voice/voice-response.entity';
import { toVoiceItemAuditState, toVoiceResponseAuditState } from '../voice/voice.response';

/**
 * What a dataset's voice.json holds: one source (a survey, a forum…) and what was heard through it,
 * each item linked to its priority areas by number. A response is given only where the source
 * documents say what was done.
 */
export interface VoiceSeed {
  source: VoiceSource;
  voiceOf: VoiceOf;
  sourceTitle: string;
  heardOn: string;
  cohortSize: number | null;
  items: {
    kind: VoiceKind;
    words: string;
    priorityNumbers: number[];
    response?: { whatChanged: string; respondedOn: string; status: VoiceResponseStatus; respondedBy: string };
  }[];
}

/**
 * Loads the plan's voice items once (a plan that already has some is left as it is), checked by the
 * same rules as the API, with an import event each. They keep the order the source gives them.
 */
export async function seedVoice(em: EntityManager, audit: AuditService, planId: string, seeds: readonly VoiceSeed[], today: string): Promise<void> {
  if (seeds.length === 0 || (await em.exists(VoiceItem, { where: { planId } }))) return;
  const areas = new Map((await em.find(PriorityArea, { where: { planId } })).map((a) => [a.number, a.id]));
  // One second apart, in the source's order: the list shows items heard on one day in this order.
  let order = Date.parse('2025-01-01T00:00:00Z');
  for (const seed of seeds) {
    if (!VOICE_SOURCES.includes(seed.source) || !VOICE_OF.includes(seed.voiceOf)) throw new Error(`voice.json: unknown source or voice in "${seed.sourceTitle}"`);
    if (seed.cohortSize !== null && !isCohortSize(seed.cohortSize)) throw new Error(`voice.json: "${seed.sourceTitle}" has a cohort size that is not a whole number from 1`);
    for (const entry of seed.items) {
      if (!VOICE_KINDS.includes(entry.kind) || entry.words.length > VOICE_WORDS_MAX) throw new Error(`voice.json: bad item "${entry.words.slice(0, 40)}"`);
      const priorityAreaIds = entry.priorityNumbers.map((n) => {
        const id = areas.get(n);
        if (!id) throw new Error(`voice.json names priority ${n}, which the plan does not have`);
        return id;
      });
      const created = new Date((order += 1000));
      const item = await em.save(em.create(VoiceItem, {
        planId, source: seed.source, voiceOf: seed.voiceOf, heardOn: seed.heardOn, cohortSize: seed.cohortSize, kind: entry.kind,
        words: entry.words, sourceTitle: seed.sourceTitle, illustrative: false, createdAt: created, updatedAt: created,
      }));
      if (priorityAreaIds.length) await em.insert(VoiceItemPriorityArea, priorityAreaIds.map((priorityAreaId) => ({ voiceItemId: item.id, priorityAreaId })));
      await audit.record(em, SYSTEM_ACTOR, { entityType: 'voice_item', entityId: item.id, action: 'import', planId, after: toVoiceItemAuditState(item, { priorityAreaIds, actionIds: [] }) });
      if (entry.response) {
        const problems = checkVoiceResponseDate(seed.heardOn, entry.response.respondedOn, today);
        if (problems.length) throw new Error(`voice.json: ${problems[0].message}`);
        const response = await em.save(em.create(VoiceResponse, { voiceItemId: item.id, ...entry.response, respondedByUserId: null, illustrative: false }));
        await audit.record(em, SYSTEM_ACTOR, { entityType: 'voice_response', entityId: response.id, action: 'import', planId, after: toVoiceResponseAuditState(response, []) });
      }
    }
  }
}
