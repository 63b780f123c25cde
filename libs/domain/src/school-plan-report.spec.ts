import { countSchoolPlan, type SchoolPlanActionFacts } from './school-plan-report';

const action = (over: Partial<SchoolPlanActionFacts> = {}): SchoolPlanActionFacts => ({
  deliveryStatus: 'on_track', impactStatus: 'not_yet_complete', overdue: false, evidence: [], ...over,
});

describe('countSchoolPlan', () => {
  it('counts nothing, status by status, for a plan with no actions', () => {
    const counts = countSchoolPlan([{ actions: [] }, { actions: [] }]);
    expect(counts).toMatchObject({ priorities: 2, actions: 0, complete: 0, overdue: 0, impactEvidenced: 0, impactEvidence: 0, otherEvidence: 0 });
    expect(counts.byDeliveryStatus).toEqual({ not_started: 0, on_track: 0, at_risk: 0, off_track: 0, complete: 0 });
    expect(counts.byImpactStatus).toEqual({ not_yet_complete: 0, complete_monitoring_impact: 0, complete_impact_evidenced: 0 });
  });

  it("counts every priority's actions by delivery and impact status, the overdue ones, and evidence with and without impact", () => {
    const counts = countSchoolPlan([
      { actions: [
        action({ deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced', evidence: [{ demonstratesImpact: true }, { demonstratesImpact: false }] }),
        action({ deliveryStatus: 'at_risk', overdue: true }),
      ] },
      { actions: [
        action({ deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact', evidence: [{ demonstratesImpact: true }] }),
        action({ deliveryStatus: 'off_track', overdue: true, evidence: [{ demonstratesImpact: false }] }),
        action(),
      ] },
    ]);
    expect(counts).toMatchObject({ priorities: 2, actions: 5, complete: 2, overdue: 2, impactEvidenced: 1, impactEvidence: 2, otherEvidence: 2 });
    expect(counts.byDeliveryStatus).toEqual({ not_started: 0, on_track: 1, at_risk: 1, off_track: 1, complete: 2 });
    expect(counts.byImpactStatus).toEqual({ not_yet_complete: 3, complete_monitoring_impact: 1, complete_impact_evidenced: 1 });
  });
});
