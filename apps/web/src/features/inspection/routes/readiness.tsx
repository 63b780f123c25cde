import { Link, useSearchParams } from 'react-router';
import { isIsoDate } from '@send/domain';
import { Breadcrumbs, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { formatDate, plural } from '@/lib/format';
import { useCurrentPlan } from '@/features/plan/api';
import { useReadiness, type Readiness, type ReadinessFinding } from '../api';
import { FindingReadiness, ReadinessCounts } from '../components/readiness-findings';

type Show = 'all' | 'without-impact-evidence' | 'with-gaps';

const SHOWS: { show: Show; label: (r: Readiness) => string; keep: (f: ReadinessFinding) => boolean }[] = [
  { show: 'all', label: (r) => `All findings (${r.findings.length})`, keep: () => true },
  { show: 'without-impact-evidence', label: (r) => `Without evidence of impact (${r.findingsWithoutImpactEvidence})`, keep: (f) => !f.impactEvidenced },
  { show: 'with-gaps', label: (r) => `With something missing (${r.findingsWithGaps})`, keep: (f) => f.gaps.length > 0 },
];

function ShowLinks({ readiness, show, asAt, planId }: { readiness: Readiness; show: Show; asAt?: string; planId?: string }) {
  return (
    <nav aria-label="Which findings to show">
      <ul className="govuk-list app-inline-list">
        {SHOWS.map((s) => (
          <li key={s.show}>
            {s.show === show ? (
              <strong aria-current="page">{s.label(readiness)}</strong>
            ) : (
              <Link className="govuk-link" to={paths.readiness.getHref({ show: s.show === 'all' ? undefined : s.show, asAt, plan: planId })}>
                {s.label(readiness)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ReadinessRoute() {
  usePageTitle('Inspection readiness');
  const [params] = useSearchParams();
  const requested = params.get('asAt');
  const asAt = requested && isIsoDate(requested) ? requested : undefined;
  const show: Show = SHOWS.find((s) => s.show === params.get('show'))?.show ?? 'all';
  const current = useCurrentPlan(params.get('plan'));
  const readiness = useReadiness(current.plan?.id, asAt);

  if (current.isPending) return <Loading label="Loading the plan" />;
  if (current.error) return <ErrorState error={current.error} onRetry={() => void current.refetch()} heading />;
  if (!current.plan) return <h1 className="govuk-heading-l">There is no plan yet</h1>;
  const planId = params.get('plan') ?? undefined;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Dashboard', to: paths.home.getHref(asAt) }, { label: 'Inspection readiness' }]} />
      <span className="govuk-caption-l">{current.plan.title}</span>
      <h1 className="govuk-heading-l">Inspection readiness</h1>
      <QueryState query={readiness} loadingLabel="Loading the findings" heading>
        {(r) => {
          const filter = SHOWS.find((s) => s.show === show)!;
          const shown = r.findings.filter(filter.keep);
          return (
            <>
              <p className="govuk-body-l" role="status">
                {asAt ? `As at ${formatDate(asAt)}` : `Today, ${formatDate(r.asAt)}`}: {plural(r.findings.length, 'finding')} to answer,{' '}
                {r.findingsWithoutImpactEvidence} without evidence of impact.
              </p>
              {r.inspections.length === 0 ? (
                <p className="govuk-body">No inspection is recorded for this plan{asAt ? ' by this date' : ''}.</p>
              ) : (
                r.inspections.map((i) => (
                  <div className="govuk-inset-text" key={i.id}>
                    <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                      {i.kindLabel}, {formatDate(i.date)}
                    </p>
                    {i.outcome && <p className="govuk-body govuk-!-margin-bottom-1">Outcome: {i.outcome}</p>}
                    {i.reportUrl && (
                      <p className="govuk-body govuk-!-margin-bottom-1">
                        <a className="govuk-link" href={i.reportUrl} rel="noreferrer noopener" target="_blank">
                          The published report (opens in a new tab)
                        </a>
                      </p>
                    )}
                    {i.sourceNote && <p className="govuk-body-s govuk-!-margin-bottom-0">Source: {i.sourceNote}</p>}
                  </div>
                ))
              )}
              <p className="govuk-body">
                Each finding is judged from the actions that answer it: no action answers it; work in progress while any is not
                complete; delivered, with impact not yet evidenced; or impact evidenced, once every action is complete and at least one has
                evidence of its impact on children and young people. Findings with something missing come first.
              </p>
              <ReadinessCounts readiness={r} />
              <ShowLinks readiness={r} show={show} asAt={asAt} planId={planId} />
              {shown.length === 0 ? (
                <p className="govuk-body">No finding to show here.</p>
              ) : (
                shown.map((f) => <FindingReadiness key={f.id} finding={f} />)
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

export default ReadinessRoute;
