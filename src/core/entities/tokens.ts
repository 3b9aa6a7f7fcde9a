// One linear scan over the text: word tokens with the few flags the entity rules need.
import type { Span } from '../types';
import {
  DEPARTMENT_WORDS, FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_HEADS, PLACES, ROLE_NOUNS, SPEECH_VERBS, TITLE_MODIFIERS, TITLE_WORDS,
} from './lexicon';

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
  /** In a title-case line (a headline): capitalisation says little there. */
  headline?: boolean;
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


const isOpenQuote = (c: string) => c === '“' || c === '‘' || c === '«';

/** Quote regions found by a cheap scan of quotation marks, paragraph by paragraph, merged with the quotes pass's spans. */
export function quoteRegions(text: string, paragraphs: readonly Span[], quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  const MARK = /[“”"]/g;
  for (const p of paragraphs) {
    let open = -1;
    let straight = -1;
    MARK.lastIndex = p.start;
    let m: RegExpExecArray | null;
    while ((m = MARK.exec(text)) !== null && m.index < p.end) {
      const i = m.index;
      const c = text.charCodeAt(i);
      if (c === 0x201c) { if (open < 0) open = i; }
      else if (c === 0x201d) { if (open >= 0) { out.push({ start: open, end: i + 1 }); open = -1; } }
      else if (straight < 0) straight = i;
      else { out.push({ start: straight, end: i + 1 }); straight = -1; }
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

const LETTER = /\p{L}|\p{N}/u;
/** Per UTF-16 unit: 0 unknown, 1 not a word character, 2 a letter or digit. Filled lazily. */
const WORD_TABLE = new Uint8Array(65536);
/** Letters and digits: ASCII fast path, a cached Unicode test above 0x7f. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let v = WORD_TABLE[c];
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 1 : LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    WORD_TABLE[c] = v;
  }
  return v === 2;
}
export const hashWord = (w: string): number => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38; // ' ’ . - &

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function allUpper(raw: string): boolean {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) { letters++; continue; }
    if (c >= 128) {
      const ch = raw[i];
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 2;
}

/** Lower-case words the entity rules look at; every other lower-case word is skipped (and breaks adjacency). */
const KEEP_LOWER = new Set<string>([
  'of', 'for', 'and', '&', 'the', 'on', 'de', 'del', 'della', 'da', 'di', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le',
  'du', 'bin', 'ibn', 'al', 'el', 'ben', 'in', 'near', 'outside', 'across', 'throughout', 'also', 'then', 'later', 'again',
  'never', 'often', 'this',
  ...MALE_PRONOUNS, ...FEMALE_PRONOUNS, ...SPEECH_VERBS, ...ROLE_NOUNS, ...TITLE_MODIFIERS, ...TITLE_WORDS, ...DEPARTMENT_WORDS,
  ...ORG_HEADS,
]);

const FUNCTION_WORDS = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'near', 'outside', 'across', 'throughout', 'this', 'de', 'del',
  'della', 'da', 'di', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'ben']);
const KEEP_HASHES = new Set<number>([...KEEP_LOWER].map(hashWord));

export interface TokenizeOptions {
  /** Paragraphs, to spot title-case headlines. */
  readonly paragraphs?: readonly Span[];
  /** Receives the hash of every all-lower-case word (see hashWord), to tell common words from names. */
  readonly lowerSeen?: Set<number>;
  /** Keep every word, not only capitalised ones and the lower-case words the rules use. */
  readonly all?: boolean;
  readonly from?: number;
  readonly to?: number;
}

/**
 * Word tokens in one pass. By default only capitalised words and the few lower-case words the rules look at are
 * kept; a skipped word breaks adjacency (`joinPrev` is false after it), so runs and titles never bridge it.
 */
export function tokenize(text: string, sentences: readonly Span[], quotes: readonly Span[], opts: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  const keepAll = opts.all === true;
  let sIdx = 0;
  let qIdx = 0;
  let lastSentence = -2;
  let prevRawEnd = -1;
  let prevBreaks = true;
  const n = Math.min(text.length, opts.to ?? text.length);
  let emittedPrev = false;
  const sentenceAt = (start: number): number => {
    while (sIdx < sentences.length && sentences[sIdx].end <= start) sIdx++;
    return sIdx < sentences.length && sentences[sIdx].start <= start ? sIdx : -1;
  };
  const push = (start: number, end: number, raw: string, possessive: boolean, suffix: string | undefined) => {
    const sentence = sentenceAt(start);
    while (qIdx < quotes.length && quotes[qIdx].end <= start) qIdx++;
    const inQuote = qIdx < quotes.length && quotes[qIdx].start <= start;
    // Joined to the previous token by one to three plain spaces.
    let joinPrev = false;
    if (emittedPrev && !prevBreaks && prevRawEnd >= 0 && start - prevRawEnd >= 1 && start - prevRawEnd <= 3) {
      joinPrev = true;
      for (let g = prevRawEnd; g < start; g++) {
        const c = text.charCodeAt(g);
        if (c !== 32 && c !== 9 && c !== 0xa0) { joinPrev = false; break; }
      }
    }
    // Initial: first token of its sentence, or right after an opening mark or a colon.
    let k = start - 1;
    while (k >= 0) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) break;
      k--;
    }
    const before = k >= 0 ? text[k] : '\n';
    const initial = sentence !== lastSentence || before === '\n' || before === '\r' || isOpenQuote(before) ||
      before === '"' || before === ':' || before === '(' || before === '[' || before === '—' || before === '–' ||
      (before === '-' && k > 0 && text[k - 1] === '-');
    lastSentence = sentence;
    const cap = isUpperAt(text, start);
    const allCaps = cap && allUpper(raw);
    tokens.push({
      start, end, text: raw, lower: raw.toLowerCase(), cap, allCaps, possessive, initial, joinPrev, inQuote, sentence,
      index: tokens.length, suffix,
    });
  };
  const paras = opts.paragraphs ?? [];
  const lowerSeen = opts.lowerSeen;
  let pIdx = 0;
  let pFirstToken = 0;
  let pLong = 0;
  let pCap = 0;
  const closeParagraph = () => {
    // Title case: nearly every word of four letters or more capitalised.
    if (pLong >= 3 && pCap >= pLong * 0.75) for (let k = pFirstToken; k < tokens.length; k++) tokens[k].headline = true;
    pLong = 0;
    pCap = 0;
    pFirstToken = tokens.length;
    pIdx++;
  };
  let i = Math.max(0, opts.from ?? 0);
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (!isWordChar(c0)) { i++; continue; }
    const start = i;
    let j = i;
    // word (joiner word)*
    // Hash of the lower-cased word, so skipped words need no string at all.
    let h = 0;
    let allLower = true;
    for (;;) {
      while (j < n) {
        const c = text.charCodeAt(j);
        if (!isWordChar(c)) break;
        if (c >= 65 && c <= 90) { h = (Math.imul(h, 31) + c + 32) | 0; allLower = false; }
        else { h = (Math.imul(h, 31) + c) | 0; if (c >= 128) allLower = false; }
        j++;
      }
      if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j + 1))) {
        h = (Math.imul(h, 31) + text.charCodeAt(j)) | 0;
        j++;
        continue;
      }
      break;
    }
    i = j;
    const c1 = text.charCodeAt(start);
    if (pIdx < paras.length) {
      while (pIdx < paras.length && paras[pIdx].end <= start) closeParagraph();
      if (j - start >= 4) { pLong++; if (!allLower && isUpperAt(text, start)) pCap++; }
    }
    if (allLower && lowerSeen) lowerSeen.add(h);
    // Skip digits-first words and lower-case words the rules never look at.
    if (!keepAll && !isUpperAt(text, start)) {
      let keep = false;
      if (c1 < 48 || c1 > 57) {
        if (allLower) keep = KEEP_HASHES.has(h) || (j - start > 3 && text.charCodeAt(j - 1) === 121 && text.charCodeAt(j - 2) === 108);
        if (keep || !allLower) {
          const w = j - start <= 16 ? text.slice(start, j).toLowerCase() : '';
          keep = KEEP_LOWER.has(w) || (w.length > 3 && w.endsWith('ly'));
        }
      }
      if (!keep) {
        // A function word kept just before is useless now unless it follows a capitalised word.
        if (emittedPrev && tokens.length > 0) {
          const last = tokens[tokens.length - 1];
          if (FUNCTION_WORDS.has(last.lower) && !(last.joinPrev && tokens[tokens.length - 2]?.cap)) tokens.pop();
        }
        lastSentence = sentenceAt(start);
        prevRawEnd = j;
        prevBreaks = false;
        emittedPrev = false;
        continue;
      }
    }
    let raw = text.slice(start, j);
    let end = j;
    let rawEnd = j;
    let possessive = false;
    // Possessive 's / ’s.
    if (raw.length > 2) {
      const a = raw.charCodeAt(raw.length - 2);
      const b = raw.charCodeAt(raw.length - 1);
      if ((a === 39 || a === 0x2019) && (b === 115 || b === 83)) {
        raw = raw.slice(0, -2);
        end -= 2;
        possessive = true;
      }
    }
    // Abbreviations, initials and dotted acronyms keep their period.
    if (!possessive && text.charCodeAt(end) === 46) {
      if ((raw.length === 1 && isUpperAt(raw, 0)) || raw.includes('.') || (raw.length <= 6 && ABBREVS.has(raw.toLowerCase()))) {
        raw += '.';
        end++;
        rawEnd = end;
        i = end;
      }
    }
    // Hyphenated forms: "Seoul-based", "US-led" keep the name; "US-South" splits in two.
    let suffix: string | undefined;
    const hy = possessive ? -1 : raw.indexOf('-');
    if (hy > 0) {
      const lastHy = raw.lastIndexOf('-');
      const tail = raw.slice(lastHy + 1);
      const head = raw.slice(0, hy);
      if (HYPHEN_SUFFIXES.has(tail.toLowerCase()) && isUpperAt(raw, 0)) {
        suffix = tail.toLowerCase();
        raw = raw.slice(0, lastHy);
        end = start + raw.length;
      } else if (isUpperAt(raw, hy + 1) && (/^\p{Lu}{2,4}$/u.test(head.replace(/\./g, '')) || PLACES.has(head.toLowerCase()))) {
        // Split at the first hyphen; the rest is scanned again.
        push(start, start + hy, head, false, undefined);
        emittedPrev = true;
        prevRawEnd = start + hy;
        prevBreaks = true;
        i = start + hy + 1;
        continue;
      }
    }
    push(start, end, raw, possessive, suffix);
    emittedPrev = true;
    prevRawEnd = rawEnd;
    prevBreaks = possessive || suffix !== undefined;
  }
  if (pIdx < paras.length) closeParagraph();
  return tokens;
}
