// The attribution pass: every attributed statement, direct, reported or mixed. Cues come from a trained classifier
// over the shared tokens; each cue's content comes from the shape of its sentence (content.ts); direct quotes come
// from the quote pass, grouped when one cue introduces several; every source is chosen by a trained ranker among
// the mentions around the cue (sources.ts), which also weighs what the sentence shape and the quote pass point to.
import type { RawAttribution, RawQuote } from '../link';
import type { AttributionStrategy, Mention, MentionKind, Span, StatementKind, TextSpan } from '../types';
import { contentOf, type Fragment } from './content';
import { docTokens, tokenAt, type DocTokens } from './doc';
import { cueCandidate, cueFeatures } from './features';
import { calibrated, checkedModel, score, type AttributionModel } from './model';
import { sourceCandidates, type SourceCandidate } from './sources';
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
  /** The features the confidence model read. */
  readonly meta: readonly string[];
  /** The features and score of the keep model (empty for direct quotes), and the score it had to reach. */
  readonly keep: readonly string[];
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
  candidates: { cand: SourceCandidate; score: number }[];
  ruleSource: Span | null;
  quoteIds: string[];
  /** The chosen source is what the rule or the quote pass said. */
  agrees: boolean;
  /** Features and score of the keep model (reported and mixed statements only). */
  keep: string[];
  keepScore: number;
}

const vocabCache = new WeakMap<AttributionModel, ReadonlySet<string>>();
function vocabOf(model: AttributionModel): ReadonlySet<string> {
  let v = vocabCache.get(model);
  if (!v) {
    v = new Set(model.cue.vocab);
    vocabCache.set(model, v);
  }
  return v;
}

const textSpan = (text: string, s: Span): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
const PRONOUN_RE = /^(?:he|she|they|i|we|it|you)$/i;

function mentionKind(text: string, s: Span): MentionKind {
  const w = text.slice(s.start, s.end);
  if (PRONOUN_RE.test(w)) return 'pronoun';
  if (/^\p{Lu}/u.test(w)) return /\s(?:and|&)\s/.test(w) ? 'group' : 'name';
  return 'nominal';
}

/** Character span of token fragments, end exclusive. */
const charSpan = (d: DocTokens, f: Fragment): Span => ({ start: d.toks[f.from].start, end: d.toks[f.to - 1].end });

/** Cue heads the classifier keeps, with their scores, in reading order. */
export function detectCues(d: DocTokens, model: AttributionModel): { tok: number; score: number }[] {
  const vocab = vocabOf(model);
  const out: { tok: number; score: number }[] = [];
  for (let i = 0; i < d.toks.length; i++) {
    if (!cueCandidate(d.toks[i], vocab)) continue;
    const sc = score(model.cue.weights, cueFeatures(d, i));
    if (sc >= model.cue.threshold) out.push({ tok: i, score: sc });
  }
  return out;
}

function rankSources(model: AttributionModel, cands: readonly SourceCandidate[]): { cand: SourceCandidate; score: number }[] {
  return cands.map((cand) => ({ cand, score: score(model.source.weights, cand.features) })).sort((a, b) => b.score - a.score || a.cand.head - b.cand.head);
}

const bin = (x: number, edges: readonly number[]): number => {
  let k = 0;
  while (k < edges.length && x >= edges[k]) k++;
  return k;
};
const CUE_BINS = [-6, -4, -2, 0, 2, 4, 6, 9, 12, 16];
const SOURCE_BINS = [-4, -2, 0, 2, 4, 6, 9];
const MARGIN_BINS = [0.5, 1, 2, 4, 8];

