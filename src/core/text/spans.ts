import type { Span } from '../types';

/** The span of sorted, disjoint `spans` that contains offset `pos` (binary search), or null. */
export function spanAt<S extends Span>(spans: readonly S[], pos: number): S | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
