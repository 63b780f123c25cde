import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import type { SchoolBoardMeeting } from '../api';
import { BoardMeetings } from '../board-meetings';

const MEETINGS: SchoolBoardMeeting[] = [
  { id: 'm1', title: 'Governing board, autumn term 2026', meetingDate: '2026-12-09', location: '', version: 1, period: { id: 'p1', title: 'Autumn term 2026', opensOn: '2026-11-18', updateDeadline: '2026-12-02', version: 1 } },
  { id: 'm2', title: 'Governing board, spring term 2027', meetingDate: '2027-03-17', location: 'School library', version: 3, period: null },
];

const renderBoard = (canMove: boolean) =>
  renderWithProviders(<BoardMeetings schoolId="s1" name="Governing board" meetings={MEETINGS} canMove={canMove} />);

describe("the school plan's governing board meetings", () => {
  it('lists each meeting with its date and when it takes updates, with no way to change them for a reader', () => {
    stubApi();
    renderBoard(false);
    const table = screen.getByRole('table', { name: 'Governing board meetings' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      'Governing board, autumn term 20269 December 202618 November 2026 to 2 December 2026',
      'Governing board, spring term 202717 March 2027, School libraryNone',
    ]);
    expect(screen.queryByRole('button', { name: /Change the date/ })).not.toBeInTheDocument();
  });

  it("lets whoever keeps the plan's calendar move a meeting to another day through the meeting route", async () => {
    const calls = stubApi(
      on('PATCH', '/api/meetings/m1', { body: { id: 'm1' } }),
      on('GET', '/api/schools/s1/plan', { body: {} }),
    );
    renderBoard(true);
    await userEvent.click(screen.getByRole('button', { name: 'Change the date of Governing board, autumn term 2026' }));
    const form = screen.getByRole('form', { name: 'Change the date of Governing board, autumn term 2026' });
    expect(within(form).getByRole('textbox', { name: 'Day' })).toHaveValue('9');
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Day' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Day' }), '10');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the date' }));
    expect(await screen.findByText('Governing board, autumn term 2026 is now on 10 December 2026.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([{ method: 'PATCH', url: expect.objectContaining({ pathname: '/api/meetings/m1' }), body: { version: 1, meetingDate: '2026-12-10' } }]);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('shows a refused date beside the date, and keeps what was typed', async () => {
    stubApi(on('PATCH', '/api/meetings/m2', {
      status: 400,
      body: { message: 'Validation failed', errors: [{ field: 'meetingDate', message: 'Another reporting period of this plan reports to a board on this date' }] },
    }));
    renderBoard(true);
    await userEvent.click(screen.getByRole('button', { name: 'Change the date of Governing board, spring term 2027' }));
    const form = screen.getByRole('form', { name: 'Change the date of Governing board, spring term 2027' });
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Day' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Day' }), '9');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the date' }));
    expect(await within(form).findAllByText('Another reporting period of this plan reports to a board on this date')).not.toHaveLength(0);
    expect(within(form).getByRole('group', { name: /New date of the meeting/ })).toHaveAttribute('aria-describedby', expect.stringContaining('meeting-date-error'));
    expect(within(form).getByRole('textbox', { name: 'Day' })).toHaveValue('9');
  });
});
