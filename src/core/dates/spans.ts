// TimeML span conventions: prepositions stay out ("on Friday" → "Friday"), determiners and modifiers
// stay in ("the last week", "about two years"), no surrounding space or punctuation.
import type { Span } from '../types';

const LEADING = /^(?:(?:on|at|in|by|from|since|until|till|to|for|during|before|after|of|between|through|as of)\s+)+/i;

/** White space as `\s` has it. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The span without leading prepositions and trailing spaces or commas; null if nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  const piece = text.slice(start, end);
  const lead = LEADING.exec(piece);
  let s = start + (lead ? lead[0].length : 0);
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  for (let c = text.charCodeAt(e - 1); e > s && (isSpace(c) || c === 44 || c === 59 || c === 58); c = text.charCodeAt(e - 1)) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Keeps the longest of overlapping spans (ours win ties, then the earlier one); returns them in text order.
 * A map of the characters already taken makes each test cost the span's length, not the number kept.
 */
/** Up to this many spans, resolveOverlaps compares them pairwise (quadratic in a bounded count). */
const FEW = 8;

export function resolveOverlaps<T extends Span & { custom: boolean }>(items: T[]): T[] {
  if (items.length < 2) return items.slice();
  const sorted = items.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.custom) - Number(a.custom) || a.start - b.start);
  if (items.length <= FEW) {
    // A window's few hits (the usual case): testing each against the ones kept costs less than a map of characters.
    const kept: T[] = [];
    for (const it of sorted) {
      let free = true;
      // Spans overlap when they share a character (an empty span shares none), as in the map below.
      for (const k of kept) {
        if (k.start < it.end && it.start < k.end && k.start < k.end && it.start < it.end) {
          free = false;
          break;
        }
      }
      if (free) kept.push(it);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const it of items) {
    if (it.start < lo) lo = it.start;
    if (it.end > hi) hi = it.end;
  }
  const taken = new Uint8Array(hi - lo);
  const kept: T[] = [];
  for (const it of sorted) {
    let free = true;
    for (let k = it.start - lo; k < it.end - lo; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, it.start - lo, it.end - lo);
    kept.push(it);
  }
  return kept.sort((a, b) => a.start - b.start);
}
