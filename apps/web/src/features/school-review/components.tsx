import { EXPECTATION_RATING_LABELS, EXPECTATION_RATINGS, type ExpectationRating, type Rag } from '@send/domain';
import { RagTag } from '@/components/ui/status-tag';
import { TableScroll } from '@/components/ui/table-scroll';
import { Details } from '@/components/ui/misc';
import type { HeatMapRow } from './api';

const RATING_RAG: Record<ExpectationRating, Rag> = { embedded: 'green', developing: 'amber', not_yet: 'red' };

/** A rating as a tag: the word always, the colour beside it. */
export function RatingTag({ rating }: { rating: ExpectationRating | null }) {
  if (!rating) return <span className="govuk-hint govuk-!-margin-0">Not rated</span>;
  return <RagTag rag={RATING_RAG[rating]} label={EXPECTATION_RATING_LABELS[rating]} />;
}

const share = (n: number, total: number) => (total ? Math.round((n / total) * 100) : 0);

/**
 * Ratings across schools by area: a table whose cells are tinted by rating and say the number and
 * its share in words, followed by the same figures as a plain table.
 */
export function HeatMap({ rows, caption, id }: { rows: HeatMapRow[]; caption: string; id: string }) {
  return (
    <>
      <TableScroll label={caption}>
        <table className="govuk-table app-table--dense" id={id}>
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Area of the expectations</th>
              {EXPECTATION_RATINGS.map((r) => (
                <th key={r} scope="col" className="govuk-table__header govuk-table__header--numeric">{EXPECTATION_RATING_LABELS[r]}</th>
              ))}
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Schools</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr key={row.number} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">{row.number}. {row.title}</th>
                {EXPECTATION_RATINGS.map((r) => (
                  <td key={r} className={`govuk-table__cell app-heat app-heat--${row.counts[r] ? r : 'none'}`}>
                    {row.counts[r]} <span className="govuk-body-s">({share(row.counts[r], row.counts.total)}%)</span>
                  </td>
                ))}
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.schools}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Details summary={`${caption}: the figures as a plain table`}>
        <TableScroll label={`${caption}, plain`}>
          <table className="govuk-table app-table--dense">
            <caption className="govuk-table__caption govuk-table__caption--s">{caption} (statement ratings counted)</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Area</th>
                {EXPECTATION_RATINGS.map((r) => (
                  <th key={r} scope="col" className="govuk-table__header govuk-table__header--numeric">{EXPECTATION_RATING_LABELS[r]}</th>
                ))}
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">All ratings</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map((row) => (
                <tr key={row.number} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">{row.number}</th>
                  {EXPECTATION_RATINGS.map((r) => <td key={r} className="govuk-table__cell govuk-table__cell--numeric">{row.counts[r]}</td>)}
                  <td className="govuk-table__cell govuk-table__cell--numeric">{row.counts.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Details>
    </>
  );
}
