import { ROLES } from '@send/domain';
import { hasPolicy } from '../authorization';

const user = (role: string) => ({ id: 'u', email: 'e@x', displayName: 'Someone', roles: [role], organisationId: null, personId: null }) as Parameters<typeof hasPolicy>[0];

describe('who is offered the import', () => {
  // The API allows plan managers (and administrators, who may do everything): see ImportController.
  it.each(ROLES)('matches the API for %s', (role) => {
    expect(hasPolicy(user(role), 'importPlan')).toBe(role === 'plan_manager' || role === 'admin');
  });
});
