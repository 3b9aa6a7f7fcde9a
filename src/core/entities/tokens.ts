// Word tokens with the few flags the entity rules need. The document scan keeps only capitalised words, he/she
// pronouns and the short connectors between capitalised words ("of", "de", "&"), found by native regular-expression
// scans; the rules read any other neighbouring word straight from the text (prevWord / nextWord).
import type { Span } from '../types';
import { spanAt } from '../text/spans';
import { isCommonWord } from '../lexicon/commonWords';
import { FIRM_FORMS, givenName, ORG_HEADS, internedLex, internLower, lexFlags, LX_FEMALE_NAME, LX_MALE_NAME, LX_ORG_HEAD, LX_SKIPPABLE, PLACES } from './lexicon';
import { STATE_ABBREVIATIONS } from '../lexicon/places';

export interface Token {
  /** Offsets of the name part (a possessive 's is left out). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Word-list bits of `lower` (see lexFlags). */
  readonly lex: number;
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
// US states in news style ("Calif.").
for (const a of STATE_ABBREVIATIONS.keys()) ABBREVS.add(a);

/** Hyphenated names whose head alone is an acronym or a place the split below would cut off ("AFL" of "AFL-CIO"). */
export const HYPHENATED_NAMES = new Set(['afl-cio', 'miami-dade']);

const HYPHEN_SUFFIXES = new Set([
  'led', 'based', 'born', 'backed', 'owned', 'made', 'run', 'funded', 'style', 'era', 'controlled', 'allied', 'linked',
  'affiliated', 'friendly', 'aligned', 'bound', 'centric', 'sponsored', 'brokered', 'bred', 'raised', 'area', 'level',
  'wide', 'specific', 'related', 'focused', 'only', 'like', 'type', 'style', 'elect', 'trained', 'educated', 'inspired', 'themed',
]);



/** The gap before a surname opened by an Arabic article: " al-", " el-", " ash-". */
const ARABIC_ARTICLE = /^ (?:al|el|ad|ar|as|at|az|an|ash)-$/;
/** The gap before a surname opened by an elided French or Italian particle: " d'", " d’". */
const ELIDED_PARTICLE = /^ d['’]$/;

/** Collective nouns whose possessive opens names: "People's Liberation Army", "Children's Hospital". */
const NAME_POSSESSIVES = new Set(['people', 'children', 'women', 'men', 'citizens']);

/** Sovereigns whose possessive opens the names of institutions they founded or chartered. */
const ROYAL_POSSESSORS = new Set(['king', 'queen', 'prince', 'princess']);
/** Heads of the institutions so named ("King's College", "Queen's University", "Prince's Trust"; not "King's Cross"). */
const ROYAL_INSTITUTIONS = new Set(['college', 'university', 'school', 'hospital', 'academy', 'regiment', 'guard', 'trust', 'bench', 'chapel']);

/**
 * A capitalised possessive word that a name goes on after: a collective noun ("People's Party") or a saint's name
 * right after "St." ("St. Mary's Hospital"). `before` is the token before it.
 */
function possessiveInName(raw: string, before: Token | undefined, start: number, next: string): boolean {
  if (NAME_POSSESSIVES.has(raw.toLowerCase())) return true;
  // ("King's College", "Queen's University": a sovereign's possessive before an institution's head opens its name.)
  if (ROYAL_POSSESSORS.has(raw.toLowerCase()) && ROYAL_INSTITUTIONS.has(next.toLowerCase())) return true;
  // ("St Mary's Hospital": British usage writes the saint's "St" without its period.)
  return !!before && (before.lower === 'st.' || before.lower === 'saint' || before.text === 'St') && start - before.end <= 2;
}

/**
 * A capitalised plural's possessive ("Workers' Party", "Teachers' Union"): a common plural noun ending in "s", an
 * apostrophe and one space. Returns the position after the space, or -1.
 */
function pluralPossessiveEnd(text: string, raw: string, rawEnd: number): number {
  if (raw.length < 3 || raw.charCodeAt(raw.length - 1) !== 115) return -1;
  const c = text.charCodeAt(rawEnd);
  if (!((c === 39 || c === 0x2019) && text.charCodeAt(rawEnd + 1) === 32)) return -1;
  // A common plural noun, no surname: "Sanders' College for All Act" is a person's bill.
  const low = raw.toLowerCase();
  return isCommonWord(low) && givenName(low) === undefined ? rawEnd + 2 : -1;
}

/**
 * The last of the (at most four) capitalised words from `start` on, one space apart, is an organization's head:
 * "Workers' Party", "Teachers' Retirement Fund" are names; "the Democrats' Convention speech" is not.
 */
function headEndsCapitals(text: string, start: number): boolean {
  let s = start;
  let head = false;
  for (let n = 0; n < 4 && s < text.length && isUpperAt(text, s); n++) {
    let e = s;
    while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
    head = ORG_HEADS.has(text.slice(s, e).toLowerCase());
    if (text.charCodeAt(e) === 46) e++;
    if (text.charCodeAt(e) !== 32 || !isUpperAt(text, e + 1)) break;
    s = e + 1;
  }
  return head;
}

/** A capitalised firm's legal form ("Inc.", "Corp.", "AG"). */
function firmForm(raw: string): boolean {
  const low = raw.toLowerCase();
  return raw.charCodeAt(0) >= 65 && raw.charCodeAt(0) <= 90 && FIRM_FORMS.has(low.endsWith('.') ? low.slice(0, -1) : low);
}

/** Quote regions found by a cheap scan of quotation marks, paragraph by paragraph, merged with the quotes pass's spans. */
export function quoteRegions(text: string, paragraphs: readonly Span[], quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  // One scan for quotation marks; each mark is paired within its paragraph.
  const MARK = /[“”"]/g;
  let p = 0;
  let open = -1;
  let straight = -1;
  const flush = () => {
    if (p < paragraphs.length) {
      if (open >= 0) out.push({ start: open, end: paragraphs[p].end });
      if (straight >= 0) out.push({ start: straight, end: paragraphs[p].end });
    }
    open = -1;
    straight = -1;
  };
  while (MARK.test(text)) {
    const i = MARK.lastIndex - 1; // one-character match: no match array needed
    while (p < paragraphs.length && paragraphs[p].end <= i) { flush(); p++; }
    if (p >= paragraphs.length) break;
    if (i < paragraphs[p].start) continue;
    const c = text.charCodeAt(i);
    if (c === 0x201c) { if (open < 0) open = i; }
    else if (c === 0x201d) { if (open >= 0) { out.push({ start: open, end: i + 1 }); open = -1; } }
    else if (straight < 0) straight = i;
    else { out.push({ start: straight, end: i + 1 }); straight = -1; }
  }
  flush();
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
  return spanAt(spans, pos) !== null;
}

const LETTER = /\p{L}|\p{N}/u;
/** Two to four capitals: an acronym before a hyphen ("US-South"); a constant, as the bundler turns an inline
 * Unicode-property pattern into a new RegExp per call. */
const SHORT_CAPS = /^\p{Lu}{2,4}$/u;
/** Per UTF-16 unit: 0 unknown, 1 not a word character, 2 a letter or digit. Filled lazily. */
const WORD_TABLE = new Uint8Array(65536);
/** Letters and digits: ASCII fast path, a cached Unicode test above 0x7f. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let v = WORD_TABLE[c];
  if (v === 0) {
    // A lone surrogate is no letter. One mask and compare, not two range compares: the second ran only for
    // characters from U+D800 up, so V8 first met it mid-run and threw the inlining caller's optimized code away.
    v = (c & 0xf800) === 0xd800 ? 1 : LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    WORD_TABLE[c] = v;
  }
  return v === 2;
}
export const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38; // ' ’ . - &

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i];
  // Both cases made and compared before the answer: a test first reached mid-run (the second of an &&) threw the
  // optimized callers away.
  const notLower = ch !== ch.toLowerCase();
  const isUpper = ch === ch.toUpperCase();
  return notLower && isUpper;
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
      // (Added, not incremented under a test: an increment first reached mid-run threw the caller's optimized code away.)
      letters += ch !== ch.toLowerCase() ? 1 : 0;
    }
  }
  return letters >= 2;
}

/** The word before `pos` (same line) is written in capitals too: an all-caps stretch, where "US" is just "us". */
function capsBefore(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && !isWordChar(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k--;
  if (k < 0 || text.charCodeAt(k) === 10) return false;
  const end = k + 1;
  while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
  return allUpper(text.slice(k, end));
}

/** Lower-case words the entity rules look at; every other lower-case word is skipped (and breaks adjacency). */

export interface TokenizeOptions {
  /** Paragraphs, to spot title-case headlines. */
  readonly paragraphs?: readonly Span[];
  /** Keep every word of [from, to) (for short spans such as a speaker mention). */
  readonly all?: boolean;
  readonly from?: number;
  readonly to?: number;
}

/** Lower-case words that may join two capitalised words into one name ("Bank of America", "Bill de Blasio"). */
const CONNECTOR_GAP = /^ (?:(?:of|for|and|on|de|del|della|da|di|dos|das|van|von|der|den|la|le|du|bin|ibn|al|el|ben|es|upon|am|&)(?: (?:the|der|la|de))?|for an?) $/;

/** Epithets that follow a name and "the": "Peter the Great", "Pliny the Elder", "Ivan the Terrible". */
export const EPITHETS = new Set(['great', 'elder', 'younger', 'conqueror', 'terrible', 'magnificent', 'wise', 'bold', 'pious', 'confessor', 'lionheart']);

/** The word (letters only) that starts at `s`. */
function wordAt(text: string, s: number): string {
  let e = s;
  while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/** Capital letters and he/she pronouns: where the entity rules start reading. */
const CAPS = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F]/g;

/** ASCII word character, as a regular expression's \b sees it. */
const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Every whole word he/his/her/him/hers/himself/herself/she (first letter either case): starts and lengths in text
 * order. Each form holds an "h" followed by "e" or "i", so two indexOf scans (h, H) find them all, far cheaper than
 * a regular expression tried at every position.
 */
function scanPronouns(text: string, starts: number[], lens: number[]): void {
  const n = text.length;
  let lo = text.indexOf('h');
  let up = text.indexOf('H');
  while (lo >= 0 || up >= 0) {
    let p: number;
    if (up < 0 || (lo >= 0 && lo < up)) { p = lo; lo = text.indexOf('h', lo + 1); }
    else { p = up; up = text.indexOf('H', up + 1); }
    const next = text.charCodeAt(p + 1);
    if (next !== 101 && next !== 105) continue; // e, i
    const prev = p > 0 ? text.charCodeAt(p - 1) : -1;
    if ((prev === 115 || prev === 83) && text.charCodeAt(p) === 104) {
      // "she", "She"
      if (next === 101 && (p < 2 || !isAsciiWord(text.charCodeAt(p - 2))) && (p + 2 >= n || !isAsciiWord(text.charCodeAt(p + 2)))) {
        starts.push(p - 1);
        lens.push(3);
      }
      continue;
    }
    if (prev >= 0 && isAsciiWord(prev)) continue;
    let k = p + 1;
    while (k < n && k - p <= 7 && isAsciiWord(text.charCodeAt(k))) k++;
    if (k < n && isAsciiWord(text.charCodeAt(k))) continue;
    const len = k - p;
    let ok = false;
    if (len === 2) ok = next === 101; // he
    else if (len === 3) {
      const c2 = text.charCodeAt(p + 2);
      ok = next === 105 ? c2 === 115 || c2 === 109 : c2 === 114; // his, him, her
    } else if (len === 4) ok = next === 101 && text.charCodeAt(p + 2) === 114 && text.charCodeAt(p + 3) === 115; // hers
    else if (len === 7) ok = text.startsWith(next === 105 ? 'imself' : 'erself', p + 1);
    if (ok) { starts.push(p); lens.push(len); }
  }
}

/** Every field always set: one object shape. */
interface Shaped { start: number; end: number; raw: string; rawEnd: number; possessive: boolean; suffix: string; splitHead: boolean }
/** No hyphen suffix: a string like any suffix, so the first "-based" does not change the field's type (and with it
 * the object's map, throwing away V8's optimized tokenize). */
const NO_SUFFIX = '';

/** Every part of the dotted word [start, end) between periods has one or two characters ("U.S", "Ph.D", "G.K"). */
function shortParts(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let k = start; k < end; k++) {
    if (text.charCodeAt(k) === 46) run = 0;
    else if (++run > 2) return false;
  }
  return true;
}

/** The word starting at `start`: possessive cut off, abbreviation period kept, "-based" cut, "US-South" split. */
function shapeWord(text: string, start: number, limit: number): Shaped {
  let j = start;
  // Which joiners the word crosses: periods ("U.S.") and hyphens ("Seoul-based") need more work, the rest none.
  let dots = false;
  let hyphen = false;
  for (;;) {
    while (j < limit && isWordChar(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (j + 1 < limit && isJoiner(c) && isWordChar(text.charCodeAt(j + 1))) {
      if (c === 46) dots = true;
      else if (c === 45) hyphen = true;
      j++;
      continue;
    }
    break;
  }
  let end = j;
  let rawEnd = j;
  let possessive = false;
  if (j - start > 2) {
    const a = text.charCodeAt(j - 2);
    const b = text.charCodeAt(j - 1);
    if ((a === 39 || a === 0x2019) && (b === 115 || b === 83)) {
      end -= 2;
      possessive = true;
    }
  }
  if (!possessive && text.charCodeAt(end) === 46) {
    // "Sen.", "U.S.", "J.": the period belongs to the word.
    const len = end - start;
    // (Not a web address's: "Qollvex.org." ends a sentence; initials have no part longer than two letters.)
    if ((len === 1 && isUpperAt(text, start)) || (dots && shortParts(text, start, end)) || (len <= 6 && ABBREVS.has(text.slice(start, end).toLowerCase()))) {
      end++;
      rawEnd = end;
    }
  }
  // One slice, the period included: no second copy.
  let raw = text.slice(start, end);
  if (!hyphen || possessive) return { start, end, raw, rawEnd, possessive, suffix: NO_SUFFIX, splitHead: false };
  const hy = raw.indexOf('-');
  if (hy > 0) {
    const lastHy = raw.lastIndexOf('-');
    const tail = raw.slice(lastHy + 1);
    const head = raw.slice(0, hy);
    if (HYPHEN_SUFFIXES.has(tail.toLowerCase()) && isUpperAt(raw, 0)) {
      raw = raw.slice(0, lastHy);
      return { start, end: start + raw.length, raw, rawEnd, possessive, suffix: tail.toLowerCase(), splitHead: false };
    }
    // ("Guinea-Bissau", "Schleswig-Holstein": a place the gazetteer names whole, hyphen and all, stays one word.)
    // (Nor a name whose parts are known only together: "AFL-CIO", "Miami-Dade".)
    if (isUpperAt(raw, hy + 1) && (SHORT_CAPS.test(head.replace(/\./g, '')) || PLACES.has(head.toLowerCase())) && !PLACES.has(raw.toLowerCase()) &&
      !HYPHENATED_NAMES.has(raw.toLowerCase().replace(/\./g, ''))) {
      return { start, end: start + hy, raw: head, rawEnd: start + hy, possessive: false, suffix: NO_SUFFIX, splitHead: true };
    }
  }
  return { start, end, raw, rawEnd, possessive, suffix: NO_SUFFIX, splitHead: false };
}

export function tokenize(text: string, sentences: readonly Span[], quotes: readonly Span[], opts: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  let sIdx = 0;
  let qIdx = 0;
  let prevRawEnd = -1;
  let prevBreaks = true;
  // A possessive ends a name, except before a firm's legal form ("Dalgren's Inc.").
  let prevPossessive = false;
  // … and inside a name after a collective noun or a saint ("People's Party", "St. Mary's Hospital").
  let prevNamePossessive = false;
  // … and after a capitalised plural's possessive before an organization's head: where the next word may start.
  let prevPluralAt = -1;
  const push = (w: Shaped, low?: string, lex?: number) => {
    const start = w.start;
    while (sIdx < sentences.length && sentences[sIdx].end <= start) sIdx++;
    const sentence = sIdx < sentences.length && sentences[sIdx].start <= start ? sIdx : -1;
    while (qIdx < quotes.length && quotes[qIdx].end <= start) qIdx++;
    const inQuote = qIdx < quotes.length && quotes[qIdx].start <= start;
    // Joined to the previous token by one to three plain spaces.
    let joinPrev = false;
    if (start === prevPluralAt && isUpperAt(text, start) && headEndsCapitals(text, start)) joinPrev = true;
    else if ((!prevBreaks || (prevPossessive && firmForm(w.raw)) || (prevNamePossessive && isUpperAt(text, start))) && prevRawEnd >= 0 && start - prevRawEnd >= 1 && start - prevRawEnd <= 3) {
      joinPrev = true;
      for (let g = prevRawEnd; g < start; g++) {
        const c = text.charCodeAt(g);
        if (c !== 32 && c !== 9 && c !== 0xa0) { joinPrev = false; break; }
      }
      // "Jean le Rond d'Alembert", "Valéry Giscard d'Estaing": an elided particle glued to the surname is inside the name.
      if (!joinPrev && !prevBreaks && ELIDED_PARTICLE.test(text.slice(prevRawEnd, start))) joinPrev = true;
    } else if (!prevBreaks && prevRawEnd >= 0 && start - prevRawEnd >= 4 && start - prevRawEnd <= 5 && text.charCodeAt(start - 1) === 45) {
      // "Bashar al-Assad", "Ahmed el-Sayed": an Arabic article glued to the surname is inside the name.
      joinPrev = ARABIC_ARTICLE.test(text.slice(prevRawEnd, start));
    }
    // Initial: first word of its sentence, or right after an opening mark, a colon or a dash.
    let k = start - 1;
    while (k >= 0) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) break;
      k--;
    }
    // Character codes, not one-character strings (a curly quote would allocate one per token).
    const before = k >= 0 ? text.charCodeAt(k) : 10;
    // Read and compared for every token, so the rare openers below ("--", "''") take no path V8 has not seen.
    const doubled = (k > 0 ? text.charCodeAt(k - 1) : 10) === before;
    const glued = k === start - 1;
    let initial = sentence < 0 || before === 10 || before === 13 || before === 0x201c || before === 0x2018 || before === 0xab ||
      before === 34 || before === 58 || before === 40 || before === 91 || before === 0x2014 || before === 0x2013 ||
      (before === 45 && doubled) ||
      // Typewriter quotes: `` opens, and so does '' glued to the word (a closing '' is followed by a space).
      before === 96 || (before === 39 && glued && doubled);
    if (!initial) {
      // Nothing but marks between the sentence start and the word.
      let b = k;
      const s0 = sentences[sentence].start;
      while (b >= s0 && !isWordChar(text.charCodeAt(b))) b--;
      initial = b < s0;
    }
    const cap = isUpperAt(text, start);
    const allCaps = cap && allUpper(w.raw);
    let lower = low;
    let bits = lex;
    if (lower === undefined || bits === undefined) {
      // Pronouns, connectors and the words of a short span: the same interning as capitalised words.
      const interned = internLower(w.raw);
      if (interned !== null) { lower = interned; bits = internedLex; }
      else { lower = w.raw.toLowerCase(); bits = lexFlags(lower); }
    }
    tokens.push({
      start, end: w.end, text: w.raw, lower, lex: bits, cap, allCaps, possessive: w.possessive, initial, joinPrev, inQuote,
      sentence, index: tokens.length, suffix: w.suffix === NO_SUFFIX ? undefined : w.suffix, headline: false,
    });
    prevRawEnd = w.rawEnd;
    prevBreaks = w.possessive || w.suffix !== NO_SUFFIX || w.splitHead;
    prevPossessive = w.possessive && w.suffix === NO_SUFFIX && !w.splitHead;
    prevNamePossessive = prevPossessive && cap && possessiveInName(w.raw, tokens.length > 1 ? tokens[tokens.length - 2] : undefined, start,
      w.possessive ? wordAt(text, w.rawEnd + 1) : '');
    prevPluralAt = cap && !prevBreaks ? pluralPossessiveEnd(text, w.raw, w.rawEnd) : -1;
  };

  if (opts.all || opts.from !== undefined || opts.to !== undefined) {
    // Every word of a short span.
    const to = Math.min(text.length, opts.to ?? text.length);
    let i = Math.max(0, opts.from ?? 0);
    while (i < to) {
      if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
      const w = shapeWord(text, i, to);
      push(w);
      i = w.splitHead ? w.end + 1 : Math.max(w.rawEnd, i + 1);
    }
    return tokens;
  }

  // Pronoun positions first (few), then capitals in one scan, the two merged in text order.
  const pron: number[] = [];
  const pronLen: number[] = [];
  scanPronouns(text, pron, pronLen);
  let pi = 0;
  const pronounsBefore = (pos: number) => {
    while (pi < pron.length && pron[pi] < pos) {
      const s0 = pron[pi];
      const len = pronLen[pi++];
      if (s0 < prevRawEnd) continue;
      push({ start: s0, end: s0 + len, raw: text.slice(s0, s0 + len), rawEnd: s0 + len, possessive: false, suffix: NO_SUFFIX, splitHead: false });
      prevBreaks = true;
    }
  };
  CAPS.lastIndex = 0;
  // test() rather than exec(): the match is one character, so its index is lastIndex - 1 and no match array is built.
  while (CAPS.test(text)) {
    const at = CAPS.lastIndex - 1;
    let s = at;
    if (s >= 0x100 && !isUpperAt(text, s)) continue;
    while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--; // "McConnell": back to the word start
    if (s < prevRawEnd) { CAPS.lastIndex = Math.max(prevRawEnd, at + 1); continue; }
    pronounsBefore(s);
    // A short connector between two capitalised words ("Bank of America").
    const last = tokens[tokens.length - 1];
    if (last && last.cap && !prevBreaks && s - prevRawEnd <= 12 && s - prevRawEnd >= 3) {
      const gap = text.slice(prevRawEnd, s);
      if (CONNECTOR_GAP.test(gap) || (gap === ' the ' && EPITHETS.has(wordAt(text, s).toLowerCase()))) {
        let g = prevRawEnd + 1;
        while (g < s - 1) {
          let e = g;
          while (e < s && text.charCodeAt(e) !== 32) e++;
          push({ start: g, end: e, raw: text.slice(g, e), rawEnd: e, possessive: false, suffix: NO_SUFFIX, splitHead: false });
          g = e + 1;
        }
      }
    }
    const w = shapeWord(text, s, text.length);
    CAPS.lastIndex = w.splitHead ? w.end + 1 : Math.max(w.rawEnd, s + 1);
    // A capitalised function word ("The", "But", "In") that does not lead into another capitalised word names nothing.
    let low = internLower(w.raw);
    let lex = internedLex;
    if (low === null) { low = w.raw.toLowerCase(); lex = lexFlags(low); }
    if (w.end - s <= 10 && !w.possessive && w.suffix === NO_SUFFIX && !w.splitHead) {
      // All capitals ("US", "WHO") may be an acronym that spells a function word: kept for the rules to judge.
      if ((lex & LX_SKIPPABLE) !== 0 && !(allUpper(w.raw) && !capsBefore(text, s))) {
        const after = w.rawEnd + 1;
        // (An organization head right after a name ends it: "Human Rights Watch".)
        const head = (lex & LX_ORG_HEAD) !== 0 && last !== undefined && last.cap && !prevBreaks && s - prevRawEnd === 1;
        // (Nor does a month that people bear as a name right after a given name: "Theresa May said".)
        const surname = (low === 'may' || low === 'april' || low === 'june') && last !== undefined && last.cap && !prevBreaks && s - prevRawEnd === 1 &&
          (last.lex & (LX_MALE_NAME | LX_FEMALE_NAME)) !== 0;
        // ("League of Dorvale Voters", "Association of Elected Officials": a plural of people after a body's "of" or
        // "for" complement ends its name.)
        const member = !head && MEMBER_PLURALS.has(low) && last !== undefined && last.cap && !prevBreaks && s - prevRawEnd === 1 &&
          !allUpper(w.raw) && ofComplementRun(tokens);
        // (Nor does a regnal "I" right after a name, before a comma: "Pope Damasus I, who …", "Norton I, the emperor". The
        // pronoun goes on with a verb.)
        // (After a given name or a word no dictionary has: "Class I," is a label.)
        const regnal = w.raw === 'I' && last !== undefined && last.cap && !last.allCaps && !prevBreaks && s - prevRawEnd === 1 &&
          (w.rawEnd === text.length || REGNAL_AFTER.has(text.charCodeAt(w.rawEnd))) &&
          ((last.lex & (LX_MALE_NAME | LX_FEMALE_NAME)) !== 0 || !isCommonWord(last.lower));
        if (!head && !surname && !member && !regnal && !(text.charCodeAt(w.rawEnd) === 32 && after < text.length && isUpperAt(text, after))) {
          prevBreaks = true;
          continue;
        }
      }
    }
    push(w, low, lex);
  }
  pronounsBefore(text.length);
  if (opts.paragraphs) {
    markHeadlines(text, opts.paragraphs, tokens);
    markQuotedTitles(text, tokens);
  }
  return tokens;
}

/** What may follow a regnal "I" that ends a name: a comma, a semicolon, a colon, a closing bracket (not a full stop: "Type I." reads as an initial). */
const REGNAL_AFTER = new Set([44, 59, 58, 41]);

/**
 * Plural nouns of people, stop words elsewhere, that end a body's name after its "of" or "for" complement: "League of
 * Dorvale Voters", and a party's members ("Union of Christian Democrats"; alone, "Senate Democrats", they name no body).
 */
const MEMBER_PLURALS = new Set(['voters', 'officials', 'experts', 'critics', 'supporters', 'analysts', 'observers', 'residents', 'protesters',
  'democrats', 'republicans']);

/**
 * The capitalised run that ends at the last token holds "of" or "for" after a capitalised word, and the word before
 * that is a body's head ("League of …", "Association of …").
 */
function ofComplementRun(tokens: readonly Token[]): boolean {
  for (let k = tokens.length - 1; k > 0 && k >= tokens.length - 8; k--) {
    const t = tokens[k];
    if ((t.lower === 'of' || t.lower === 'for') && tokens[k - 1].cap && (tokens[k - 1].lex & LX_ORG_HEAD) !== 0) return true;
    if (!t.joinPrev) return false;
  }
  return false;
}

/** Title-case lines (headlines): nearly every word of four letters or more capitalised. Only short paragraphs are read. */
function markHeadlines(text: string, paragraphs: readonly Span[], tokens: Token[]): void {
  let t = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (p.end - p.start > 240 || p.end - p.start < 12) continue;
    // Headlines seldom end with a full stop, except the document's title line (some feeds add one).
    const lastCh = text.charCodeAt(p.end - 1);
    if ((lastCh === 46 && pi > 0) || lastCh === 0x201d || lastCh === 34) continue;
    if (!titleCase(text, p.start, p.end, false)) continue;
    while (t < tokens.length && tokens[t].start < p.start) t++;
    for (let k = t; k < tokens.length && tokens[k].start < p.end; k++) tokens[k].headline = true;
  }
}

/**
 * [start, end) is title case: three words of four letters or more, at least three in four of them capitalised; with
 * `needCommon`, one of them after the first a capitalised common word or its -s form (a title, not a list of names).
 */
function titleCase(text: string, start: number, end: number, needCommon: boolean): boolean {
  let long = 0;
  let caps = 0;
  let common = !needCommon;
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
    const s = i;
    while (i < end && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019)) i++;
    if (i - s < 4) continue;
    if (isUpperAt(text, s)) {
      caps++;
      if (!common && long > 0 && commonOrSForm(text.slice(s, i).toLowerCase())) common = true;
    }
    long++;
  }
  return common && long >= 3 && caps >= long * 0.75;
}

