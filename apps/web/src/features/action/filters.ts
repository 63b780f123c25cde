import { DELIVERY_STATUS_INFO, DELIVERY_STATUSES, isDeliveryStatus, type DeliveryStatus } from '@send/domain';
import type { Action } from './api';

export interface ActionFilters {
  owner?: string;
  organisation?: string;
  priority?: string;
  status?: DeliveryStatus;
  overdue?: boolean;
  stale?: boolean;
}

export type FilterKey = keyof ActionFilters;

export function readFilters(params: URLSearchParams): ActionFilters {
  const status = params.get('status');
  return {
    owner: params.get('owner') || undefined,
    organisation: params.get('organisation') || undefined,
    priority: params.get('priority') || undefined,
    status: isDeliveryStatus(status) ? status : undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    stale: params.get('stale') === 'true' || undefined,
  };
}

export function writeFilters(filters: ActionFilters): Record<string, string | undefined> {
  return {
    owner: filters.owner,
    organisation: filters.organisation,
    priority: filters.priority,
    status: filters.status,
    overdue: filters.overdue ? 'true' : undefined,
    stale: filters.stale ? 'true' : undefined,
  };
}

function matches(a: Action, f: ActionFilters, staleIds: ReadonlySet<string>, skip?: FilterKey): boolean {
  if (skip !== 'owner' && f.owner && a.ownerPerson?.id !== f.owner) return false;
  if (skip !== 'organisation' && f.organisation && a.ownerOrganisation?.id !== f.organisation) return false;
  if (skip !== 'priority' && f.priority && a.priorityAreaId !== f.priority) return false;
  if (skip !== 'status' && f.status && a.deliveryStatus !== f.status) return false;
  if (skip !== 'overdue' && f.overdue && !a.overdue) return false;
  if (skip !== 'stale' && f.stale && !staleIds.has(a.id)) return false;
  return true;
}

export function filterActions(actions: readonly Action[], f: ActionFilters, staleIds: ReadonlySet<string> = new Set()): Action[] {
  return actions.filter((a) => matches(a, f, staleIds));
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/**
 * The options of one filter with how many actions each would show, given the other filters
 * (so a count never promises results the other choices rule out). Options are sorted by label,
 * statuses in BRAG order.
 */
export function facet(actions: readonly Action[], f: ActionFilters, key: 'owner' | 'organisation' | 'priority' | 'status', staleIds: ReadonlySet<string> = new Set()): FacetOption[] {
  const pool = actions.filter((a) => matches(a, f, staleIds, key));
  const options = new Map<string, FacetOption>();
  const add = (value: string | undefined, label: string) => {
    if (!value) return;
    const o = options.get(value) ?? { value, label, count: 0 };
    o.count += 1;
    options.set(value, o);
  };
  if (key === 'status') {
    for (const s of DELIVERY_STATUSES) options.set(s, { value: s, label: DELIVERY_STATUS_INFO[s].label, count: 0 });
  }
  for (const a of pool) {
    if (key === 'owner') add(a.ownerPerson?.id, a.ownerPerson?.name ?? '');
    if (key === 'organisation') add(a.ownerOrganisation?.id, a.ownerOrganisation?.name ?? '');
    if (key === 'priority') add(a.priorityAreaId, a.priorityNumber !== null ? `Priority ${a.priorityNumber}` : 'Priority area');
    if (key === 'status') add(a.deliveryStatus, DELIVERY_STATUS_INFO[a.deliveryStatus].label);
  }
  const list = [...options.values()];
  if (key === 'status') return list;
  const collator = new Intl.Collator('en-GB', { numeric: true });
  return list.sort((a, b) => collator.compare(a.label, b.label));
}

/** How many actions the overdue or stale box would leave, given the other filters. */
export function flagCount(actions: readonly Action[], f: ActionFilters, key: 'overdue' | 'stale', staleIds: ReadonlySet<string> = new Set()): number {
  return actions.filter((a) => matches(a, f, staleIds, key) && (key === 'overdue' ? a.overdue : staleIds.has(a.id))).length;
}
