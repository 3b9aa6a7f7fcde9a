// Source candidates of one cue: the names, pronouns and nouns of its sentence (and the sentence before), each with
// the features the trained ranker weighs: side and distance, what stands between, whether the sentence shape or the
// quote pass points to it, what kind of word it is. Mention spans are made only for the winner (mentionAt).
import { speakerBefore, type SpeakerNP } from '../quotes/speakers';
import type { Span } from '../types';
import type { Fragment } from './content';
import { anySubjectOf, hash, isWordShape, Shape, shapeIn, subjectOf, TokenFlag, VerbForm, wordIn, type DocTokens } from './doc';
import { feat } from './features';
import { scoreIds, type WeightTable } from './model';

export interface SourceCandidate {
  /** Head token: the last word of a name or a noun compound, a pronoun. */
  readonly head: number;
  /** The ranker's features: kept for training only (empty when the candidates are scored as they are found). */
  readonly features: number[];
  /** Rule or quote pass pointed here (for the explanation). */
  readonly rule: boolean;
  readonly quotePass: boolean;
  /** The ranker's score (0 when no weights were given). */
  readonly score: number;
}

const NONE: number[] = [];
/** One feature array for every candidate scored on the way: a fresh one per candidate grew twice over its pushes. */
const scratch: number[] = [];

/**
 * Template ids, hash(`template:${name}`) written out: each use is a constant, where a property read cost unoptimized code
 * an inline-cache call per feature. test/unit/attribution.test.ts checks them against the hash.
 */
enum T {
  bias = -1939563894, shape = 879873804, dir = 41322626, dist = -727984461, dirShape = 675961279,
  cueLemma = -1423144362, cueKind = -1074318064, prevWord = 882930858, nextShape = -2027821417, nextWord = -603197954,
  commas = -2146802797, quotes = 1425395618, that = -1392092622, verb = -585594862, join = 879290883,
  adjacent = -682758567, adjacentShape = -778597238, prevSent = 1053729188, prevSentShape = -374437607,
  subject = 1021800225, subjectKind = -103208417, subjectPart = -2109777960, participle = 996997080, fnDir = -7439070,
  fnPrev = 1389572046, rule = -1418855779, ruleKind = 2134701163, quotePass = 1942105240, word = -1531435841,
  suffix = 760566, gen = -1293503169, multi = -1494969244, owner = -844056106, num = -2026407471, time = 1640787386,
  agent = 434589968, outside = 623916750,
}
export { T as SOURCE_TEMPLATES };
const ACCORDING = hash('according');
const BY = hash('by');
const FROM = hash('from');
const AMONG = hash('among');
/** Words that end the agent's noun phrase, and the function words it may hold. */
const AGENT_STOP = new Set(['who', 'which', 'that'].map(hash));
const AGENT_DET = new Set(['the', 'a', 'an'].map(hash));
/** Forms of "be" and "get" before a participle cue make it passive ("was told by", "is considered by"). */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', "'s"].map(hash));

/**
 * The agent of a passive cue, "was told by X", "an article cited by her campaign", or the holder of a noun cue, "a
 * demand by X", "support from X", "standing among X": the tokens [from, to) after the preposition up to the next
 * punctuation, which the content rule may have swallowed. Null when the cue is no such participle or noun. `kind`
 * tells the ranker which: 0 a table verb's "by", 1 another word's "by", 2 "from", 3 "among".
 */
