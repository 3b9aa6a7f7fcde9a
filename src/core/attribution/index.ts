// The attribution pass: every attributed statement, direct, reported or mixed. Cues come from a trained classifier
// over the shared tokens; each cue's content comes from the shape of its sentence (content.ts); direct quotes come
// from the quote pass, grouped when one cue introduces several; every source is chosen by a trained ranker among
// the mentions around the cue (sources.ts), which also weighs what the sentence shape and the quote pass point to.
import type { RawAttribution, RawQuote } from '../link';
import type { AttributionKind, AttributionStrategy, Mention, MentionKind, Span, StatementKind, TextSpan } from '../types';
import { contentOf, innerClauseStart, ownContent, pollCues, type Fragment } from './content';
import { docTokens, hash, Shape, shapeIn, tokenAt, wordIn, type DocTokens } from './doc';
import { cueCandidate, cueFeatures, feat, HashSet } from './features';
import { calibrated, checkedModel, scoreIds, weightMap, type AttributionModel, type WeightTable } from './model';
import { mentionAt, sourceCandidates, type SourceCandidate } from './sources';
import trained from './model.json';

let committed: AttributionModel | null = null;
/** The committed model (model.json), checked on first use so a broken file fails the pass, not the import. */
export function defaultModel(): AttributionModel {
  return (committed ??= checkedModel(trained));
}

export interface AttributionInput {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** The quote pass's quotes, in reading order. */
  readonly quotes: readonly RawQuote[];
  /** Cue head tokens to use instead of the classifier's: lets training measure the rest of the pass on gold cues. */
  readonly cueTokens?: readonly number[];
  /** Keep every statement the cues give (training fits the keep model on them). */
  readonly keepAll?: boolean;
}

/** Why an attribution came out as it did: printed by `annotate --explain` (formats/explain.ts). */
export interface AttributionTrace {
  readonly id: string;
  readonly strategy: AttributionStrategy;
  /** The cue classifier's score and the threshold it passed (null for quotes the quote pass attributed). */
  readonly cueScore: number | null;
  readonly threshold: number;
  /** Source candidates with their ranker scores, best first. */
  readonly candidates: readonly { readonly text: string; readonly score: number; readonly rule: boolean; readonly quotePass: boolean }[];
  /** The source the sentence shape (or the quote pass) pointed to. */
  readonly ruleSource: string | null;
  readonly confidence: number;
  /** The features the confidence model read, as numbers and as names. */
  readonly meta: readonly number[];
  readonly metaNames: readonly string[];
  /** The features and score of the keep model (empty for direct quotes), and the score it had to reach. */
  readonly keep: readonly number[];
  readonly keepNames: readonly string[];
  readonly keepScore: number;
  readonly keepThreshold: number;
}

/** One attribution before ids and confidence: token-level facts the later steps need. */
interface Draft {
  kind: StatementKind;
  strategy: AttributionStrategy;
  fragments: Span[];
  cue: Span | null;
  cueScore: number | null;
  source: Mention | null;
  sourceScore: number;
  margin: number;
  /** Best first. */
  candidates: SourceCandidate[];
  ruleSource: Span | null;
  quoteIds: string[];
  /** The chosen source is what the rule or the quote pass said. */
  agrees: boolean;
  /** Features and score of the keep model (reported and mixed statements only). */
  keep: number[];
  keepNames: string[] | null;
  keepScore: number;
  /** Cue head token and content token fragments of a reported statement (the keep model reads them). */
  tok: number;
  tokFragments: readonly Fragment[];
  /** Quotes a mixed statement holds (indexes into the quote list). */
  held: number[];
}

const vocabCache = new WeakMap<AttributionModel, HashSet>();
/** The model's cue vocabulary as word hashes, made once per model. */
function vocabOf(model: AttributionModel): HashSet {
  let v = vocabCache.get(model);
  if (!v) {
    v = new HashSet(model.cue.vocab.map((w) => hash(w) & 0x3fffffff));
    vocabCache.set(model, v);
  }
  return v;
}

const textSpan = (text: string, s: Span): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
const PRONOUN_RE = /^(?:he|she|they|i|we|it|you)$/i;
// Module constants: esbuild writes a \p{…} literal as `new RegExp(…)`, which inside a function builds a RegExp per call.
const CAPITAL_FIRST = /^\p{Lu}/u;

function mentionKind(text: string, s: Span): MentionKind {
  const w = text.slice(s.start, s.end);
  if (PRONOUN_RE.test(w)) return 'pronoun';
  if (CAPITAL_FIRST.test(w)) return /\s(?:and|&)\s/.test(w) ? 'group' : 'name';
  return 'nominal';
}

/** Character span of token fragments, end exclusive. */
const charSpan = (d: DocTokens, f: Fragment): Span => ({ start: d.toks.start(f.from), end: d.toks.end(f.to - 1) });

/**
 * How far below the cue threshold a cue head may score and still be kept when it heads a clause of its own inside the
 * content of an earlier cue of its sentence ("Lee said the plan was sound, but critics argued it would fail"). Few
 * heads qualify (47 more statements made over polnear-train's 840 articles, held out); held out at refit seeds 0 / 7
 * (keep -1.5, overlap F1 / e2e F1 / source acc / reported recall) 0.7925/0.7084/0.6878/0.6845 and
 * 0.7926/0.7065/0.6879/0.6865 became 0.7926/0.7090/0.6885/0.6850 and 0.7931/0.7066/0.6882/0.6873; 8 lost at seed 0
 * (0.7922/0.7070, before the nesting swap of keptOutsideOthers).
 */
export const INNER_CUE_MARGIN = 4;

