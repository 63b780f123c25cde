import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isDeliveryStatus } from '@send/domain';
import { Select } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import type { Action } from '../api';
import { facet, flagCount, type ActionFilters } from '../filters';

const withCount = (o: { value: string; label: string; count: number }) => ({ value: o.value, label: `${o.label} (${o.count})` });

/**
 * Filters for the delivery view. Every option shows how many actions it would leave. Choices
 * are applied with the button (a select that reloads on change would move keyboard users on).
 */
export function ActionFiltersForm({
  actions,
  filters,
  staleIds,
  staleKnown,
  onApply,
}: {
  actions: readonly Action[];
  filters: ActionFilters;
  staleIds: ReadonlySet<string>;
  staleKnown: boolean;
  onApply: (filters: ActionFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="filters-heading">
      <h2 className="govuk-heading-m" id="filters-heading">
        Filter actions
      </h2>
      <Select
        id="filter-owner"
        label="Owner"
        value={draft.owner ?? ''}
        onChange={(e) => setDraft({ ...draft, owner: e.target.value || undefined })}
        placeholder="Any owner"
        options={facet(actions, filters, 'owner', staleIds).map(withCount)}
      />
      <Select
        id="filter-organisation"
        label="Organisation"
        value={draft.organisation ?? ''}
        onChange={(e) => setDraft({ ...draft, organisation: e.target.value || undefined })}
        placeholder="Any organisation"
        options={facet(actions, filters, 'organisation', staleIds).map(withCount)}
      />
      <Select
        id="filter-priority"
        label="Priority area"
        value={draft.priority ?? ''}
        onChange={(e) => setDraft({ ...draft, priority: e.target.value || undefined })}
        placeholder="Any priority area"
        options={facet(actions, filters, 'priority', staleIds).map(withCount)}
      />
      <Select
        id="filter-status"
        label="Delivery status"
        value={draft.status ?? ''}
        onChange={(e) => setDraft({ ...draft, status: isDeliveryStatus(e.target.value) ? e.target.value : undefined })}
        placeholder="Any status"
        options={facet(actions, filters, 'status', staleIds).map(withCount)}
      />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show only</legend>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="filter-overdue"
                type="checkbox"
                checked={!!draft.overdue}
                onChange={(e) => setDraft({ ...draft, overdue: e.target.checked || undefined })}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-overdue">
                Overdue ({flagCount(actions, filters, 'overdue', staleIds)})
              </label>
            </div>
            {staleKnown && (
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="filter-stale"
                  type="checkbox"
                  checked={!!draft.stale}
                  onChange={(e) => setDraft({ ...draft, stale: e.target.checked || undefined })}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-stale">
                  Stale: no approved update for over two periods ({flagCount(actions, filters, 'stale', staleIds)})
                </label>
              </div>
            )}
          </div>
        </fieldset>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to={paths.delivery.getHref()} onClick={() => setDraft({})}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
