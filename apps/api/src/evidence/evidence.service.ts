import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { Evidence } from './evidence.entity';

@Injectable()
export class EvidenceService {
  /** How many live evidence items of an action demonstrate impact on children and young people. */
  countImpactEvidence(em: EntityManager, actionId: string): Promise<number> {
    return em.count(Evidence, { where: { actionId, demonstratesImpact: true, archivedAt: IsNull() } });
  }

  /** Which of `ids` are not live evidence of this action (unknown, another action's, or archived). */
  async findNotEvidenceOf(em: EntityManager, actionId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await em.find(Evidence, { where: { id: In([...ids]), actionId, archivedAt: IsNull() }, select: { id: true } });
    const own = new Set(found.map((e) => e.id));
    return ids.filter((id) => !own.has(id));
  }
}
