import { Link } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NotificationBanner, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { DataTable } from '@/components/ui/sortable-table';
import { paths } from '@/config/paths';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useCurrentPlan } from '@/features/plan/api';
import { formatDateTime, plural } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { usePublicSummaryOverview, usePublishSummary } from '../api';
import { SummaryView } from '../components/summary-view';

/** A plan manager previews what the public summary would say now, and publishes it as a new version. */
function PublishSummaryRoute() {
  usePageTitle('Public summary');
  const current = useCurrentPlan();
  const overview = usePublicSummaryOverview(current.plan?.id);
  const publish = usePublishSummary(current.plan?.id ?? '');
  const errors = toFormErrors(publish.error, []);
  if (current.isPending) return <Loading label="Loading the plan" />;
  if (current.error) return <ErrorState error={current.error} heading />;
  if (!current.plan) return <h1 className="govuk-heading-l">There is no plan yet</h1>;
  return (
    <>
      <span className="govuk-caption-l">{current.plan.title}</span>
      <h1 className="govuk-heading-l">Public summary</h1>
      <p className="govuk-body">
        The public summary is an easy-read page anyone can open without signing in. It gives counts and plain sentences only: never a person&apos;s name,
        a draft, risks, evidence or case audits. What you publish is kept as it is until you publish again.
      </p>
      {publish.isSuccess && (
        <NotificationBanner success title="Success">
          Version {publish.data.versionNumber} is published.{' '}
          <Link className="govuk-link" to={paths.publicSummary.getHref(publish.data.content.localArea.slug)}>
            Open the public page
          </Link>
        </NotificationBanner>
      )}
      <ErrorSummary errors={errors.summary} description={errors.general} />
      <QueryState query={overview} loadingLabel="Loading the public summary">
        {(o) => (
          <>
            {o.versions.length === 0 ? (
              <p className="govuk-body">Nothing has been published yet.</p>
            ) : (
              <DataTable
                caption={plural(o.versions.length, 'published version')}
                head={['Version', 'Published', 'By']}
                numericFrom={99}
                rows={o.versions.map((v) => [String(v.versionNumber), formatDateTime(v.publishedAt), v.publishedBy.label])}
              />
            )}
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.publicSummary.getHref(o.preview.localArea.slug)}>
                The public page for {o.preview.localArea.name}
              </Link>
            </p>
            <button type="button" className="govuk-button" disabled={publish.isPending} onClick={() => publish.mutate()}>
              Publish this summary
            </button>
            <h2 className="govuk-heading-m">What would be published now</h2>
            <div className="app-public-preview">
              <SummaryView content={o.preview} headingLevel={3} />
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}

export default function PublishSummaryPage() {
  return (
    <RequirePolicy policy="publishPublicSummary">
      <PublishSummaryRoute />
    </RequirePolicy>
  );
}