function passiveAgent(d: DocTokens, c: number, cueLast: number, end: number): { from: number; to: number; aux: boolean; kind: number } | null {
  const fm = d.form[c];
  const table = fm === VerbForm.Pp || fm === VerbForm.Past;
  // a noun cue, also a verb's present form ("support", "claims")
  const noun = !table && fm !== VerbForm.Ing && d.noun[c] !== 0;
  if (!table && !noun && fm !== VerbForm.None) return null;
  // a noun cue's holder: "support from X", "her standing among X"
  if (!table && (d.hash[cueLast + 1] === FROM || d.hash[cueLast + 1] === AMONG)) {
    const k = cueLast + 1;
    const to = agentEnd(d, k, end);
    return to > k + 1 ? { from: k + 1, to, aux: false, kind: d.hash[k] === FROM ? 2 : 3 } : null;
  }
  let by = cueLast + 1;
  // "was sentenced to two years' probation by a judge": a few words may stand between
  while (by < end && by <= cueLast + 8 && d.hash[by] !== BY && isWordShape(d.shape[by])) by++;
  if (by >= end || d.hash[by] !== BY) return null;
  let aux = false;
  for (let k = c - 1; !aux && k >= c - 3 && k >= 0 && isWordShape(d.shape[k]); k--) if (PASSIVE_AUX.has(d.hash[k])) aux = true;
  // without "be", only "by" right after the participle: "an article cited by her campaign"
  if (!aux && by !== cueLast + 1) return null;
  // a cue no verb table knows: a noun right before "by" ("a demand by X"), or a participle after "be" ("was
  // introduced by X"), not a verb's other forms ("stands by")
  if (!table && by !== cueLast + 1 && !(aux && PARTICIPLE_END.test(d.toks.lower(cueLast)))) return null;
  if (!table && by === cueLast + 1 && !aux && !(noun || PARTICIPLE_END.test(d.toks.lower(cueLast)))) return null;
  const to = agentEnd(d, by, end);
  return to > by + 1 ? { from: by + 1, to, aux, kind: table ? 0 : 1 } : null;
}
/** The end of the noun phrase after the preposition at k: up to a verb, a clause word or a preposition ("by a judge for …"). */
function agentEnd(d: DocTokens, k: number, end: number): number {
  let to = k + 1;
  while (to < end && to <= k + 12 && isWordShape(d.shape[to]) && d.shape[to] !== Shape.Verb && !AGENT_STOP.has(d.hash[to])
    && ((d.flags[to] & TokenFlag.NotHead) === 0 || AGENT_DET.has(d.hash[to]))) to++;
  return to;
}
/** A participle's ending, for cue words no verb table knows ("introduced", "named", "shown"). */
const PARTICIPLE_END = /(?:ed|en|wn)$/;
/** Articles and possessives: a verb form right after one is a noun ("the report shows", "her claims"). */
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'another', 'every'].map(hash));
/** Token j, a reporting-verb form, is a noun here: a present form after an article, a possessive or a genitive. */
function nounVerb(d: DocTokens, j: number, first: number): boolean {
  const fm = d.form[j];
  if (j <= first || (fm !== VerbForm.Base && fm !== VerbForm.S)) return false;
  return ARTICLES.has(d.hash[j - 1]) || d.shape[j - 1] === Shape.Gen || genitive(d, j - 1);
}
/** Tokens looked at on each side of the cue. */
const WINDOW = 30;

const bucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : 8);

function inside(i: number, fragments: readonly Fragment[]): boolean {
  for (const f of fragments) if (i >= f.from && i < f.to) return true;
  return false;
}

const LOWER_TAIL = /-[a-z]+$/;

/** A lower-case word that can carry on a noun phrase: not a function word, a verb form or an adverb. */
const nounLike = (d: DocTokens, i: number): boolean => (d.flags[i] & TokenFlag.NounLike) !== 0;
const genitive = (d: DocTokens, i: number): boolean => (d.flags[i] & TokenFlag.Genitive) !== 0;

function inSubject(d: DocTokens, s: number, j: number): boolean {
  const subj = subjectOf(d, s);
  return !!subj && subj.first <= j && j <= subj.last;
}

/** First token of the name or compound ending at head j (cheap: capitalised runs and noun compounds). */
function mentionFirst(d: DocTokens, j: number, floor: number): number {
  const toks = d.toks;
  let a = j;
  if (toks.cap(j)) while (a - 1 >= floor && toks.word(a - 1) && toks.cap(a - 1) && !genitive(d, a - 1)) a--;
  else while (a - 1 >= floor && nounLike(d, a - 1)) a--;
  return a;
}

/** The mention around head token j: a capitalised run (titles cut off), a pronoun, or a noun with its determiner and modifiers. */
export function mentionAt(d: DocTokens, j: number): Span {
  const toks = d.toks;
  const s = d.sent[j];
  const floor = d.sentFirst[s];
  const end = genitive(d, j) ? toks.end(j) - 2 : toks.end(j);
  const np = speakerBefore(toks, j + 1, floor);
  if (np && np.last === j && np.end - np.start < 80) return { start: np.start, end: Math.min(np.end, end) };
  return { start: toks.start(mentionFirst(d, j, floor)), end };
}

