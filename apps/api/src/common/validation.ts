import { type ArgumentMetadata, ValidationPipe, type Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError, type ValidatorOptions } from 'class-validator';
import { validationException } from './error-envelope';
import { assertNoHostileInput } from './hostile-input';

/**
 * Nest's ValidationPipe, the one place every JSON body, query string, path parameter and multipart
 * text field passes through: it first refuses a NUL character in any text and nesting too deep to walk
 * (hostile-input.ts), whether or not the route validates the input with a DTO. With two savings
 * on the requests the dashboard makes most:
 * - it validates synchronously: every rule here is synchronous, and the promises of
 *   class-validator's validate() cost a third of the pipe's time;
 * - an empty query string gives the same DTO, and the same verdict, every time, so the verdict is
 *   worked out once per DTO class. Validating it each time cost more than the database query
 *   of GET /api/plans/:id/summary.
 */
class SyncValidationPipe extends ValidationPipe {
  private readonly emptyQueryPasses = new WeakMap<Type, boolean>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.metatype;
    if (metadata.type === 'query' && dto && this.toValidate(metadata) && isEmptyObject(value)) {
      let passes = this.emptyQueryPasses.get(dto);
      if (passes === undefined) {
        passes = this.validate(plainToInstance(dto, {}), this.validatorOptions).length === 0;
        this.emptyQueryPasses.set(dto, passes);
      }
      if (passes) return plainToInstance(dto, {});
    }
    if (metadata.type !== 'custom') assertNoHostileInput(value, metadata.data);
    return super.transform(value, metadata);
  }

  protected override validate(object: object, options?: ValidatorOptions): ValidationError[] {
    return validateSync(object, options);
  }
}

const isEmptyObject = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
};

/** The one validation setup: the global pipe uses it, and so does any handler that validates a body by hand. */
export function createValidationPipe(): ValidationPipe {
  return new SyncValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationException,
  });
}

const pipe = createValidationPipe();

/**
 * Validates and transforms a plain object with a DTO class exactly as the global pipe validates
 * a JSON body, e.g. the text fields of a multipart form. Throws the usual 400 envelope.
 */
export async function validateBody<T extends object>(dto: Type<T>, plain: unknown): Promise<T> {
  return (await pipe.transform(plain ?? {}, { type: 'body', metatype: dto })) as T;
}
