import * as domain from './index';

describe('@send/domain', () => {
  it('exposes the rules from one entry point', () => {
    for (const name of [
      'DomainRuleError',
      'DELIVERY_STATUS_INFO',
      'IMPACT_STATUSES',
      'checkStatusInvariants',
      'isOverdue',
      'todayIso',
      'nextUpdateState',
      'NARRATIVE_MAX',
      'isStale',
      'exceptionsOf',
      'needsUpdate',
      'computeMeasureStatus',
      'trajectoryValueAt',
      'parseSpreadsheetDate',
      'ROLE_LABELS',
      'canEditAction',
      'PLAN_READER_ROLES',
      'isAllowedEvidenceFile',
      'guessImportMapping',
      'spreadsheetSafeText',
      'fromSpreadsheetSafeText',
      'currentPeriod',
      'assertSubmittable',
      'checkEvidenceContent',
      'checkImpactEvidenceRemoval',
      'isVoiceUnanswered',
      'voiceAsAt',
      'checkMeasureSettings',
      'MEASURE_FREQUENCIES',
      'readinessOf',
      'readinessGaps',
      'countSchoolPlan',
    ]) {
      expect(domain).toHaveProperty(name);
    }
  });
});
