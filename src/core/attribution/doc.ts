// The token store of the attribution pass: the document tokenized once, sentence by sentence, with what every later
// step asks of a token computed once: its shape, its reporting-verb reading, a hash of its word, and running counts
// (commas, quotation marks, verbs…) so "what stands between these two tokens" costs two array reads.
import { MONTH_FULL, WEEKDAY_NAMES } from '../dates/lexicon';
import { isCommonWord } from '../lexicon/commonWords';
import { NOUN_CUES, reportingVerb, type VerbEntry } from '../lexicon/reportingVerbs';
import { AUX_ADVERBS, DETERMINERS, PRONOUNS, TIME_WORDS } from '../quotes/lexicon';
import { sentenceSubject, type SpeakerNP } from '../quotes/speakers';
import { capCode, isSpace, lowerOf, punctEnd, startsWord, wordEnd, type TokenList } from '../quotes/tokens';
import type { Span } from '../types';

/** Token shapes: enough context without a part-of-speech tagger. Codes 0 and 1 stand for the sentence edges. */
export const enum Shape {
  Start, End, Quote, Pron, Poss, Det, Num, Cap0, Cap, Gen, Verb, Word, Comma, Period, Colon, Semi, Open, Close, Dash, Punct,
}
/** Shapes of words; the others are punctuation (and the sentence edges). */
export const isWordShape = (sh: number): boolean => sh >= Shape.Pron && sh <= Shape.Word;
export const enum VerbForm { None, Base, S, Past, Pp, Ing }
/** Word-level facts the source ranker asks of a token, as bits. */
export const enum TokenFlag { NotHead = 1, FunctionHead = 2, NounLike = 4, Genitive = 8, TimeName = 16 }
const FORM_CODE: Record<string, VerbForm> = { base: VerbForm.Base, s: VerbForm.S, past: VerbForm.Past, pp: VerbForm.Pp, ing: VerbForm.Ing };
const CLASS_CODE: Record<string, number> = { speech: 1, belief: 2, evidence: 3, stance: 4 };

/** What a token's `bits` hold: a word, capitalised, and its text is its lower-case form (no string to cut). */
const enum TB { Word = 1, Cap = 2, Same = 4 }

/**
 * The document's tokens without an object per token: start, end and bits in typed arrays, and each token's lower-case
 * form as the word cache's own string (one per distinct word, shared by every token of it). A word's text, when it is
 * not its lower-case form, is cut from the document when asked for.
 */
export class TokenStore implements TokenList {
  constructor(
    private readonly src: string, readonly starts: Int32Array, readonly ends: Int32Array, readonly bits: Uint8Array,
    readonly lowers: readonly string[],
  ) {}
  get length(): number {
    return this.lowers.length;
  }
  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.ends[i];
  }
  text(i: number): string {
    // out of range, bits[i] is undefined and so is lowers[i]
    return (this.bits[i] & (TB.Word | TB.Same)) === TB.Word ? this.src.slice(this.starts[i], this.ends[i]) : this.lowers[i];
  }
  lower(i: number): string {
    return this.lowers[i];
  }
  word(i: number): boolean {
    return (this.bits[i] & TB.Word) !== 0;
  }
  cap(i: number): boolean {
    return (this.bits[i] & TB.Cap) !== 0;
  }
}

export interface DocTokens {
  readonly text: string;
  readonly toks: TokenStore;
  /** Sentence index of each token. */
  readonly sent: Int32Array;
  /** Paragraph index of each token. */
  readonly para: Int32Array;
  /** Index of the quotation (in the quotes given) holding each token, marks included; -1 outside. */
  readonly quote: Int32Array;
  /** First token of each sentence, and one past its last. */
  readonly sentFirst: Int32Array;
  readonly sentEnd: Int32Array;
  readonly sentences: readonly Span[];
  readonly paragraphs: readonly Span[];
  /** Per token: shape, hash of the lower-case word, reporting-verb form, class (+ 8 when weak) and lemma hash,
   * noun-cue lemma hash. */
  readonly shape: Uint8Array;
  readonly hash: Int32Array;
  readonly form: Uint8Array;
  readonly cls: Uint8Array;
  readonly lemma: Int32Array;
  readonly noun: Int32Array;
  /** TokenFlag bits and the suffix hash of each token. */
  readonly flags: Uint8Array;
  readonly suffix: Int32Array;
  /** The sentence's subject (after an introductory phrase), found once per sentence on demand. */
  readonly subjects: Map<number, SpeakerNP | null>;
  /** Running counts before token i (length n + 1): commas, quotation marks, "that", reporting verbs, clause joiners,
   * words that are neither auxiliaries, adverbs nor time words. */
  readonly commas: Int32Array;
  readonly quotes: Int32Array;
  readonly thats: Int32Array;
  readonly verbs: Int32Array;
  readonly joiners: Int32Array;
  readonly nonFillers: Int32Array;
}