/** Features of a whole reported statement for the keep model: is this a statement the annotators would mark? */
function keepFeatures(d: DocTokens, c: number, fragments: readonly Fragment[], a: Draft, cuesInSentence: number): string[] {
  const t = d.toks[c];
  let size = 0;
  for (const f of fragments) size += f.to - f.from;
  const src = a.source ? a.source.kind : 'none';
  const f = [
    'b', `cue=${bin(a.cueScore ?? 0, CUE_BINS)}`, `w=${t.lower}`, `strat=${a.strategy}`, `kind=${a.kind}`, `len=${bin(size, [2, 4, 7, 12, 20, 35])}`,
    `ss=${bin(a.sourceScore, SOURCE_BINS)}`, `m=${bin(a.margin, MARGIN_BINS)}`, `src=${src}`, `n=${Math.min(cuesInSentence, 4)}`,
    `strat|src=${a.strategy}|${src}`, `w|strat=${t.lower}|${a.strategy}`,
  ];
  if (a.agrees) f.push('agree');
  if (!a.ruleSource) f.push('norule');
  if (d.quote[c] >= 0) f.push('inq', `inq|w=${t.lower}`);
  if (fragments.length > 1) f.push('frags');
  return f;
}

/** The meta features the confidence model reads: how the statement was found and how clearly its source won. */
export function confidenceFeatures(a: {
  kind: StatementKind; strategy: AttributionStrategy; cueScore: number | null; margin: number; sourceScore: number; agrees: boolean;
  source: Mention | null; candidates: number; keepScore: number; cueWord: string; cue: Span | null; fragments: readonly Span[];
}): string[] {
  const src = a.source ? a.source.kind : 'none';
  const f = ['b', `kind=${a.kind}`, `strat=${a.strategy}`, `src=${src}`, `kind|src=${a.kind}|${src}`, `strat|src=${a.strategy}|${src}`];
  if (a.agrees) f.push('agree', `agree|${a.kind}`);
  if (a.candidates > 0) {
    f.push(`margin=${bin(a.margin, [2, 5, 10, 20, 40])}`, `ss=${bin(a.sourceScore, [-10, 0, 10, 20, 40])}`);
    f.push(`margin|kind=${bin(a.margin, [5, 20])}|${a.kind}`);
  }
  if (a.cueScore !== null) f.push(`cue=${bin(a.cueScore, [-5, 0, 5, 10, 20, 30])}`, `keep=${bin(a.keepScore, [-1, 0, 1, 2, 3])}`);
  f.push(`cw=${a.cueWord}`);
  if (a.candidates <= 1) f.push('single');
  // how tightly the pieces hang together: source next to the cue, cue next to the content, one fragment or several
  const gap = (x: Span | null, y: Span | null) => (x && y ? Math.max(0, Math.max(x.start, y.start) - Math.min(x.end, y.end)) : -1);
  const sc = gap(a.source, a.cue);
  const cc = a.cue ? a.fragments.reduce((m, fr) => Math.min(m, gap(fr, a.cue)), Infinity) : -1;
  f.push(`sc=${sc < 0 ? 'none' : bin(sc, [3, 16, 50])}|${a.kind}`, `cc=${cc < 0 ? 'none' : bin(cc, [3, 16, 50])}|${a.kind}`);
  f.push(`frags=${Math.min(a.fragments.length, 3)}|${a.kind}`);
  if (a.source) f.push(`words=${Math.min(a.source.text.split(/\s+/).length, 3)}|${src}`);
  let size = 0;
  for (const fr of a.fragments) size += fr.end - fr.start;
  f.push(`len=${bin(size, [20, 50, 100, 200, 400])}|${a.kind}`);
  return f;
}

/**
 * Every attribution of the document in reading order. `traces`, when given, receives one explanation per attribution.
 * Never throws on ordinary input; analyze() guards it anyway.
 */
