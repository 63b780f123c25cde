/**
 * An answer as every reader of it gets it from a cache: the one kept copy, frozen, so that no reader
 * can change what the others read. A caller that reworks an answer builds its own from it.
 */
export type Shared<T> = T extends readonly (infer U)[] ? readonly Shared<U>[] : T extends Date ? T : T extends object ? { readonly [K in keyof T]: Shared<T[K]> } : T;

/**
 * Freezes a value and everything in it, once, when it is first read: every later reader shares it as
 * it is (a write to it throws), which costs nothing per read.
 */
export function freeze<T>(value: T): Shared<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) freeze(inner);
  }
  return value as Shared<T>;
}
