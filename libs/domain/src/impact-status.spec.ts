import { IMPACT_STATUS_RAG, IMPACT_STATUSES, impactStatusLabel, isCompleteImpact, isImpactStatus } from './impact-status';

describe('impact status', () => {
  it('recognises each impact status and nothing else', () => {
    for (const s of IMPACT_STATUSES) expect(isImpactStatus(s)).toBe(true);
    expect(isImpactStatus('complete')).toBe(false);
    expect(isImpactStatus(null)).toBe(false);
  });

  it('labels the categories as the critical review wrote them', () => {
    expect(IMPACT_STATUSES.map(impactStatusLabel)).toEqual([
      'Not yet fully completed',
      'Completed – monitoring impact',
      'Completed – impact evidenced',
    ]);
  });

  it('counts both completed categories as complete', () => {
    expect(isCompleteImpact('not_yet_complete')).toBe(false);
    expect(isCompleteImpact('complete_monitoring_impact')).toBe(true);
    expect(isCompleteImpact('complete_impact_evidenced')).toBe(true);
  });

  it('gives each category its own colour, with delivered-but-monitoring in the blue of BRAG complete', () => {
    expect(new Set(IMPACT_STATUSES.map((s) => IMPACT_STATUS_RAG[s])).size).toBe(3);
    expect(IMPACT_STATUS_RAG.complete_monitoring_impact).toBe('blue');
  });
});
