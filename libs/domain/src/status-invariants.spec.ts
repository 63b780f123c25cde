import { DELIVERY_STATUSES } from './delivery-status';
import { DomainRuleError } from './errors';
import {
  assertStatusInvariants,
  checkImportedJudgement,
  checkStatusInvariants,
  IMPACT_EVIDENCED_NEEDS_EVIDENCE_MESSAGE,
  IMPORTED_JUDGEMENT_WARNING,
  IMPACT_NEEDS_COMPLETE_DELIVERY_MESSAGE,
} from './status-invariants';

describe('checkStatusInvariants', () => {
  it('accepts "not yet fully completed" impact at any delivery status', () => {
    for (const deliveryStatus of DELIVERY_STATUSES) {
      expect(checkStatusInvariants({ deliveryStatus, impactStatus: 'not_yet_complete', impactEvidenceCount: 0 })).toEqual([]);
    }
  });

  it('accepts a complete action that is monitoring impact without evidence yet', () => {
    expect(
      checkStatusInvariants({ deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact', impactEvidenceCount: 0 }),
    ).toEqual([]);
  });

  it('refuses a completed impact while delivery is not complete', () => {
    for (const deliveryStatus of DELIVERY_STATUSES.filter((s) => s !== 'complete')) {
      expect(checkStatusInvariants({ deliveryStatus, impactStatus: 'complete_monitoring_impact' })).toEqual([
        { field: 'impactStatus', rule: 'impact_needs_complete_delivery', message: IMPACT_NEEDS_COMPLETE_DELIVERY_MESSAGE },
      ]);
    }
  });

  it('refuses impact evidenced without impact evidence', () => {
    expect(
      checkStatusInvariants({ deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 0 }),
    ).toEqual([{ field: 'impactStatus', rule: 'impact_evidenced_needs_evidence', message: IMPACT_EVIDENCED_NEEDS_EVIDENCE_MESSAGE }]);
  });

  it('accepts impact evidenced with one item of impact evidence', () => {
    expect(
      checkStatusInvariants({ deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 1 }),
    ).toEqual([]);
  });

  it('leaves the evidence rule alone when the caller does not know the evidence', () => {
    expect(checkStatusInvariants({ deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced' })).toEqual([]);
  });

  it('reports both broken rules at once', () => {
    expect(
      checkStatusInvariants({ deliveryStatus: 'on_track', impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 0 }),
    ).toHaveLength(2);
  });

  it('writes messages as full sentences', () => {
    for (const m of [IMPACT_NEEDS_COMPLETE_DELIVERY_MESSAGE, IMPACT_EVIDENCED_NEEDS_EVIDENCE_MESSAGE, IMPORTED_JUDGEMENT_WARNING]) {
      expect(m).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('assertStatusInvariants', () => {
  it('passes a consistent judgement', () => {
    expect(() => assertStatusInvariants({ deliveryStatus: 'at_risk', impactStatus: 'not_yet_complete' })).not.toThrow();
  });

  it('throws a DomainRuleError on impactStatus for the first broken rule', () => {
    expect(() =>
      assertStatusInvariants({ deliveryStatus: 'on_track', impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 0 }),
    ).toThrow(new DomainRuleError('impactStatus', IMPACT_NEEDS_COMPLETE_DELIVERY_MESSAGE));
  });
});

describe('checkImportedJudgement', () => {
  it("accepts a council's impact evidenced judgement without evidence in the product, naming the rule it breaks", () => {
    expect(checkImportedJudgement({ deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 0 })).toEqual({
      refused: [],
      accepted: [{ field: 'impactStatus', rule: 'impact_evidenced_needs_evidence', message: IMPACT_EVIDENCED_NEEDS_EVIDENCE_MESSAGE }],
    });
  });

  it('still refuses a completed impact while delivery is not complete', () => {
    const { refused, accepted } = checkImportedJudgement({ deliveryStatus: 'on_track', impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 0 });
    expect(refused.map((v) => v.rule)).toEqual(['impact_needs_complete_delivery']);
    expect(accepted.map((v) => v.rule)).toEqual(['impact_evidenced_needs_evidence']);
  });

  it('has nothing to accept when the evidence is there', () => {
    expect(checkImportedJudgement({ deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 2 })).toEqual({ refused: [], accepted: [] });
  });
});