/**
 * Cue heads the classifier keeps, with their scores, in reading order; and a head scoring up to INNER_CUE_MARGIN
 * below the threshold when it is a finite verb with a subject of its own after a clause boundary, behind a kept cue of
 * its sentence (innerClauseStart): the annotators make such a clause a statement of its own and end the outer content
 * before it, while the classifier, which reads a few words around the head, is unsure of a cue in mid-sentence.
 */
export function detectCues(d: DocTokens, model: AttributionModel): { tok: number; score: number }[] {
  const vocab = vocabOf(model);
  const weights = weightMap(model.cue.weights);
  const out: { tok: number; score: number }[] = [];
  const features: number[] = [];
  const floor = model.cue.threshold - INNER_CUE_MARGIN;
  let lastKept = -1;
  for (let i = 0; i < d.toks.length; i++) {
    if (!cueCandidate(d, i, vocab)) continue;
    const sc = scoreIds(weights, cueFeatures(d, i, features));
    if (sc >= model.cue.threshold) {
      out.push({ tok: i, score: sc });
      lastKept = i;
    } else if (sc >= floor && lastKept >= 0 && d.sent[lastKept] === d.sent[i] && d.quote[i] < 0 && innerClauseStart(d, i, lastKept + 1) >= 0) {
      out.push({ tok: i, score: sc });
    }
  }
  return out;
}

/**
 * The classifier's cues and the heads of shapes it cannot read ("In a new poll, …": "in" is no reporting word), in
 * reading order; a rule's cue has the threshold's score.
 */
function withRuleCues(d: DocTokens, cues: { tok: number; score: number }[], threshold: number): { tok: number; score: number }[] {
  const rule = pollCues(d);
  if (!rule.length) return cues;
  const have = new Set(cues.map((c) => c.tok));
  for (const tok of rule) if (!have.has(tok)) cues.push({ tok, score: threshold });
  return cues.sort((a, b) => a.tok - b.tok);
}

/**
 * Scored candidates, best first: by score, then by head (sorted in place). One candidate per head token, so the order
 * is total and any sort gives this one. An insertion sort of its own: a cue has a few dozen candidates at most, found
 * in head order, and Array.prototype.sort copied them into a work array and boxed each comparison's difference (~18 MB
 * of short-lived objects over polnear-train's 840 articles, by V8's sampling heap profiler).
 */
function ranked(cands: SourceCandidate[]): SourceCandidate[] {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i];
    const score = c.score;
    let j = i - 1;
    while (j >= 0 && (cands[j].score < score || (cands[j].score === score && cands[j].head > c.head))) {
      cands[j + 1] = cands[j];
      j--;
    }
    cands[j + 1] = c;
  }
  return cands;
}
/** How far the best of ranked candidates leads the next (10 when it stands alone). */
const marginOf = (cands: readonly SourceCandidate[]): number => cands[0].score - (cands.length > 1 ? cands[1].score : cands[0].score - 10);

const bin = (x: number, edges: readonly number[]): number => {
  let k = 0;
  while (k < edges.length && x >= edges[k]) k++;
  return k;
};
const CUE_BINS = [-6, -4, -2, 0, 2, 4, 6, 9, 12, 16];
const SOURCE_BINS = [-4, -2, 0, 2, 4, 6, 9];
const MARGIN_BINS = [0.5, 1, 2, 4, 8];
const LENGTH_BINS = [2, 4, 7, 12, 20, 35];
const GAP_BINS = [1, 2, 3, 5, 8];
const C_MARGIN_BINS = [2, 5, 10, 20, 40];
const C_SOURCE_BINS = [-10, 0, 10, 20, 40];
const C_MARGIN_KIND_BINS = [5, 20];
const C_CUE_BINS = [-5, 0, 5, 10, 20, 30];
const C_KEEP_BINS = [-1, 0, 1, 2, 3];
const C_GAP_BINS = [3, 16, 50];
const C_LENGTH_BINS = [20, 50, 100, 200, 400];

/** Template ids of the keep model, written out as features.ts writes the cue model's (see there why). */
enum K {
  bias = -1939563894, cue = 122276414, word = -1531435841, strategy = -1432676570, kind = -1364047703,
  length = 1589937707, sourceScore = -1007491516, margin = 1999324997, source = -225627754, cues = -970361033,
  strategySource = 1324139595, wordStrategy = -1047071902, agree = 545746309, noRule = -1462348234,
  inQuote = 1369868260, inQuoteWord = 1211175756, fragments = 2097299536, next = 1669063162, prev = -2044887890,
  wordNext = -1410533122, wordPrev = 1849852922, open = -1616224849, openStrategy = 1897045298, openShape = -110222216,
  close = -298186951, headWord = 1401356073, headShape = -1793679030, gap = -1057924955, inner = 1059406893,
  sentPos = 1700571433, firstSentence = -906862818, sentQuotes = -1077062580, lengthStrategy = -1763822850,
  cueClass = 83080318, nested = 741923880, nestedClass = -691113248, nestedSource = -144660259,
}
export { K as KEEP_TEMPLATES };
/** Template ids of the confidence model, written out like K's. */
enum C {
  bias = -1939563894, kind = -1364047703, strategy = -1432676570, source = -225627754, kindSource = -1548767308,
  strategySource = 1324139595, agree = 545746309, agreeKind = -131111389, margin = 1999324997,
  sourceScore = -1007491516, marginKind = 1420086755, cue = 122276414, keep = -1141122814, cueWord = -1172811974,
  single = -1335378437, sourceGap = 870584066, cueGap = 989203642, fragments = 2097299536, words = 434236708,
  length = 1589937707, keepView = 30499275, sourceWord = 1610581794, side = -14341928,
}
export { C as CONFIDENCE_TEMPLATES };
const KIND_CODE: Record<string, number> = { direct: 1, reported: 2, mixed: 3 };
const MENTION_CODE: Record<string, number> = { none: 0, name: 1, surname: 2, variant: 3, pronoun: 4, nominal: 5, group: 6 };

