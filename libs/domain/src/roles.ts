/** What a person may do in the product; access rules live in the API's services. */
export const ROLES = ['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member', 'scrutiny', 'viewer', 'adviser', 'school_senco'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  plan_manager: 'Plan manager (Head of SEND)',
  moderator: 'Moderator (Service Director)',
  action_owner: 'Action owner',
  board_member: 'Board member',
  scrutiny: 'Scrutiny member',
  viewer: 'Viewer',
  adviser: 'Adviser (DfE or NHS England)',
  school_senco: 'School SENCO',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
