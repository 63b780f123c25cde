import { facet, filterActions, flagCount, readFilters } from '../filters';
import { makeAction } from './fixtures';

const council = { id: 'org-1', name: 'Council' };
const icb = { id: 'org-2', name: 'ICB' };
const actions = [
  makeAction({ id: 'a', ownerOrganisation: council, deliveryStatus: 'off_track', overdue: true }),
  makeAction({ id: 'b', ownerOrganisation: council, deliveryStatus: 'on_track' }),
  makeAction({ id: 'c', ownerOrganisation: icb, deliveryStatus: 'off_track', priorityAreaId: 'area-2', priorityNumber: 2 }),
];

describe('delivery view filters', () => {
  it('reads filters from the address, ignoring values that are not statuses', () => {
    expect(readFilters(new URLSearchParams('status=purple&overdue=true&organisation=org-1'))).toEqual({
      organisation: 'org-1',
      overdue: true,
      owner: undefined,
      priority: undefined,
      status: undefined,
      stale: undefined,
    });
  });

  it('combines filters', () => {
    expect(filterActions(actions, { organisation: 'org-1', status: 'off_track' }).map((a) => a.id)).toEqual(['a']);
    expect(filterActions(actions, { stale: true }, new Set(['b'])).map((a) => a.id)).toEqual(['b']);
  });

  it('counts each option given the other filters, never its own', () => {
    const filters = { status: 'off_track' as const };
    expect(facet(actions, filters, 'organisation')).toEqual([
      { value: 'org-1', label: 'Council', count: 1 },
      { value: 'org-2', label: 'ICB', count: 1 },
    ]);
    // The status facet ignores the status filter itself, and lists every status in BRAG order.
    expect(facet(actions, { organisation: 'org-1' }, 'status').map((o) => [o.label, o.count])).toEqual([
      ['Not started', 0],
      ['On track', 1],
      ['At risk', 0],
      ['Off track', 1],
      ['Complete', 0],
    ]);
    expect(flagCount(actions, { organisation: 'org-2' }, 'overdue')).toBe(0);
    expect(flagCount(actions, {}, 'overdue')).toBe(1);
  });
});
