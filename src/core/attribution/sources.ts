// Source candidates of one cue: the names, pronouns and nouns of its sentence (and the sentence before), each with
// the features the trained ranker weighs: side and distance, what stands between, whether the sentence shape or the
// quote pass points to it, what kind of word it is.
import { reportingVerb } from '../lexicon/reportingVerbs';
import { AUX_ADVERBS, TIME_WORDS } from '../quotes/lexicon';
import { sentenceSubject, speakerBefore, type SpeakerNP } from '../quotes/speakers';
import type { Span } from '../types';
import type { DocTokens } from './doc';
import { lowerAt, shape } from './features';
import type { Fragment } from './content';

export interface SourceCandidate {
  /** Head token and the mention's character span. */
  readonly head: number;
  readonly span: Span;
  readonly features: string[];
}

/** Function words and common verbs that never head a source. */
const NOT_HEADS = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'this', 'these', 'those',
  'and', 'or', 'but', 'if', 'so', 'than', 'then', 'not', 'no', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'also', 'just',
  'very', 'more', 'about', 'after', 'before', 'when', 'while', 'what', 'whom', 'whose', 'where',
  'how', 'why', 'there', 'here', 'into', 'over', 'under', 'out', 'up', 'down', 'off', 'now', 'even', 'still', 'only',
  'because', 'since', 'until', 'though', 'although', 'however', 'said', 'says', 'say', 'him', 'them', 'me', 'us', 'any',
  'each', 'every', 'such', 'other', 'another', 'either', 'neither', 'much', 'own', 'same', 'too', 'again', 'once',
  'never', 'always', 'often',
]);
/** Words that head a source though they are function words: relative and possessive pronouns, quantifiers. */
const FUNCTION_HEADS = new Set(['who', 'which', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'others', 'both', 'all', 'few', 'most']);

const QUOTE = /^["“”]$/;
const JOINERS = new Set(['and', 'but', 'who', 'which', 'while', 'whereas', 'because', 'although', 'if', 'when']);

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : n <= 12 ? '9-12' : n <= 20 ? '13-20' : '21+');

function inside(i: number, fragments: readonly Fragment[]): boolean {
  for (const f of fragments) if (i >= f.from && i < f.to) return true;
  return false;
}

const within = (sp: Span | null | undefined, a: number, b: number): boolean => !!sp && a < sp.end && b > sp.start;

/** A lower-case word that can carry on a noun phrase: not a function word, a verb form or an adverb. */
function nounLike(t: { word: boolean; cap: boolean; lower: string }): boolean {
  return t.word && !t.cap && !NOT_HEADS.has(t.lower) && !FUNCTION_HEADS.has(t.lower) && !reportingVerb(t.lower) && !/(?:ed|ing|ly)$/.test(t.lower);
}

