import type { DeliveryStatus, UpdateState } from '@send/domain';
import { ownersNotReported } from '../state';

const progress = (id: string, reference: string, owner: string | null, updateState: UpdateState | 'missing', deliveryStatus: DeliveryStatus = 'on_track') => ({
  action: { id, reference, title: `Action ${reference}`, priorityNumber: 1, dueDate: null },
  deliveryStatus,
  updateState,
  ownerPerson: owner ? { id: owner, name: owner } : null,
  ownerOrganisation: { id: 'c', name: 'Council' },
});

describe('owners who have not yet reported', () => {
  it('lists each owner with the open actions that have no submitted or approved update, from the period\u2019s progress', () => {
    const found = ownersNotReported([
      progress('a', '1.2', 'Head of SEND', 'draft'),
      progress('b', '1.10', 'Head of SEND', 'missing'),
      progress('c', '2.1', 'ICB lead', 'submitted'),
      progress('d', '3.1', 'ICB lead', 'missing', 'complete'),
    ]);
    expect(found).toEqual([
      {
        owner: 'Head of SEND',
        organisation: 'Council',
        actions: [
          { id: 'a', reference: '1.2', title: 'Action 1.2', state: 'draft' },
          { id: 'b', reference: '1.10', title: 'Action 1.10', state: null },
        ],
      },
    ]);
  });

  it('is empty when everyone has reported', () => {
    expect(ownersNotReported([progress('a', '1.1', 'X', 'approved')])).toEqual([]);
  });
});
