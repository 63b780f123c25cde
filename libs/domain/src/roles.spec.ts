import { isRole, ROLE_LABELS, roleLabel, ROLES } from './roles';

describe('roles', () => {
  it('recognises each role and nothing else', () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole('head_of_send')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('names roles as the partnership knows them', () => {
    expect(ROLES.map(roleLabel)).toEqual([
      'Administrator',
      'Plan manager (Head of SEND)',
      'Moderator (Service Director)',
      'Action owner',
      'Board member',
      'Scrutiny member',
      'Viewer',
      'Adviser (DfE or NHS England)',
      'School SENCO',
    ]);
    expect(Object.keys(ROLE_LABELS)).toEqual([...ROLES]);
  });
});