/** Numbered features, with their names kept only when an explanation asks for them. */
class Bag {
  readonly ids: number[] = [];
  readonly names: string[] | null;
  constructor(readable: boolean) {
    this.names = readable ? [] : null;
  }

  /** `shown` and `shown2` name the values (`label=shown|shown2`): passed apart, the name is built only when wanted. */
  add(template: number, label: string, a = 0, b = 0, shown: string | number = a, shown2?: string | number): void {
    this.ids.push(feat(template, a, b));
    if (this.names) this.names.push(label === 'b' ? 'b' : shown2 === undefined ? `${label}=${shown}` : `${label}=${shown}|${shown2}`);
  }
}

/** Features of a whole reported statement for the keep model: is this a statement the annotators would mark? */
function keepFeatures(d: DocTokens, c: number, fragments: readonly Fragment[], a: Draft, cuesInSentence: number, cueCount: Int32Array, outer: Draft | null, readable: boolean): Bag {
  let size = 0;
  for (const f of fragments) size += f.to - f.from;
  const src = MENTION_CODE[a.source ? a.source.kind : 'none'];
  const strat = hash(a.strategy);
  const w = d.hash[c];
  const bag = new Bag(readable);
  bag.add(K.bias, 'b');
  bag.add(K.cue, 'cue', bin(a.cueScore ?? 0, CUE_BINS));
  bag.add(K.word, 'w', w, 0, d.toks.lower(c));
  bag.add(K.strategy, 'strat', strat, 0, a.strategy);
  bag.add(K.kind, 'kind', KIND_CODE[a.kind], 0, a.kind);
  bag.add(K.length, 'len', bin(size, LENGTH_BINS));
  bag.add(K.sourceScore, 'ss', bin(a.sourceScore, SOURCE_BINS));
  bag.add(K.margin, 'm', bin(a.margin, MARGIN_BINS));
  bag.add(K.source, 'src', src, 0, a.source ? a.source.kind : 'none');
  bag.add(K.cues, 'n', Math.min(cuesInSentence, 4));
  bag.add(K.strategySource, 'strat|src', strat, src, a.strategy, a.source ? a.source.kind : 'none');
  bag.add(K.wordStrategy, 'w|strat', w, strat, d.toks.lower(c), a.strategy);
  if (a.agrees) bag.add(K.agree, 'agree');
  if (!a.ruleSource) bag.add(K.noRule, 'norule');
  if (d.quote[c] >= 0) {
    bag.add(K.inQuote, 'inq');
    bag.add(K.inQuoteWord, 'inq|w', w, 0, d.toks.lower(c));
  }
  if (fragments.length > 1) bag.add(K.fragments, 'frags');
  // the cue's neighbours: "did not say", "said that", "support for"
  const s = d.sent[c];
  const next = wordIn(d, c + 1, s);
  const prev = wordIn(d, c - 1, s);
  bag.add(K.next, 'n1', next);
  bag.add(K.prev, 'p1', prev);
  bag.add(K.wordNext, 'w|n1', w, next);
  bag.add(K.wordPrev, 'w|p1', w, prev);
  bag.add(K.cueClass, 'cls|form', d.cls[c], d.form[c]);
  // how the content opens and ends: a clause ("that …", a subject) or a bare object
  const f0 = fragments[0].from;
  const fl = fragments[fragments.length - 1].to;
  const open = wordIn(d, f0, s);
  bag.add(K.open, 'open', open);
  bag.add(K.openStrategy, 'open|strat', open, strat);
  bag.add(K.openShape, 'openShape', shapeIn(d, f0, s), shapeIn(d, f0 + 1, s));
  bag.add(K.close, 'close', shapeIn(d, fl, s));
  bag.add(K.lengthStrategy, 'len|strat', bin(size, LENGTH_BINS), strat);
  bag.add(K.gap, 'gap', bin(f0 > c ? f0 - c : c - fl, GAP_BINS), f0 > c ? 1 : 2);
  // the source's head word (a name counts by its shape): "poll", "officials", "he"
  if (a.candidates.length) {
    const head = a.candidates[0].head;
    const sh = d.shape[head];
    bag.add(K.headShape, 'hs', sh, f0 > c ? 1 : 2);
    if (sh !== Shape.Cap && sh !== Shape.Cap0) bag.add(K.headWord, 'hw', d.hash[head]);
  }
  // other cues inside the content: a statement that holds another may be the other one's
  let inner = 0;
  for (const f of fragments) inner += cueCount[f.to] - cueCount[f.from];
  bag.add(K.inner, 'inner', Math.min(inner, 3));
  const pos = c - d.sentFirst[s];
  bag.add(K.sentPos, 'pos', pos < 2 ? pos : pos < 5 ? 2 : pos < 10 ? 3 : pos < 20 ? 4 : 5);
  if (s === 0) bag.add(K.firstSentence, 'first');
  if (d.quotes[d.sentEnd[s]] - d.quotes[d.sentFirst[s]] > 0) bag.add(K.sentQuotes, 'sq');
  if (outer) nestedFeatures(d, c, a, outer, bag);
  return bag;
}

