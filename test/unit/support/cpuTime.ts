// Timings for the guards against quadratic work. CPU time of this process (user + system), not wall time: other
// processes on a busy machine (CI, parallel builds) stretch the wall clock by several times, but hardly the CPU
// time the work itself takes, so a ratio or a generous bound measured this way fails on a quadratic, not on load.

/** Runs `fn` and returns its result with the CPU milliseconds it took. */
export function cpuTimed<T>(fn: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}
