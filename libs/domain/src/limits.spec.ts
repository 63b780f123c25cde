import * as limits from './limits';

describe('length limits', () => {
  // Pinned: database columns and DTOs are sized from these numbers.
  it('keeps the agreed limits', () => {
    expect(limits).toEqual({
      TITLE_MAX: 200,
      DESCRIPTION_MAX: 5000,
      NARRATIVE_MAX: 10000,
      NEXT_STEPS_MAX: 5000,
      RISKS_MAX: 5000,
      COMMENT_MAX: 2000,
      RETURN_COMMENT_MAX: 2000,
    });
  });
});
