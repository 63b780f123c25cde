import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { todayIso } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, splitIsoDate } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { Empty, ErrorState, Loading } from '@/components/ui/page-state';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/format';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { PublishedReadinessPacks } from '@/features/inspection/components/readiness-pack';
import { boardPackHref, usePublishedPacks } from '../api';
import { formatFileSize, parseAsAt, reportHref, type ReportFile } from '../governance';
import { useGovernancePlanId } from './use-governance-plan';

interface Download {
  file: ReportFile;
  link: string;
  type: string;
  contains: string;
}

const PROGRESS: Download[] = [
  {
    file: 'progress.docx',
    link: 'Download the progress report (Word, .docx)',
    type: 'Word document',
    contains: 'The progress report for scrutiny: an overview, the critical review of progress by impact category, then each priority area with its progress, latest approved updates, actions and measures, and a conclusion. Editable in Word.',
  },
  {
    file: 'progress.pdf',
    link: 'Download the progress report (PDF)',
    type: 'PDF document',
    contains: 'The same progress report, ready to print or circulate as it is.',
  },
];

const TRACKER: Download[] = [
  {
    file: 'tracker.xlsx',
    link: 'Download the action plan tracker (Excel, .xlsx)',
    type: 'Excel spreadsheet',
    contains: 'Every action, one row each, with owner, dates, delivery and impact status: a summary sheet, an all-actions sheet and a sheet per priority area.',
  },
  {
    file: 'tracker.csv',
    link: 'Download the action plan tracker (CSV)',
    type: 'Comma-separated values, for any spreadsheet or data tool',
    contains: 'Every action, one row each, with the same columns as the Excel tracker, in one table.',
  },
];

function DownloadList({ planId, asAt, items }: { planId: string; asAt: string | undefined; items: Download[] }) {
  return (
    <ul className="govuk-list">
      {items.map((d) => (
        <li key={d.file} className="govuk-!-margin-bottom-4">
          <a className="govuk-link govuk-!-font-weight-bold" href={reportHref(planId, d.file, asAt)} download>
            {d.link}
          </a>
          <span className="app-block govuk-body-s govuk-!-margin-bottom-0">File type: {d.type}.</span>
          <span className="app-block govuk-body-s govuk-!-margin-bottom-0">{d.contains}</span>
        </li>
      ))}
    </ul>
  );
}

const PACKS_STEP = 20;

/**
 * The plan's published board packs, latest meeting first, from GET /api/packs: every body's, and
 * those published ahead of their meeting (as packs usually are) as well as past ones.
 */
function PublishedPacks({ planId }: { planId: string }) {
  const [limit, setLimit] = useState(PACKS_STEP);
  const packs = usePublishedPacks(planId, limit);
  if (packs.isPending) return <Loading label="Loading the published packs" />;
  if (packs.isError) return <ErrorState error={packs.error} onRetry={() => void packs.refetch()} />;
  const rows = packs.data.items;
  const size = (p: (typeof rows)[number]) => formatFileSize(p.files.find((f) => f.name === 'board-pack.pdf')?.size ?? null);
  return (
    <>
      {packs.data.total > 0 && (
        <p className="govuk-body" role="status">
          {`${packs.data.total} published ${packs.data.total === 1 ? 'pack' : 'packs'}.`}
        </p>
      )}
      {rows.length === 0 && <Empty>No board pack has been published for this plan yet.</Empty>}
      {rows.length > 0 && (
        <TableScroll label="Published board packs">
          <table className="govuk-table app-table--dense">
            <caption className="govuk-table__caption govuk-table__caption--s">Published board packs, latest meeting first</caption>
            <TableHead columns={['Meeting', 'Governance body', 'Published', 'Download']} />
            <tbody className="govuk-table__body">
              {rows.map((pack) => {
                const meeting = pack.meeting;
                const name = meeting ? `${meeting.title}, ${formatDate(meeting.meetingDate)}` : 'A report';
                return (
                  <tr className="govuk-table__row" key={pack.id}>
                    <th scope="row" className="govuk-table__header">
                      {meeting ? (
                        <Link className="govuk-link" to={paths.meeting.getHref(meeting.id, pack.id)}>
                          {name}
                        </Link>
                      ) : (
                        name
                      )}
                    </th>
                    <td className="govuk-table__cell">{meeting?.body.name ?? ''}</td>
                    <td className="govuk-table__cell">{pack.publishedAt ? formatDateTime(pack.publishedAt) : 'Not recorded'}</td>
                    <td className="govuk-table__cell">
                      <a className="govuk-link" href={boardPackHref(pack.id)} download>
                        Board pack (PDF{size(pack) ? `, ${size(pack)}` : ''})
                        <span className="govuk-visually-hidden"> for {name}</span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {rows.length < packs.data.total && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={packs.isFetching}
          onClick={() => setLimit((n) => Math.min(n + PACKS_STEP, 100))}
        >
          Show earlier packs
        </button>
      )}
    </>
  );
}

export function ReportsRoute() {
  const [search, setSearch] = useSearchParams();
  const applied = search.get('asAt') ?? undefined;
  const [date, setDate] = useState(splitIsoDate(applied));
  const [error, setError] = useState<string | undefined>();
  usePageTitle('Reports', !!error);
  const plan = useGovernancePlanId();
  const today = todayIso();

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAsAt(date, today);
    setError(parsed.error);
    if (!parsed.error) setSearch(parsed.asAt ? { asAt: parsed.asAt } : {});
  };

  let content;
  if (plan.isPending) content = <Loading label="Loading the reports" />;
  else if (plan.error) content = <ErrorState error={plan.error} />;
  else if (!plan.planId) content = <p className="govuk-body">There is no plan yet, so there is nothing to report.</p>;
  else
    content = (
      <>
        <form onSubmit={apply} noValidate aria-label="Date of the figures">
          <ErrorSummary errors={error ? [{ href: 'asAt', message: error }] : []} />
          <DateInput
            id="asAt"
            legend="Figures as at (optional)"
            hint="The reports show the plan as it stood at the end of this day. Leave it empty for today. For example, 31 1 2025"
            value={date}
            onChange={setDate}
            errors={error ? [error] : undefined}
          />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Use this date
          </button>
        </form>
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          {applied ? `The downloads below show the plan as at the end of ${formatDate(applied)}.` : 'The downloads below show the plan as it stands today.'}
        </p>

        <h2 className="govuk-heading-m">Progress report</h2>
        <DownloadList planId={plan.planId} asAt={applied} items={PROGRESS} />

        <h2 className="govuk-heading-m">Action plan tracker</h2>
        <DownloadList planId={plan.planId} asAt={applied} items={TRACKER} />

        <h2 className="govuk-heading-m">Published board packs</h2>
        <p className="govuk-body">Each pack as it was published for its meeting, with figures at the meeting’s cut-off. Published packs never change.</p>
        <PublishedPacks planId={plan.planId} />

        <PublishedReadinessPacks
          planId={plan.planId}
          headingLevel={2}
          intro="Each monitoring evidence pack as it was published, finding by finding, for monitoring visits and the six-monthly review. Published packs never change."
        />
      </>
    );

  return (
    <RequirePolicy policy="readReports">
      <h1 className="govuk-heading-l">Reports</h1>
      <p className="govuk-body-l">Download the plan’s progress report and tracker, made from the same figures as the dashboard, and the published board packs.</p>
      {content}
    </RequirePolicy>
  );
}

export default ReportsRoute;
