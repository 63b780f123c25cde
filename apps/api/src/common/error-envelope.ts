import { BadRequestException, HttpException, HttpStatus, ValidationError } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/** Every error response has this one shape. */
export interface ErrorEnvelope {
  message: string;
  errors: FieldError[];
  current?: unknown;
}

/**
 * Flattens class-validator's tree into `errors[]` with dotted paths (`milestones.0.dueDate`), one
 * message per field: a missing title breaks "is text", "is not empty" and "is short enough" at
 * once, and only the first says what to do.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const message = leadingMessage(error.constraints ?? {});
    const own = message === undefined ? [] : [{ field, message: humanise(message, error.property, field) }];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The rules that say what a field must be, before those that say how long or how large. */
const LEADING_CONSTRAINTS = [
  'whitelistValidation', 'isDefined', 'isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isUuid', 'isIsoDate', 'isEmail', 'isIn', 'isNotEmpty',
];

function leadingMessage(constraints: Record<string, string>): string | undefined {
  const leading = LEADING_CONSTRAINTS.find((name) => name in constraints);
  return leading ? constraints[leading] : Object.values(constraints)[0];
}

// class-validator starts messages with the bare property name; show the full path instead.
function humanise(message: string, property: string, field: string): string {
  if (message.startsWith('property ') && message.endsWith(' should not exist')) return `${field} is not a field this accepts`;
  return message.startsWith(property) ? field + message.slice(property.length) : message;
}

export function validationException(errors: ValidationError[]): BadRequestException {
  return new BadRequestException({ message: 'Validation failed', errors: flattenValidationErrors(errors) });
}

export function fieldError(field: string, message: string, status = HttpStatus.BAD_REQUEST): HttpException {
  return new HttpException({ message, errors: [{ field, message }] }, status);
}

/** Every broken rule at once, each against its field, as a 400 (the first one's message leads). */
export function violationsException(violations: readonly FieldError[], status = HttpStatus.BAD_REQUEST): HttpException {
  return new HttpException({ message: violations[0]?.message ?? 'Validation failed', errors: [...violations] }, status);
}