/**
 * The statement lies inside another one's content: annotators mark a statement reported inside another ("X said
 * that Y claimed Z" gives two), but not a cue that is a word of the outer content ("… what her team calls …").
 */
function nestedFeatures(d: DocTokens, c: number, a: Draft, outer: Draft, bag: Bag): void {
  const at = d.toks.start(c);
  const cueIn = inSpans(outer.fragments, at) ? 1 : 2;
  bag.add(K.nested, 'nest', cueIn);
  // by the cue's class and form, not its word: a word alone was as good held out, with more weights
  bag.add(K.nestedClass, 'nest|cls', cueIn, d.cls[c] * 16 + d.form[c], cueIn, d.cls[c] * 16 + d.form[c]);
  const src = a.source ? (inSpans(outer.fragments, a.source.start) ? 1 : 2) : 0;
  bag.add(K.nestedSource, 'nest|src', cueIn, src, cueIn, src);
}

const inSpans = (spans: readonly Span[], at: number): boolean => spans.some((f) => f.start <= at && at < f.end);

/** The meta features the confidence model reads: how the statement was found and how clearly its source won. */
export function confidenceFeatures(a: {
  kind: StatementKind; strategy: AttributionStrategy; cueScore: number | null; margin: number; sourceScore: number; agrees: boolean;
  source: Mention | null; candidates: number; keepScore: number; cueWord: number; cueText: string; cue: Span | null; fragments: readonly Span[];
  keep: readonly number[];
}, readable = false): Bag {
  const srcName = a.source ? a.source.kind : 'none';
  const src = MENTION_CODE[srcName];
  const kind = KIND_CODE[a.kind];
  const strat = hash(a.strategy);
  const bag = new Bag(readable);
  bag.add(C.bias, 'b');
  bag.add(C.kind, 'kind', kind, 0, a.kind);
  bag.add(C.strategy, 'strat', strat, 0, a.strategy);
  bag.add(C.source, 'src', src, 0, srcName);
  bag.add(C.kindSource, 'kind|src', kind, src, a.kind, srcName);
  bag.add(C.strategySource, 'strat|src', strat, src, a.strategy, srcName);
  if (a.agrees) {
    bag.add(C.agree, 'agree');
    bag.add(C.agreeKind, 'agree|kind', kind, 0, a.kind);
  }
  if (a.candidates > 0) {
    bag.add(C.margin, 'margin', bin(a.margin, C_MARGIN_BINS));
    bag.add(C.sourceScore, 'ss', bin(a.sourceScore, C_SOURCE_BINS));
    bag.add(C.marginKind, 'margin|kind', bin(a.margin, C_MARGIN_KIND_BINS), kind, bin(a.margin, C_MARGIN_KIND_BINS), a.kind);
  }
  if (a.cueScore !== null) {
    bag.add(C.cue, 'cue', bin(a.cueScore, C_CUE_BINS));
    bag.add(C.keep, 'keep', bin(a.keepScore, C_KEEP_BINS));
  }
  bag.add(C.cueWord, 'cw', a.cueWord, 0, a.cueText);
  if (a.candidates <= 1) bag.add(C.single, 'single');
  // how tightly the pieces hang together: source next to the cue, cue next to the content, one fragment or several
  const gap = (x: Span | null, y: Span | null) => (x && y ? Math.max(0, Math.max(x.start, y.start) - Math.min(x.end, y.end)) : -1);
  const sc = gap(a.source, a.cue);
  let cc = -1;
  if (a.cue) for (const fr of a.fragments) { const g = gap(fr, a.cue); if (cc < 0 || g < cc) cc = g; }
  bag.add(C.sourceGap, 'sc', sc < 0 ? 9 : bin(sc, C_GAP_BINS), kind, sc < 0 ? 'none' : bin(sc, C_GAP_BINS), a.kind);
  bag.add(C.cueGap, 'cc', cc < 0 ? 9 : bin(cc, C_GAP_BINS), kind, cc < 0 ? 'none' : bin(cc, C_GAP_BINS), a.kind);
  bag.add(C.fragments, 'frags', Math.min(a.fragments.length, 3), kind, Math.min(a.fragments.length, 3), a.kind);
  if (a.source) {
    let words = 1;
    for (let i = 0; i < a.source.text.length && words < 3; i++) if (a.source.text.charCodeAt(i) === 32) words++;
    bag.add(C.words, 'words', words, src, words, srcName);
  }
  let size = 0;
  for (const fr of a.fragments) size += fr.end - fr.start;
  bag.add(C.length, 'len', bin(size, C_LENGTH_BINS), kind, bin(size, C_LENGTH_BINS), a.kind);
  if (a.source) {
    // the source's own word ("it", "who", "officials", a name's last word) and its side of the content
    const t = a.source.text;
    let k = t.length;
    while (k > 0 && t.charCodeAt(k - 1) !== 32) k--;
    const last = t.slice(k).toLowerCase();
    bag.add(C.sourceWord, 'sw', hash(last), kind, last, a.kind);
    const side = a.fragments.length && a.source.end <= a.fragments[0].start ? 1 : a.fragments.length && a.source.start >= a.fragments[a.fragments.length - 1].end ? 2 : 3;
    bag.add(C.side, 'side', side, kind, side, a.kind);
  }
  // what the keep model saw of a reported statement, weighed again for whether its source is right
  for (let k = 0; k < a.keep.length; k++) bag.ids.push(feat(C.keepView, a.keep[k]));
  if (bag.names && a.keep.length) bag.names.push(`keep features (${a.keep.length})`);
  return bag;
}

/**
 * The fields of a quote the pass reads, in one object shape. The quote pass makes quotes in several shapes, and the
 * functions that read them met a new shape now and then: each time V8 started their count towards optimization
 * again, and directDraft was never optimized over all of polnear-train.
 */
