import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '@send/domain';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { usePageTitle } from '@/components/ui/misc';
import { formatDate } from '@/lib/format';
import { NARROW_SCREEN, useMediaQuery } from '@/lib/use-media-query';
import { usePlanActions } from '@/features/action/api';
import { ExceptionsTable } from '@/features/action/components/exceptions-table';
import { findExceptions } from '@/features/action/exceptions';
import { useMeasureDetails, usePlanMeasures } from '@/features/measure/api';
import { MeasureTiles } from '@/features/measure/components/measure-tile';
import { paths } from '@/config/paths';
import { Link } from 'react-router';
import { useCurrentPlan, usePlanSummary } from '../api';
import { PriorityAreaList } from '../components/priority-area-list';
import { BragByPriority, DeliverySplit, HeadlineFigures, ImpactSplit } from '../components/summary-charts';

export function DashboardRoute() {
  usePageTitle('Improvement Board dashboard');
  const [params] = useSearchParams();
  const asAt = params.get('asAt') ?? undefined;
  const current = useCurrentPlan();
  const plan = current.plan;
  const summary = usePlanSummary(plan?.id, asAt);
  const actions = usePlanActions(asAt ? undefined : plan?.id);
  const compact = useMediaQuery(NARROW_SCREEN);
  const measures = usePlanMeasures(plan?.id);
  const measureDetails = useMeasureDetails(measures.data?.map((m) => m.id) ?? []);
  const details = new Map(measureDetails.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));
  const exceptions = useMemo(() => (actions.data ? findExceptions(actions.data, todayIso()) : []), [actions.data]);

  if (current.isPending) return <Loading label="Loading the dashboard" />;
  if (current.error) return <ErrorState error={current.error} onRetry={() => void current.refetch()} heading />;
  if (!plan) return <h1 className="govuk-heading-l">There is no plan yet</h1>;

  return (
    <>
      <span className="govuk-caption-l">Improvement Board dashboard</span>
      <h1 className="govuk-heading-l">{plan.title}</h1>
      <QueryState query={summary} loadingLabel="Loading the plan's figures">
        {(s) => (
          <>
            <p className="govuk-body-l">
              {asAt ? `As at ${formatDate(s.asAt)}` : `Today, ${formatDate(s.asAt)}`}: {s.actions} actions in {s.priorities.length} priority areas.
            </p>
            <HeadlineFigures summary={s} />
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <ImpactSplit summary={s} />
              </div>
              <div className="govuk-grid-column-one-half">
                <DeliverySplit summary={s} />
              </div>
            </div>
            <BragByPriority summary={s} compact={compact} />
          </>
        )}
      </QueryState>

      <h2 className="govuk-heading-l">Measures</h2>
      <QueryState query={measures} loadingLabel="Loading the measures">
        {(list) =>
          list.length === 0 ? (
            <p className="govuk-body">This plan has no measures yet.</p>
          ) : (
            <>
              <MeasureTiles measures={list} details={details} />
              <p className="govuk-body">
                <Link className="govuk-link" to={paths.measures.getHref()}>
                  See every measure with its chart and figures
                </Link>
              </p>
            </>
          )
        }
      </QueryState>

      <h2 className="govuk-heading-l" id="exceptions">
        Exceptions
      </h2>
      <p className="govuk-body">Actions that are off track, overdue, without a recent approved update, or whose status contradicts their dates.</p>
      <QueryState query={actions} loadingLabel="Loading the exceptions">
        {() => <ExceptionsTable exceptions={exceptions} caption={`${exceptions.length} actions need attention`} />}
      </QueryState>

      <h2 className="govuk-heading-l">Priority areas</h2>
      <QueryState query={summary} loadingLabel="Loading the priority areas">
        {(s) => <PriorityAreaList areas={plan.priorityAreas} summary={s} />}
      </QueryState>
    </>
  );
}

export default DashboardRoute;
