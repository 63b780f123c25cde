import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Evidence } from './evidence.entity';

@Injectable()
export class EvidenceService {
  /** How many live evidence items of an action demonstrate impact on children and young people. */
  countImpactEvidence(em: EntityManager, actionId: string): Promise<number> {
    return em.count(Evidence, { where: { actionId, demonstratesImpact: true, archivedAt: IsNull() } });
  }
}
