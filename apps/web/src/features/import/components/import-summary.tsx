import { IMPORT_FIELD_LABELS, isImportField } from '@send/domain';
import { Details, SummaryList, WarningText } from '@/components/ui/misc';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { plural } from '@/lib/format';
import type { ImportPreview } from '../api';

const AREA_CHANGE: Record<string, string> = { new: 'New priority area', renamed: 'Renamed', unchanged: 'Already in the plan' };

function fileSize(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The file read, and the plan it would create or update. */
export function FileSummary({ preview }: { preview: ImportPreview }) {
  const { plan } = preview;
  return (
    <SummaryList
      rows={[
        { key: 'File', value: `${preview.fileName} (${fileSize(preview.fileSize)})` },
        ...(preview.format === 'xlsx' && preview.sheet ? [{ key: 'Sheet read', value: preview.sheet }] : []),
        { key: 'Column headings', value: `Row ${preview.headerRow}` },
        {
          key: 'Plan',
          value: plan.action === 'create' ? `A new plan: ${plan.title} (${plan.localArea})` : `Updates ${plan.title} (${plan.localArea})`,
        },
      ]}
    />
  );
}

/** What committing would write: actions by priority area, and the organisations and people it would add. */
export function ChangeSummary({ preview }: { preview: ImportPreview }) {
  const { plan, rowCounts } = preview;
  const areas = plan.byPriorityArea;
  const totals = areas.reduce(
    (t, a) => ({ new: t.new + a.actions.new, changed: t.changed + a.actions.changed, unchanged: t.unchanged + a.actions.unchanged }),
    { new: 0, changed: 0, unchanged: 0 },
  );
  return (
    <>
      <p className="govuk-body">
        Committing now would add {plural(plan.actions.new, 'new action')}, update {plural(plan.actions.changed, 'action')} and leave{' '}
        {plural(plan.actions.unchanged, 'action')} as {plan.actions.unchanged === 1 ? 'it is' : 'they are'}.
        {rowCounts.withProblems > 0 && ` Rows with problems are not counted until they are resolved or skipped.`}
      </p>
      {plan.actions.notInFile > 0 && (
        <p className="govuk-body">
          {plural(plan.actions.notInFile, 'action')} in the plan {plan.actions.notInFile === 1 ? 'is' : 'are'} not in this file.{' '}
          {plan.actions.notInFile === 1 ? 'It stays' : 'They stay'} in the plan as {plan.actions.notInFile === 1 ? 'it is' : 'they are'}.
        </p>
      )}
      {areas.length > 0 && (
        <TableScroll label="Actions by priority area">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Actions by priority area</caption>
            <TableHead
              columns={[
                'Priority area',
                { label: 'New actions', numeric: true },
                { label: 'Updated actions', numeric: true },
                { label: 'Unchanged actions', numeric: true },
              ]}
            />
            <tbody className="govuk-table__body">
              {areas.map((a) => (
                <tr className="govuk-table__row" key={a.number}>
                  <th scope="row" className="govuk-table__header">
                    {a.number}. {a.title}
                    <span className="app-block govuk-body-s govuk-!-margin-bottom-0">{AREA_CHANGE[a.change]}</span>
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{a.actions.new}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{a.actions.changed}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{a.actions.unchanged}</td>
                </tr>
              ))}
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  Total
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{totals.new}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{totals.changed}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{totals.unchanged}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      )}
      {(plan.organisations.new > 0 || plan.people.new > 0) && (
        <Details summary={`New organisations and people (${plan.organisations.new + plan.people.new})`}>
          {plan.organisations.new > 0 && (
            <>
              <h3 className="govuk-heading-s">Organisations the plan does not have yet</h3>
              <ul className="govuk-list govuk-list--bullet">
                {plan.organisations.names.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
          {plan.people.new > 0 && (
            <>
              <h3 className="govuk-heading-s">Owners the plan does not have yet</h3>
              <ul className="govuk-list govuk-list--bullet">
                {plan.people.names.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
        </Details>
      )}
      {plan.notWritten.map((n) => (
        <WarningText key={n.field}>{n.message}</WarningText>
      ))}
    </>
  );
}

/** How the rows of the sheet were read. */
export function RowSummary({ preview }: { preview: ImportPreview }) {
  const c = preview.rowCounts;
  return (
    <SummaryList
      rows={[
        { key: 'Action rows', value: String(c.actions) },
        { key: 'Priority area headings', value: String(c.sections) },
        { key: 'Rows with problems', value: String(c.withProblems) },
        { key: 'Rows skipped', value: String(c.skipped) },
        { key: 'Empty rows ignored', value: String(c.blank) },
      ]}
    />
  );
}

const OUTCOME: Record<string, string> = { new: 'New action', changed: 'Updated' };

/** The rows the commit would write, with what changes in each. */
export function ChangedRows({ preview }: { preview: ImportPreview }) {
  const { items, total, view } = preview.rows;
  if (view !== 'changes') return null;
  if (total === 0) return <p className="govuk-body">No row would add or change an action.</p>;
  return (
    <Details summary={`Rows that would add or change an action (${total})`}>
      {items.length < total && (
        <p className="govuk-body">
          Showing the first {items.length} of {total}.
        </p>
      )}
      <TableScroll label="Rows that would add or change an action">
        <table className="govuk-table app-table--dense">
          <caption className="govuk-table__caption govuk-table__caption--s">Rows that would add or change an action</caption>
          <TableHead columns={['Row', 'Reference', 'Action', 'What changes']} />
          <tbody className="govuk-table__body">
            {items.map((r) => (
              <tr className="govuk-table__row" key={r.row}>
                <td className="govuk-table__cell">{r.row}</td>
                <th scope="row" className="govuk-table__header">
                  {r.values.reference}
                </th>
                <td className="govuk-table__cell">{r.values.title}</td>
                <td className="govuk-table__cell">
                  {r.outcome === 'changed'
                    ? `${OUTCOME.changed}: ${r.changes.map((f) => (isImportField(f) ? IMPORT_FIELD_LABELS[f] : f).toLowerCase()).join(', ')}`
                    : (OUTCOME[r.outcome ?? ''] ?? '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Details>
  );
}
