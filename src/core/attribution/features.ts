// Hand-built features of the trained attribution models, shared by inference (the pass) and training
// (scripts/train.mjs): one function per decision, returning feature names. The weights live in model.json.
import { NOUN_CUES, reportingVerb } from '../lexicon/reportingVerbs';
import { DETERMINERS, PRONOUNS } from '../quotes/lexicon';
import type { Token } from '../quotes/tokens';
import type { DocTokens } from './doc';

const QUOTE_MARKS = new Set(['"', '“', '”']);
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might',
  'also', 'not', "n't", 'never', 'then', 'later', 'again', 'just', 'even', 'still', 'once', 'did', 'does', 'do']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** A coarse shape of the token at i (or the sentence edge): enough context without a part-of-speech tagger. */
export function shape(d: DocTokens, i: number, s: number): string {
  if (i < d.sentFirst[s]) return '<S';
  if (i >= d.sentEnd[s]) return 'S>';
  const t = d.toks[i];
  if (!t.word) return QUOTE_MARKS.has(t.text) ? 'Q' : t.text;
  const w = t.lower;
  if (PRONOUNS.has(w)) return 'PRON';
  if (POSSESSIVES.has(w)) return 'POSS';
  if (DETERMINERS.has(w)) return 'DET';
  if (/^\d/.test(w)) return 'NUM';
  if (t.cap) return i === d.sentFirst[s] ? 'CAP0' : 'CAP';
  if (/'s$/.test(w)) return 'GEN';
  if (reportingVerb(w)) return 'RV';
  return 'w';
}

export const lowerAt = (d: DocTokens, i: number, s: number): string =>
  i < d.sentFirst[s] ? '<S' : i >= d.sentEnd[s] ? 'S>' : d.toks[i].lower;

/** Words that can head a cue: the verb table, the noun cues, "according", and what training saw as cue heads. */
export function cueCandidate(t: Token, vocab: ReadonlySet<string>): boolean {
  if (!t.word) return t.text === ':';
  return vocab.has(t.lower) || reportingVerb(t.lower) !== undefined || NOUN_CUES.has(t.lower);
}

/** Features of token i as the head of a cue. */
export function cueFeatures(d: DocTokens, i: number): string[] {
  const s = d.sent[i];
  const t = d.toks[i];
  const w = t.lower;
  const f: string[] = ['b', `w=${w}`];
  const v = reportingVerb(w);
  const noun = NOUN_CUES.get(w);
  if (v) {
    f.push(`vl=${v.lemma}`, `vc=${v.cls}`, `vf=${v.form}`);
    if (v.weak) f.push('vweak');
  }
  if (noun) f.push(`nl=${noun}`);
  if (!v && !noun) f.push(`s3=${w.slice(-3)}`);
  const p1 = shape(d, i - 1, s);
  const p2 = shape(d, i - 2, s);
  const n1 = shape(d, i + 1, s);
  const n2 = shape(d, i + 2, s);
  const lp1 = lowerAt(d, i - 1, s);
  const ln1 = lowerAt(d, i + 1, s);
  f.push(`p1=${lp1}`, `n1=${ln1}`, `p2=${lowerAt(d, i - 2, s)}`, `n2=${lowerAt(d, i + 2, s)}`);
  f.push(`p1s=${p1}`, `n1s=${n1}`, `p12s=${p2}_${p1}`, `n12s=${n1}_${n2}`, `p1n1s=${p1}_${n1}`);
  f.push(`w|n1s=${w}|${n1}`, `w|p1s=${w}|${p1}`);
  const kind = v ? `V${v.form}` : noun ? 'N' : 'O';
  f.push(`k|p1s=${kind}|${p1}`, `k|n1s=${kind}|${n1}`, `k|p12s=${kind}|${p2}_${p1}`, `k|n12s=${kind}|${n1}_${n2}`);
  if (d.quote[i] >= 0) f.push('inq', `inq|k=${kind}`);
  if (i === d.sentFirst[s]) f.push('sfirst');
  const end = d.sentEnd[s];
  let last = end - 1;
  while (last > i && !d.toks[last].word) last--;
  if (last === i) f.push(`slast|k=${kind}`);
  // "…,” said" / "…” she said": right after a quotation closed with a comma
  let back = i - 1;
  while (back >= d.sentFirst[s] && back >= i - 4 && d.toks[back].word && (d.toks[back].cap || PRONOUNS.has(d.toks[back].lower))) back--;
  if (back >= d.sentFirst[s] && back >= 1 && (QUOTE_MARKS.has(d.toks[back].text) || d.toks[back].text === ',') && (QUOTE_MARKS.has(d.toks[back - 1]?.text ?? '') || d.toks[back - 1]?.text === ',')) {
    f.push(`afterq|k=${kind}`, `afterq|d=${i - back}`);
  }
  for (let k = i + 1; k <= i + 3 && k < end; k++) {
    if (d.toks[k].lower === 'that') f.push(`that+${k - i}`, `that|k=${kind}`);
    if (QUOTE_MARKS.has(d.toks[k].text)) f.push(`q+${k - i}`);
  }
  if (t.cap && i !== d.sentFirst[s]) f.push('cap');
  f.push(`p1w|w=${lp1}|${w}`);
  if (v) f.push(`vl|n1=${v.lemma}|${ln1}`);
  // what stands before the cue once auxiliaries and adverbs are skipped: a subject makes it a verb
  let k = i - 1;
  while (k >= d.sentFirst[s] && d.toks[k].word && (AUX.has(d.toks[k].lower) || d.toks[k].lower.endsWith('ly'))) k--;
  const subj = shape(d, k, s);
  f.push(`subjL=${subj}|${kind}`);
  if (k < i - 1) f.push(`aux|${kind}`, `aux=${d.toks[i - 1].lower}|${kind}`);
  if (v && (v.form === 'past' || v.form === 'pp') && d.toks[i + 1]?.lower === 'by') f.push('by-agent');
  if (d.quote[i] < 0) {
    let quoted = false;
    for (let m = d.sentFirst[s]; m < end && !quoted; m++) quoted = d.quote[m] >= 0;
    if (quoted) f.push(`sentq|${kind}`);
  }
  const pos = i - d.sentFirst[s];
  f.push(`pos=${pos < 3 ? pos : pos < 6 ? '3-5' : pos < 12 ? '6-11' : '12+'}`);
  return f;
}
