import { canEditAction, type AccessSubject, type ActionOwnership } from './access';
import { can } from './permissions';
import type { RuleViolation } from './errors';
import { isoDateToDayNumber } from './iso-date';
import type { MeasureUnit } from './measure-status';

/** How often a measure is reported. `termly` follows the school year's three terms. */
export const MEASURE_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'termly', 'annually'] as const;
export type MeasureFrequency = (typeof MEASURE_FREQUENCIES)[number];
export const MEASURE_FREQUENCY_LABELS: Readonly<Record<MeasureFrequency, string>> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  termly: 'Termly',
  annually: 'Annually',
};
export function isMeasureFrequency(x: unknown): x is MeasureFrequency {
  return typeof x === 'string' && (MEASURE_FREQUENCIES as readonly string[]).includes(x);
}

/** Units that count whole things: a value of 2.5 children is a typing slip. */
const WHOLE_UNITS: readonly MeasureUnit[] = ['count', 'people'];

/**
 * Problems with one figure of a measure (a value, its baseline or its target),
 * reported against `field`: every unit is zero or more, a percentage is at most
 * 100, and counts of things or people are whole numbers.
 */
export function checkMeasureFigure<F extends string>(unit: MeasureUnit, value: number, field: F): RuleViolation<F>[] {
  if (!Number.isFinite(value)) return [{ field, message: `${field} must be a number` }];
  if (value < 0) return [{ field, message: `${field} cannot be negative` }];
  if (unit === 'percent' && value > 100) return [{ field, message: `${field} is a percentage, so it must be between 0 and 100` }];
  if (WHOLE_UNITS.includes(unit) && !Number.isInteger(value)) {
    return [{ field, message: `${field} counts ${unit === 'people' ? 'people' : 'things'}, so it must be a whole number` }];
  }
  return [];
}

export interface MeasureSettings {
  unit: MeasureUnit;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  tolerance: number;
}

type MeasureField = 'baselineValue' | 'targetValue' | 'tolerance';

/**
 * Problems with a measure's baseline, target and tolerance, each against its
 * field. A date needs its value (a date alone gives nothing to judge against);
 * a value without a date is allowed (a standing target, a baseline of unknown
 * date). The target date must come after the baseline date. The tolerance is
 * in the measure's own units and not negative.
 */
export function checkMeasureSettings(m: MeasureSettings): RuleViolation<MeasureField | 'targetDate'>[] {
  const violations: RuleViolation<MeasureField | 'targetDate'>[] = [];
  if (m.baselineValue !== null) violations.push(...checkMeasureFigure(m.unit, m.baselineValue, 'baselineValue'));
  else if (m.baselineDate !== null) violations.push({ field: 'baselineValue', message: 'Give the baseline value for the baseline date' });
  if (m.targetValue !== null) violations.push(...checkMeasureFigure(m.unit, m.targetValue, 'targetValue'));
  else if (m.targetDate !== null) violations.push({ field: 'targetValue', message: 'Give the target value for the target date' });
  if (m.baselineDate !== null && m.targetDate !== null && isoDateToDayNumber(m.targetDate) <= isoDateToDayNumber(m.baselineDate)) {
    violations.push({ field: 'targetDate', message: 'The target date must be after the baseline date' });
  }
  if (!(m.tolerance >= 0)) violations.push({ field: 'tolerance', message: 'tolerance cannot be negative' });
  if (m.unit === 'percent' && m.tolerance > 100) {
    violations.push({ field: 'tolerance', message: 'tolerance is in percentage points, so it must be between 0 and 100' });
  }
  return violations;
}

/**
 * Whether a user may enter or correct a measure's values: a plan manager (or administrator) any
 * measure; an action owner a measure that evidences at least one action they may edit.
 */
export function canEnterMeasureValues(subject: AccessSubject, evidencedActions: readonly ActionOwnership[]): boolean {
  return can(subject.roles, 'managePlan') || evidencedActions.some((action) => canEditAction(subject, action));
}

/**
 * A measure's figures (values, baseline, target, tolerance) lie within ± this: a million million,
 * beyond any count, rate or sum of money a plan reports, and far inside what arithmetic on them
 * (trajectories, differences) can carry exactly.
 */
export const MEASURE_FIGURE_MAX = 1e12;
