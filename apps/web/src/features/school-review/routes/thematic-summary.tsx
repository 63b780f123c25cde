import { useSearchParams } from 'react-router';
import { usePageTitle, BackLink } from '@/components/ui/misc';
import { Empty, QueryState } from '@/components/ui/page-state';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { paths } from '@/config/paths';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { thematicSummaryHref, useThematicSummary, type ThematicPoint } from '../api';

const schools = (n: number) => `${n} ${n === 1 ? 'school' : 'schools'}`;

function Points({ items }: { items: ThematicPoint[] }) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((p) => <li key={p.text}>{p.text} <span className="govuk-hint govuk-!-display-inline">({schools(p.schools)})</span></li>)}
    </ul>
  );
}

/** A year's audits of schools summarised by theme, as the local authority's SEND audit report, with Word and PDF downloads. */
export function ThematicSummaryRoute() {
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const summary = useThematicSummary(year);
  usePageTitle(summary.data ? `SEND audit report ${summary.data.yearLabel}` : 'SEND audit report');
  return (
    <RequirePolicy policy="readSchoolOverview">
      <BackLink to={paths.schools.getHref()}>Back to schools</BackLink>
      <QueryState query={summary} loadingLabel="Loading the thematic summary" heading>
        {(s) => (
          <>
            <h1 className="govuk-heading-l">SEND audit report {s.yearLabel}</h1>
            <p className="govuk-body-l">{s.overview}</p>
            <ul className="govuk-list">
              <li><a className="govuk-link govuk-!-font-weight-bold" href={thematicSummaryHref('docx', s.year)} download>Download the thematic summary (Word, .docx)</a></li>
              <li><a className="govuk-link govuk-!-font-weight-bold" href={thematicSummaryHref('pdf', s.year)} download>Download the thematic summary (PDF)</a></li>
            </ul>
            <TableScroll label="Schools visited, by phase">
              <table className="govuk-table app-table--dense">
                <caption className="govuk-table__caption govuk-table__caption--s">Schools visited, by phase</caption>
                <TableHead columns={['Phase', { label: 'Schools visited', numeric: true }]} />
                <tbody className="govuk-table__body">
                  {s.byPhase.map((p) => (
                    <tr key={p.phase} className="govuk-table__row">
                      <th scope="row" className="govuk-table__header">{p.label}</th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{p.schools}</td>
                    </tr>
                  ))}
                  <tr className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">All phases</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{s.schoolsVisited}</td>
                  </tr>
                </tbody>
              </table>
            </TableScroll>
            {s.strengths.length > 0 && (
              <>
                <h2 className="govuk-heading-m">Strengths seen</h2>
                <Points items={s.strengths} />
              </>
            )}
            <h2 className="govuk-heading-m">Thematic audit findings</h2>
            {s.themes.map((t) => (
              <section key={t.theme} aria-labelledby={`theme-${t.theme}`}>
                <h3 className="govuk-heading-s" id={`theme-${t.theme}`}>{t.title}</h3>
                <p className="govuk-body-s">Findings recorded in {schools(t.schools)}.</p>
                {t.findings.length > 0 && (<><h4 className="govuk-body govuk-!-font-weight-bold">What was found</h4><Points items={t.findings} /></>)}
                {t.recommendations.length > 0 && (<><h4 className="govuk-body govuk-!-font-weight-bold">Recommendations</h4><Points items={t.recommendations} /></>)}
                {t.findings.length === 0 && t.recommendations.length === 0 && <Empty>Nothing was recorded under this theme.</Empty>}
              </section>
            ))}
          </>
        )}
      </QueryState>
    </RequirePolicy>
  );
}

export default ThematicSummaryRoute;