interface QuoteView {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly cue: TextSpan | null;
  readonly speaker: Mention | null;
  readonly attribution: AttributionKind;
  readonly multiParagraph: boolean;
}

/** What the per-cue step needs of the whole document, made once. */
interface DocContext {
  readonly d: DocTokens;
  readonly text: string;
  readonly quotes: readonly QuoteView[];
  readonly model: AttributionModel;
  /** Quote spans as plain numbers: quote objects come in several shapes, and reading them in hot loops made the
   * engine throw its optimized code away again and again. */
  readonly qs: Int32Array;
  readonly qe: Int32Array;
  readonly cueTokOfQuote: Map<number, number[]>;
  readonly cueFlags: Uint8Array;
  readonly cueCount: Int32Array;
  readonly keepWeights: WeightTable;
  /** Looked up once a document: a WeakMap lookup per cue cost more than the ranking it served. */
  readonly sourceWeights: WeightTable;
  readonly readable: boolean;
}

/** A speaker mention in one shape, whichever pass made it. */
const mention = (text: string, s: Span, kind: MentionKind): Mention => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind });

/** The reported (or mixed) statement of one cue, or null when the cue makes none; `inner` is scratch space. */
function reportedDraft(x: DocContext, tok: number, cueScore: number, inner: number[]): Draft | null {
  const { d, text, quotes, qs, qe } = x;
  const rule = contentOf(d, tok, x.cueFlags);
  if (!rule) return null;
  const spans: Span[] = [];
  for (const f of rule.fragments) if (f.to > f.from) spans.push(charSpan(d, f));
  if (!spans.length) return null;
  // How much of the content is quoted: a content that is (nearly) a quotation is that quote's direct statement.
  let quoted = 0;
  let size = 0;
  inner.length = 0;
  for (const sp of spans) {
    size += sp.end - sp.start;
    for (let qi = quoteIndexAt(qe, sp.start); qi < qs.length && qs[qi] < sp.end; qi++) {
      const o = Math.min(qe[qi], sp.end) - Math.max(qs[qi], sp.start);
      if (o > 0) {
        quoted += o;
        inner.push(qi);
      }
    }
  }
  if (size > 0 && quoted / size >= 0.6) return null;
  const cueSpan: Span = { start: d.toks.start(tok), end: d.toks.end(rule.cueLast) };
  const byCue = x.cueTokOfQuote.get(cueSpan.start);
  // The quote pass gave this cue to a quotation: unless the content holds that quotation (mixed), the statement is
  // the quotation's, made with the direct ones.
  if (byCue) {
    let holds = false;
    for (const qi of byCue) if (inner.includes(qi)) holds = true;
    // a content of its own with no quotation in it is a second statement of the cue ("noted that Y: “Z”")
    if (!holds && (quoted > 0 || !ownContent(d, tok, rule))) return null;
  }
  const quoteSpeaker = byCue ? quotes[byCue[0]].speaker : null;
  const cands = ranked(sourceCandidates(d, tok, rule.cueLast, rule.fragments, rule.ruleSource, quoteSpeaker, x.sourceWeights));
  const best = cands.length ? cands[0] : null;
  const span = best ? mentionAt(d, best.head) : null;
  const source = span ? mention(text, span, mentionKind(text, span)) : null;
  const agrees = !!best && best.rule;
  const quoteIds: string[] = [];
  const mixed: number[] = [];
  for (const qi of inner) {
    if (qs[qi] >= spans[0].start && qe[qi] <= spans[spans.length - 1].end) {
      mixed.push(qi);
      quoteIds.push(quotes[qi].id);
    }
  }
  const draft: Draft = {
    kind: mixed.length ? 'mixed' : 'reported', strategy: best && !agrees && rule.ruleSource ? 'model' : rule.strategy, fragments: spans,
    cue: cueSpan, cueScore, source, sourceScore: best ? best.score : 0, margin: best ? marginOf(cands) : 0,
    candidates: cands, ruleSource: rule.ruleSource ? { start: rule.ruleSource.start, end: rule.ruleSource.end } : null, quoteIds, agrees,
    keep: [], keepNames: null, keepScore: 0, tok, tokFragments: rule.fragments, held: mixed,
  };
  return draft;
}

/** The second look: the whole statement (cue, content, best source, the statement holding it) scored by the keep model. */
function scoreKeep(x: DocContext, draft: Draft, outer: Draft | null): void {
  const { d } = x;
  const tok = draft.tok;
  const sc = d.sent[tok];
  const inSentence = x.cueCount[Math.min(d.sentEnd[sc], tok + 40)] - x.cueCount[Math.max(d.sentFirst[sc], tok - 40)];
  const keep = keepFeatures(d, tok, draft.tokFragments, draft, inSentence, x.cueCount, outer, x.readable);
  draft.keep = keep.ids;
  draft.keepNames = keep.names;
  draft.keepScore = scoreIds(x.keepWeights, keep.ids);
}

/**
 * Every attribution of the document in reading order. `traces`, when given, receives one explanation per attribution.
 * Never throws on ordinary input; analyze() guards it anyway.
 */
