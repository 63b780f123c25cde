import { GOVERNANCE_BODY_KINDS, GOVERNANCE_BODY_KIND_LABELS, governanceBodyKindLabel } from './governance-body';

describe('governanceBodyKindLabel', () => {
  it("calls a school plan's board its governing board", () => {
    expect(governanceBodyKindLabel('improvement_board', { schoolPlan: true })).toBe('Governing board');
  });

  it("calls a local area plan's board an improvement board", () => {
    expect(governanceBodyKindLabel('improvement_board', { schoolPlan: false })).toBe('Improvement board');
  });

  it('names every other kind the same in either plan', () => {
    for (const kind of GOVERNANCE_BODY_KINDS.filter((k) => k !== 'improvement_board')) {
      expect(governanceBodyKindLabel(kind, { schoolPlan: true })).toBe(GOVERNANCE_BODY_KIND_LABELS[kind]);
      expect(governanceBodyKindLabel(kind, { schoolPlan: false })).toBe(GOVERNANCE_BODY_KIND_LABELS[kind]);
    }
  });
});
