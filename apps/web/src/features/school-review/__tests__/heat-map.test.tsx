import { render, screen, within } from '@testing-library/react';
import { HeatMap, RatingTag } from '../components';

const rows = [
  { number: 1, title: 'Identifying the particular SEN of children and young people', schools: 2, counts: { embedded: 3, developing: 1, not_yet: 0, total: 4 } },
  { number: 2, title: 'Consulting with parents', schools: 1, counts: { embedded: 0, developing: 0, not_yet: 2, total: 2 } },
];

describe('the heat map of ratings across schools', () => {
  it('says each count and its share in words in a tinted cell, never the colour alone', () => {
    render(<HeatMap rows={rows} caption="Audit ratings by area" id="heat" />);
    const table = screen.getByRole('table', { name: 'Audit ratings by area' });
    const first = within(table).getAllByRole('row')[1];
    const cells = within(first).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['3 (75%)', '1 (25%)', '0 (0%)', '2']);
    expect(cells[0]).toHaveClass('app-heat--embedded');
    expect(cells[2]).toHaveClass('app-heat--none');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Area of the expectations', 'Embedded', 'Developing', 'Not yet in place', 'Schools']);
  });

  it('gives the same figures as a plain table beside it', () => {
    render(<HeatMap rows={rows} caption="Audit ratings by area" id="heat" />);
    const plain = screen.getByRole('table', { name: /statement ratings counted/ });
    expect(within(plain).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['13104', '20022']);
  });

  it('names a rating in words', () => {
    render(<><RatingTag rating="not_yet" /><RatingTag rating={null} /></>);
    expect(screen.getByText('Not yet in place')).toBeInTheDocument();
    expect(screen.getByText('Not rated')).toBeInTheDocument();
  });
});
