import { mkdirSync, rmSync, statSync } from 'node:fs';
import { STATE_FILE } from './environment';

/** One lock per Jest run, beside the run's state file: runs with their own apps never wait on each other. */
const LOCK = STATE_FILE.replace(/\.json$/, '.plan-lock');

/**
 * The browser tests share the seeded Plymouth plan and run in parallel files. A test that counts
 * the plan's figures, or changes a status, holds this lock so that no other such test changes the
 * figures under it. (mkdir is atomic: whoever creates the directory holds the lock.)
 */
export async function withPlanLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a crashed run is older than any test: take it over.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 10 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // gone already
      }
      if (Date.now() > deadline) throw new Error('Waited 5 minutes for the plan lock');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