/** The mention around head token j: a capitalised run, a pronoun, or a noun with its determiner and modifiers. */
function mentionSpan(d: DocTokens, j: number, floor: number, ceil: number): { span: Span; first: number; last: number } {
  const toks = d.toks;
  const t = toks[j];
  const cut = (k: number) => (/['’]s$/.test(toks[k].text) ? toks[k].end - 2 : toks[k].end);
  if (t.cap) {
    let a = j;
    let b = j;
    while (a - 1 >= floor && toks[a - 1].word && toks[a - 1].cap && !/['’]s$/.test(toks[a - 1].text)) a--;
    while (b + 1 < ceil && toks[b + 1].word && toks[b + 1].cap && !/['’]s$/.test(toks[b].text)) b++;
    return { span: { start: toks[a].start, end: cut(b) }, first: a, last: b };
  }
  const np = speakerBefore(toks, j + 1, floor);
  if (np && np.last === j && np.end - np.start < 80) return { span: { start: np.start, end: Math.min(np.end, cut(j)) }, first: np.first, last: j };
  return { span: { start: t.start, end: cut(j) }, first: j, last: j };
}

/**
 * Candidates for the source of the cue at c (cue tokens c..cueLast): word heads in the cue's sentence and the one
 * before, outside the content and outside quotations. One candidate per capitalised run (its last word).
 */
export function sourceCandidates(
  d: DocTokens, c: number, cueLast: number, fragments: readonly Fragment[], ruleSource: SpeakerNP | null, quoteSpeaker: Span | null,
): SourceCandidate[] {
  const toks = d.toks;
  const s = d.sent[c];
  const sFirst = d.sentFirst[s];
  const prevS = s > 0 && d.para[d.sentFirst[s - 1]] >= d.para[sFirst] - 1 ? s - 1 : s;
  const from = d.sentFirst[prevS];
  const to = d.sentEnd[s];
  const cueTok = toks[c];
  const v = reportingVerb(cueTok.lower);
  const cueKind = cueTok.lower === 'according' ? 'ACC' : cueTok.text === ':' ? 'COLON' : v ? `V${v.form}` : 'N';
  const cueLemma = cueTok.lower === 'according' ? 'according' : v ? v.lemma : cueTok.lower;
  // the sentence's subject (after an introductory phrase), the usual source of a participle cue (", citing …")
  const subject = sentenceSubject(toks, sFirst, Math.min(to - 1, c));
  const subj = subject ? subject.np : null;
  const participle = v?.form === 'ing' && c > sFirst && toks[c - 1].text === ',';
  const out: SourceCandidate[] = [];
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (!t.word || (j >= c && j <= cueLast) || d.quote[j] >= 0 || inside(j, fragments)) continue;
    const sj = d.sent[j];
    const k = shape(d, j, sj);
    const fn = FUNCTION_HEADS.has(t.lower);
    if (!fn && (k === 'DET' || k === 'POSS' || k === 'RV' || NOT_HEADS.has(t.lower))) continue;
    // one candidate per capitalised run, and per noun compound ("the local unions"): its last word
    const nextFree = j + 1 < to && !inside(j + 1, fragments) && !(j + 1 >= c && j + 1 <= cueLast) && d.quote[j + 1] < 0;
    if (nextFree && t.cap && toks[j + 1].word && toks[j + 1].cap && !/['’]s$/.test(t.text)) continue;
    if (nextFree && !t.cap && k === 'w' && nounLike(toks[j + 1])) continue;
    const m = mentionSpan(d, j, d.sentFirst[sj], d.sentEnd[sj]);
    const left = j < c;
    const dir = left ? 'L' : 'R';
    const lo = left ? m.last + 1 : cueLast + 1;
    const hi = left ? c : m.first;
    let commas = 0;
    let quotes = 0;
    let that = false;
    let verb = false;
    let joiner = false;
    let fillers = true;
    for (let x = lo; x < hi; x++) {
      const y = toks[x];
      if (!y.word) {
        if (y.text === ',') commas++;
        else if (QUOTE.test(y.text)) quotes++;
        fillers = false;
        continue;
      }
      if (y.lower === 'that') that = true;
      if (JOINERS.has(y.lower)) joiner = true;
      if (reportingVerb(y.lower)) verb = true;
      if (!(AUX_ADVERBS.has(y.lower) || TIME_WORDS.has(y.lower) || y.lower.endsWith('ly'))) fillers = false;
    }
    const dist = hi - lo;
    const f: string[] = [
      'b', `k=${k}`, `dir=${dir}`, `d=${dir}${bucket(dist)}`, `dk=${dir}|${k}`, `cl=${cueLemma}|${dir}`, `ck=${cueKind}|${dir}|${k}`,
      `jp1=${lowerAt(d, m.first - 1, sj)}`, `jn1=${shape(d, m.last + 1, sj)}`, `jn1w=${lowerAt(d, m.last + 1, sj)}|${dir}`,
    ];
    if (commas) f.push(`commas=${dir}${Math.min(commas, 3)}`);
    if (quotes) f.push(`quotes=${dir}${Math.min(quotes, 2)}`);
    if (that) f.push(`that=${dir}`);
    if (verb) f.push(`verb=${dir}`);
    if (joiner) f.push(`join=${dir}`);
    if (fillers) f.push(`adj=${dir}`, `adj=${dir}|${k}`);
    if (sj !== s) f.push('prevsent', `prevsent|${k}`);
    if (subj && within(subj, m.span.start, m.span.end)) {
      f.push('subj', `subj|${cueKind}`);
      if (participle) f.push('subj|part');
    }
    if (participle) f.push(`part|${dir}|${k}`);
    if (fn) f.push(`fn=${t.lower}|${dir}`, `fn=${t.lower}|${shape(d, j - 1, sj)}`);
    if (within(ruleSource, m.span.start, m.span.end)) f.push('rule', `rule|${cueKind}`);
    if (within(quoteSpeaker, m.span.start, m.span.end)) f.push('qp');
    if (k === 'PRON' || k === 'w' || k === 'GEN' || fn) f.push(`w=${t.lower}`);
    if (k === 'w') f.push(`s3=${t.lower.slice(-3)}`);
    if (k === 'GEN' || /['’]s$/.test(t.text)) f.push(`gen|${cueKind}`);
    if (m.last > m.first) f.push('multi');
    // the owner of a noun cue right after it: "Trump's desire to …", "her criticism of …"
    if (left && m.last + 1 === c && (/['’]s$/.test(toks[m.last].text) || k === 'POSS' || FUNCTION_HEADS.has(t.lower))) f.push(`owner|${cueKind}`);
    if (k === 'NUM') f.push(`num=${lowerAt(d, j + 1, sj)}`);
    out.push({ head: j, span: m.span, features: f });
  }
  return out;
}
