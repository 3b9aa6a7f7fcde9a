// Hand-built features of the trained attribution models, shared by inference (the pass) and training
// (scripts/train.mjs). A feature is a 32-bit number: a template (what is looked at) mixed with the values seen
// (word hashes, shapes, verb forms), so scoring builds no strings. The weights live in model.json under these numbers.
import { isWordShape, Shape, VerbForm, hash, shapeIn, wordIn, type DocTokens } from './doc';

/**
 * A feature id from a template and up to three values: murmur3's mixing of each value into the template, then its
 * finalizer. One function with the three rounds written out: under the command's small inlining budget
 * (src/cli/flags.ts) a round of its own was a call, three per feature.
 */
export function feat(template: number, a = 0, b = 0, c = 0): number {
  let h = template;
  let k = Math.imul(a, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  k = Math.imul(c, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Template ids, hash(`template:${name}`) written out: each use is a constant, where a property read cost unoptimized code
 * an inline-cache call per feature. test/unit/attribution.test.ts checks them against the hash.
 */
enum T {
  bias = -1939563894, word = -1531435841, lemma = -731614539, cls = 154404629, form = 1920464241, weak = 1066439167,
  noun = -651464053, suffix = 760566, p1 = -480446392, n1 = -548542606, p2 = -430113535, n2 = -565320225,
  p1s = 643482849, n1s = -2002606445, p12s = 192986311, n12s = -123190071, p1n1s = 453843998, wN1s = -390623870,
  wP1s = 1815926292, kP1s = 914496744, kN1s = 718239214, kP12s = 1765242328, kN12s = -365452618, inQuote = 1369868260,
  inQuoteK = 942119037, first = -1913678121, lastK = 116847992, afterQuoteK = 1961398226, afterQuoteD = 2011731083,
  thatAt = 966565319, thatK = -637506437, quoteAt = -1592208632, cap = 68692153, pos = 382529491, p1w = 710593325,
  lemmaN1 = 318024752, subjL = 693924545, auxK = 1505708824, auxW = 1707040252, byAgent = -540266933,
  sentQuoteK = -137515916,
}
export { T as CUE_TEMPLATES };

const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might',
  'also', 'not', "n't", 'never', 'then', 'later', 'again', 'just', 'even', 'still', 'once', 'did', 'does', 'do']);
const THAT = hash('that');
const BY = hash('by');

/** A set of word hashes as a probe into a typed array: asked of every word of a document, where a Set's lookup cost. */
export class HashSet {
  private readonly keys: Int32Array;
  private readonly mask: number;
  private readonly zero: boolean;

  constructor(hashes: Iterable<number>) {
    const list = Array.from(hashes);
    let size = 16;
    while (size < list.length * 2) size <<= 1;
    this.keys = new Int32Array(size);
    this.mask = size - 1;
    let zero = false;
    for (const h of list) {
      if (h === 0) zero = true; // 0 marks an empty slot
      else this.add(h | 0);
    }
    this.zero = zero;
  }

  private add(h: number): void {
    let at = Math.imul(h, 0x9e3779b1) & this.mask;
    while (this.keys[at] !== 0 && this.keys[at] !== h) at = (at + 1) & this.mask;
    this.keys[at] = h;
  }

  has(h: number): boolean {
    if (h === 0) return this.zero;
    let at = Math.imul(h, 0x9e3779b1) & this.mask;
    for (;;) {
      const x = this.keys[at];
      if (x === h) return true;
      if (x === 0) return false;
      at = (at + 1) & this.mask;
    }
  }
}

/**
 * Words that can head a cue: the verb table, the noun cues, "according", and what training saw as cue heads (`vocab`:
 * their hashes cut to 30 bits, small integers the engine keeps unboxed). Read from the token arrays only (a colon is
 * the one punctuation shape that can), never from the token objects.
 */
export function cueCandidate(d: DocTokens, i: number, vocab: { has(h: number): boolean }): boolean {
  const sh = d.shape[i];
  if (!isWordShape(sh)) return sh === Shape.Colon;
  return d.form[i] !== VerbForm.None || d.noun[i] !== 0 || vocab.has(d.hash[i] & 0x3fffffff);
}

/**
 * Features of token i as the head of a cue, written into `f` (emptied first): the detector passes one array for the
 * whole document, so a candidate allocates nothing (a fresh array grew four times over its pushes).
 */
export function cueFeatures(d: DocTokens, i: number, f: number[] = []): number[] {
  // the arrays in locals: this runs unoptimized over the first articles, where each property read is a call
  const { toks, shape, hash: words, noun, quote } = d;
  const s = d.sent[i];
  const w = words[i];
  const fm = d.form[i];
  f.length = 0;
  f.push(T.bias, feat(T.word, w));
  if (fm !== VerbForm.None) {
    f.push(feat(T.lemma, d.lemma[i]), feat(T.cls, d.cls[i] & 7), feat(T.form, fm));
    if (d.cls[i] & 8) f.push(T.weak);
  }
  if (noun[i]) f.push(feat(T.noun, noun[i]));
  if (fm === VerbForm.None && !noun[i]) f.push(feat(T.suffix, d.suffix[i]));
  const p1 = shapeIn(d, i - 1, s);
  const p2 = shapeIn(d, i - 2, s);
  const n1 = shapeIn(d, i + 1, s);
  const n2 = shapeIn(d, i + 2, s);
  const lp1 = wordIn(d, i - 1, s);
  const ln1 = wordIn(d, i + 1, s);
  f.push(feat(T.p1, lp1), feat(T.n1, ln1), feat(T.p2, wordIn(d, i - 2, s)), feat(T.n2, wordIn(d, i + 2, s)));
  f.push(feat(T.p1s, p1), feat(T.n1s, n1), feat(T.p12s, p2, p1), feat(T.n12s, n1, n2), feat(T.p1n1s, p1, n1));
  f.push(feat(T.wN1s, w, n1), feat(T.wP1s, w, p1));
  // the kind of cue word: a verb form, a noun cue or another word
  const kind = fm !== VerbForm.None ? fm : noun[i] ? 10 : 11;
  f.push(feat(T.kP1s, kind, p1), feat(T.kN1s, kind, n1), feat(T.kP12s, kind, p2, p1), feat(T.kN12s, kind, n1, n2));
  if (quote[i] >= 0) f.push(T.inQuote, feat(T.inQuoteK, kind));
  const first = d.sentFirst[s];
  if (i === first) f.push(T.first);
  const end = d.sentEnd[s];
  let last = end - 1;
  while (last > i && !isWordShape(shape[last])) last--;
  if (last === i) f.push(feat(T.lastK, kind));
  // "…,” said" / "…” she said": right after a quotation closed with a comma
  let back = i - 1;
  while (back >= first && back >= i - 4 && isWordShape(shape[back]) && (toks.cap(back) || shape[back] === Shape.Pron)) back--;
  if (back >= first + 1) {
    const a = shape[back];
    const b = shape[back - 1];
    if ((a === Shape.Quote || a === Shape.Comma) && (b === Shape.Quote || b === Shape.Comma)) f.push(feat(T.afterQuoteK, kind), feat(T.afterQuoteD, i - back));
  }
  for (let k = i + 1; k <= i + 3 && k < end; k++) {
    if (words[k] === THAT) f.push(feat(T.thatAt, k - i), feat(T.thatK, kind));
    if (shape[k] === Shape.Quote) f.push(feat(T.quoteAt, k - i));
  }
  if (toks.cap(i) && i !== first) f.push(T.cap);
  const pos = i - first;
  f.push(feat(T.pos, pos < 3 ? pos : pos < 6 ? 3 : pos < 12 ? 4 : 5));
  f.push(feat(T.p1w, lp1, w));
  if (fm !== VerbForm.None) f.push(feat(T.lemmaN1, d.lemma[i], ln1));
  // what stands before the cue once auxiliaries and adverbs are skipped: a subject makes it a verb
  let k = i - 1;
  while (k >= first && isWordShape(shape[k]) && (AUX.has(toks.lower(k)) || toks.lower(k).endsWith('ly'))) k--;
  f.push(feat(T.subjL, shapeIn(d, k, s), kind));
  if (k < i - 1) f.push(feat(T.auxK, kind), feat(T.auxW, words[i - 1], kind));
  if ((fm === VerbForm.Past || fm === VerbForm.Pp) && words[i + 1] === BY && i + 1 < end) f.push(T.byAgent);
  if (quote[i] < 0 && d.quotes[end] - d.quotes[first] > 0) f.push(feat(T.sentQuoteK, kind));
  return f;
}
