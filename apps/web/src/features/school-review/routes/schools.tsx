import { Link } from 'react-router';
import { EXPECTATION_RATING_LABELS, SCHOOL_PHASE_LABELS, academicYearLabel } from '@send/domain';
import { Details, usePageTitle } from '@/components/ui/misc';
import { Empty, QueryState } from '@/components/ui/page-state';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { IllustrativeTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { Can, RequirePolicy } from '@/features/auth/components/require-policy';
import { useSchoolOverview, useSchools, type SchoolOverview } from '../api';
import { HeatMap, RatingTag } from '../components';

/** Each school with how many statements it rated above its audit, most first. */
function bySchool(differences: SchoolOverview['differences']): [string, string, number][] {
  const counts = new Map<string, [string, string, number]>();
  for (const d of differences) {
    const row = counts.get(d.schoolId) ?? [d.schoolId, d.schoolName, 0];
    row[2] += 1;
    counts.set(d.schoolId, row);
  }
  return [...counts.values()].sort((a, b) => b[2] - a[2] || a[1].localeCompare(b[1]));
}

function Overview({ overview }: { overview: SchoolOverview }) {
  const year = academicYearLabel(overview.year);
  return (
    <>
      <p className="govuk-body">
        Academic year {year}. Ratings are counted statement by statement, against the local authority&apos;s expectations (edition {overview.framework.version}).{' '}
        <Link className="govuk-link" to={paths.thematicSummary.getHref(overview.year)}>Read the thematic summary of this year&apos;s audits</Link>.
      </p>
      <h2 className="govuk-heading-m">Audit ratings across schools, by area</h2>
      <HeatMap rows={overview.auditHeatMap} caption={`Audit ratings by area, ${year}`} id="audit-heat-map" />
      <h2 className="govuk-heading-m">Schools most in need of support</h2>
      <p className="govuk-body">By their audit: most statements not yet in place first, then most still developing.</p>
      {overview.needsSupport.length === 0 ? (
        <Empty>No audits have been published this year.</Empty>
      ) : (
        <TableScroll label="Schools most in need of support">
          <table className="govuk-table app-table--dense">
            <caption className="govuk-table__caption govuk-table__caption--s">Schools by their audit ratings, most in need of support first</caption>
            <TableHead columns={['School', { label: EXPECTATION_RATING_LABELS.not_yet, numeric: true }, { label: EXPECTATION_RATING_LABELS.developing, numeric: true }, { label: EXPECTATION_RATING_LABELS.embedded, numeric: true }, 'Areas with statements not yet in place']} />
            <tbody className="govuk-table__body">
              {overview.needsSupport.map((s) => (
                <tr key={s.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header"><Link className="govuk-link" to={paths.school.getHref(s.id)}>{s.name}</Link></th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.counts.not_yet}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.counts.developing}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.counts.embedded}</td>
                  <td className="govuk-table__cell">{s.areasWithNotYet.length ? s.areasWithNotYet.join(', ') : 'None'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2 className="govuk-heading-m">Where schools rated themselves above the audit</h2>
      {overview.differences.length === 0 ? (
        <Empty>No school rated a statement higher than its audit did.</Empty>
      ) : (
        <>
          <TableScroll label="Statements rated above the audit, by school">
            <table className="govuk-table app-table--dense">
              <caption className="govuk-table__caption govuk-table__caption--s">Statements each school rated higher than its audit did</caption>
              <TableHead columns={['School', { label: 'Statements rated above the audit', numeric: true }]} />
              <tbody className="govuk-table__body">
                {bySchool(overview.differences).map(([id, name, n]) => (
                  <tr key={id} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header"><Link className="govuk-link" to={paths.school.getHref(id)}>{name}</Link></th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Details summary={`Every statement rated above the audit (${overview.differences.length})`}>
            <TableScroll label="Where schools rated themselves above the audit">
              <table className="govuk-table app-table--dense">
                <caption className="govuk-table__caption govuk-table__caption--s">{overview.differences.length} statements where the school&apos;s own rating is higher than the audit&apos;s</caption>
                <TableHead columns={['School', 'Statement', "School's rating", "Audit's rating"]} />
                <tbody className="govuk-table__body">
                  {overview.differences.map((d) => (
                    <tr key={`${d.schoolId}/${d.statementId}`} className="govuk-table__row">
                      <td className="govuk-table__cell">{d.schoolName}</td>
                      <td className="govuk-table__cell">{d.areaNumber}.{d.statementNumber} {d.statementText}</td>
                      <td className="govuk-table__cell"><RatingTag rating={d.selfRating} /></td>
                      <td className="govuk-table__cell"><RatingTag rating={d.auditRating} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </Details>
        </>
      )}
      <h2 className="govuk-heading-m">Schools&apos; own ratings, by area</h2>
      <HeatMap rows={overview.selfReviewHeatMap} caption={`Submitted self-review ratings by area, ${year}`} id="self-review-heat-map" />
    </>
  );
}

function OverviewSection() {
  const overview = useSchoolOverview();
  return <QueryState query={overview} loadingLabel="Loading the ratings across schools">{(o) => <Overview overview={o} />}</QueryState>;
}

/** The local authority's view across its schools' SEND provision; a school's SENCO sees their own school here. */
export function SchoolsRoute() {
  usePageTitle('Schools');
  const schools = useSchools();
  return (
    <RequirePolicy policy="readSchoolReviews">
      <h1 className="govuk-heading-l">Schools&apos; SEND provision</h1>
      <Can policy="readSchoolOverview">
        <OverviewSection />
      </Can>
      <h2 className="govuk-heading-m">Schools</h2>
      <Can policy="reviewSchools">
        <Link className="govuk-button govuk-button--secondary" to={paths.newSchool.getHref()}>Add a school</Link>
      </Can>
      <QueryState query={schools} loadingLabel="Loading the schools">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>There are no schools to show.</Empty>
          ) : (
            <TableScroll label="Schools">
              <table className="govuk-table app-table--dense">
                <caption className="govuk-table__caption govuk-table__caption--s">Schools, by name</caption>
                <TableHead columns={['School', 'Phase', 'URN', 'SENCO']} />
                <tbody className="govuk-table__body">
                  {rows.map((s) => (
                    <tr key={s.id} className="govuk-table__row">
                      <th scope="row" className="govuk-table__header">
                        <Link className="govuk-link" to={paths.school.getHref(s.id)}>{s.name}</Link> {s.illustrative && <IllustrativeTag />}
                      </th>
                      <td className="govuk-table__cell">{SCHOOL_PHASE_LABELS[s.phase]}</td>
                      <td className="govuk-table__cell">{s.urn}</td>
                      <td className="govuk-table__cell">{s.sencoName ?? 'Not recorded'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </QueryState>
    </RequirePolicy>
  );
}

export default SchoolsRoute;
