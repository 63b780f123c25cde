import { ForbiddenException } from '@nestjs/common';
import type { Role } from '@send/domain';
import { assertMayWriteToAction, assertMayWriteToMeasure, managesPlans, ownsAction } from './access';
import type { Actor } from './actor';

const actor = (roles: Role[], personId: string | null = 'p-owner'): Actor => ({ id: 'u1', label: 'User', roles, organisationId: null, personId });
const mine = { ownerPersonId: 'p-owner', reference: '3.1' };
const theirs = { ownerPersonId: 'p-other', reference: '3.2' };
const unowned = { ownerPersonId: null, reference: '3.3' };

describe('resource-level access', () => {
  it('lets plan managers and administrators write to any action', () => {
    expect(managesPlans(actor(['plan_manager']))).toBe(true);
    expect(managesPlans(actor(['admin']))).toBe(true);
    expect(() => assertMayWriteToAction(actor(['plan_manager'], null), theirs, 'add evidence to')).not.toThrow();
    expect(() => assertMayWriteToAction(actor(['action_owner', 'plan_manager']), theirs, 'add evidence to')).not.toThrow();
  });

  it('lets an action owner write to the actions they own, and no other', () => {
    expect(() => assertMayWriteToAction(actor(['action_owner']), mine, 'add evidence to')).not.toThrow();
    expect(() => assertMayWriteToAction(actor(['action_owner']), theirs, 'add evidence to')).toThrow(ForbiddenException);
    expect(() => assertMayWriteToAction(actor(['action_owner']), unowned, 'add evidence to')).toThrow(/action 3.3 is not yours/);
  });

  it('never takes a missing person for a match', () => {
    expect(ownsAction(actor(['action_owner'], null), unowned)).toBe(false);
    expect(() => assertMayWriteToAction(actor(['action_owner'], null), unowned, 'add evidence to')).toThrow(ForbiddenException);
  });

  it('lets an action owner enter values only for measures that evidence one of their actions', () => {
    expect(() => assertMayWriteToMeasure(actor(['action_owner']), [theirs, mine], 'enter values for')).not.toThrow();
    expect(() => assertMayWriteToMeasure(actor(['action_owner']), [theirs], 'enter values for')).toThrow(ForbiddenException);
    expect(() => assertMayWriteToMeasure(actor(['action_owner']), [], 'enter values for')).toThrow(ForbiddenException);
    expect(() => assertMayWriteToMeasure(actor(['plan_manager']), [], 'enter values for')).not.toThrow();
  });
});
