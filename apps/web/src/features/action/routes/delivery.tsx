import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/ui/misc';
import { Empty, ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { useCurrentPlan } from '@/features/plan/api';
import { usePlanActions } from '../api';
import { ActionFiltersForm } from '../components/action-filters';
import { ActionsTable } from '../components/actions-table';
import { filterActions, readFilters, writeFilters } from '../filters';

const NO_STALE: ReadonlySet<string> = new Set();

export function DeliveryRoute() {
  usePageTitle('Delivery view');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const current = useCurrentPlan();
  const actions = usePlanActions(current.plan?.id);
  const staleIds = NO_STALE;
  const shown = useMemo(() => (actions.data ? filterActions(actions.data, filters, staleIds) : []), [actions.data, params]); // eslint-disable-line react-hooks/exhaustive-deps

  if (current.isPending) return <Loading label="Loading the delivery view" />;
  if (current.error) return <ErrorState error={current.error} heading />;

  return (
    <>
      <span className="govuk-caption-l">Strategic Delivery Group</span>
      <h1 className="govuk-heading-l">Delivery view</h1>
      <QueryState query={actions} loadingLabel="Loading the actions">
        {(all) => (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-third">
              <ActionFiltersForm
                key={params.toString()}
                actions={all}
                filters={filters}
                staleIds={staleIds}
                staleKnown={false}
                onApply={(f) => {
                  const next = new URLSearchParams();
                  for (const [k, v] of Object.entries(writeFilters(f))) if (v) next.set(k, v);
                  setParams(next);
                }}
              />
            </div>
            <div className="govuk-grid-column-two-thirds">
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                Showing {shown.length} of {all.length} actions
              </p>
              {shown.length === 0 ? (
                <Empty>No actions match these filters. Clear or change the filters to see more.</Empty>
              ) : (
                <ActionsTable actions={shown} caption="Actions" />
              )}
            </div>
          </div>
        )}
      </QueryState>
    </>
  );
}

export default DeliveryRoute;
