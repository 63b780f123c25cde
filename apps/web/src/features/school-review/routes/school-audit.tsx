import { Link, useParams } from 'react-router';
import { AUDIT_THEME_LABELS, AUDIT_THEMES } from '@send/domain';
import { SummaryList, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { Can, RequirePolicy } from '@/features/auth/components/require-policy';
import { useAudit, type AuditPoint } from '../api';
import { RatingTag } from '../components';

function ByTheme({ items }: { items: AuditPoint[] }) {
  return (
    <>
      {AUDIT_THEMES.filter((t) => items.some((i) => i.theme === t)).map((t) => (
        <div key={t}>
          <h3 className="govuk-heading-s">{AUDIT_THEME_LABELS[t]}</h3>
          <ul className="govuk-list govuk-list--bullet">{items.filter((i) => i.theme === t).map((i) => <li key={i.text}>{i.text}</li>)}</ul>
        </div>
      ))}
    </>
  );
}

/** An audit visit's results: its ratings beside the school's own, strengths, findings by theme and agreed next steps. */
export function SchoolAuditRoute() {
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  usePageTitle(audit.data ? `Audit visit, ${audit.data.school.name}` : 'Audit visit', audit.isError);
  return (
    <RequirePolicy policy="readSchoolReviews">
      <QueryState query={audit} loadingLabel="Loading the audit visit" heading>
        {(a) => (
          <>
            <Link className="govuk-back-link" to={paths.school.getHref(a.schoolId)}>Back to {a.school.name}</Link>
            <span className="govuk-caption-l">{a.school.name}</span>
            <h1 className="govuk-heading-l">SEND audit visit, {formatDate(a.visitDate)}</h1>
            <SummaryList rows={[
              { key: 'Auditors', value: a.auditors.join('; ') || 'Not recorded' },
              { key: 'State', value: a.state === 'published' ? `Published ${formatDate(a.publishedAt)}` : 'Draft: not yet shown to the school' },
              { key: 'Ratings', value: `${a.counts.embedded} embedded, ${a.counts.developing} developing, ${a.counts.not_yet} not yet in place` },
            ]} />
            <Can policy="reviewSchools">
              <Link className="govuk-button govuk-button--secondary" to={paths.editSchoolAudit.getHref(a.id)}>Edit the ratings and findings</Link>
            </Can>
            <h2 className="govuk-heading-m">Strengths</h2>
            {a.strengths.length ? <ul className="govuk-list govuk-list--bullet">{a.strengths.map((s) => <li key={s}>{s}</li>)}</ul> : <p className="govuk-body">None recorded.</p>}
            <h2 className="govuk-heading-m">Findings</h2>
            {a.findings.length ? <ByTheme items={a.findings} /> : <p className="govuk-body">None recorded.</p>}
            <h2 className="govuk-heading-m">Agreed next steps</h2>
            {a.nextSteps.length ? <ByTheme items={a.nextSteps} /> : <p className="govuk-body">None recorded.</p>}
            <h2 className="govuk-heading-m">Ratings by statement</h2>
            {a.areas.map((area) => (
              <TableScroll key={area.number} label={`Area ${area.number}`}>
                <table className="govuk-table app-table--dense">
                  <caption className="govuk-table__caption govuk-table__caption--s">{area.number}. {area.title}</caption>
                  <TableHead columns={['Statement', "Audit's rating", "School's own rating"]} />
                  <tbody className="govuk-table__body">
                    {area.statements.map((s) => (
                      <tr key={s.id} className="govuk-table__row">
                        <td className="govuk-table__cell">{area.number}.{s.number} {s.text}{s.note ? <span className="govuk-hint govuk-!-display-block">{s.note}</span> : null}</td>
                        <td className="govuk-table__cell"><RatingTag rating={s.rating} /></td>
                        <td className="govuk-table__cell"><RatingTag rating={s.selfRating} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ))}
          </>
        )}
      </QueryState>
    </RequirePolicy>
  );
}

export default SchoolAuditRoute;
