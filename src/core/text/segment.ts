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
  while (i < n) {
    while (i < n && (isLineBreak(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isLineBreak(text.charCodeAt(i))) i++;
    // Trailing spaces are rare: a decrement reached only through them would have no type feedback when V8
    // optimizes this loop (and the first one met would throw the code away), so it runs once for every paragraph.
    let end = i + 1;
    do end--;
    while (end > start && isSpace(text.charCodeAt(end - 1)));
    out.push({ start, end });
  }
  return out;
}

const CLOSERS = '"\'”’)]»';
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
      const c = text[i];
      if (c === '.' || c === '!' || c === '?') {
        let j = i + 1;
        while (j < p.end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
        while (j < p.end && CLOSERS.includes(text[j])) j++;
        if (j >= p.end) break;
        if (isSpace(text.charCodeAt(j)) && endsSentence(text, start, i, j)) {
          out.push({ start, end: j });
          while (j < p.end && isSpace(text.charCodeAt(j))) j++;
          start = j;
          i = j;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return out;
}

function endsSentence(text: string, sentenceStart: number, mark: number, after: number): boolean {
  let k = after;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const next = text[k] ?? '';
  if (!/[A-Z0-9"“‘'([]/.test(next)) return false;
  if (text[mark] !== '.') return true;
  // Word before the period: an abbreviation or an initial ("J. Smith") does not end the sentence.
  let w = mark;
  while (w > sentenceStart && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, mark).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false;
  if (ABBREVIATIONS.has(word)) return false;
  return true;
}

export function segment(text: string, from = 0): Segmentation {
  const paras = paragraphs(text, from);
  return { paragraphs: paras, sentences: sentences(text, paras) };
}
