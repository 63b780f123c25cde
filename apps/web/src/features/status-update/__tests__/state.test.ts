import { ownersNotReported } from '../state';

const action = (id: string, reference: string, owner: string | null, deliveryStatus = 'on_track') => ({
  id,
  reference,
  title: `Action ${reference}`,
  deliveryStatus,
  ownerPerson: owner ? { id: owner, name: owner } : null,
  ownerOrganisation: { name: 'Council' },
});

describe('owners who have not yet reported', () => {
  it('lists each owner with the open actions that have no submitted or approved update', () => {
    const actions = [action('a', '1.2', 'Head of SEND'), action('b', '1.10', 'Head of SEND'), action('c', '2.1', 'ICB lead'), action('d', '3.1', 'ICB lead', 'complete')];
    const updates = [
      { actionId: 'a', state: 'draft' as const },
      { actionId: 'c', state: 'submitted' as const },
    ];
    expect(ownersNotReported(actions, updates)).toEqual([
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
    expect(ownersNotReported([action('a', '1.1', 'X')], [{ actionId: 'a', state: 'approved' }])).toEqual([]);
  });
});
