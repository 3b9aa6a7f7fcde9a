// Pairs double quotation marks inside each paragraph. One linear scan per paragraph; single
// quotes are never top-level quotes here (they nest, or they are apostrophes).
import type { Span } from '../types';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset after the closing mark, or the paragraph end when the quote is left open. */
  readonly end: number;
  /** No closing mark in this paragraph. */
  readonly openEnd: boolean;
  /** Index of the paragraph holding the span. */
  readonly paragraph: number;
  /** Pieces of one quotation that runs over several paragraphs share a group number; -1 when alone. */
  group: number;
}

const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const SDQ = 0x22; // "
const LAQ = 0xab; // «
const RAQ = 0xbb; // »
const LOW = 0x201e; // „ (opens, closed by “ or ”)

const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x1fff);

/** Every character the scan acts on. */
const MARKS = /[“”"«»„<]/g;

/** Kind of mark on the stack: 0 curly double, 1 straight double, 2 guillemet, 3 low-9. */
type Kind = 0 | 1 | 2 | 3;

/** Deeper nesting than this is not prose; further opening marks are ignored. */
const MAX_DEPTH = 16;

/** True when the mark at i reads as a closing mark: something before it, space or punctuation after. */
function looksClosing(text: string, i: number, lineStart: number, lineEnd: number): boolean {
  const prev = i > lineStart ? text.charCodeAt(i - 1) : 32;
  const next = i + 1 < lineEnd ? text.charCodeAt(i + 1) : 32;
  return !isWs(prev) && !isWordChar(next);
}

function looksOpening(text: string, i: number, lineStart: number, lineEnd: number): boolean {
  const prev = i > lineStart ? text.charCodeAt(i - 1) : 32;
  const next = i + 1 < lineEnd ? text.charCodeAt(i + 1) : 32;
  return (isWs(prev) || prev === 40 || prev === 91 || prev === 0x2014 || prev === 0x2013 || prev === 0x2015 || i === lineStart) && !isWs(next);
}

/** The " of a height such as 6'3" or 5’ 10": feet, apostrophe, inches. */
function isInchMark(text: string, i: number, lineStart: number): boolean {
  let k = i - 1;
  let digits = 0;
  while (k >= lineStart && digits < 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) {
    k--;
    digits++;
  }
  if (digits === 0 || digits > 2) return false;
  if (k >= lineStart && text.charCodeAt(k) === 32) k--;
  const a = k >= lineStart ? text.charCodeAt(k) : 0;
  if (a !== 39 && a !== 0x2019) return false;
  const f = k - 1 >= lineStart ? text.charCodeAt(k - 1) : 0;
  return f >= 48 && f <= 57;
}

/**
 * Finds every top-level double-quoted span, paragraph by paragraph. A quote left open at a paragraph's end stops
 * there (never runs away); when the next paragraph opens with a mark, the two pieces form one multi-paragraph group.
 */
export function pairQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stackKind: Kind[] = [];
  const stackPos: number[] = [];
  let nextGt = -2; // cached position of the next '>' (-1: none left)
  let nextMark = -1; // cached position of the next candidate character
  let group = 0;
  const count = [0, 0, 0, 0];
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p];
    stackKind.length = 0;
    stackPos.length = 0;
    count.fill(0);
    let stackPos0 = -1;
    for (let i = ps; i < pe; i++) {
      // jump to the next character that can matter; the cached hit is reused across paragraphs
      if (nextMark < i) {
        MARKS.lastIndex = i;
        const m = MARKS.exec(text);
        nextMark = m ? m.index : text.length;
      }
      if (nextMark >= pe) break;
      i = nextMark;
      const c = text.charCodeAt(i);
      if (c === 60 /* < */ && stackKind.length === 0) {
        // Skip markup such as <tweet author="…">: its attribute values are not quotes.
        const n = i + 1 < pe ? text.charCodeAt(i + 1) : 0;
        if ((n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 47) {
          if (nextGt !== -1 && nextGt < i) nextGt = text.indexOf('>', i);
          if (nextGt !== -1 && nextGt < pe) {
            i = nextGt;
            continue;
          }
        }
        continue;
      }
      let kind: Kind;
      let opens: boolean;
      if (c === LDQ) {
        // A second “ while one is open, with text before and a space after, is a typo for ”.
        const top = stackKind.length ? stackKind[stackKind.length - 1] : -1;
        if ((top === 0 || top === 3) && looksClosing(text, i, ps, pe) && !looksOpening(text, i, ps, pe)) {
          kind = top as Kind;
          opens = false;
        } else if (top === 3) {
          kind = 3;
          opens = false;
        } else {
          kind = 0;
          opens = true;
        }
      } else if (c === RDQ) {
        const hasCurly = count[0] > 0 || count[3] > 0;
        if (!hasCurly && looksOpening(text, i, ps, pe) && !looksClosing(text, i, ps, pe)) {
          kind = 0; // ” used as an opening mark
          opens = true;
        } else if (!hasCurly && stackKind.length && stackKind[stackKind.length - 1] === 1) {
          kind = 1; // "…” mixed marks
          opens = false;
        } else {
          kind = count[3] > 0 && count[0] === 0 ? 3 : 0;
          opens = false;
        }
      } else if (c === SDQ) {
        if (isInchMark(text, i, ps)) continue;
        const top = stackKind.length ? stackKind[stackKind.length - 1] : -1;
        if (top === 1) {
          kind = 1;
          opens = false;
        } else if (top >= 0 && looksClosing(text, i, ps, pe) && !looksOpening(text, i, ps, pe)) {
          kind = top as Kind; // “…" mixed marks
          opens = false;
        } else {
          kind = 1;
          opens = true;
        }
      } else if (c === LAQ) {
        kind = 2;
        opens = true;
      } else if (c === RAQ) {
        kind = 2;
        opens = false;
      } else if (c === LOW) {
        kind = 3;
        opens = true;
      } else {
        continue;
      }
      if (stackKind.length === 0) stackPos0 = i;
      if (opens) {
        if (stackKind.length >= MAX_DEPTH) continue; // pathological nesting: ignore deeper marks
        count[kind]++;
        stackKind.push(kind);
        stackPos.push(i);
        continue;
      }
      // Close the innermost open mark of this kind; a stray closing mark is ignored.
      let k = stackKind.length - 1;
      while (k >= 0 && stackKind[k] !== kind) k--;
      if (k < 0) continue;
      for (let j = k; j < stackKind.length; j++) count[stackKind[j]]--;
      stackKind.length = k;
      stackPos.length = k;
      if (k === 0) out.push({ start: stackPos0, end: i + 1, openEnd: false, paragraph: p, group: -1 });
    }
    if (stackKind.length) {
      const start = stackPos[0];
      // An open mark right at the paragraph end opens nothing.
      if (start < pe - 1) out.push({ start, end: pe, openEnd: true, paragraph: p, group: -1 });
    }
  }
  // Link pieces: an open-ended piece followed by a paragraph that starts with its quote.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (!a.openEnd || b.paragraph !== a.paragraph + 1 || b.start !== paragraphs[b.paragraph].start) continue;
    if (a.group < 0) a.group = group++;
    b.group = a.group;
  }
  return out;
}
