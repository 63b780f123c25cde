import { ValidationPipe, type Type } from '@nestjs/common';
import { validationException } from './error-envelope';

/** The one validation setup: the global pipe uses it, and so does any handler that validates a body by hand. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
