import type { AccessSubject } from './access';
import {
  canEnterMeasureValues,
  checkMeasureFigure,
  checkMeasureSettings,
  isMeasureFrequency,
  MEASURE_FREQUENCIES,
  MEASURE_FREQUENCY_LABELS,
  type MeasureSettings,
} from './measure';

const settings: MeasureSettings = {
  unit: 'percent',
  baselineValue: 25.5,
  baselineDate: '2023-09-01',
  targetValue: 60,
  targetDate: '2025-08-31',
  tolerance: 5,
};

describe('measure frequencies', () => {
  it('labels every frequency and recognises nothing else', () => {
    expect(MEASURE_FREQUENCIES.map((f) => MEASURE_FREQUENCY_LABELS[f])).toEqual(['Weekly', 'Monthly', 'Quarterly', 'Termly', 'Annually']);
    expect(MEASURE_FREQUENCIES.every(isMeasureFrequency)).toBe(true);
    expect(isMeasureFrequency('daily')).toBe(false);
  });
});

describe('checkMeasureFigure', () => {
  it('accepts zero and ordinary values', () => {
    expect(checkMeasureFigure('count', 0, 'value')).toEqual([]);
    expect(checkMeasureFigure('percent', 39.2, 'value')).toEqual([]);
    expect(checkMeasureFigure('percent', 100, 'value')).toEqual([]);
    expect(checkMeasureFigure('days', 12.5, 'value')).toEqual([]);
  });

  it('refuses a negative value in any unit', () => {
    expect(checkMeasureFigure('weeks', -1, 'value')).toEqual([{ field: 'value', message: 'value cannot be negative' }]);
  });

  it('refuses a percentage over 100', () => {
    expect(checkMeasureFigure('percent', 100.1, 'targetValue')[0]?.field).toBe('targetValue');
  });

  it('refuses a fraction of a count or of people', () => {
    expect(checkMeasureFigure('count', 2.5, 'value')[0]?.message).toMatch(/whole number/);
    expect(checkMeasureFigure('people', 400.5, 'value')[0]?.message).toMatch(/people/);
  });

  it('refuses what is not a finite number', () => {
    expect(checkMeasureFigure('count', Number.NaN, 'value')).toHaveLength(1);
    expect(checkMeasureFigure('count', Number.POSITIVE_INFINITY, 'value')).toHaveLength(1);
  });
});

describe('checkMeasureSettings', () => {
  it('accepts a full baseline and target', () => {
    expect(checkMeasureSettings(settings)).toEqual([]);
  });

  it('accepts a measure with no baseline and no target (values only, no RAG)', () => {
    expect(checkMeasureSettings({ ...settings, baselineValue: null, baselineDate: null, targetValue: null, targetDate: null })).toEqual([]);
  });

  it('accepts values without dates: a standing target, a baseline of unknown date', () => {
    expect(checkMeasureSettings({ ...settings, baselineDate: null, targetDate: null })).toEqual([]);
  });

  it('refuses a date without its value', () => {
    expect(checkMeasureSettings({ ...settings, baselineValue: null }).map((v) => v.field)).toEqual(['baselineValue']);
    expect(checkMeasureSettings({ ...settings, targetValue: null }).map((v) => v.field)).toEqual(['targetValue']);
  });

  it('refuses a target date on or before the baseline date', () => {
    expect(checkMeasureSettings({ ...settings, targetDate: '2023-09-01' })).toEqual([
      { field: 'targetDate', message: 'The target date must be after the baseline date' },
    ]);
  });

  it('checks baseline and target against the unit', () => {
    expect(checkMeasureSettings({ ...settings, unit: 'count', baselineValue: 1.5, targetValue: -2 }).map((v) => v.field)).toEqual([
      'baselineValue',
      'targetValue',
    ]);
  });

  it('refuses a negative tolerance, and one over 100 points for a percentage', () => {
    expect(checkMeasureSettings({ ...settings, tolerance: -1 }).map((v) => v.field)).toEqual(['tolerance']);
    expect(checkMeasureSettings({ ...settings, tolerance: 101 }).map((v) => v.field)).toEqual(['tolerance']);
    expect(checkMeasureSettings({ ...settings, unit: 'days', tolerance: 101 })).toEqual([]);
  });
});

describe('canEnterMeasureValues', () => {
  const own = { ownerPersonId: 'p-me', ownerOrganisationId: 'org-a' };
  const colleagues = { ownerPersonId: 'p-colleague', ownerOrganisationId: 'org-a' };
  const owner = { roles: ['action_owner'] as const, personId: 'p-me', organisationId: 'org-a' };
  const subject = (s: Partial<AccessSubject> & Pick<AccessSubject, 'roles'>): AccessSubject => ({ personId: null, organisationId: null, ...s });

  it('lets a plan manager or an administrator enter values for any measure, even one evidencing no action', () => {
    expect(canEnterMeasureValues(subject({ roles: ['plan_manager'] }), [])).toBe(true);
    expect(canEnterMeasureValues(subject({ roles: ['admin'] }), [colleagues])).toBe(true);
  });

  it('lets an action owner enter values for a measure that evidences one of their actions', () => {
    expect(canEnterMeasureValues(subject({ ...owner, roles: ['action_owner'] }), [colleagues, own])).toBe(true);
  });

  it('refuses an action owner a measure that evidences none of their actions', () => {
    expect(canEnterMeasureValues(subject({ ...owner, roles: ['action_owner'] }), [colleagues])).toBe(false);
    expect(canEnterMeasureValues(subject({ ...owner, roles: ['action_owner'] }), [])).toBe(false);
  });

  it('follows an organisation grant', () => {
    expect(canEnterMeasureValues(subject({ ...owner, roles: ['action_owner'], canEditOrganisationActions: true }), [colleagues])).toBe(true);
  });

  it('refuses every other role', () => {
    for (const role of ['moderator', 'board_member', 'viewer', 'scrutiny'] as const) {
      expect(canEnterMeasureValues(subject({ ...owner, roles: [role] }), [own])).toBe(false);
    }
  });
});