/** A common English word or a verb's -s form of one ("Joins", "Endorses"). */
export function commonOrSForm(low: string): boolean {
  return isCommonWord(low) || (low.endsWith('s') && (isCommonWord(low.slice(0, -1)) || (low.endsWith('es') && isCommonWord(low.slice(0, -2)))));
}

/**
 * A title-case quotation inside a line (a headline or a work's title quoted in a sentence: “Jane Roe Leads Field”,
 * ''Mark Doe Endorses Roe'') is read as a headline: capitalisation says little there either. Marks: “…”, ‘…’, "…" and
 * two apostrophes; the closing mark within 160 characters on the same line; at least three words of four letters or
 * more, nearly all capitalised, one after the first a capitalised common word (not a list of names: “Jane, Mark and
 * Qollvex”).
 */
function markQuotedTitles(text: string, tokens: Token[]): void {
  const n = text.length;
  let t = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let close: number;
    let width = 1;
    if (c === 0x201c) close = 0x201d;
    else if (c === 0x2018) close = 0x2019;
    else if (c === 34) close = 34;
    else if (c === 39 && text.charCodeAt(i + 1) === 39) { close = 39; width = 2; }
    else continue;
    // (An opening mark stands before a word, never right after one: "Roe's", 5'10".)
    if (i + width >= n || !isWordChar(text.charCodeAt(i + width)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
    let end = -1;
    for (let j = i + width; j < n && j - i < 160; j++) {
      const d = text.charCodeAt(j);
      if (d === 10) break;
      if (d === close && (width === 1 || text.charCodeAt(j + 1) === 39) && !(j + width < n && isWordChar(text.charCodeAt(j + width)))) { end = j; break; }
    }
    if (end < 0) continue;
    if (titleCase(text, i + width, end, true)) {
      while (t < tokens.length && tokens[t].start < i) t++;
      for (let q = t; q < tokens.length && tokens[q].start < end; q++) tokens[q].headline = true;
    }
    i = end + width - 1;
  }
}

/** The word right before `pos` with only spaces between (lower-cased, trailing period kept), or null. */
export function prevWord(text: string, pos: number): { start: number; end: number; lower: string; possessive: boolean } | null {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0 || k === pos - 1 || pos - 1 - k > 3) return null;
  const end = k + 1;
  if (text.charCodeAt(k) === 46) k--; // "Sen."
  if (k < 0 || !isWordChar(text.charCodeAt(k))) return null;
  while (k > 0 && (isWordChar(text.charCodeAt(k - 1)) || (isJoiner(text.charCodeAt(k - 1)) && k > 1 && isWordChar(text.charCodeAt(k - 2))))) k--;
  const lower = text.slice(k, end).toLowerCase();
  // A period ends a sentence unless the word is an abbreviation ("Sen.") or an initial.
  if (text.charCodeAt(end - 1) === 46 && !(ABBREVS.has(lower.slice(0, -1)) || end - k === 2)) return null;
  const n = lower.length;
  const apos = n >= 2 ? lower.charCodeAt(n - 2) : 0;
  return { start: k, end, lower, possessive: lower.charCodeAt(n - 1) === 115 && (apos === 39 || apos === 0x2019) }; // 's ’s
}

/** The word right after `pos` with only spaces between (lower-cased), or null. */
export function nextWord(text: string, pos: number): { start: number; end: number; lower: string } | null {
  let k = pos;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k === pos || k - pos > 3 || k >= text.length || !isWordChar(text.charCodeAt(k))) return null;
  const s = k;
  // (k + 1 checked against the length: a read past the end throws V8's optimized code away.)
  while (k < text.length && (isWordChar(text.charCodeAt(k)) || (isJoiner(text.charCodeAt(k)) && k + 1 < text.length && isWordChar(text.charCodeAt(k + 1))))) k++;
  return { start: s, end: k, lower: text.slice(s, k).toLowerCase() };
}
