// A tiny tokenizer for the short windows of text around a quote: words and single punctuation marks.

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  readonly word: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'st',
  'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'del', 'pvt',
  'cpl', 'msgr', 'fr', 'no',
]);

const isLetter = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x1fff);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** True when code unit c is skipped between tokens. */
export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);

/**
 * Token access by index, for code that reads both the quote pass's short token arrays and the attribution pass's
 * document store (which keeps no object per token). Out of range, `word` and `cap` are false and the rest undefined.
 */
export interface TokenList {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  text(i: number): string;
  lower(i: number): string;
  word(i: number): boolean;
  cap(i: number): boolean;
}

/** A token array read as a TokenList. */
export class ArrayTokens implements TokenList {
  constructor(readonly toks: readonly Token[]) {}
  get length(): number {
    return this.toks.length;
  }
  start(i: number): number {
    return this.toks[i]?.start;
  }
  end(i: number): number {
    return this.toks[i]?.end;
  }
  text(i: number): string {
    return this.toks[i]?.text;
  }
  lower(i: number): string {
    return this.toks[i]?.lower;
  }
  word(i: number): boolean {
    return this.toks[i]?.word === true;
  }
  cap(i: number): boolean {
    return this.toks[i]?.cap === true;
  }
}

/** True when code unit c starts a word. */
export const startsWord = (c: number): boolean => isLetter(c) || isDigit(c);
/** A–Z or À–Þ, tested in an order that common lower-case words already exercise: a test that only rare
 * words reach has no type feedback when V8 optimizes the caller's loop, and reaching it later throws the code away. */
export const capCode = (c: number): boolean => c <= 0xde && (c >= 0xc0 || (c >= 65 && c <= 90));

/** End of the word starting at s (text[s] starts a word), within `end`. */
export function wordEnd(text: string, s: number, end: number): number {
  const c = text.charCodeAt(s);
  let i = s + 1;
  while (i < end) {
    const d = text.charCodeAt(i);
    if (isLetter(d) || isDigit(d)) {
      i++;
      continue;
    }
    // inner apostrophe, hyphen or period followed by a letter: "O’Brien", "Son-hui", "U.S"
    if ((d === 39 || d === 0x2019 || d === 45 || d === 46) && i + 1 < end && isLetter(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    // "9/11", "24/7", "1,000", "3.5"
    if ((d === 47 || d === 44 || d === 46) && i + 1 < end && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1))) {
      i += 2;
      continue;
    }
    break;
  }
  // a trailing period belongs to abbreviations and initials
  if (i < end && text.charCodeAt(i) === 46) {
    if (i - s === 1 ? isLetter(c) : i - s <= 4 && ABBREV.has(text.slice(s, i).toLowerCase())) i++;
    else if (i - s >= 3 && text.charCodeAt(i - 2) === 46 && /^[a-z](\.[a-z])+$/i.test(text.slice(s, i))) i++;
  }
  return i;
}

/** End of the punctuation token at i: "--" is one dash (computed without a branch of its own, for the reason above). */
export function punctEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  return i + 1 + ((c === 45 ? 1 : 0) & (next === 45 ? 1 : 0));
}

/** Token.lower of the word text[s, e) whose text is `t`. */
export function lowerOf(text: string, s: number, e: number, t: string): string {
  // Most words are lower-case ASCII already: they are their own lower form (no second string per token).
  for (let k = s; k < e; k++) {
    const d = text.charCodeAt(k);
    if ((d >= 65 && d <= 90) || d > 127) {
      const lower = t.toLowerCase();
      return lower.indexOf('’') >= 0 ? lower.replace(/’/g, "'") : lower;
    }
  }
  return t;
}

/**
 * Tokenizes text[from, to), at most `maxTokens` tokens, appended to `out` (a fresh array by default). Linear in the
 * window. The attribution pass's document store (attribution/doc.ts) reads the text with the same functions.
 */
export function tokenize(text: string, from: number, to: number, maxTokens = Infinity, out: Token[] = []): Token[] {
  const limit = out.length + maxTokens;
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isLetter(c) || isDigit(c)) {
      const s = i;
      i = wordEnd(text, s, end);
      const t = text.slice(s, i);
      out.push({ start: s, end: i, text: t, lower: lowerOf(text, s, i, t), word: true, cap: capCode(c) });
      if (out.length >= limit) break;
      continue;
    }
    const e = punctEnd(text, i, end);
    const t = text.slice(i, e);
    out.push({ start: i, end: e, text: t, lower: t, word: false, cap: false });
    i = e;
    if (out.length >= limit) break;
  }
  return out;
}

/** True for dash-like tokens used before a speaker ("— Jane Doe"). */
export const isDash = (t: Token | undefined): boolean => !!t && !t.word && /^(?:[―—–]|--|-)$/.test(t.text);