export function findAttributions(inp: AttributionInput, model: AttributionModel = defaultModel(), traces?: AttributionTrace[]): RawAttribution[] {
  const { text, quotes } = inp;
  if (!text || inp.sentences.length === 0) return [];
  const d = inp.cueTokens && 'd' in inp ? (inp as unknown as { d: DocTokens }).d : docTokens(text, inp.paragraphs, inp.sentences, quotes);
  const qs = new Int32Array(quotes.length);
  const qe = new Int32Array(quotes.length);
  const cueTokOfQuote = new Map<number, number[]>();
  const views: QuoteView[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    views.push({ start: q.start, end: q.end, id: q.id, cue: q.cue, speaker: q.speaker, attribution: q.attribution, multiParagraph: !!q.multiParagraph });
    qs[i] = q.start;
    qe[i] = q.end;
    if (!q.cue) continue;
    const list = cueTokOfQuote.get(q.cue.start);
    if (list) list.push(i);
    else cueTokOfQuote.set(q.cue.start, [i]);
  }
  const cues = inp.cueTokens ? inp.cueTokens.map((tok) => ({ tok, score: model.cue.threshold })) : withRuleCues(d, detectCues(d, model), model.cue.threshold);
  const cueFlags = new Uint8Array(d.toks.length);
  for (const cue of cues) cueFlags[cue.tok] = 1;
  const cueCount = new Int32Array(d.toks.length + 1);
  for (let k = 0; k < d.toks.length; k++) cueCount[k + 1] = cueCount[k] + cueFlags[k];
  const x: DocContext = {
    d, text, quotes: views, model, qs, qe, cueTokOfQuote, cueFlags, cueCount, keepWeights: weightMap(model.keep.weights), sourceWeights: weightMap(model.source.weights), readable: !!traces,
  };

  // Reported and mixed statements, one per cue.
  const reported: Draft[] = [];
  const inner: number[] = [];
  for (const cue of cues) {
    const draft = reportedDraft(x, cue.tok, cue.score, inner);
    if (draft) reported.push(draft);
  }
  const outer = containers(reported);
  const drafts: Draft[] = [];
  const consumed = new Uint8Array(quotes.length); // quotes inside a reported content
  for (let i = 0; i < reported.length; i++) {
    const draft = reported[i];
    scoreKeep(x, draft, outer[i] >= 0 ? reported[outer[i]] : null);
    if (!inp.keepAll && draft.keepScore < model.keep.threshold) continue;
    for (const qi of draft.held) consumed[qi] = 1;
    drafts.push(draft);
  }

  // Direct statements: the quotes left, grouped when one cue (or a continuation in the same paragraph, or the next piece
  // of a quotation running over paragraphs) joins them.
  let group: { draft: Draft; cueStart: number; speakerStart: number; para: number } | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    if (consumed[qi]) continue;
    const q = views[qi];
    const para = d.para[Math.min(d.toks.length - 1, tokenAt(d, qs[qi]))] ?? -1;
    // the pieces of a quotation that runs over several paragraphs are one statement, as annotators mark it
    const near = group && (group.para === para || (q.multiParagraph && para === group.para + 1));
    const sameCue = near && q.cue && group?.cueStart === q.cue.start;
    const continues = near && !q.cue && q.attribution === 'continuation' && q.speaker && group?.speakerStart === q.speaker.start;
    if (group && (sameCue || continues)) {
      group.draft.fragments.push({ start: qs[qi], end: qe[qi] });
      group.draft.quoteIds.push(q.id);
      group.para = para;
      continue;
    }
    const draft = directDraft(d, x.sourceWeights, q);
    drafts.push(draft);
    group = { draft, cueStart: q.cue ? q.cue.start : -1, speakerStart: q.speaker ? q.speaker.start : -1, para };
  }

  drafts.sort((a, b) => a.fragments[0].start - b.fragments[0].start || a.fragments[0].end - b.fragments[0].end);
  if (!inp.keepAll) {
    const kept = keptOutsideOthers(drafts);
    let n = 0;
    for (let i = 0; i < drafts.length; i++) if (kept[i]) drafts[n++] = drafts[i];
    drafts.length = n;
  }
  const confidenceWeights = weightMap(model.confidence.weights);
  const out: RawAttribution[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i];
    const id = `a${i + 1}`;
    const cueText = a.cue ? text.slice(a.cue.start, a.cue.end).toLowerCase() : '-';
    // The fields it reads, in one object shape: a spread of the draft made a dictionary-mode object per statement.
    const meta = confidenceFeatures({
      kind: a.kind, strategy: a.strategy, cueScore: a.cueScore, margin: a.margin, sourceScore: a.sourceScore, agrees: a.agrees, source: a.source,
      candidates: a.candidates.length, keepScore: a.keepScore, cueWord: hash(cueText), cueText, cue: a.cue, fragments: a.fragments, keep: a.keep,
    }, !!traces);
    const confidence = a.source ? calibrated(model.confidence.calibration, scoreIds(confidenceWeights, meta.ids)) : 0;
    if (traces) traces.push(traceOf(d, a, id, model, confidence, meta));
    out.push({
      id, kind: a.kind, content: a.fragments.map((f) => textSpan(text, f)), source: a.source, cue: a.cue ? textSpan(text, a.cue) : null,
      confidence, strategy: a.strategy, quoteIds: a.quoteIds,
    });
  }
  return out;
}

function traceOf(d: DocTokens, a: Draft, id: string, model: AttributionModel, confidence: number, meta: Bag): AttributionTrace {
  const text = d.text;
  return {
    id, strategy: a.strategy, cueScore: a.cueScore, threshold: model.cue.threshold, confidence, meta: meta.ids, metaNames: meta.names ?? [],
    keep: a.keep, keepNames: a.keepNames ?? [], keepScore: a.keepScore, keepThreshold: model.keep.threshold,
    candidates: a.candidates.slice(0, 8).map((c) => {
      const sp = mentionAt(d, c.head);
      return { text: text.slice(sp.start, sp.end), score: c.score, rule: c.rule, quotePass: c.quotePass };
    }),
    ruleSource: a.ruleSource ? text.slice(a.ruleSource.start, a.ruleSource.end) : null,
  };
}

