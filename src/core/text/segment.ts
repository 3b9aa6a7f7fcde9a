import type { Span } from '../types';

export interface Segmentation {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'no', 'vs', 'v', 'etc', 'inc', 'corp',
  'co', 'ltd', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mt', 'ft', 'ave', 'blvd', 'rd', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'dept', 'est',
]);

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const isLineBreak = (c: number) => c === 10 || c === 13;

/** Paragraphs are runs of non-blank lines; a single line break also ends a paragraph (news wires put one paragraph per line). */
export function paragraphs(text: string, from = 0): Span[] {
  const out: Span[] = [];
  let i = from;
  const n = text.length;
  // The next line feed and carriage return at or after i, each found by the engine's own search and kept until
  // passed: a text without carriage returns is searched for one once, not once a paragraph.
  let lf = -1;
  let cr = -1;
  while (i < n) {
    while (i < n && (isLineBreak(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i++;
    if (i >= n) break;
    const start = i;
    if (lf < i) lf = nextOr(text.indexOf('\n', i), n);
    if (cr < i) cr = nextOr(text.indexOf('\r', i), n);
    i = lf < cr ? lf : cr;
    // Trailing spaces are rare: a decrement reached only through them would have no type feedback when V8
    // optimizes this loop (and the first one met would throw the code away), so it runs once for every paragraph.
    let end = i + 1;
    do end--;
    while (end > start && isSpace(text.charCodeAt(end - 1)));
    out.push({ start, end });
  }
  return out;
}

const nextOr = (at: number, none: number) => (at < 0 ? none : at);

// . ! ? and what may close a sentence after them: " ' ” ’ ) ] »
const isTerminal = (c: number) => c === 46 || c === 33 || c === 63;
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
const TERMINALS = /[.!?]/g;

/** Splits each paragraph into sentences at . ! ? followed by space and an upper-case letter, digit or quotation mark. */
export function sentences(text: string, paras: readonly Span[]): Span[] {
  const out: Span[] = [];
  let nextTerminal = -1;
  for (const p of paras) {
    let start = p.start;
    let i = p.start;
    while (i < p.end) {
      // jump to the next . ! ? (the hit is cached, so paragraphs without one cost nothing)
      if (nextTerminal < i) {
        TERMINALS.lastIndex = i;
        const m = TERMINALS.exec(text);
        nextTerminal = m ? m.index : text.length;
      }
      if (nextTerminal >= p.end) break;
      i = nextTerminal;
      let j = i + 1;
      while (j < p.end && isTerminal(text.charCodeAt(j))) j++;
      while (j < p.end && isCloser(text.charCodeAt(j))) j++;
      if (j >= p.end) break;
      if (isSpace(text.charCodeAt(j)) && endsSentence(text, start, i, j)) {
        out.push({ start, end: j });
        while (j < p.end && isSpace(text.charCodeAt(j))) j++;
        start = j;
      }
      i = j;
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return out;
}

// What may open the next sentence: A-Z 0-9 " “ ‘ ' ( [
const opensSentence = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
let longestAbbreviation = 0;
for (const a of ABBREVIATIONS) longestAbbreviation = Math.max(longestAbbreviation, a.length);

function endsSentence(text: string, sentenceStart: number, mark: number, after: number): boolean {
  let k = after;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length || !opensSentence(text.charCodeAt(k))) return false;
  if (text.charCodeAt(mark) !== 46) return true;
  // Word before the period: an abbreviation or an initial ("J. Smith") does not end the sentence.
  let w = mark;
  while (w > sentenceStart && (isAsciiLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 46)) w--;
  if (mark - w === 1 && isAsciiLetter(text.charCodeAt(w))) return false;
  // Only a word as short as the longest abbreviation is cut out and looked up.
  return mark - w > longestAbbreviation || !ABBREVIATIONS.has(text.slice(w, mark).toLowerCase());
}

export function segment(text: string, from = 0): Segmentation {
  const paras = paragraphs(text, from);
  return { paragraphs: paras, sentences: sentences(text, paras) };
}
