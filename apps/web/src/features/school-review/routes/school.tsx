import { Link, useNavigate, useParams } from 'react-router';
import { SCHOOL_PHASE_LABELS, academicYearLabel, academicYearOf, todayIso } from '@send/domain';
import { SummaryList, usePageTitle } from '@/components/ui/misc';
import { Empty, QueryState } from '@/components/ui/page-state';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { DeliveryStatusTag, IllustrativeTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { ErrorSummary } from '@/components/ui/error-summary';
import { paths } from '@/config/paths';
import { formatDate, plural } from '@/lib/format';
import { isApiError } from '@/lib/api-client';
import { hasPolicy } from '@/features/auth/authorization';
import { useMe } from '@/features/auth/api';
import { Can, RequirePolicy } from '@/features/auth/components/require-policy';
import { BoardMeetings } from '../board-meetings';
import { governorsReportHref, useAudits, useSchool, useSchoolPlan, useSelfReviews, useStartSelfReview, type SchoolPlan } from '../api';

function StartSelfReview({ schoolId }: { schoolId: string }) {
  const start = useStartSelfReview(schoolId);
  const navigate = useNavigate();
  return (
    <>
      {start.isError && <ErrorSummary errors={[{ href: '#start-self-review', message: isApiError(start.error) ? start.error.message : 'The self-review could not be started' }]} />}
      <button type="button" id="start-self-review" className="govuk-button" disabled={start.isPending} onClick={() => start.mutate(undefined, { onSuccess: (r) => void navigate(paths.selfReview.getHref(r.id)) })}>
        Start this year&apos;s self-review
      </button>
    </>
  );
}

/** The school's own improvement plan: its priorities and actions with their statuses, and the report to governors. */
function SchoolPlanSection({ plan }: { plan: SchoolPlan }) {
  const me = useMe();
  const canEdit = hasPolicy(me.data, 'editSchoolPlan');
  const actions = plan.priorities.flatMap((p) => p.actions);
  const impact = actions.flatMap((a) => a.evidence.filter((e) => e.demonstratesImpact));
  return (
    <>
      <p className="govuk-body"><strong>{plan.title}</strong>{plan.startDate && plan.endDate ? `, ${formatDate(plan.startDate)} to ${formatDate(plan.endDate)}` : ''}</p>
      {plan.description && <p className="govuk-body">{plan.description}</p>}
      <p className="govuk-body">
        {plural(actions.length, 'action')} under {plural(plan.priorities.length, 'priority', 'priorities')}: {actions.filter((a) => a.deliveryStatus === 'complete').length} complete,{' '}
        {actions.filter((a) => a.overdue).length} overdue; {plural(impact.length, 'piece')} of evidence of impact.
      </p>
      {plan.governingBoard && (
        <>
          <h3 className="govuk-heading-s">{plan.governingBoard.name}</h3>
          <BoardMeetings schoolId={plan.school.id} name={plan.governingBoard.name} meetings={plan.governingBoard.meetings} canMove={hasPolicy(me.data, 'managePlanCalendar')} />
        </>
      )}
      <h3 className="govuk-heading-s">Report to governors</h3>
      <p className="govuk-body">The school&apos;s audit and self-review, its actions and their status, a provision map and the evidence of impact.</p>
      <ul className="govuk-list">
        <li><a className="govuk-link" href={governorsReportHref(plan.school.id, 'docx')} download>Download the governors&apos; report (Word document)</a></li>
        <li><a className="govuk-link" href={governorsReportHref(plan.school.id, 'pdf')} download>Download the governors&apos; report (PDF)</a></li>
      </ul>
      {plan.priorities.map((p) => (
        <TableScroll key={p.id} label={`Priority ${p.number}`}>
          <table className="govuk-table app-table--dense">
            <caption className="govuk-table__caption govuk-table__caption--s">Priority {p.number}: {p.title}</caption>
            <TableHead columns={['Ref', 'Action', 'Due', 'Delivery', 'Impact', { label: 'Evidence', numeric: true }]} />
            <tbody className="govuk-table__body">
              {p.actions.map((a) => (
                <tr key={a.id} className="govuk-table__row">
                  <td className="govuk-table__cell">{a.reference}</td>
                  <th scope="row" className="govuk-table__header">
                    {canEdit ? <Link className="govuk-link" to={paths.schoolPlanAction.getHref(plan.school.id, a.id)}>{a.title}</Link> : a.title}
                  </th>
                  <td className="govuk-table__cell">{a.dueDate ? formatDate(a.dueDate) : 'Not dated'}{a.overdue ? ' (overdue)' : ''}</td>
                  <td className="govuk-table__cell"><DeliveryStatusTag status={a.deliveryStatus} /></td>
                  <td className="govuk-table__cell"><ImpactStatusTag status={a.impactStatus} /></td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{a.evidence.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </>
  );
}

/** A school: its SENCO, its self-reviews against the expectations and the local authority's audit visits. */
export function SchoolRoute() {
  const { schoolId = '' } = useParams();
  const school = useSchool(schoolId);
  const reviews = useSelfReviews(schoolId);
  const audits = useAudits(schoolId);
  const plan = useSchoolPlan(schoolId);
  usePageTitle(school.data?.name ?? 'School', school.isError);
  return (
    <RequirePolicy policy="readSchoolReviews">
      <QueryState query={school} loadingLabel="Loading the school" heading>
        {(s) => (
          <>
            <Link className="govuk-back-link" to={paths.schools.getHref()}>Back to schools</Link>
            <h1 className="govuk-heading-l">{s.name} {s.illustrative && <IllustrativeTag />}</h1>
            <SummaryList rows={[
              { key: 'Phase', value: SCHOOL_PHASE_LABELS[s.phase] },
              { key: 'URN', value: s.urn },
              { key: 'SENCO', value: s.sencoName ?? 'Not recorded' },
            ]} />
            <Can policy="readSchoolPlan">
              <h2 className="govuk-heading-m">The school&apos;s improvement plan</h2>
              <QueryState query={plan} loadingLabel="Loading the school's plan">
                {(p) => (p ? <SchoolPlanSection plan={p} /> : <Empty>The school has no improvement plan yet.</Empty>)}
              </QueryState>
            </Can>
            <h2 className="govuk-heading-m">Self-reviews</h2>
            <QueryState query={reviews} loadingLabel="Loading the self-reviews">
              {(rows) => (
                <>
                  {rows.length === 0 ? <Empty>No self-review has been started.</Empty> : (
                    <TableScroll label="Self-reviews">
                      <table className="govuk-table app-table--dense">
                        <caption className="govuk-table__caption govuk-table__caption--s">The school&apos;s self-reviews, latest first</caption>
                        <TableHead columns={['Academic year', 'State', { label: 'Embedded', numeric: true }, { label: 'Developing', numeric: true }, { label: 'Not yet in place', numeric: true }]} />
                        <tbody className="govuk-table__body">
                          {rows.map((r) => (
                            <tr key={r.id} className="govuk-table__row">
                              <th scope="row" className="govuk-table__header"><Link className="govuk-link" to={paths.selfReview.getHref(r.id)}>{academicYearLabel(r.academicYear)}</Link></th>
                              <td className="govuk-table__cell">{r.state === 'submitted' ? `Submitted ${formatDate(r.submittedAt)}` : 'Draft'}</td>
                              <td className="govuk-table__cell govuk-table__cell--numeric">{r.counts.embedded}</td>
                              <td className="govuk-table__cell govuk-table__cell--numeric">{r.counts.developing}</td>
                              <td className="govuk-table__cell govuk-table__cell--numeric">{r.counts.not_yet}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableScroll>
                  )}
                  <Can policy="writeSelfReview">{rows.some((r) => r.academicYear === academicYearOf(todayIso())) ? null : <StartSelfReview schoolId={s.id} />}</Can>
                </>
              )}
            </QueryState>
            <h2 className="govuk-heading-m">Audit visits by the local authority</h2>
            <Can policy="reviewSchools">
              <Link className="govuk-button govuk-button--secondary" to={paths.newSchoolAudit.getHref(s.id)}>Record an audit visit</Link>
            </Can>
            <QueryState query={audits} loadingLabel="Loading the audit visits">
              {(rows) => rows.length === 0 ? <Empty>No audit visit has been published for this school.</Empty> : (
                <TableScroll label="Audit visits">
                  <table className="govuk-table app-table--dense">
                    <caption className="govuk-table__caption govuk-table__caption--s">Audit visits, latest first</caption>
                    <TableHead columns={['Visit date', 'State', { label: 'Embedded', numeric: true }, { label: 'Developing', numeric: true }, { label: 'Not yet in place', numeric: true }]} />
                    <tbody className="govuk-table__body">
                      {rows.map((a) => (
                        <tr key={a.id} className="govuk-table__row">
                          <th scope="row" className="govuk-table__header"><Link className="govuk-link" to={paths.schoolAudit.getHref(a.id)}>{formatDate(a.visitDate)}</Link></th>
                          <td className="govuk-table__cell">{a.state === 'published' ? 'Published' : 'Draft (not yet shown to the school)'}</td>
                          <td className="govuk-table__cell govuk-table__cell--numeric">{a.counts.embedded}</td>
                          <td className="govuk-table__cell govuk-table__cell--numeric">{a.counts.developing}</td>
                          <td className="govuk-table__cell govuk-table__cell--numeric">{a.counts.not_yet}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              )}
            </QueryState>
          </>
        )}
      </QueryState>
    </RequirePolicy>
  );
}

export default SchoolRoute;
