import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min, registerDecorator, ValidationOptions } from 'class-validator';

/** A calendar date written YYYY-MM-DD that exists (2025-02-30 does not). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a date written YYYY-MM-DD`, ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const d = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
        },
      },
    });
}

/** Query strings carry text: read "true"/"false" as booleans, leave anything else for validation to refuse. */
export const QueryBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** Trims text input; blank text is treated as absent where the field is optional. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** The largest version a record can reach (PostgreSQL's int). */
export const RECORD_VERSION_MAX = 2_147_483_647;

/** The `version` a record was read at, sent back with an edit so a stale edit is refused with 409. */
export const IsRecordVersion = (what = 'record') =>
  applyDecorators(
    IsInt({ message: `version must be the whole number the ${what} was read at` }),
    Min(1),
    Max(RECORD_VERSION_MAX, { message: `version must be the whole number the ${what} was read at` }),
  );
