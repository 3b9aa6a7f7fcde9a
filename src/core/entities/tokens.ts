// One linear scan over the text: word tokens with the few flags the entity rules need.
import type { Span } from '../types';
import { PLACES } from './lexicon';

export interface Token {
  /** Offsets of the name part (a possessive 's is left out). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("FBI", "PENCE"). */
  readonly allCaps: boolean;
  /** Followed by 's / ’s. */
  readonly possessive: boolean;
  /** First word of a sentence, of a paragraph, or right after an opening quotation mark or colon. */
  readonly initial: boolean;
  /** Joined to the previous token by plain spaces only (same line, no punctuation). */
  readonly joinPrev: boolean;
  /** Inside quotation marks. */
  readonly inQuote: boolean;
  /** Index of the sentence holding the token (-1 when outside every sentence). */
  readonly sentence: number;
  /** Index of this token. */
  readonly index: number;
  /** Lower-case suffix cut off after a hyphen ("based" in "Seoul-based"). */
  readonly suffix?: string;
}

const ABBREVS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'st',
  'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'inc', 'corp', 'co', 'ltd', 'bros', 'mt', 'ft', 'messrs',
]);

const HYPHEN_SUFFIXES = new Set([
  'led', 'based', 'born', 'backed', 'owned', 'made', 'run', 'funded', 'style', 'era', 'controlled', 'allied', 'linked',
  'affiliated', 'friendly', 'aligned', 'bound', 'centric', 'sponsored', 'brokered', 'bred', 'raised', 'area', 'level',
  'wide', 'specific', 'related', 'focused', 'only', 'like', 'type', 'style', 'elect',
]);

const WORD = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const isOpenQuote = (c: string) => c === '“' || c === '‘' || c === '«';

/** Quote regions found by a cheap scan of quotation marks, paragraph by paragraph, merged with the quotes pass's spans. */
export function quoteRegions(text: string, paragraphs: readonly Span[], quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let open = -1;
    let straight = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c === '“') { if (open < 0) open = i; }
      else if (c === '”') { if (open >= 0) { out.push({ start: open, end: i + 1 }); open = -1; } }
      else if (c === '"') {
        if (straight < 0) straight = i;
        else { out.push({ start: straight, end: i + 1 }); straight = -1; }
      }
    }
    if (open >= 0) out.push({ start: open, end: p.end });
    if (straight >= 0) out.push({ start: straight, end: p.end });
  }
  for (const q of quotes) out.push({ start: q.start, end: q.end });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlaps so a binary search can answer "inside a quote?".
  const merged: Span[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) { if (s.end > last.end) merged[merged.length - 1] = { start: last.start, end: s.end }; }
    else merged.push(s);
  }
  return merged;
}

/** True when `pos` lies inside one of the sorted, disjoint spans. */
export function insideSpans(spans: readonly Span[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

export function tokenize(text: string, sentences: readonly Span[], quotes: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let sIdx = 0;
  let qIdx = 0;
  let lastSentence = -2;
  let prevRawEnd = -1;
  let prevBreaks = true;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  const push = (start: number, end: number, raw: string, possessive: boolean, suffix: string | undefined, joinable: boolean) => {
    while (sIdx < sentences.length && sentences[sIdx].end <= start) sIdx++;
    const sentence = sIdx < sentences.length && sentences[sIdx].start <= start ? sIdx : -1;
    while (qIdx < quotes.length && quotes[qIdx].end <= start) qIdx++;
    const inQuote = qIdx < quotes.length && quotes[qIdx].start <= start;
    const gap = prevRawEnd >= 0 && prevRawEnd <= start ? text.slice(prevRawEnd, start) : '\n';
    const joinPrev = joinable && !prevBreaks && gap.length > 0 && gap.length <= 3 && /^[ \t\u00a0]+$/.test(gap);
    // Initial: first token of its sentence, or right after an opening mark or a colon.
    let k = start - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
    const before = k >= 0 ? text[k] : '\n';
    const initial = sentence !== lastSentence || before === '\n' || before === '\r' || isOpenQuote(before) ||
      before === '"' || before === ':' || before === '(' || before === '[' || before === '—' || before === '–' ||
      (before === '-' && k > 0 && text[k - 1] === '-');
    lastSentence = sentence;
    const first = raw[0];
    const cap = UPPER.test(first);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    const allCaps = letters.length >= 2 && !LOWER.test(letters);
    tokens.push({
      start, end, text: raw, lower: raw.toLowerCase(), cap, allCaps, possessive, initial, joinPrev, inQuote, sentence,
      index: tokens.length, suffix,
    });
  };
  while ((m = WORD.exec(text)) !== null) {
    let start = m.index;
    let raw = m[0];
    let end = start + raw.length;
    let rawEnd = end;
    let possessive = false;
    // Possessive 's / ’s, and a bare trailing apostrophe after s ("the Joneses’").
    const pm = /['’][sS]$/.exec(raw);
    if (pm && raw.length > 2) {
      raw = raw.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    // Abbreviations, initials and dotted acronyms keep their period.
    if (!possessive && text[end] === '.' ) {
      const low = raw.toLowerCase();
      if (ABBREVS.has(low) || (raw.length === 1 && UPPER.test(raw)) || raw.includes('.')) {
        raw += '.';
        end++;
        rawEnd = end;
      }
    }
    // Hyphenated forms: "Seoul-based", "US-led" keep the name; "US-South" splits in two.
    let suffix: string | undefined;
    const hy = raw.indexOf('-');
    if (hy > 0 && !possessive) {
      const lastHy = raw.lastIndexOf('-');
      const tail = raw.slice(lastHy + 1);
      const head = raw.slice(0, hy);
      if (HYPHEN_SUFFIXES.has(tail.toLowerCase()) && UPPER.test(raw[0])) {
        suffix = tail.toLowerCase();
        raw = raw.slice(0, lastHy);
        end = start + raw.length;
      } else if (UPPER.test(raw[hy + 1] ?? '') && (/^\p{Lu}{2,4}$/u.test(head.replace(/\./g, '')) || PLACES.has(head.toLowerCase()))) {
        // Split at the first hyphen; the rest is scanned again.
        push(start, start + hy, head, false, undefined, true);
        prevRawEnd = start + hy;
        prevBreaks = true;
        WORD.lastIndex = start + hy + 1;
        continue;
      }
    }
    push(start, end, raw, possessive, suffix, true);
    prevRawEnd = rawEnd;
    prevBreaks = possessive || suffix !== undefined;
    start = end;
  }
  return tokens;
}
