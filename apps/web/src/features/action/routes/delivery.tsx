import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/ui/misc';
import { Empty, ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { Can } from '@/features/auth/components/require-policy';
import { useCurrentPlan } from '@/features/plan/api';
import { usePeriodProgress, usePeriods, usePeriodUpdates } from '@/features/status-update/api';
import { ModerationQueue } from '@/features/status-update/components/moderation-queue';
import { NotReported } from '@/features/status-update/components/not-reported';
import { currentOf, ownersNotReported } from '@/features/status-update/state';
import { usePlanActions } from '../api';
import { idsWithReason, usePlanExceptions } from '../exceptions';
import { ActionFiltersForm } from '../components/action-filters';
import { ActionsTable } from '../components/actions-table';
import { filterActions, readFilters, writeFilters } from '../filters';
import { PeriodDates } from '@/features/status-update/components/period-dates';

export function DeliveryRoute() {
  usePageTitle('Delivery view');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const current = useCurrentPlan();
  const actions = usePlanActions(current.plan?.id);
  const periods = usePeriods(current.plan?.id);
  const period = currentOf(periods.data);
  const periodUpdates = usePeriodUpdates(current.plan?.id, period?.id);
  const progress = usePeriodProgress(current.plan?.id, period?.id);
  // Stale as the exceptions judge it: the same list as the dashboard and the board pack.
  const exceptions = usePlanExceptions(current.plan?.id);
  const staleIds = useMemo(() => idsWithReason(exceptions.data, 'stale'), [exceptions.data]);
  const shown = useMemo(() => (actions.data ? filterActions(actions.data, filters, staleIds) : []), [actions.data, params, staleIds]); // eslint-disable-line react-hooks/exhaustive-deps -- filters is read from params on every render, so params is the dependency

  if (current.isPending) return <Loading label="Loading the delivery view" />;
  if (current.error) return <ErrorState error={current.error} heading />;

  return (
    <>
      <span className="govuk-caption-l">Strategic Delivery Group</span>
      <h1 className="govuk-heading-l">Delivery view</h1>
      <QueryState query={actions} loadingLabel="Loading the actions">
        {(all) => (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-quarter">
              <ActionFiltersForm
                key={params.toString()}
                actions={all}
                filters={filters}
                staleIds={staleIds}
                staleKnown={!!exceptions.data}
                onApply={(f) => {
                  const next = new URLSearchParams();
                  for (const [k, v] of Object.entries(writeFilters(f))) if (v) next.set(k, v);
                  setParams(next);
                }}
              />
            </div>
            <div className="govuk-grid-column-three-quarters">
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                Showing {shown.length} of {all.length} actions
              </p>
              {shown.length === 0 ? (
                <Empty>No actions match these filters. Clear or change the filters to see more.</Empty>
              ) : (
                <ActionsTable actions={shown} caption="Actions" dense />
              )}
            </div>
          </div>
        )}
      </QueryState>

      <h2 className="govuk-heading-l govuk-!-margin-top-6">Reporting{period ? `: ${period.title}` : ''}</h2>
      <QueryState query={periods} loadingLabel="Loading the reporting period">
        {() =>
          !period ? (
            <Empty>No reporting period is open.</Empty>
          ) : (
            <>
              <p className="govuk-body">
                <PeriodDates period={period} />
              </p>
              <QueryState query={periodUpdates} loadingLabel="Loading the updates for this period">
                {(updates) => (
                  <>
                    <Can policy="moderate">
                      <h3 className="govuk-heading-m">Moderation queue</h3>
                      <ModerationQueue updates={updates} />
                    </Can>
                    <h3 className="govuk-heading-m">Owners who have not yet reported</h3>
                    {actions.data && <NotReported owners={ownersNotReported(actions.data, updates)} periodTitle={period.title} />}
                    {progress.data && (
                      <p className="govuk-body">
                        For {period.title}: {progress.data.counts.approved} approved, {progress.data.counts.submitted} awaiting moderation,{' '}
                        {progress.data.counts.draft} in draft or returned, {progress.data.counts.missing} with no update yet;{' '}
                        {progress.data.counts.stale} stale.
                      </p>
                    )}
                  </>
                )}
              </QueryState>
            </>
          )
        }
      </QueryState>
    </>
  );
}

export default DeliveryRoute;
