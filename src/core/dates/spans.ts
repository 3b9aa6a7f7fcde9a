// TimeML span conventions: prepositions stay out ("on Friday" → "Friday"), determiners and modifiers
// stay in ("the last week", "about two years"), no surrounding space or punctuation.
import type { Span } from '../types';

const LEADING = /^(?:(?:on|at|in|by|from|since|until|till|to|for|during|before|after|of|between|through|as of)\s+)+/i;

/** The span without leading prepositions and trailing spaces or commas; null if nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  const piece = text.slice(start, end);
  const lead = LEADING.exec(piece);
  let s = start + (lead ? lead[0].length : 0);
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Keeps the longest of overlapping spans (ours win ties); returns them in text order. */
export function resolveOverlaps<T extends Span & { custom: boolean }>(items: T[]): T[] {
  const sorted = items.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.custom) - Number(a.custom) || a.start - b.start);
  const kept: T[] = [];
  for (const it of sorted) {
    if (!kept.some((k) => k.start < it.end && it.start < k.end)) kept.push(it);
  }
  return kept.sort((a, b) => a.start - b.start);
}
