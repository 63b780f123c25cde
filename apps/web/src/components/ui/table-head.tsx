import type { ReactNode } from 'react';

/** A column heading: its words, right-aligned when the column holds numbers. */
export type Column = string | { label: ReactNode; numeric?: boolean };

/** The heading row of a GOV.UK table. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((c, i) => {
          const { label, numeric } = typeof c === 'string' ? { label: c, numeric: false } : c;
          return (
            <th key={i} scope="col" className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