function strategyOfQuote(q: QuoteView): AttributionStrategy {
  switch (q.attribution) {
    case 'cue': return q.cue && q.cue.start < q.start ? 'cue-before' : 'cue-after';
    case 'continuation': return 'continuation';
    case 'colon': return 'colon';
    case 'transcript': return 'transcript';
    default: return 'none';
  }
}

/** A direct statement for a quote: the ranker re-decides the source around the quote's cue, weighing the quote pass's choice. */
function directDraft(d: DocTokens, sourceWeights: WeightTable, q: QuoteView): Draft {
  const text = d.text;
  const base: Draft = {
    kind: 'direct', strategy: strategyOfQuote(q), fragments: [{ start: q.start, end: q.end }], cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    cueScore: null, source: q.speaker ? mention(text, q.speaker, q.speaker.kind) : null, sourceScore: 0, margin: 0, candidates: [],
    ruleSource: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null, quoteIds: [q.id], agrees: true,
    keep: [], keepNames: null, keepScore: 0, tok: -1, tokFragments: [], held: [],
  };
  if (!q.cue || q.attribution === 'transcript' || q.attribution === 'continuation') return base;
  const c = tokenAt(d, q.cue.start);
  if (c >= d.toks.length || d.toks.start(c) !== q.cue.start) return base;
  let last = c;
  while (last + 1 < d.toks.length && d.toks.end(last + 1) <= q.cue.end) last++;
  const qa = tokenAt(d, q.start);
  let qb = qa;
  while (qb < d.toks.length && d.toks.start(qb) < q.end) qb++;
  const cands = ranked(sourceCandidates(d, c, last, [{ from: qa, to: qb }], null, q.speaker, sourceWeights));
  const best = cands[0];
  if (!best) return base;
  const agrees = best.quotePass;
  // The quote pass's speaker stands (it reads more of the quote's surroundings than the ranker); the ranker's scores
  // still tell how sure that choice is.
  const span = mentionAt(d, best.head);
  const source = q.speaker ? mention(text, q.speaker, q.speaker.kind) : mention(text, span, mentionKind(text, span));
  base.strategy = agrees || q.speaker ? base.strategy : 'model';
  base.source = source;
  base.sourceScore = best.score;
  base.margin = marginOf(cands);
  base.candidates = cands;
  base.agrees = agrees;
  return base;
}

/** Share of a statement's content that may lie inside another statement's before it counts as nested in it. */
const NESTED_SHARE = 0.8;

interface Nestable {
  readonly kind: StatementKind;
  readonly fragments: readonly Span[];
  /** The keep model's score of a reported or mixed statement (none for a direct one). */
  readonly keepScore?: number;
}

/**
 * Which statements stay when contents nest: a reported or mixed statement whose content lies mostly inside another
 * statement's content is dropped (of two with the same content, the later one). On held-out training articles such a
 * nested statement matched a gold attribution about one time in eight, while the statement holding it did about nine
 * times in ten: the inner cue is mostly a word of the outer content ("… what her team calls …"), not a statement of
 * its own. Direct statements always stay. `drafts` are in reading order (by first fragment start).
 */
export function keptOutsideOthers(drafts: readonly Nestable[]): boolean[] {
  const holder = containerIndex(drafts);
  const kept = drafts.map((_, j) => holder[j] < 0);
  // An unsure holder gives way to the first statement inside it that the keep model likes nearly as well: the
  // annotators make the inner clause the statement ("… the plan, which he believes will fail") and the holder,
  // paired with that gold statement for its larger overlap, had the wrong source. Held out on polnear-train
  // (train.mjs, keep -1.5, refit seed 0) end-to-end F1 0.7071 → 0.7085 and source accuracy 0.6865 → 0.6879, content
  // overlap F1 the same; a holder at 1 or above, or an inner statement that must beat its holder, gained less, and
  // keeping the holder cut where the inner one starts (cutAtInner) lost 0.001 of overlap F1.
  for (let j = 0; j < drafts.length; j++) {
    const h = holder[j];
    const a = drafts[j];
    const o = h >= 0 ? drafts[h] : null;
    if (!o || !kept[h] || a.kind === 'direct' || o.kind === 'direct' || a.keepScore === undefined || o.keepScore === undefined) continue;
    if (o.keepScore < SWAP_HOLDER_BELOW && a.keepScore >= o.keepScore - SWAP_MARGIN) {
      kept[h] = false;
      kept[j] = true;
    }
  }
  return kept;
}

/** A holder whose keep score is below this gives way to a statement inside it ... */
const SWAP_HOLDER_BELOW = 0;
/** ... that scores no more than this below it (see keptOutsideOthers). */
const SWAP_MARGIN = 1;

interface Cuttable extends Nestable {
  readonly cue: Span | null;
  readonly source: Span | null;
}