/** 32-bit FNV-1a: words and feature parts become numbers once, so features cost no strings. */
export function hash(s: string): number {
  let x = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x | 0;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const JOINERS = new Set(['and', 'but', 'who', 'which', 'while', 'whereas', 'because', 'although', 'if', 'when']);
const QUOTE_MARKS = new Set(['"', '“', '”']);

/** Function words and common verbs that never head a source. */
export const NOT_HEADS = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'this', 'these', 'those',
  'and', 'or', 'but', 'if', 'so', 'than', 'then', 'not', 'no', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'also', 'just',
  'very', 'more', 'about', 'after', 'before', 'when', 'while', 'what', 'whom', 'whose', 'where',
  'how', 'why', 'there', 'here', 'into', 'over', 'under', 'out', 'up', 'down', 'off', 'now', 'even', 'still', 'only',
  'because', 'since', 'until', 'though', 'although', 'however', 'said', 'says', 'say', 'him', 'them', 'me', 'us', 'any',
  'each', 'every', 'such', 'other', 'another', 'either', 'neither', 'much', 'own', 'same', 'too', 'again', 'once',
  'never', 'always', 'often',
  // prepositions that open a phrase, capitalised when they open the sentence ("Despite …, X said", "Inside the hall, …")
  'despite', 'besides', 'beside', 'inside', 'outside', 'alongside', 'amid', 'among', 'amongst', 'behind', 'beyond', 'within',
  'without', 'toward', 'towards', 'against', 'across', 'through', 'throughout', 'during', 'upon', 'via', 'unlike', 'yet', 'ahead',
]);
/** Endings of adjectives that "-ly" makes adverbs of ("grudgingly", "forcefully", "decisively", "politically"). */
const ADJECTIVE_END = /(?:ing|ful|ous|ive|ent|ant|al|ed|ate|ish|less|ic)$/;
/**
 * An adverb made of an adjective and "-ly" ("grudgingly", "Shortly after …", "Hastily"): never the head of a source.
 * The stem has four letters or more, so "daily", "early" and the name "Carly" stay words; "family" or "rally" have no
 * such stem.
 */
function lyAdverb(w: string): boolean {
  if (w.length < 6 || !w.endsWith('ly')) return false;
  const stem = w.endsWith('ily') ? w.slice(0, -3) + 'y' : w.slice(0, -2);
  return stem.length >= 4 && (isCommonWord(stem) || (stem.length >= 5 && ADJECTIVE_END.test(stem)));
}
/** Words that head a source though they are function words: relative and possessive pronouns, quantifiers. */
export const FUNCTION_HEADS = new Set(['who', 'which', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'others', 'both', 'all', 'few', 'most', 'one', 'another']);

/**
 * Names of days and months: capitalised like a name, never a source ("said Wednesday", "in February"). Not "May",
 * also a verb and a given name.
 */
