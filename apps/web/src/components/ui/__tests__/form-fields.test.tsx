import { render, screen } from '@testing-library/react';
import { DateInput, joinIsoDate, splitIsoDate, Textarea, TextInput } from '../form-fields';

describe('form fields', () => {
  it('links an error message to its input and marks the input invalid', () => {
    render(<TextInput id="title" label="Title" hint="A short name" errors={['Title must not be empty']} value="" onChange={() => undefined} />);
    const input = screen.getByLabelText('Title');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('A short name Error: Title must not be empty');
  });

  it('counts the characters left against the shared limit', () => {
    render(<Textarea id="narrative" label="Progress" maxLength={10} value="12345678901" onChange={() => undefined} />);
    expect(screen.getByText('You have 1 characters too many')).toBeInTheDocument();
  });

  it('splits and joins dates without passing through local time', () => {
    expect(splitIsoDate('2025-03-09')).toEqual({ day: '9', month: '3', year: '2025' });
    expect(joinIsoDate({ day: '9', month: '3', year: '2025' })).toBe('2025-03-09');
    expect(joinIsoDate({ day: '', month: ' ', year: '' })).toBeNull();
    // Half a date goes to the API as typed, for it to refuse with a message.
    expect(joinIsoDate({ day: '31', month: '2', year: '' })).toBe('0000-02-31');
  });

  it('labels the three boxes of a date and lets the summary link to the first', () => {
    render(<DateInput id="dueDate" legend="Due date" errors={['dueDate must be a date written YYYY-MM-DD']} value={{ day: '1', month: '', year: '' }} onChange={() => undefined} />);
    expect(screen.getByRole('group', { name: 'Due date' })).toBeInTheDocument();
    expect(screen.getByLabelText('Day')).toHaveAttribute('id', 'dueDate');
    expect(screen.getByLabelText('Year')).toHaveClass('govuk-input--error');
  });
});
