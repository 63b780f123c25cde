/**
 * Deterministic randomness for the illustrative demo: the same keys always give the same numbers,
 * so a demo seeded on any day tells the same story up to that day, and tests are stable.
 */

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator of numbers in [0, 1) for these keys (mulberry32). */
export function randomFor(...keys: (string | number)[]): () => number {
  let state = hash(keys.join('|'));
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of the items, chosen by `r`. */
export function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

/** A whole number from `min` to `max` inclusive. */
export function between(r: () => number, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1));
}
