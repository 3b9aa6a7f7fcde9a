// Long computations over whole collections are written as generators that yield every few hundred
// items: a caller on a busy thread (the editor's) runs them in slices between other work, anyone else
// runs them to the end at once. Pure: no timers here.

/** A computation that yields (nothing) now and then and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end, at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Items between two yields: enough that yielding costs nothing, few enough that a slice stays short. */
export const STEP = 256;
