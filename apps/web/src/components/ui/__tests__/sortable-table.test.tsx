import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SortableTable, sortRows, type Column } from '../sortable-table';

interface Row {
  ref: string;
  due: string | null;
}
const columns: Column<Row>[] = [
  { key: 'ref', header: 'Reference', sortValue: (r) => r.ref, render: (r) => r.ref },
  { key: 'due', header: 'Due', sortValue: (r) => r.due, render: (r) => r.due ?? 'Not set' },
  { key: 'note', header: 'Note', render: () => '-' },
];
const rows: Row[] = [
  { ref: '3.10', due: '2025-01-01' },
  { ref: '3.9', due: null },
  { ref: '3.2', due: '2024-06-30' },
];

const firstColumn = () => screen.getAllByRole('rowheader').map((c) => c.textContent);

describe('SortableTable', () => {
  it('sorts references as numbers, so 3.10 comes after 3.9', () => {
    expect(sortRows(rows, columns[0], 'ascending').map((r) => r.ref)).toEqual(['3.2', '3.9', '3.10']);
  });

  it('puts rows without a value last in either direction', () => {
    expect(sortRows(rows, columns[1], 'ascending').map((r) => r.ref)).toEqual(['3.2', '3.10', '3.9']);
    expect(sortRows(rows, columns[1], 'descending').map((r) => r.ref)).toEqual(['3.10', '3.2', '3.9']);
  });

  it('sorts by a column header button and says so with aria-sort', async () => {
    render(<SortableTable caption="Actions" columns={columns} rows={rows} rowKey={(r) => r.ref} initialSort={{ key: 'ref', direction: 'ascending' }} />);
    expect(firstColumn()).toEqual(['3.2', '3.9', '3.10']);
    expect(screen.getByRole('columnheader', { name: 'Reference' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Due' })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Note' })).not.toHaveAttribute('aria-sort');

    await userEvent.click(screen.getByRole('button', { name: 'Reference' }));
    expect(firstColumn()).toEqual(['3.10', '3.9', '3.2']);
    expect(screen.getByRole('columnheader', { name: 'Reference' })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(screen.getByRole('button', { name: 'Due' }));
    expect(screen.getByRole('columnheader', { name: 'Due' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Reference' })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Due, ascending');
    expect(within(screen.getAllByRole('row')[3]).getByText('Not set')).toBeInTheDocument();
  });
});
