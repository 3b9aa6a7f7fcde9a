// Runs the core's long computations (steps.ts) on the extension host thread in short slices, so the
// editor stays responsive while thousands of articles are merged, searched or put on a timeline.
import type { Steps } from '../../core/corpus/steps';

/** Milliseconds of work per slice before other work gets a turn. */
export const SLICE_MS = 8;

/**
 * Runs `steps` to the end, a slice at a time. `cancelled` is asked between slices: when it says yes,
 * the run stops and resolves to undefined.
 */
export async function runSliced<T>(steps: Steps<T>, cancelled: () => boolean = () => false, budgetMs = SLICE_MS): Promise<T | undefined> {
  for (;;) {
    const t0 = performance.now();
    let r: IteratorResult<void, T>;
    do r = steps.next();
    while (!r.done && performance.now() - t0 < budgetMs);
    if (r.done) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (cancelled()) {
      steps.return(undefined as never);
      return undefined;
    }
  }
}
