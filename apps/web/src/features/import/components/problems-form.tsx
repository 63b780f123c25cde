import { Fragment, useState, type FormEvent } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { plural } from '@/lib/format';
import type { ImportPreview, ImportProblem } from '../api';
import { mappingInputId } from './mapping-form';

/** "Row 7, column G (RAG): …" without the place, which the table's own columns show. */
export const withoutPlace = (message: string) => message.replace(/^Row \d+(, column [A-Z]+( \([^)]*\))?)?: /, '');

/** The id of a row's "skip" checkbox, for links from the error summary. */
export const skipInputId = (row: number) => `skip-row-${row}`;

interface SheetRow {
  row: number;
  problems: ImportProblem[];
}

/**
 * The problems to resolve, by row and column as Excel shows them, each row with a checkbox to
 * leave it out. Rows already skipped stay listed (ticked), so a skip can be undone.
 */
export function ProblemsForm({ preview, pending, onSubmit }: { preview: ImportPreview; pending: boolean; onSubmit: (skipRows: number[]) => void }) {
  const [skip, setSkip] = useState(() => new Set(preview.skipRows));
  // A new preview (from any change) resets the boxes to the rows the API now skips.
  const [version, setVersion] = useState(preview.version);
  if (version !== preview.version) {
    setVersion(preview.version);
    setSkip(new Set(preview.skipRows));
  }
  const general = preview.problems.filter((p) => p.row === null);
  const byRow = new Map<number, SheetRow>();
  for (const p of preview.problems) {
    if (p.row === null) continue;
    const entry = byRow.get(p.row) ?? { row: p.row, problems: [] };
    entry.problems.push(p);
    byRow.set(p.row, entry);
  }
  for (const row of preview.skipRows) if (!byRow.has(row)) byRow.set(row, { row, problems: [] });
  const rows = [...byRow.values()].sort((a, b) => a.row - b.row);

  if (rows.length === 0 && general.length === 0) {
    return <p className="govuk-body">There are no problems: every row can be imported.</p>;
  }

  const toggle = (row: number) => {
    const next = new Set(skip);
    if (next.has(row)) next.delete(row);
    else next.add(row);
    setSkip(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!pending) onSubmit([...skip].sort((a, b) => a - b));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="problems-heading">
      <p className="govuk-body">
        {preview.problemCount === 0
          ? 'There are no problems left. Rows you skip are not imported.'
          : `${plural(preview.problemCount, 'problem')} to resolve. Correct the spreadsheet and upload it again, change the columns below, or skip the rows: a skipped row is not imported.`}
      </p>
      {preview.problems.length < preview.problemCount && (
        <p className="govuk-body">
          Showing the first {preview.problems.length} of {preview.problemCount} problems.
        </p>
      )}
      <TableScroll label="Problems">
        <table className="govuk-table app-table--dense">
          <caption className="govuk-table__caption govuk-table__caption--s">Problems and skipped rows</caption>
          <TableHead columns={['Row', 'Column', 'Problem', 'Skip this row']} />
          <tbody className="govuk-table__body">
            {general.map((p) => (
              <tr className="govuk-table__row" key={`${p.code}:${p.field}`}>
                <td className="govuk-table__cell">All rows</td>
                <td className="govuk-table__cell">None chosen</td>
                <td className="govuk-table__cell">
                  {p.message}{' '}
                  {p.field && (
                    <a className="govuk-link" href={`#${mappingInputId(p.field)}`}>
                      Choose the column
                    </a>
                  )}
                </td>
                <td className="govuk-table__cell">Not a row</td>
              </tr>
            ))}
            {rows.map((r) => {
              const checkbox = (
                <td className="govuk-table__cell" rowSpan={Math.max(1, r.problems.length)}>
                  <div className="govuk-checkboxes govuk-checkboxes--small">
                    <div className="govuk-checkboxes__item">
                      <input
                        className="govuk-checkboxes__input"
                        id={skipInputId(r.row)}
                        name="skipRows"
                        type="checkbox"
                        value={r.row}
                        checked={skip.has(r.row)}
                        onChange={() => toggle(r.row)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={skipInputId(r.row)}>
                        Skip<span className="govuk-visually-hidden"> row {r.row}</span>
                      </label>
                    </div>
                  </div>
                </td>
              );
              if (r.problems.length === 0) {
                return (
                  <tr className="govuk-table__row" key={r.row}>
                    <th scope="row" className="govuk-table__header">
                      {r.row}
                    </th>
                    <td className="govuk-table__cell">All</td>
                    <td className="govuk-table__cell">Skipped: this row is not imported.</td>
                    {checkbox}
                  </tr>
                );
              }
              return (
                <Fragment key={r.row}>
                  {r.problems.map((p, i) => (
                    <tr className="govuk-table__row" key={`${r.row}:${i}`}>
                      {i === 0 && (
                        <th scope="row" className="govuk-table__header" rowSpan={r.problems.length}>
                          {r.row}
                        </th>
                      )}
                      <td className="govuk-table__cell">{p.column ? `${p.column}${p.header ? ` (${p.header})` : ''}` : 'Whole row'}</td>
                      <td className="govuk-table__cell">{withoutPlace(p.message)}</td>
                      {i === 0 && checkbox}
                    </tr>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {rows.length > 0 && (
        <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={pending || undefined}>
          Update skipped rows
        </button>
      )}
    </form>
  );
}