export function findAttributions(inp: AttributionInput, model: AttributionModel = defaultModel(), traces?: AttributionTrace[]): RawAttribution[] {
  const { text, quotes } = inp;
  if (!text || inp.sentences.length === 0) return [];
  const d = inp.cueTokens && 'd' in inp ? (inp as unknown as { d: DocTokens }).d : docTokens(text, inp.paragraphs, inp.sentences, quotes);
  const drafts: Draft[] = [];
  const consumed = new Set<number>(); // quotes inside a reported content

  // Reported and mixed statements, one per cue.
  const cueTokOfQuote = new Map<number, number[]>();
  quotes.forEach((q, i) => {
    if (!q.cue) return;
    const list = cueTokOfQuote.get(q.cue.start);
    if (list) list.push(i);
    else cueTokOfQuote.set(q.cue.start, [i]);
  });
  const cues = inp.cueTokens ? inp.cueTokens.map((tok) => ({ tok, score: model.cue.threshold })) : detectCues(d, model);
  const cueFlags = new Uint8Array(d.toks.length);
  for (const cue of cues) cueFlags[cue.tok] = 1;
  for (const cue of cues) {
    const rule = contentOf(d, cue.tok, cueFlags);
    if (!rule) continue;
    const spans = rule.fragments.filter((f) => f.to > f.from).map((f) => charSpan(d, f));
    if (!spans.length) continue;
    // How much of the content is quoted: a content that is (nearly) a quotation is that quote's direct statement.
    let quoted = 0;
    let size = 0;
    const inner: number[] = [];
    for (const sp of spans) {
      size += sp.end - sp.start;
      for (let qi = quoteIndexAt(quotes, sp.start); qi < quotes.length && quotes[qi].start < sp.end; qi++) {
        const q = quotes[qi];
        const o = Math.min(q.end, sp.end) - Math.max(q.start, sp.start);
        if (o > 0) {
          quoted += o;
          inner.push(qi);
        }
      }
    }
    if (size > 0 && quoted / size >= 0.6) continue;
    const cueSpan = { start: d.toks[cue.tok].start, end: d.toks[rule.cueLast].end };
    const byCue = cueTokOfQuote.get(cueSpan.start);
    // The quote pass gave this cue to a quotation: unless the content holds that quotation (mixed), the statement is
    // the quotation's, made below.
    if (byCue && !byCue.some((qi) => inner.includes(qi))) continue;
    const quoteSpeaker = byCue ? quotes[byCue[0]].speaker : null;
    const ranked = rankSources(model, sourceCandidates(d, cue.tok, rule.cueLast, rule.fragments, rule.ruleSource, quoteSpeaker));
    const best = ranked[0];
    const source = best ? { ...textSpan(text, best.cand.span), kind: mentionKind(text, best.cand.span) } : null;
    const agrees = !!best && !!rule.ruleSource && best.cand.span.start < rule.ruleSource.end && best.cand.span.end > rule.ruleSource.start;
    const mixed = inner.filter((qi) => quotes[qi].start >= spans[0].start && quotes[qi].end <= spans[spans.length - 1].end);
    const draft: Draft = {
      kind: mixed.length ? 'mixed' : 'reported', strategy: best && !agrees && rule.ruleSource ? 'model' : rule.strategy, fragments: spans,
      cue: cueSpan, cueScore: cue.score, source, sourceScore: best?.score ?? 0, margin: best ? best.score - (ranked[1]?.score ?? best.score - 10) : 0,
      candidates: ranked, ruleSource: rule.ruleSource, quoteIds: mixed.map((qi) => quotes[qi].id), agrees, keep: [], keepScore: 0,
    };
    // The second look: the whole statement (cue, content, best source) is kept only when it looks like a real one.
    let inSentence = 0;
    for (let k = d.sentFirst[d.sent[cue.tok]]; k < d.sentEnd[d.sent[cue.tok]]; k++) inSentence += cueFlags[k];
    draft.keep = keepFeatures(d, cue.tok, rule.fragments, draft, inSentence);
    draft.keepScore = score(model.keep.weights, draft.keep);
    if (!inp.keepAll && draft.keepScore < model.keep.threshold) continue;
    for (const qi of mixed) consumed.add(qi);
    drafts.push(draft);
  }

  // Direct statements: the quotes left, grouped when one cue (or a continuation in the same paragraph) joins them.
  let group: { draft: Draft; cueStart: number; speakerStart: number; para: number } | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    if (consumed.has(qi)) continue;
    const q = quotes[qi];
    const para = d.para[Math.min(d.toks.length - 1, tokenAt(d, q.start))] ?? -1;
    const sameCue = group && q.cue && group.cueStart === q.cue.start && group.para === para;
    const continues = group && !q.cue && q.attribution === 'continuation' && group.para === para && q.speaker && group.speakerStart === q.speaker.start;
    if (group && (sameCue || continues)) {
      group.draft.fragments.push({ start: q.start, end: q.end });
      group.draft.quoteIds.push(q.id);
      continue;
    }
    const draft = directDraft(d, model, q);
    drafts.push(draft);
    group = { draft, cueStart: q.cue ? q.cue.start : -1, speakerStart: q.speaker ? q.speaker.start : -1, para };
  }

  drafts.sort((a, b) => a.fragments[0].start - b.fragments[0].start || a.fragments[0].end - b.fragments[0].end);
  return drafts.map((a, i) => {
    const id = `a${i + 1}`;
    const meta = confidenceFeatures({ ...a, candidates: a.candidates.length, cueWord: a.cue ? text.slice(a.cue.start, a.cue.end).toLowerCase() : '-' });
    const confidence = a.source ? calibrated(model.confidence.calibration, score(model.confidence.weights, meta)) : 0;
    traces?.push({
      id, strategy: a.strategy, cueScore: a.cueScore, threshold: model.cue.threshold, confidence, meta, keep: a.keep, keepScore: a.keepScore, keepThreshold: model.keep.threshold,
      candidates: a.candidates.slice(0, 8).map((c) => ({
        text: text.slice(c.cand.span.start, c.cand.span.end), score: c.score, rule: c.cand.features.includes('rule'), quotePass: c.cand.features.includes('qp'),
      })),
      ruleSource: a.ruleSource ? text.slice(a.ruleSource.start, a.ruleSource.end) : null,
    });
    return {
      id, kind: a.kind, content: a.fragments.map((f) => textSpan(text, f)), source: a.source, cue: a.cue ? textSpan(text, a.cue) : null,
      confidence, strategy: a.strategy, quoteIds: a.quoteIds,
    };
  });
}

