import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { isIsoDate, todayIso } from '@send/domain';
import { Select } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { formatDate } from '@/lib/format';
import { NARROW_SCREEN, useMediaQuery } from '@/lib/use-media-query';
import { ExceptionsTable } from '@/features/action/components/exceptions-table';
import { usePlanExceptions } from '@/features/action/exceptions';
import { useMeasureDetails, usePlanMeasures } from '@/features/measure/api';
import { MeasureTiles } from '@/features/measure/components/measure-tile';
import { usePeriods } from '@/features/status-update/api';
import { useReadiness } from '@/features/inspection/api';
import { ReadinessHeadline } from '@/features/inspection/components/readiness-headline';
import { useDecisions, useMeetings, useMeetingsPacks } from '@/features/governance/api';
import { boardBefore, pastBoards } from '@/features/status-update/state';
import { UnansweredVoiceFigure } from '@/features/voice/components/voice-figure';
import { useCurrentPlan, usePlanChanges, usePlanSummary } from '../api';
import { ChairSummary } from '../components/chair-summary';
import { ChangesSince } from '../components/changes-since';
import { PriorityAreaList } from '../components/priority-area-list';
import { BragByPriority, CriticalReviewSplit, DeliverySplit, HeadlineFigures, ImpactSplit } from '../components/summary-charts';

/** A select of past board dates: the dashboard as it stood at each board. */
function BoardDatePicker({ boards, asAt }: { boards: { boardDate: string; title: string }[]; asAt: string | undefined }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [value, setValue] = useState(asAt ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Keeps the plan named in the address, if any.
    const planId = params.get('plan');
    void navigate(planId ? paths.planDashboard.getHref(planId, value || undefined) : paths.home.getHref(value || undefined));
  };
  return (
    <form onSubmit={submit} className="app-inline-form" noValidate>
      <Select
        id="asAt"
        label="Show the dashboard as at"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        options={[{ value: '', label: 'Today' }, ...boards.map((b) => ({ value: b.boardDate, label: `${b.title} (${formatDate(b.boardDate)})` }))]}
        className="app-inline-form__field"
      />
      <button type="submit" className="govuk-button govuk-button--secondary app-inline-form__button">
        Show
      </button>
    </form>
  );
}