const TIME_NAMES = new Set(['jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);
for (const w of WEEKDAY_NAMES) TIME_NAMES.add(w);
for (const w of MONTH_FULL) if (w !== 'may') TIME_NAMES.add(w);

/** What a word is, whatever its place: looked up once per distinct word and kept (the lexicon never changes). */
interface WordInfo {
  readonly hash: number;
  readonly shape: Shape; // Cap for any capitalised word; Cap0 is decided per token
  readonly form: VerbForm;
  readonly cls: number;
  readonly lemma: number;
  readonly noun: number;
  readonly that: boolean;
  readonly joiner: boolean;
  readonly filler: boolean;
  readonly flags: number;
  /** Hash of the last three letters: a rough part of speech for words no list knows. */
  readonly suffix: number;
}
/**
 * The cross-document word cache: open addressing, the numbers of a word side by side in one Int32Array (7 a slot)
 * and the word itself in `words`, compared only when hash, length and capitalisation agree. It replaced a Map of
 * objects, whose lookups read bucket, entry, object and string one after another (12 % of a warm analysis, mostly
 * waiting on memory).
 */
const SLOT = 7;
const enum F { Key, Len, Hash, Bits, Lemma, Noun, Suffix }
let slots = new Int32Array(4096 * SLOT);
let mask = 4095;
let used = 0;
let words: string[] = new Array<string>(4096).fill('');
/** Distinct words kept at most; past it the cache starts afresh (a bound for huge inputs, not a tuning knob). */
const MAX_WORDS = 200000;
const THAT_HASH = hash('that');

/** Set by wordSlot: the word has no capital and nothing but ASCII, so it is its own lower-case form. */
let plain = true;

/** True when `w` is the lower-case form of text[start, end), a word of ASCII letters, digits and '’' only. */
function sameLower(w: string, text: string, start: number, end: number): boolean {
  for (let i = start, k = 0; i < end; i++, k++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    if (w.charCodeAt(k) !== c) return false;
  }
  return true;
}

/**
 * A copy of a word that does not keep its article alive: V8 makes a longer substring a view into the whole source
 * text, and the word cache outlives the document (over a stream of articles it would hold many of them).
 */
function detached(w: string): string {
  return w.length < 13 ? w : (' ' + w).slice(1);
}

function describe(w: string, cap: boolean): WordInfo {
  const v = reportingVerb(w);
  const nl = NOUN_CUES.get(w);
  let shape: Shape;
  const c = w.charCodeAt(0);
  if (PRONOUNS.has(w)) shape = Shape.Pron;
  else if (POSSESSIVES.has(w)) shape = Shape.Poss;
  else if (DETERMINERS.has(w)) shape = Shape.Det;
  else if (c >= 48 && c <= 57) shape = Shape.Num;
  else if (cap) shape = Shape.Cap;
  else if (w.endsWith("'s")) shape = Shape.Gen;
  else if (v) shape = Shape.Verb;
  else shape = Shape.Word;
  const h = hash(w);
  return {
    hash: h, shape, form: v ? FORM_CODE[v.form] : VerbForm.None, cls: v ? CLASS_CODE[v.cls] | (v.weak ? 8 : 0) : 0, lemma: v ? hash(v.lemma) : 0,
    noun: nl ? hash(nl) : 0, that: h === THAT_HASH && w === 'that', joiner: JOINERS.has(w),
    filler: AUX_ADVERBS.has(w) || TIME_WORDS.has(w) || w.endsWith('ly'),
    flags: (NOT_HEADS.has(w) || lyAdverb(w) ? TokenFlag.NotHead : 0) | (FUNCTION_HEADS.has(w) ? TokenFlag.FunctionHead : 0)
      | (shape === Shape.Word && !NOT_HEADS.has(w) && !FUNCTION_HEADS.has(w) && !/(?:ed|ing|ly)$/.test(w) ? TokenFlag.NounLike : 0)
      | (/'s$/.test(w) ? TokenFlag.Genitive : 0) | (TIME_NAMES.has(w) ? TokenFlag.TimeName : 0),
    suffix: hash(w.slice(-3)),
  };
}

/** Bits of a slot's F.Bits: shape (5 bits), form (3), class (4), flags (5), that, joiner, filler. */
const enum B { Form = 8, Cls = 12, Flags = 16, That = 1 << 24, Joiner = 1 << 25, Filler = 1 << 26 }

/** Doubles the table, or empties it past MAX_WORDS. */
function grow(): void {
  if (used >= MAX_WORDS) {
    slots.fill(0);
    words.fill('');
    used = 0;
    return;
  }
  const old = slots;
  const oldWords = words;
  mask = mask * 2 + 1;
  slots = new Int32Array((mask + 1) * SLOT);
  words = new Array<string>(mask + 1).fill('');
  for (let o = 0, j = 0; o < old.length; o += SLOT, j++) {
    if (old[o + F.Len] === 0) continue;
    let i = old[o + F.Key] & mask;
    while (slots[i * SLOT + F.Len] !== 0) i = (i + 1) & mask;
    slots.set(old.subarray(o, o + SLOT), i * SLOT);
    words[i] = oldWords[j];
  }
}

/**
 * The slot index of the word text[start, end) (`cap`: it starts with a capital), filled on first sight; `words` at
 * that index is its lower-case form. A hash collision between two words is checked against the characters, never
 * trusted; a word of ASCII and '’' (nearly all) is compared in place, so a word seen before costs no string. The probe
 * is small, so the per-token loop can inline it; filling a slot (the lexicon look-ups of `describe`) happens once per
 * distinct word, in a function of its own.
 */
function wordSlot(text: string, start: number, end: number, cap: boolean): number {
  // The hash of the lower-case form read straight from the text (curly apostrophes as straight ones, like
  // Token.lower), so no string is hashed by the engine for a lookup. In this loop, not a function of its own: under
  // the command's small inlining budget (src/cli/flags.ts) that was a call per token. `wide`: a character other than
  // ASCII and '’', whose lower case may change the word's length.
  let x = 0x811c9dc5;
  let wide = false;
  let own = true;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) {
      c += 32;
      own = false;
    } else if (c === 0x2019) {
      c = 39;
      own = false;
    } else if (c > 127) {
      own = false;
      c = text[k].toLowerCase().charCodeAt(0);
      wide = true;
    }
    x ^= c;
    x = Math.imul(x, 0x01000193);
  }
  plain = own;
  const key = cap ? (x | 0) ^ 0x5bd1e995 : x | 0;
  const w = wide ? lowerOf(text, start, end, text.slice(start, end)) : null;
  // length + 1 (never 0 in a used slot), capitalisation at bit 20
  const len = ((w === null ? end - start : w.length) + 1) | (cap ? 1 << 20 : 0);
  let i = key & mask;
  for (;;) {
    const o = i * SLOT;
    const l = slots[o + F.Len];
    if (l === 0) return addWord(w ?? lowerOf(text, start, end, text.slice(start, end)), cap, key, len, i, text, start, end);
    if (l === len && slots[o + F.Key] === key && (w === null ? sameLower(words[i], text, start, end) : words[i] === w)) return i;
    i = (i + 1) & mask;
  }
}

/** Fills the free slot i with the word w not seen before (or grows the table and looks again). */
function addWord(w: string, cap: boolean, key: number, len: number, i: number, text: string, start: number, end: number): number {
  if ((used + 1) * 2 > mask + 1 || used >= MAX_WORDS) {
    grow();
    return wordSlot(text, start, end, cap);
  }
  const info = describe(w, cap);
  words[i] = detached(w);
  const o = i * SLOT;
  slots[o + F.Key] = key;
  slots[o + F.Len] = len;
  slots[o + F.Hash] = info.hash;
  slots[o + F.Bits] = info.shape | (info.form << B.Form) | (info.cls << B.Cls) | (info.flags << B.Flags)
    | (info.that ? B.That : 0) | (info.joiner ? B.Joiner : 0) | (info.filler ? B.Filler : 0);
  slots[o + F.Lemma] = info.lemma;
  slots[o + F.Noun] = info.noun;
  slots[o + F.Suffix] = info.suffix;
  used++;
  return i;
}

function punctShape(text: string): Shape {
  if (QUOTE_MARKS.has(text)) return Shape.Quote;
  switch (text) {
    case ',': return Shape.Comma;
    case '.': case '!': case '?': return Shape.Period;
    case ':': return Shape.Colon;
    case ';': return Shape.Semi;
    case '(': case '[': return Shape.Open;
    case ')': case ']': return Shape.Close;
    case '-': case '--': case '—': case '–': return Shape.Dash;
    default: return Shape.Punct;
  }
}

/** Paragraph index of each token (`paragraphs` sorted, covering every token), written into `para`. */
function paragraphOf(tokStarts: Int32Array, paragraphs: readonly Span[], para: Int32Array): Int32Array {
  const ends = spanEnds(paragraphs);
  let p = 0;
  for (let i = 0; i < tokStarts.length; i++) {
    const start = tokStarts[i];
    while (p + 1 < ends.length && ends[p] <= start) p++;
    para[i] = p;
  }
  return para;
}

/**
 * Index of the quotation holding each token, -1 outside, written into `quote`. A function of its own, which reads the
 * spans as plain numbers: the quotes come in several object shapes, and a shape first met after the per-token loop was
 * optimized would throw that whole loop's code away.
 */
function quoteOf(tokStarts: Int32Array, quotes: readonly Span[], quote: Int32Array): Int32Array {
  quote.fill(-1);
  const starts = new Int32Array(quotes.length);
  for (let k = 0; k < quotes.length; k++) starts[k] = quotes[k].start;
  const ends = spanEnds(quotes);
  let q = 0;
  for (let i = 0; i < tokStarts.length; i++) {
    const start = tokStarts[i];
    while (q < ends.length && ends[q] <= start) q++;
    if (q < ends.length && starts[q] <= start) quote[i] = q;
  }
  return quote;
}

function spanEnds(spans: readonly Span[]): Int32Array {
  const ends = new Int32Array(spans.length);
  for (let k = 0; k < spans.length; k++) ends[k] = spans[k].end;
  return ends;
}

/** Punctuation tokens' strings, one per mark (a curly quotation mark cut from the text is a new string each time). */
const PUNCT = new Map<number, string>();
function punctString(text: string, i: number, e: number): string {
  const key = text.charCodeAt(i) | (e - i) << 16;
  let p = PUNCT.get(key);
  if (p === undefined) {
    p = text.slice(i, e);
    PUNCT.set(key, p);
  }
  return p;
}

/** Bits of Columns.more: what the running counts need of a word. */
const enum M { That = 1, Joiner = 2, Filler = 4 }

/**
 * Number of Int32 columns in a Columns buffer: the six the tokens are read into (starts, ends, hash, lemma, noun,
 * suffix), then sentence, paragraph and quotation of each token and the six running counts, filled once the token
 * count is known.
 */
const I32_COLUMNS = 15;
/** Number of Uint8 columns, after the Int32 ones: bits, shape, form, cls, flags, more. */
const U8_COLUMNS = 6;

/**
 * The per-token arrays while the document is read, grown as needed (the token count is known only at the end). Every
 * column is a view of one buffer, `cap + 1` entries each (the running counts need one more than the tokens): a
 * typed array of its own per column was thirteen buffers, then eight more, per document, and their allocation (not
 * their filling) was a fifth of the store's time.
 */
class Columns {
  n = 0;
  /** Tokens the columns hold at most before they grow. */
  cap: number;
  buffer: ArrayBuffer;
  starts: Int32Array;
  ends: Int32Array;
  hash: Int32Array;
  lemma: Int32Array;
  noun: Int32Array;
  suffix: Int32Array;
  bits: Uint8Array;
  shape: Uint8Array;
  form: Uint8Array;
  cls: Uint8Array;
  flags: Uint8Array;
  more: Uint8Array;
  /**
   * Made at the estimated size and written by index, cut to the token count at the end: pushed onto an empty array,
   * it was copied into a larger one about a dozen times a document. (V8 keeps an array made so in fast elements up
   * to ~32 M slots; past the cap it grows by writes like any array.)
   */
  readonly lowers: string[];
  constructor(size: number) {
    this.lowers = new Array<string>(Math.min(size, 1 << 24));
    this.cap = size;
    this.buffer = new ArrayBuffer((size + 1) * (I32_COLUMNS * 4 + U8_COLUMNS));
    this.starts = this.i32(0, size);
    this.ends = this.i32(1, size);
    this.hash = this.i32(2, size);
    this.lemma = this.i32(3, size);
    this.noun = this.i32(4, size);
    this.suffix = this.i32(5, size);
    this.bits = this.u8(0, size);
    this.shape = this.u8(1, size);
    this.form = this.u8(2, size);
    this.cls = this.u8(3, size);
    this.flags = this.u8(4, size);
    this.more = this.u8(5, size);
  }
  /** Int32 column k, its first `length` entries. */
  i32(k: number, length: number): Int32Array {
    return new Int32Array(this.buffer, k * (this.cap + 1) * 4, length);
  }
  /** Uint8 column k, its first `length` entries. */
  u8(k: number, length: number): Uint8Array {
    return new Uint8Array(this.buffer, (this.cap + 1) * I32_COLUMNS * 4 + k * (this.cap + 1), length);
  }
  grow(): void {
    const old = { starts: this.starts, ends: this.ends, hash: this.hash, lemma: this.lemma, noun: this.noun, suffix: this.suffix,
      bits: this.bits, shape: this.shape, form: this.form, cls: this.cls, flags: this.flags, more: this.more };
    const size = this.cap * 2;
    this.cap = size;
    this.buffer = new ArrayBuffer((size + 1) * (I32_COLUMNS * 4 + U8_COLUMNS));
    (this.starts = this.i32(0, size)).set(old.starts);
    (this.ends = this.i32(1, size)).set(old.ends);
    (this.hash = this.i32(2, size)).set(old.hash);
    (this.lemma = this.i32(3, size)).set(old.lemma);
    (this.noun = this.i32(4, size)).set(old.noun);
    (this.suffix = this.i32(5, size)).set(old.suffix);
    (this.bits = this.u8(0, size)).set(old.bits);
    (this.shape = this.u8(1, size)).set(old.shape);
    (this.form = this.u8(2, size)).set(old.form);
    (this.cls = this.u8(3, size)).set(old.cls);
    (this.flags = this.u8(4, size)).set(old.flags);
    (this.more = this.u8(5, size)).set(old.more);
  }
}

/**
 * Reads the tokens of text[from, to) into `c` (the tokenizer's rules, quotes/tokens.ts), with each word's facts from
 * the word cache (a capitalised word first in the sentence is Cap0).
 */
function readSentence(text: string, from: number, to: number, c: Columns): void {
  const first = c.n;
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (i < end) {
    const ch = text.charCodeAt(i);
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (c.n === c.starts.length) c.grow();
    const n = c.n++;
    if (startsWord(ch)) {
      const e = wordEnd(text, i, end);
      const cap = capCode(ch);
      const slot = wordSlot(text, i, e, cap);
      const o = slot * SLOT;
      const bits = slots[o + F.Bits];
      const sh = (bits & 31) as Shape;
      c.starts[n] = i;
      c.ends[n] = e;
      c.bits[n] = TB.Word | (cap ? TB.Cap : 0) | (plain ? TB.Same : 0);
      c.lowers[n] = words[slot];
      c.shape[n] = sh === Shape.Cap && n === first ? Shape.Cap0 : sh;
      c.hash[n] = slots[o + F.Hash];
      c.form[n] = (bits >> B.Form) & 7;
      c.cls[n] = (bits >> B.Cls) & 15;
      c.lemma[n] = slots[o + F.Lemma];
      c.noun[n] = slots[o + F.Noun];
      c.flags[n] = (bits >> B.Flags) & 31;
      c.suffix[n] = slots[o + F.Suffix];
      c.more[n] = ((bits & B.That) !== 0 ? M.That : 0) | ((bits & B.Joiner) !== 0 ? M.Joiner : 0) | ((bits & B.Filler) !== 0 ? M.Filler : 0);
      i = e;
      continue;
    }
    const e = punctEnd(text, i, end);
    const p = punctString(text, i, e);
    c.starts[n] = i;
    c.ends[n] = e;
    c.bits[n] = TB.Same;
    c.lowers[n] = p;
    c.shape[n] = punctShape(p);
    c.hash[n] = hash(p);
    i = e;
  }
}

/** Tokenizes every sentence once. Linear in the text; `quotes` must be sorted by start. */
export function docTokens(text: string, paragraphs: readonly Span[], sentences: readonly Span[], quotes: readonly Span[]): DocTokens {
  const edges = new Int32Array(sentences.length * 2);
  const sentFirst = edges.subarray(0, sentences.length);
  const sentEnd = edges.subarray(sentences.length);
  let chars = 0;
  for (const s of sentences) chars += Math.max(0, s.end - s.start);
  // English news runs ~0.2 tokens a character: room for a quarter, so a document rarely grows the arrays
  const c = new Columns((chars >> 2) + 16);
  for (let s = 0; s < sentences.length; s++) {
    sentFirst[s] = c.n;
    readSentence(text, sentences[s].start, sentences[s].end, c);
    sentEnd[s] = c.n;
  }
  const n = c.n;
  c.lowers.length = n;
  const starts = c.i32(0, n);
  const sent = c.i32(6, n);
  for (let s = 0; s < sentences.length; s++) for (let i = sentFirst[s]; i < sentEnd[s]; i++) sent[i] = s;
  const d: DocTokens = {
    text, toks: new TokenStore(text, starts, c.i32(1, n), c.u8(0, n), c.lowers), sent,
    para: paragraphOf(starts, paragraphs, c.i32(7, n)), quote: quoteOf(starts, quotes, c.i32(8, n)), sentFirst, sentEnd, sentences, paragraphs,
    shape: c.u8(1, n), hash: c.i32(2, n), form: c.u8(2, n), cls: c.u8(3, n),
    lemma: c.i32(3, n), noun: c.i32(4, n), flags: c.u8(4, n), suffix: c.i32(5, n),
    commas: c.i32(9, n + 1), subjects: new Map(), quotes: c.i32(10, n + 1), thats: c.i32(11, n + 1),
    verbs: c.i32(12, n + 1), joiners: c.i32(13, n + 1), nonFillers: c.i32(14, n + 1),
  };
  runningCounts(d, c.more);
  return d;
}

/** The running counts of `d` (commas, quotation marks, "that", reporting verbs, joiners, non-fillers before each token). */
function runningCounts(d: DocTokens, more: Uint8Array): void {
  const { shape, form, commas, thats, verbs, joiners, nonFillers } = d;
  const quoteCount = d.quotes;
  const n = d.toks.length;
  for (let i = 0; i < n; i++) {
    const sh = shape[i];
    const m = more[i];
    commas[i + 1] = commas[i] + (sh === Shape.Comma ? 1 : 0);
    quoteCount[i + 1] = quoteCount[i] + (sh === Shape.Quote ? 1 : 0);
    thats[i + 1] = thats[i] + ((m & M.That) !== 0 ? 1 : 0);
    verbs[i + 1] = verbs[i] + (form[i] !== VerbForm.None ? 1 : 0);
    joiners[i + 1] = joiners[i] + ((m & M.Joiner) !== 0 ? 1 : 0);
    nonFillers[i + 1] = nonFillers[i] + ((m & M.Filler) !== 0 ? 0 : 1);
  }
}

/** The shape of token i seen from sentence s: the sentence edges outside it. */
export function shapeIn(d: DocTokens, i: number, s: number): Shape {
  return i < d.sentFirst[s] ? Shape.Start : i >= d.sentEnd[s] ? Shape.End : (d.shape[i] as Shape);
}

/** The word hash of token i seen from sentence s (the edges hash as their shape code). */
export function wordIn(d: DocTokens, i: number, s: number): number {
  return i < d.sentFirst[s] ? 1 : i >= d.sentEnd[s] ? 2 : d.hash[i];
}

/**
 * The reporting-verb reading of token i (as reportingVerb of its lower-case word), looked up only for the tokens the
 * word cache marked as verb forms: a form code is set exactly when the word is in the table, so the many other tokens
 * cost one array read instead of a string-keyed Map lookup.
 */
export function verbAt(d: DocTokens, i: number): VerbEntry | undefined {
  return d.form[i] !== VerbForm.None ? reportingVerb(d.toks.lower(i)) : undefined;
}

/** The subject of sentence s, when it has one (cached). */
export function subjectOf(d: DocTokens, s: number): SpeakerNP | null {
  let v = d.subjects.get(s);
  if (v === undefined) {
    const found = d.sentEnd[s] > d.sentFirst[s] ? sentenceSubject(d.toks, d.sentFirst[s], d.sentEnd[s] - 1) : null;
    v = found ? found.np : null;
    d.subjects.set(s, v);
  }
  return v;
}

/**
 * The subject of sentence s whatever its head noun (cached apart): "The decision … threatens", "The legislation also
 * bans …". subjectOf keeps, as the quote pass does, only a lower-case subject headed by a person noun; a statement's
 * source may be a document, a poll or a law.
 */
export function anySubjectOf(d: DocTokens, s: number): SpeakerNP | null {
  const key = -1 - s;
  let v = d.subjects.get(key);
  if (v === undefined) {
    const found = d.sentEnd[s] > d.sentFirst[s] ? sentenceSubject(d.toks, d.sentFirst[s], d.sentEnd[s] - 1, false, true) : null;
    v = found ? found.np : null;
    d.subjects.set(key, v);
  }
  return v;
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(d: DocTokens, pos: number): number {
  let lo = 0;
  const starts = d.toks.starts;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
