import { useMemo, useState, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** When set, the column can be sorted by this value (nulls always last). */
  sortValue?: (row: T) => string | number | null;
  numeric?: boolean;
  /** Keeps the column readable on narrow screens (the table scrolls sideways instead). */
  wide?: boolean;
}

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: string;
  direction: SortDirection;
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Sorts rows by a column; references like 3.10 come after 3.9; rows without a value go last either way. */
export function sortRows<T>(rows: readonly T[], column: Column<T> | undefined, direction: SortDirection): T[] {
  if (!column?.sortValue) return [...rows];
  const value = column.sortValue;
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null && b.v === null) return a.index - b.index;
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((x) => x.row);
}

/**
 * A GOV.UK table whose sortable column headers are buttons; the sorted column carries aria-sort
 * (the pattern of the MOJ sortable table), and a status message says how the table is sorted.
 */
export function SortableTable<T>({
  caption,
  captionClassName = 'govuk-table__caption--m',
  columns,
  rows,
  rowKey,
  initialSort,
  id,
  dense,
}: {
  caption: ReactNode;
  captionClassName?: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  initialSort?: SortState;
  id?: string;
  /** Smaller text, for wide tables beside filters. */
  dense?: boolean;
}) {
  const [sort, setSort] = useState<SortState | undefined>(initialSort);
  const sorted = useMemo(
    () => (sort ? sortRows(rows, columns.find((c) => c.key === sort.key), sort.direction) : [...rows]),
    [rows, columns, sort],
  );
  const toggle = (key: string) =>
    setSort((s) => ({ key, direction: s?.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const sortedColumn = sort && columns.find((c) => c.key === sort.key);

  return (
    <>
      <table className={`govuk-table govuk-table--small-text-until-tablet app-sortable-table${dense ? ' app-table--dense' : ''}`} id={id}>
        <caption className={`govuk-table__caption ${captionClassName}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((c) => {
              const ariaSort = c.sortValue ? (sort?.key === c.key ? sort.direction : 'none') : undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={`govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`}
                  aria-sort={ariaSort}
                >
                  {c.sortValue ? (
                    <button type="button" className="app-sort-button" data-sort={ariaSort} onClick={() => toggle(c.key)}>
                      {c.header}
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sorted.map((row) => (
            <tr className="govuk-table__row" key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row" className="govuk-table__header">
                    {c.render(row)}
                  </th>
                ) : (
                  <td key={c.key} className={`govuk-table__cell${c.numeric ? ' govuk-table__cell--numeric' : ''}${c.wide ? ' app-col--wide' : ''}`}>
                    {c.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-visually-hidden" role="status">
        {sortedColumn ? `Sorted by ${sortedColumn.header}, ${sort.direction}` : ''}
      </p>
    </>
  );
}

/** A plain GOV.UK table of figures, e.g. the data behind a chart. */
export function DataTable({
  caption,
  head,
  rows,
  numericFrom = 1,
}: {
  caption: ReactNode;
  head: string[];
  rows: ReactNode[][];
  numericFrom?: number;
}) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((h, i) => (
            <th key={h} scope="col" className={`govuk-table__header${i >= numericFrom ? ' govuk-table__header--numeric' : ''}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r, ri) => (
          <tr className="govuk-table__row" key={ri}>
            {r.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="govuk-table__header">
                  {cell}
                </th>
              ) : (
                <td key={i} className={`govuk-table__cell${i >= numericFrom ? ' govuk-table__cell--numeric' : ''}`}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