export function DashboardRoute() {
  usePageTitle('Improvement Board dashboard');
  const [params] = useSearchParams();
  const requested = params.get('asAt');
  const asAt = requested && isIsoDate(requested) ? requested : undefined;
  const today = todayIso();
  const day = asAt ?? today;

  const current = useCurrentPlan(params.get('plan'));
  const plan = current.plan;
  const summary = usePlanSummary(plan?.id, asAt);
  const periods = usePeriods(plan?.id);
  const periodList = periods.data?.items ?? [];
  const lastBoard = boardBefore(periodList, day);
  const changes = usePlanChanges(plan?.id, lastBoard?.boardDate, day);
  // Exceptions as the API judges them for the day shown: the list a pack cut that day carries.
  const exceptions = usePlanExceptions(plan?.id, asAt);
  // As at a past date, the measures as they stood then: values recorded later are left out.
  const measures = usePlanMeasures(plan?.id, undefined, asAt);
  const measureDetails = useMeasureDetails(measures.data?.map((m) => m.id) ?? [], asAt);
  const details = new Map(measureDetails.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));
  const compact = useMediaQuery(NARROW_SCREEN);
  // Findings of the inspection and how ready the plan is to show it has answered them, as at the day shown
  // (everyone who reads the dashboard reads them: readPlan and readInspections go to the same roles).
  const readiness = useReadiness(plan?.id, asAt);
  // The chair's summary: open decisions and the next Improvement Board after the day shown, with its pack.
  const decisions = useDecisions({ planId: plan?.id ?? '', status: 'open', ...(asAt ? { asAt } : {}) });
  const upcoming = useMeetings({ planId: plan?.id ?? '', from: day, order: 'asc', pageSize: 20 });
  const nextBoard = upcoming.data ? (upcoming.data.items.find((m) => m.body.kind === 'improvement_board') ?? null) : undefined;
  const nextBoardPacks = useMeetingsPacks(nextBoard ? [nextBoard.id] : [])[0]?.data?.items;

  if (current.isPending) return <Loading label="Loading the dashboard" />;
  if (current.error) return <ErrorState error={current.error} onRetry={() => void current.refetch()} heading />;
  if (!plan) return <h1 className="govuk-heading-l">There is no plan yet</h1>;

  return (
    <>
      <span className="govuk-caption-l">Improvement Board dashboard</span>
      <h1 className="govuk-heading-l">{plan.title}</h1>
      {periodList.length > 0 && <BoardDatePicker key={asAt ?? 'today'} boards={pastBoards(periodList, today)} asAt={asAt} />}
      <ChairSummary
        day={day}
        exceptions={exceptions.data}
        measures={measures.data}
        openDecisions={decisions.data}
        nextBoard={nextBoard}
        nextBoardPacks={nextBoardPacks}
      />
      <QueryState query={summary} loadingLabel="Loading the plan's figures">
        {(s) => (
          <>
            <p className="govuk-body-l" role="status">
              {asAt ? `As at ${formatDate(asAt)}` : `Today, ${formatDate(s.asAt)}`}: {s.actions} actions in {s.priorities.length} priority areas.
            </p>
            <HeadlineFigures summary={s} />
            <CriticalReviewSplit review={s.latestCriticalReview} />
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <ImpactSplit
                  summary={s}
                  title={asAt ? `Impact status on ${formatDate(asAt)}` : 'Impact status today'}
                  basis="The actions' official statuses, from approved updates."
                />
              </div>
              <div className="govuk-grid-column-one-half">
                <DeliverySplit summary={s} />
              </div>
            </div>
            <BragByPriority summary={s} compact={compact} />
          </>
        )}
      </QueryState>

      <h2 className="govuk-heading-l">Inspection readiness</h2>
      <QueryState query={readiness} loadingLabel="Loading the inspection findings">
        {(r) => <ReadinessHeadline readiness={r} asAt={asAt} planId={params.get('plan') ?? undefined} />}
      </QueryState>

      <h2 className="govuk-heading-l">Measures</h2>
      <QueryState query={measures} loadingLabel="Loading the measures">
        {(list) =>
          list.length === 0 ? (
            <p className="govuk-body">This plan has no measures yet.</p>
          ) : (
            <>
              <p className="govuk-body">{asAt ? `The latest values known on ${formatDate(asAt)}, judged on that day.` : 'The latest values, judged today.'}</p>
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

      <h2 className="govuk-heading-l">You said, we did</h2>
      <UnansweredVoiceFigure planId={plan.id} />

      <h2 className="govuk-heading-l">What changed since the last board</h2>
      {periods.isPending ? (
        <Loading label="Loading the reporting periods" />
      ) : periods.isError ? (
        <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />
      ) : !lastBoard ? (
        <p className="govuk-body">No board has met before this date.</p>
      ) : (
        <>
          <p className="govuk-body">
            Since{' '}
            <Link className="govuk-link" to={paths.meeting.getHref(lastBoard.meetingId)}>
              the board of {formatDate(lastBoard.boardDate)}
            </Link>
            .
          </p>
          <QueryState query={changes} loadingLabel="Loading what changed">
            {(c) => <ChangesSince changes={c} />}
          </QueryState>
        </>
      )}

      <h2 className="govuk-heading-l" id="exceptions">
        Exceptions
      </h2>
      <QueryState query={exceptions} loadingLabel="Loading the exceptions">
        {(e) => (
          <>
            <p className="govuk-body">Actions that need attention{asAt ? `, as they stood on ${formatDate(asAt)}` : ''}:</p>
            <ul className="govuk-list govuk-list--bullet">
              <li>off track</li>
              <li>overdue</li>
              <li>not complete, with no approved update for over two reporting periods{e.period ? ` (as tracked for ${e.period.title})` : ''}</li>
              <li>with a status that contradicts their dates, milestones or evidence</li>
            </ul>
            <p className="govuk-body">A board pack cut on the same day lists the same.</p>
            <ExceptionsTable exceptions={e.items} caption={`${e.items.length} actions need attention`} />
          </>
        )}
      </QueryState>

      <h2 className="govuk-heading-l">Priority areas</h2>
      <QueryState query={summary} loadingLabel="Loading the priority areas">
        {(s) => <PriorityAreaList areas={plan.priorityAreas} summary={s} />}
      </QueryState>
    </>
  );
}

/** Scrutiny members may read reports and published packs, not the live plan: their home is the reports page. */
function HomeRoute() {
  const me = useMe();
  // A school's SENCO reads their school's SEND review only: their home is the schools page.
  if (me.data && !hasPolicy(me.data, 'readPlan')) return <Navigate to={hasPolicy(me.data, 'readReports') ? paths.reports.getHref() : paths.schools.getHref()} replace />;
  return <DashboardRoute />;
}

export default HomeRoute;
