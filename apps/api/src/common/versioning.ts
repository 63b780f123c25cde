import { ConflictException } from '@nestjs/common';

/**
 * Optimistic locking: an edit carries the version it was read at. If someone saved in between,
 * refuse with 409 and the current record so the user can see what changed.
 */
export function assertCurrentVersion<T extends { version: number }>(entity: T, version: number, current: () => unknown): void {
  if (entity.version !== version) {
    throw new ConflictException({
      message: `This record was changed by someone else (you edited version ${version}, it is now at version ${entity.version}). Review the current version and apply your change again.`,
      errors: [{ field: 'version', message: 'The record has changed since you opened it' }],
      current: current(),
    });
  }
}
