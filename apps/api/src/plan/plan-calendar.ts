import { ForbiddenException, type HttpException } from '@nestjs/common';
import { can, canReachPlan, managesPlanCalendar, type Permission } from '@send/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { Plan } from './plan.entity';

/**
 * Refuses, in the caller's transaction, a change to the calendar (meetings, reporting periods) of
 * plan `planId` that the domain's managesPlanCalendar does not allow `actor`. To someone who cannot
 * reach the plan, or who does not read such records of it (`reads`: a SENCO reads none of the local
 * area's meetings and periods), they do not exist: `unseen()` (a 404, or the 400 of an unknown id
 * given in a body). Anyone else who may read them is told they may not change them (403).
 */
export async function assertManagesPlanCalendar(em: EntityManager, actor: Actor, planId: string, reads: Permission, unseen: () => HttpException): Promise<void> {
  const plan = await em.findOne(Plan, { where: { id: planId }, select: { id: true, schoolId: true } });
  const planSchoolId = plan?.schoolId ?? null;
  if (managesPlanCalendar(actor, { planSchoolId })) return;
  if (!canReachPlan(actor, planSchoolId) || !can(actor.roles, reads)) throw unseen();
  throw new ForbiddenException({ message: "Only the plan's managers can change its meetings and reporting periods", errors: [] });
}