/**
 * Candidates for the source of the cue at c (cue tokens c..cueLast): word heads in the cue's sentence and the one
 * before, outside the content (except the agent of a passive cue, "was told by X") and outside quotations, and the
 * sentence's subject even beyond the window. One candidate per capitalised run or noun compound (its last word).
 * With `weights` each candidate is scored as it is found and keeps no features (the pass); without, it keeps its
 * features (training).
 */
export function sourceCandidates(
  d: DocTokens, c: number, cueLast: number, fragments: readonly Fragment[], ruleSource: SpeakerNP | null, quoteSpeaker: Span | null,
  weights: WeightTable | null = null,
): SourceCandidate[] {
  const toks = d.toks;
  const s = d.sent[c];
  const sFirst = d.sentFirst[s];
  const prevS = s > 0 && d.para[d.sentFirst[s - 1]] >= d.para[sFirst] - 1 ? s - 1 : s;
  // a bounded window, so a run-on "sentence" of thousands of words costs no more than a normal one
  const from = Math.max(d.sentFirst[prevS], c - WINDOW);
  const to = Math.min(d.sentEnd[s], cueLast + 1 + WINDOW);
  const fm = d.form[c];
  const cueKind = d.hash[c] === ACCORDING ? 20 : toks.text(c) === ':' ? 21 : fm !== VerbForm.None ? fm : 22;
  const cueLemma = fm !== VerbForm.None ? d.lemma[c] : d.hash[c];
  // the sentence's subject (after an introductory phrase), the usual source of a participle cue (", citing …")
  const personal = subjectOf(d, s);
  const found = personal ?? anySubjectOf(d, s);
  const subj = found && found.last < c ? found : null;
  // a subject the quote pass would not take for a speaker (no person noun heads it): weighed apart
  const thing = !!subj && subj.kind === 'nominal' && personal === null;
  const participle = fm === VerbForm.Ing && c > sFirst && d.shape[c - 1] === Shape.Comma;
  const out: SourceCandidate[] = [];
  // the arrays the filter reads for every token of the window, in locals: a property read is an inline-cache call
  // in unoptimized code, which runs this for the first articles
  const { quote, shape, flags, sent, sentFirst, sentEnd, hash: words, suffix } = d;
  // the agent of a passive cue may lie inside the content ("was told by X that …"): its words stay candidates
  const agent = passiveAgent(d, c, cueLast, d.sentEnd[s]);
  const blocked = (i: number): boolean => inside(i, fragments) && !(agent && i >= agent.from && i < agent.to);
  // the sentence's subject stays a candidate beyond the window ("X, who …, speaking …, said"), as the head of its phrase
  const far = subj && subj.last < from && subj.last >= sFirst ? subj.last : -1;
  for (let j = far >= 0 ? far : from; j < to; j = j === far ? Math.max(from, j + 1) : j + 1) {
    if (!toks.word(j) || (j >= c && j <= cueLast) || quote[j] >= 0 || blocked(j)) continue;
    const k = shape[j] === Shape.Verb && nounVerb(d, j, sentFirst[sent[j]]) ? Shape.Word : shape[j] as Shape;
    const fn = (flags[j] & TokenFlag.FunctionHead) !== 0;
    if (!fn && (k === Shape.Det || k === Shape.Poss || k === Shape.Verb || (flags[j] & TokenFlag.NotHead) !== 0)) continue;
    const sj = sent[j];
    // from the sentence before, only names, pronouns and its subject
    if (sj !== s && !toks.cap(j) && k !== Shape.Pron && !fn && !inSubject(d, sj, j)) continue;
    // one candidate per capitalised run, and per noun compound ("the local unions"): its last word
    const nextFree = j + 1 < sentEnd[sj] && !blocked(j + 1) && !(j + 1 >= c && j + 1 <= cueLast) && quote[j + 1] < 0;
    // a capitalised run ends before a function word or a verb, as in a headline: "Rick Perry Just Announced …"
    if (nextFree && toks.cap(j) && toks.word(j + 1) && toks.cap(j + 1) && !genitive(d, j) && (flags[j + 1] & TokenFlag.NotHead) === 0
      && shape[j + 1] !== Shape.Verb) continue;
    if (nextFree && !toks.cap(j) && k === Shape.Word && nounLike(d, j + 1)) continue;
    // "US-led talks", "Ohio-based firm": a capitalised compound ending in a lower-case word modifies the noun after it
    if (nextFree && toks.cap(j) && nounLike(d, j + 1) && LOWER_TAIL.test(toks.text(j))) continue;
    const first = mentionFirst(d, j, d.sentFirst[sj]);
    const left = j < c;
    const dir = left ? 1 : 2;
    const lo = left ? j + 1 : cueLast + 1;
    const hi = left ? c : first;
    const dist = Math.max(0, hi - lo);
    const f = scratch;
    f.length = 0;
    f.push(
      T.bias, feat(T.shape, k), feat(T.dir, dir), feat(T.dist, dir, bucket(dist)), feat(T.dirShape, dir, k), feat(T.cueLemma, cueLemma, dir),
      feat(T.cueKind, cueKind, dir, k), feat(T.prevWord, wordIn(d, first - 1, sj)), feat(T.nextShape, shapeIn(d, j + 1, sj)),
      feat(T.nextWord, wordIn(d, j + 1, sj), dir),
    );
    if (hi > lo) {
      const commas = d.commas[hi] - d.commas[lo];
      const quotes = d.quotes[hi] - d.quotes[lo];
      if (commas) f.push(feat(T.commas, dir, Math.min(commas, 3)));
      if (quotes) f.push(feat(T.quotes, dir, Math.min(quotes, 2)));
      if (d.thats[hi] - d.thats[lo]) f.push(feat(T.that, dir));
      if (d.verbs[hi] - d.verbs[lo]) f.push(feat(T.verb, dir));
      if (d.joiners[hi] - d.joiners[lo]) f.push(feat(T.join, dir));
    }
    if (d.nonFillers[hi > lo ? hi : lo] - d.nonFillers[lo] === 0) f.push(feat(T.adjacent, dir), feat(T.adjacentShape, dir, k));
    if (sj !== s) f.push(T.prevSent, feat(T.prevSentShape, k));
    if (subj && subj.first <= j && j <= subj.last) {
      if (thing) f.push(feat(T.subject, 1), feat(T.subjectKind, cueKind, 1));
      else f.push(T.subject, feat(T.subjectKind, cueKind));
      if (participle) f.push(thing ? feat(T.subjectPart, 1) : T.subjectPart);
    }
    if (participle) f.push(feat(T.participle, dir, k));
    if (fn) f.push(feat(T.fnDir, words[j], dir), feat(T.fnPrev, words[j], shapeIn(d, j - 1, sj)));
    const rule = !!ruleSource && ruleSource.first <= j && j <= ruleSource.last;
    const quotePass = !!quoteSpeaker && toks.start(j) < quoteSpeaker.end && toks.end(j) > quoteSpeaker.start;
    if (rule) f.push(T.rule, feat(T.ruleKind, cueKind));
    if (quotePass) f.push(T.quotePass);
    if (k === Shape.Pron || k === Shape.Word || k === Shape.Gen || fn) f.push(feat(T.word, words[j]));
    if (k === Shape.Word) f.push(feat(T.suffix, suffix[j]));
    if (k === Shape.Gen || genitive(d, j)) f.push(feat(T.gen, cueKind));
    if (j > first) f.push(T.multi);
    // the owner of a noun cue right after it: "Trump's desire to …", "her criticism of …"
    if (left && j + 1 === c && (genitive(d, j) || k === Shape.Poss || fn)) f.push(feat(T.owner, cueKind));
    if (k === Shape.Num) f.push(feat(T.num, wordIn(d, j + 1, sj)));
    if (flags[j] & TokenFlag.TimeName) f.push(feat(T.time, dir));
    if (agent && j >= agent.from && j < agent.to) f.push(feat(T.agent, inside(j, fragments) ? 1 : 0, agent.aux ? 1 : 0, agent.kind));
    if (j === far) f.push(T.outside);
    out.push(weights ? { head: j, features: NONE, rule, quotePass, score: scoreIds(weights, f) } : { head: j, features: f.slice(), rule, quotePass, score: 0 });
  }
  return out;
}
