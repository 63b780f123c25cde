import type { Action } from '../api';

let n = 0;
export function makeAction(overrides: Partial<Action> = {}): Action {
  n += 1;
  return {
    id: `action-${n}`,
    planId: 'plan-1',
    priorityAreaId: 'area-1',
    priorityNumber: 1,
    reference: `1.${n}`,
    title: `Action ${n}`,
    description: '',
    ownerOrganisation: { id: 'org-1', name: 'Council' },
    ownerPerson: { id: 'person-1', name: 'Head of SEND', jobTitle: null },
    partners: [],
    startDate: '2024-01-01',
    dueDate: '2099-01-01',
    deliveryStatus: 'on_track',
    deliveryStatusLabel: 'On track',
    impactStatus: 'not_yet_complete',
    impactStatusLabel: 'Not yet fully completed',
    overdue: false,
    archivedAt: null,
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...overrides,
  };
}
