import type { Role } from '@send/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { hashPassword, randomPassword } from '../auth/password';
import { User } from '../auth/user.entity';
import { toUserAuditState } from '../auth/user.response';
import { SYSTEM_ACTOR } from '../common/actor';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';

interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  /** Keys in the Plymouth dataset. */
  organisationKey?: string;
  personKey?: string;
  canEditOrganisationActions?: boolean;
  /** Administers the installation (creates local areas) as well as the demo's local area. */
  installationAdmin?: boolean;
  /** A school SENCO's school, by its URN among the illustrative schools. */
  schoolUrn?: string;
}

/** One account per role, so that anyone trying the product can see it as each user sees it. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.example', displayName: 'Demo administrator', roles: ['admin'], installationAdmin: true },
  { email: 'head.of.send@demo.example', displayName: 'Head of SEND', roles: ['plan_manager'], organisationKey: 'pcc-education-participation-skills', personKey: 'head-of-send' },
  { email: 'director@demo.example', displayName: 'Service Director for Education, Participation and Skills', roles: ['moderator'], organisationKey: 'pcc-education-participation-skills', personKey: 'service-director-eps' },
  { email: 'chair@demo.example', displayName: 'Independent Chair of the SEND Improvement Board', roles: ['board_member'], organisationKey: 'plymouth-send-partnership', personKey: 'independent-chair-send-improvement-board' },
  // Owns five of the council's education actions and is granted all of them (the organisation's).
  { email: 'owner.education@demo.example', displayName: 'SEND Statutory Services Manager', roles: ['action_owner'], organisationKey: 'pcc-education-participation-skills', personKey: 'send-statutory-services-manager', canEditOrganisationActions: true },
  // Owns NHS Devon ICB's actions.
  { email: 'owner.health@demo.example', displayName: 'ICB Head of SEND and Children in Care', roles: ['action_owner'], organisationKey: 'nhs-devon-icb', personKey: 'icb-head-of-send-and-cic', canEditOrganisationActions: true },
  { email: 'scrutiny@demo.example', displayName: "Member of the Children's Scrutiny Committee", roles: ['scrutiny'] },
  { email: 'viewer@demo.example', displayName: 'Demo viewer', roles: ['viewer'] },
  // A DfE SEND adviser whose account is Plymouth's (illustrative); the installation's administrators give it more areas.
  { email: 'adviser@demo.example', displayName: 'DfE SEND adviser (illustrative)', roles: ['adviser'] },
  // The SENCO of one of the illustrative schools: sees that school's SEND review only.
  { email: 'senco@demo.example', displayName: 'SENCO, Hoe Park Primary School (illustrative)', roles: ['school_senco'], schoolUrn: '990001' },
];

/**
 * Creates the demo accounts, all with one password: `password` (DEMO_PASSWORD), or a random one
 * that the caller prints once. Only into a database with no accounts yet.
 */
export async function seedDemoUsers(
  em: EntityManager, audit: AuditService, password: string | undefined, localAreaId: string, schoolIdsByUrn: ReadonlyMap<string, string> = new Map(),
): Promise<{ created: number; generatedPassword?: string }> {
  if ((await em.count(User)) > 0) return { created: 0 };
  const chosen = password ?? randomPassword();
  for (const demo of DEMO_USERS) {
    const organisation = demo.organisationKey ? await em.findOneOrFail(Organisation, { where: { key: demo.organisationKey } }) : null;
    const person = demo.personKey ? await em.findOneOrFail(Person, { where: { key: demo.personKey } }) : null;
    const user = await em.save(em.create(User, {
      email: demo.email,
      displayName: demo.displayName,
      roles: demo.roles,
      localAreaId,
      installationAdmin: demo.installationAdmin ?? false,
      organisationId: organisation?.id ?? null,
      personId: person?.id ?? null,
      canEditOrganisationActions: demo.canEditOrganisationActions ?? false,
      schoolId: demo.schoolUrn ? schoolIdsByUrn.get(demo.schoolUrn) ?? null : null,
      active: true,
      passwordHash: await hashPassword(chosen),
      passwordChangedAt: new Date(),
      lastSignedInAt: null,
    }));
    await audit.record(em, SYSTEM_ACTOR, { entityType: 'user', entityId: user.id, action: 'import', after: toUserAuditState(user) });
  }
  return { created: DEMO_USERS.length, generatedPassword: password ? undefined : chosen };
}
