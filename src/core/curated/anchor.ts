// Keeping curated spans on their words while the article changes. Edits move spans with the text
// (an insertion before a span shifts it, an edit inside adjusts it, typing at either edge does not grow it);
// a span whose words were deleted or replaced is "lost" and comes back only if the same words are put back
// in the same place (undo, a file reloaded from disk), never by jumping to the same word elsewhere.
import type { Span } from '../types';
import { offsetMap } from './offsets';
import { findFragments, fragmentTexts, textBoundLine, type AnnDoc, type AnnLine, type TextBound } from './standoff';

/** One replacement, in the text as it is when the change applies (VS Code applies an event's changes in order). */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function mapStart(p: number, c: TextChange, delta: number): number {
  if (p < c.start) return p;
  if (p >= c.end) return p + delta;
  return c.start;
}

function mapEnd(p: number, c: TextChange, delta: number): number {
  if (p <= c.start) return p;
  if (p >= c.end) return p + delta;
  return c.start + c.text.length;
}

/** The span after a change, or null when the change deleted or replaced all of it. */
export function shiftSpan(s: Span, c: TextChange): Span | null {
  const delta = c.text.length - (c.end - c.start);
  if (c.end > c.start && s.start >= c.start && s.end <= c.end) return null;
  const start = mapStart(s.start, c, delta);
  const end = Math.max(start, mapEnd(s.end, c, delta));
  return end > start || s.end === s.start ? { start, end } : null;
}

function lose(t: TextBound, before: string, near: number): TextBound {
  if (t.lost) return t;
  const line = t.raw ?? textBoundLine(t, before, offsetMap(before));
  return { kind: 'T', id: t.id, type: t.type, spans: t.spans, lost: { texts: fragmentTexts(before, t.spans), near, line } };
}

/**
 * The document after the text changed from `before` by `changes` (applied in order). Returns the new
 * document and the text it is now anchored to.
 */
export function applyTextChanges(doc: AnnDoc, before: string, changes: readonly TextChange[]): { doc: AnnDoc; text: string } {
  let text = before;
  let lines: AnnLine[] = [...doc.lines];
  let inserted: Span[] = [];
  for (const c of changes) {
    const delta = c.text.length - (c.end - c.start);
    lines = lines.map((l) => {
      if (l.kind !== 'T') return l;
      if (l.lost) return { ...l, lost: { ...l.lost, near: mapStart(l.lost.near, c, delta) } };
      const spans = l.spans.map((s) => shiftSpan(s, c));
      // Replaced lines are mostly the same lines (a reload from disk): look where it was, relative to the change.
      if (spans.every((s) => s === null)) return lose(l, text, c.start + Math.min(l.spans[0].start - c.start, c.text.length));
      const kept = spans.filter((s): s is Span => s !== null);
      const same = kept.length === l.spans.length && kept.every((s, i) => s.start === l.spans[i].start && s.end === l.spans[i].end);
      return same ? l : { kind: 'T', id: l.id, type: l.type, spans: kept };
    });
    inserted = inserted.flatMap((s) => shiftSpan(s, c) ?? []);
    if (c.text.length) inserted.push({ start: c.start, end: c.start + c.text.length });
    text = text.slice(0, c.start) + c.text + text.slice(c.end);
  }
  // Lost words found again inside text this event inserted where they were (undo, a reload from disk).
  if (inserted.length && lines.some((l) => l.kind === 'T' && l.lost)) {
    lines = lines.map((l) => {
      if (l.kind !== 'T' || !l.lost) return l;
      const near = l.lost.near;
      const back = inserted.find((i) => i.start <= near && near <= i.end);
      const found = back && findFragments(text, l.lost.texts, near);
      if (!found || !found.every((s) => s.start >= back.start && s.end <= back.end)) return l;
      return { kind: 'T', id: l.id, type: l.type, spans: found };
    });
  }
  return { doc: { ...doc, lines }, text };
}

/** Whether any span is lost (the Problems panel lists them). */
export function hasLost(doc: AnnDoc): boolean {
  return doc.lines.some((l) => l.kind === 'T' && !!l.lost);
}
