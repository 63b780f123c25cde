import { describeChanges } from '../history';

describe('an action\'s history from the audit trail', () => {
  it('describes what an edit changed in words, leaving out the version', () => {
    expect(
      describeChanges({ before: { dueDate: '2025-03-31', deliveryStatus: 'on_track', version: 1 }, after: { dueDate: '2025-06-30', deliveryStatus: 'off_track', version: 2 } }),
    ).toEqual(['Due date: 2025-03-31 → 2025-06-30', 'Delivery status: On track → Off track']);
  });
});