function strategyOfQuote(q: RawQuote): AttributionStrategy {
  switch (q.attribution) {
    case 'cue': return q.cue && q.cue.start < q.start ? 'cue-before' : 'cue-after';
    case 'continuation': return 'continuation';
    case 'colon': return 'colon';
    case 'transcript': return 'transcript';
    default: return 'none';
  }
}

/** A direct statement for a quote: the ranker re-decides the source around the quote's cue, weighing the quote pass's choice. */
function directDraft(d: DocTokens, model: AttributionModel, q: RawQuote): Draft {
  const text = d.text;
  const base: Draft = {
    kind: 'direct', strategy: strategyOfQuote(q), fragments: [{ start: q.start, end: q.end }], cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    cueScore: null, source: q.speaker, sourceScore: 0, margin: 0, candidates: [], ruleSource: q.speaker, quoteIds: [q.id], agrees: true,
    keep: [], keepScore: 0,
  };
  if (!q.cue || q.attribution === 'transcript' || q.attribution === 'continuation') return base;
  const c = tokenAt(d, q.cue.start);
  if (c >= d.toks.length || d.toks[c].start !== q.cue.start) return base;
  let last = c;
  while (last + 1 < d.toks.length && d.toks[last + 1].end <= q.cue.end) last++;
  const qa = tokenAt(d, q.start);
  let qb = qa;
  while (qb < d.toks.length && d.toks[qb].start < q.end) qb++;
  const ranked = rankSources(model, sourceCandidates(d, c, last, [{ from: qa, to: qb }], null, q.speaker));
  const best = ranked[0];
  if (!best) return base;
  const agrees = !!q.speaker && best.cand.span.start < q.speaker.end && best.cand.span.end > q.speaker.start;
  // The quote pass's speaker stands (it reads more of the quote's surroundings than the ranker); the ranker's scores
  // still tell how sure that choice is.
  const source = q.speaker ?? { ...textSpan(text, best.cand.span), kind: mentionKind(text, best.cand.span) };
  return {
    ...base, strategy: agrees || q.speaker ? base.strategy : 'model', source, sourceScore: best.score,
    margin: best.score - (ranked[1]?.score ?? best.score - 10), candidates: ranked, agrees,
  };
}

/** Index of the first quote ending after pos. */
function quoteIndexAt(quotes: readonly RawQuote[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
