import { ApiError } from '../api-client';
import { toFormErrors } from '../form-errors';

const FIELDS = [
  ['narrative', 'narrative'],
  ['values', 'value'],
  ['values.0.date', 'date'],
] as const;

describe('toFormErrors', () => {
  it('puts each API message beside its field and in the summary, in the order of the form', () => {
    const error = new ApiError(400, 'Validation failed', [
      { field: 'values.0.date', message: 'date must be a date written YYYY-MM-DD' },
      { field: 'narrative', message: 'narrative must not be empty' },
    ]);
    const result = toFormErrors(error, FIELDS);
    expect(result.byField).toEqual({ narrative: ['Narrative must not be empty'], 'values.0.date': ['Date must be a date written YYYY-MM-DD'] });
    expect(result.summary.map((s) => s.href)).toEqual(['narrative', 'date']);
    expect(result.general).toBeUndefined();
  });

  it('files a nested message under the closest field the form shows', () => {
    const result = toFormErrors(new ApiError(400, 'x', [{ field: 'values.0.value', message: 'value must be a number' }]), FIELDS);
    expect(result.byField.values).toEqual(['Value must be a number']);
    expect(result.summary).toEqual([{ href: 'value', message: 'Value must be a number' }]);
  });

  it('keeps messages for fields the form does not show, as general text', () => {
    const result = toFormErrors(new ApiError(400, 'x', [{ field: 'moderatorId', message: 'You cannot approve your own update' }]), FIELDS);
    expect(result.summary).toEqual([]);
    expect(result.general).toBe('You cannot approve your own update');
  });

  it('uses the message of a refusal that names no field', () => {
    expect(toFormErrors(new ApiError(403, 'You may only write to your own actions'), FIELDS).general).toBe('You may only write to your own actions');
  });

  it('leaves a conflict to the form, which shows the newer version', () => {
    const result = toFormErrors(new ApiError(409, 'changed', [{ field: 'version', message: 'The record has changed' }], { version: 3 }), FIELDS);
    expect(result.general).toBeUndefined();
    expect(result.summary).toEqual([]);
  });

  it('has nothing to say when there is no error', () => {
    expect(toFormErrors(null, FIELDS)).toEqual({ byField: {}, summary: [] });
  });
});