// Words a content cut before an inner statement does not end with: they join it to the inner clause ("… because he …").
const CUT_TAIL = /(?:^|[\s,;:(—–-])(?:and|but|or|so|that|because|while|whereas|when|as|after|before|since|which|who|whom|where|if|though|although|until|whether|how|why|what|even)$/i;
const CUT_PUNCT = /[\s,;:(—–-]/;

/**
 * Two statements, one inside the other's content ("X backed the plan because Y worries that Z"): the annotators of
 * the training corpus never let a content hold another statement's cue, they end the outer content where the inner
 * statement starts (its source, cue or content, whichever comes first). For each reported statement whose content
 * holds the cue and most of the content of another statement of `items` (reported or mixed), its content cut there
 * (trailing punctuation and a joining word like "because" or "that" left out); null where nothing changes or where
 * nothing would be left of the content before the inner statement. `inners`, when given, gets true at each
 * statement that cut another (the first one inside it).
 * Used for the keep model's labels (scripts/train.mjs): paired with gold as they come, the outer statement takes the
 * inner one's gold statement (same overlap, earlier statement), and the inner one was learned as a statement to drop.
 * The pass itself does not cut: kept inner statements cutting their holders lowered held-out F1 at every keep score
 * tried for the inner one (too few of those the model keeps are gold statements).
 */
export function cutAtInner(text: string, items: readonly Cuttable[], inners?: boolean[]): (Span[] | null)[] {
  const n = items.length;
  const out: (Span[] | null)[] = new Array<Span[] | null>(n).fill(null);
  const size = new Float64Array(n);
  for (let i = 0; i < n; i++) for (const f of items[i].fragments) size[i] += f.end - f.start;
  for (let h = 0; h < n; h++) {
    const holder = items[h];
    if (holder.kind !== 'reported' || size[h] <= 0) continue;
    const hf = holder.fragments;
    const lo = hf[0].start;
    const hi = hf[hf.length - 1].end;
    let at = Infinity;
    let first = -1;
    for (let j = 0; j < n; j++) {
      const a = items[j];
      if (j === h || a.kind === 'direct' || !a.cue || size[j] <= 0 || a.cue.start < lo || a.cue.end > hi) continue;
      if (!inSpans(hf, a.cue.start) || !inSpans(hf, a.cue.end - 1)) continue;
      const o = overlap(a.fragments, hf);
      if (o < size[j] * NESTED_SHARE || o >= size[h] * NESTED_SHARE) continue;
      let start = Math.min(a.cue.start, a.fragments[0].start);
      if (a.source && inSpans(hf, a.source.start)) start = Math.min(start, a.source.start);
      if (start < at) {
        at = start;
        first = j;
      }
    }
    if (at === Infinity || at <= lo) continue;
    const kept: Span[] = [];
    for (const f of hf) {
      if (f.start >= at) break;
      kept.push({ start: f.start, end: Math.min(f.end, at) });
    }
    // trailing punctuation and joining words
    const last = kept[kept.length - 1];
    let end = last.end;
    for (let round = 0; round < 3; round++) {
      while (end > last.start && CUT_PUNCT.test(text[end - 1])) end--;
      const tail = CUT_TAIL.exec(text.slice(last.start, end));
      if (!tail) break;
      end -= tail[0].length;
    }
    while (end > last.start && CUT_PUNCT.test(text[end - 1])) end--;
    if (end <= last.start) kept.pop();
    else kept[kept.length - 1] = { start: last.start, end };
    let left = 0;
    for (const f of kept) for (let k = f.start; k < f.end && !left; k++) if (/\w/.test(text[k])) left = 1;
    if (!left) continue;
    out[h] = kept;
    if (inners) inners[first] = true;
  }
  return out;
}

/** For each reported statement, the reported statement holding it (index), or -1; `drafts` in any order. */
function containers(drafts: readonly Draft[]): Int32Array {
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a].fragments[0].start - drafts[b].fragments[0].start || drafts[a].fragments[0].end - drafts[b].fragments[0].end || a - b);
  const holder = containerIndex(order.map((i) => drafts[i]));
  const out = new Int32Array(drafts.length).fill(-1);
  order.forEach((i, k) => {
    if (holder[k] >= 0) out[i] = order[holder[k]];
  });
  return out;
}

/**
 * For each reported statement of `drafts` (in reading order), the index of a statement whose content holds most of
 * its own (of two with the same content, the later one lies inside the first); -1 when none.
 */
function containerIndex(drafts: readonly Nestable[]): Int32Array {
  const n = drafts.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const size = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = drafts[i].fragments;
    lo[i] = f[0].start;
    hi[i] = f[0].end;
    for (const x of f) {
      size[i] += x.end - x.start;
      if (x.end > hi[i]) hi[i] = x.end;
    }
  }
  // the furthest end of the statements up to each one: looking back stops where none reaches j (linear, not quadratic)
  const reach = new Float64Array(n);
  for (let i = 0; i < n; i++) reach[i] = i > 0 && reach[i - 1] > hi[i] ? reach[i - 1] : hi[i];
  const holder = new Int32Array(n).fill(-1);
  for (let j = 0; j < n; j++) {
    if (drafts[j].kind === 'direct' || size[j] <= 0) continue;
    let h = -1;
    for (let k = j - 1; k >= 0 && reach[k] > lo[j] && h < 0; k--) if (hi[k] > lo[j]) h = nestedIn(drafts, size, j, k);
    // statements start in order: none from the first one starting at or after j's end on can overlap j
    for (let k = j + 1; k < n && lo[k] < hi[j] && h < 0; k++) h = nestedIn(drafts, size, j, k);
    holder[j] = h;
  }
  return holder;
}

/** k when statement j lies inside statement k (of two with the same content, the later lies inside the first), else -1. */
function nestedIn(drafts: readonly { readonly fragments: readonly Span[] }[], size: Float64Array, j: number, k: number): number {
  const o = overlap(drafts[j].fragments, drafts[k].fragments);
  if (o < size[j] * NESTED_SHARE) return -1;
  return o >= size[k] * NESTED_SHARE && k > j ? -1 : k;
}

function overlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Index of the first quote ending after pos. */
function quoteIndexAt(ends: Int32Array, pos: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
