import { WarningText } from '@/components/ui/misc';
import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { plural } from '@/lib/format';
import type { ImportPreview } from '../api';
import { withoutPlace } from './problems-form';

/**
 * What the import will bring in as the spreadsheet says but the plan will flag, such as a council's
 * "impact evidenced" judgement whose evidence is kept elsewhere. Warnings never block the commit.
 */
export function WarningsList({ preview }: { preview: ImportPreview }) {
  if (preview.warningCount === 0) return <p className="govuk-body">There are no warnings.</p>;
  return (
    <>
      <WarningText>
        {plural(preview.warningCount, 'row')} will be imported as the spreadsheet says, and flagged in the plan until {preview.warningCount === 1 ? 'it is' : 'they are'}{' '}
        put right. {preview.warningCount === 1 ? 'It does' : 'They do'} not stop the import.
      </WarningText>
      {preview.warnings.length < preview.warningCount && (
        <p className="govuk-body">
          Showing the first {preview.warnings.length} of {preview.warningCount} warnings.
        </p>
      )}
      <TableScroll label="Warnings">
        <table className="govuk-table app-table--dense">
          <caption className="govuk-table__caption govuk-table__caption--s">Warnings</caption>
          <TableHead columns={['Row', 'Column', 'Warning']} />
          <tbody className="govuk-table__body">
            {preview.warnings.map((w, i) => (
              <tr className="govuk-table__row" key={`${w.row}:${w.code}:${i}`}>
                <th scope="row" className="govuk-table__header">
                  {w.row ?? 'All rows'}
                </th>
                <td className="govuk-table__cell">{w.column ? `${w.column}${w.header ? ` (${w.header})` : ''}` : 'Whole row'}</td>
                <td className="govuk-table__cell">{withoutPlace(w.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
