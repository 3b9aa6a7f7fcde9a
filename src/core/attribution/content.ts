// Where a cue's content lies, by the shape of its sentence: after the cue ("X said (that) Y"), before it ("Y, X said"),
// on both sides of a parenthetical cue ("Y, X said, Z"), after a colon ("X said: Y"), around "according to X", or
// before a passive cue ("Y was criticized by X"). Each rule names the strategy that decides the attribution and the
// rule's own source candidate.
import { NOUN_CUES, reportingVerb } from '../lexicon/reportingVerbs';
import { AUX_ADVERBS, DETERMINERS, PRONOUNS, TIME_WORDS } from '../quotes/lexicon';
import { speakerAfter, speakerBefore, type SpeakerNP } from '../quotes/speakers';
import type { AttributionStrategy } from '../types';
import { subjectOf, verbAt, type DocTokens } from './doc';

/** Token range [from, to) of one content fragment. */
export interface Fragment {
  readonly from: number;
  readonly to: number;
}

export interface ContentRule {
  readonly strategy: AttributionStrategy;
  readonly fragments: readonly Fragment[];
  /** Last token of the cue (a phrase cue runs past its head). */
  readonly cueLast: number;
  /** The source the sentence shape points to, when it points to one. */
  readonly ruleSource: SpeakerNP | null;
}

const isComma = (d: DocTokens, i: number) => d.toks.text(i) === ',';
/** A quotation mark, straight or curly, or one of the two apostrophes of a typewriter quote (''). */
export function isQuoteMark(d: DocTokens, i: number): boolean {
  const toks = d.toks;
  if (!(i >= 0 && i < toks.length) || toks.word(i)) return false;
  const x = toks.text(i);
  if (x === '"' || x === '“' || x === '”') return true;
  if (x !== "'" && x !== '’' && x !== '‘') return false;
  const prev = i - 1;
  const next = i + 1;
  return (prev >= 0 && !toks.word(prev) && toks.end(prev) === toks.start(i) && /^['’‘]$/.test(toks.text(prev)))
    || (next < toks.length && !toks.word(next) && toks.start(next) === toks.end(i) && /^['’‘]$/.test(toks.text(next)));
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'as', 'yet', 'so']);
/** Verbs whose hearer stands between the cue and the content ("told reporters that …"). */
const HEARER_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'notify', 'advise', 'promise', 'ask', 'urge', 'convince', 'persuade']);
/** Particles that belong to the cue, per verb ("pointed out", "called for"; not "said on Monday"). */
const PARTICLES_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['for', 'on', 'out'])], ['point', new Set(['out', 'to'])], ['speak', new Set(['out', 'up'])], ['go', new Set(['on'])],
  ['lash', new Set(['out'])], ['push', new Set(['for', 'back'])], ['sign', new Set(['off'])], ['back', new Set(['away'])],
]);
const PARTICLES = new Set(['out', 'for', 'on', 'up', 'to', 'off', 'back', 'away']);
/** Words that open a clause, not an adjunct, after a cue ("said that …", "asked what …"). */
const CLAUSE_OPENERS = new Set(['that', 'what', 'why', 'how', 'whether', 'if', 'who', 'which', 'where']);
const ADJUNCT_OPENERS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'from', 'via', 'by', 'through', 'with', 'outside', 'inside', 'while', 'when',
  'to', 'for', 'of', 'as', 'last', 'this', 'earlier', 'later', 'recently', 'today', 'yesterday', 'tonight', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'reporters', 'again', 'also', 'then', 'once',
  'over', 'aboard', 'across', 'near', 'amid', 'following', 'ahead', 'around', 'under', 'me', 'us',
]);
/** Words that open a noun cue's complement: "claim that …", "criticism of …". */
const NOUN_COMPLEMENTS = new Set(['that', 'of', 'about', 'on', 'over', 'for', 'to', 'with', 'against', 'from', 'by', 'whether', 'in', 'regarding']);
const MAX_CONTENT_TOKENS = 120;
/** Words in -ing that are no participle. */
const NOT_PARTICIPLES = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'string', 'ceiling']);
/** A lower-case -ing word that opens a participle clause (", explaining how …", "and calling for …"). */
function isParticiple(d: DocTokens, i: number): boolean {
  const toks = d.toks;
  return toks.word(i) && !toks.cap(i) && toks.lower(i).length >= 6 && toks.lower(i).endsWith('ing') && !NOT_PARTICIPLES.has(toks.lower(i));
}
/** Adverbs between a passive auxiliary and its participle that do not end in -ly ("was first reported", "has now been"). */
const PASSIVE_ADVERBS = new Set(['first', 'also', 'still', 'now', 'since', 'then', 'later', 'not', 'never', 'already', 'once', 'often', 'even', 'long', 'just', 'again', 'widely']);
/** Words that open a time or place adjunct after an agentless passive cue ("was announced on Monday"). */
const PASSIVE_TAIL = new Set(['in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'since', 'amid', 'until', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'again']);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'has', 'have', 'had']);

function lastWordBeforeEnd(d: DocTokens, s: number): number {
  let e = d.sentEnd[s];
  while (e > d.sentFirst[s] && !d.toks.word(e - 1) && !isQuoteMark(d, e - 1) && d.toks.text(e - 1) !== ')') e--;
  return e;
}

/** True when [from, to) after a cue is only an adjunct or the speaker: "said (Monday) (in a statement)", "said X, …". */
function adjunctTail(d: DocTokens, from: number, to: number, hasSubject: boolean, hearer: boolean): boolean {
  if (from >= to) return true;
  if (to - from > 14) return false;
  const toks = d.toks;
  if (!toks.word(from)) return false;
  const w = toks.lower(from);
  if (w === 'to' && toks.word(from + 1) && !toks.cap(from + 1) && !DETERMINERS.has(toks.lower(from + 1)) && toks.lower(from + 1) !== 'reporters') return false;
  // with its subject before it the cue takes no object here ("X released its findings" is no closing clause);
  // without one the speaker follows ("…, said the mayor")
  const opener = ADJUNCT_OPENERS.has(w) || w.endsWith('ly') || ((!hasSubject || hearer) && (toks.cap(from) || DETERMINERS.has(w) || PRONOUNS.has(w)));
  if (!opener) return false;
  for (let k = from; k < to; k++) {
    if (!toks.word(k)) {
      if (isQuoteMark(d, k) || toks.text(k) === ';' || toks.text(k) === ':') return false;
      continue;
    }
    if (CLAUSE_OPENERS.has(toks.lower(k)) || verbAt(d, k)?.cls === 'belief') return false;
  }
  return true;
}

/**
 * Whether the content of a cue the quote pass gave to a quotation outside that content is a statement of its own
 * ("noted that Y: “Z”", "praised Y, adding: “Z”"), not the words between the cue and its quotation: a hearer ("told
 * supporters in Ohio"), an adjunct ("said on Monday during a speech"), or a participle clause ("said, alluding to …").
 */
export function ownContent(d: DocTokens, c: number, rule: ContentRule): boolean {
  if (rule.fragments.length !== 1) return true;
  const { from, to } = rule.fragments[0];
  if (from < c) return true;
  const toks = d.toks;
  if (!toks.word(from)) return false;
  const w = toks.lower(from);
  if (CLAUSE_OPENERS.has(w)) return true;
  const v = verbAt(d, c);
  if (v && HEARER_VERBS.has(v.lemma)) {
    // after a hearer only a clause or an infinitive is content ("told them that …", "urged voters to …")
    for (let k = from; k < to; k++) if (CLAUSE_OPENERS.has(toks.lower(k)) || toks.lower(k) === 'to') return true;
    return false;
  }
  return !(ADJUNCT_OPENERS.has(w) || w.endsWith('ly') || isParticiple(d, from) || toks.cap(from) || adjunctTail(d, from, to, true, false));
}

/** The cue's extent: "according to", a particle ("pointed out", "called for"). */
function cueEnd(d: DocTokens, c: number, s: number): number {
  const toks = d.toks;
  if (toks.lower(c) === 'according' && toks.lower(c + 1) === 'to') return c + 1;
  const n = c + 1;
  const lemma = verbAt(d, c)?.lemma;
  if (n < toks.length && c + 1 < d.sentEnd[s] && toks.word(n) && lemma && PARTICLES_OF.get(lemma)?.has(toks.lower(n))) return c + 1;
  return c;
}

/** Function words that cannot stand in a speaker's title ("hours after Trump said" is no title). */
const NOT_IN_TITLE = new Set([
  'after', 'before', 'when', 'while', 'as', 'since', 'if', 'because', 'until', 'though', 'although', 'whether', 'than',
  'in', 'on', 'at', 'by', 'with', 'from', 'into', 'about', 'over', 'under', 'during', 'without', 'through', 'and', 'or',
  'but', 'so', 'yet', 'not', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'to', 'that', 'which', 'who', 'what', 'where', 'why', 'how',
]);

/** Where the clause holding the cue starts when the cue closes it: the comma or quotation mark before its speaker. */
function closingLeft(d: DocTokens, c: number, first: number, src: SpeakerNP | null): number {
  const toks = d.toks;
  let k = src && src.last < c ? src.first - 1 : c - 1;
  // auxiliaries and adverbs between the speaker and the cue ("X has long said")
  if (!src) while (k >= first && toks.word(k) && (AUX_ADVERBS.has(toks.lower(k)) || TIME_WORDS.has(toks.lower(k)))) k--;
  // title words before the name ("Daily News opinion editor Josh Greenman said")
  for (let words = 0; k >= first && toks.word(k) && words < 6; k--, words++) {
    const w = toks.lower(k);
    if (NOT_IN_TITLE.has(w) || CLAUSE_OPENERS.has(w) || verbAt(d, k) || CLAUSE_JOINERS.has(w)) return -1;
  }
  if (k < first || !(isComma(d, k) || isQuoteMark(d, k))) return -1;
  return k;
}

/** A later clause of the sentence that is no longer the content: "; …", ", adding …", ", recalled …", "and points out …". */
function contentStop(d: DocTokens, from: number, sentenceEnd: number, cues: Uint8Array | null, stance = false, noSpeech = false): number {
  // a content longer than this is a run-on "sentence" (a list, a transcript without stops): cut it there
  const end = Math.min(sentenceEnd, from + MAX_CONTENT_TOKENS);
  const stop = contentStopAt(d, from, end, cues, stance);
  // a clause with a cue and a subject of its own is another statement, not part of this one ("… but critics say …",
  // "… — he told the paper …", "…, while the bank has warned …"): the content ends before it, so the inner cue makes a
  // statement of its own with its own source (annotators never nest one statement's cue inside another's content).
  // After a noun or stance cue such a clause may open the content ("the assertion that Roe said …"): then the cue has
  // no content and the inner statement stands alone.
  if (cues) {
    for (let m = noSpeech ? from + 1 : from + 2; m < stop; m++) {
      if (!cues[m] || d.quote[m] >= 0) continue;
      const at = innerClauseStart(d, m, from, noSpeech);
      if (at >= 0) return Math.max(at, from);
    }
  }
  return stop;
}

function contentStopAt(d: DocTokens, from: number, end: number, cues: Uint8Array | null, stance: boolean): number {
  const toks = d.toks;
  // "thanked the crowd and said …": a one-word content before the second verb of the same subject
  if (from + 2 < end && secondVerb(d, from + 1, end)) return from + 1;
  // from the token after the first on: a one-word content ends at ", saying …" / ", said Monday …" as a longer one does
  for (let k = from + 1; k < end; k++) {
    if (!toks.word(k)) {
      if (toks.text(k) === ';') return k;
      if (toks.text(k) === ',') {
        // a comma-delimited stretch with a cue of its own ("…, who accused him of …", "…, when X said …")
        if (cues) {
          for (let m = k + 1; m < end && toks.text(m) !== ','; m++) if (cues[m]) return k;
        }
        let m = k + 1;
        while (m < end && toks.word(m) && toks.lower(m).endsWith('ly') && !verbAt(d, m)) m++;
        const v = m < end ? verbAt(d, m) : undefined;
        // ", adding …", ", recalled …": a reporting verb right after the comma opens another attribution
        if (v && (v.form === 'ing' || v.form === 'past' || v.form === 's') && !toks.cap(m)) return k;
        // "backed Roe, Lee argued …": after a stance verb's object, a name or a pronoun and its reporting verb open a
        // clause of their own, even when the classifier did not take that verb for a cue
        if (stance && subjectAndVerb(d, k + 1, end)) return k;
        if (m < end && toks.word(m) && CLAUSE_JOINERS.has(toks.lower(m))) {
          // "…, while X, who …, said …": a joined clause with a cue anywhere in it is another statement
          if (cues) for (let q = m + 1; q < Math.min(end, m + 40); q++) if (cues[q]) return k;
          for (let q = m + 1; q < Math.min(end, m + 8); q++) {
            const u = verbAt(d, q);
            if (u && u.cls === 'speech' && (PRONOUNS.has(toks.lower(q - 1)) || toks.cap(q - 1))) return k;
          }
        }
      }
      continue;
    }
    if (k > from + 1 && secondVerb(d, k, end)) return k;
  }
  return end;
}

/**
 * Words after which a clause of its own may start (its subject follows): joiners. Not subordinators: on training
 * articles "…, when X said …", "… until X said …", "… because he feels …" as often stayed in the annotated content.
 */
const CLAUSE_BOUNDARY_WORDS = new Set(['and', 'but', 'while', 'whereas', 'yet']);
const CLAUSE_BOUNDARY_MARKS = new Set([',', ';', ':', '—', '–', '-', '--', '(']);
/** Words a subject noun phrase read backwards from its verb cannot hold. */
const NOT_IN_SUBJECT = new Set([...NOT_IN_TITLE, ...CLAUSE_JOINERS, 'when', 'after', 'before', 'since', 'if', 'until', 'unless', 'once', 'where', 'whether', 'or', 'nor', 'then']);
const NOT_SUBJECT_END = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'no', "'s", '’s']);
const AUX_BEFORE_PARTICIPLE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', "'s", '’s']);

/**
 * Where the clause of the cue at m starts when the cue is a finite verb with a subject of its own inside the content
 * that starts at `from` and a clause boundary before that subject: the boundary (a comma, a dash, "and", ", who"),
 * moved back over the marks before it; `from` when `opening` (the outer cue is a noun or a stance verb) and the subject
 * opens the content before a verb of saying or showing. -1 when the cue has no such clause: a noun or a participle
 * ("his refusal", "…, criticizing …"), a subject that opens what a verb of saying introduces ("said he believes …":
 * annotators keep that in the content), a relative clause with no comma ("women who said …"), a coordinated subject
 * ("she and her husband said …").
 */
export function innerClauseStart(d: DocTokens, m: number, from: number, opening = false): number {
  const toks = d.toks;
  const v = verbAt(d, m);
  if (!v) return -1;
  // a subject may open the content only before a finite verb of saying or showing
  const mayOpen = opening && (v.cls === 'speech' || v.cls === 'evidence') && v.form !== 'ing' && v.form !== 'pp';
  let j = m - 1;
  if (v.form === 'ing' || v.form === 'pp') {
    // a participle is finite only after its auxiliary ("was refusing", "has insisted")
    while (j > from && toks.word(j) && AUX_ADVERBS.has(toks.lower(j)) && !AUX_BEFORE_PARTICIPLE.has(toks.lower(j))) j--;
    if (!(j > from && AUX_BEFORE_PARTICIPLE.has(toks.lower(j)))) return -1;
  }
  // auxiliaries and adverbs between the subject and the cue ("he has long said", "they did not say")
  while (j > from && toks.word(j) && (AUX_ADVERBS.has(toks.lower(j)) || /^n['’]t$/.test(toks.lower(j)))) j--;
  if (j < from || (j === from && !mayOpen) || !toks.word(j)) return -1;
  const w = toks.lower(j);
  if (w === 'who') return CLAUSE_BOUNDARY_MARKS.has(toks.text(j - 1)) && j - 1 > from ? marksBefore(d, j - 1, from) : -1;
  let a = j;
  if (!PRONOUNS.has(w)) {
    // a determiner or a possessive ends no subject: "his support", "the call" are nouns
    if (NOT_IN_SUBJECT.has(w) || NOT_SUBJECT_END.has(w) || verbAt(d, j)) return -1;
    // a name ("Mr. Roe", "Senator Ann Lee"), or a noun phrase of a few words ("some critics", "the mayor")
    while (a - 1 >= from && a > j - 5 && toks.word(a - 1) && !NOT_IN_SUBJECT.has(toks.lower(a - 1)) && !verbAt(d, a - 1)) a--;
    // the noun phrase must look like one: a determiner or a name at its start, or a plural noun alone ("critics")
    const head = toks.lower(a);
    if (!(DETERMINERS.has(head) || toks.cap(a) || (a === j && w.length > 3 && w.endsWith('s') && !w.endsWith('ss')))) return -1;
  }
  if (a === from || (a === from + 1 && toks.lower(from) === 'that')) return mayOpen ? from : -1;
  const b = a - 1;
  if (b <= from) return -1;
  if (toks.word(b)) {
    if (!CLAUSE_BOUNDARY_WORDS.has(toks.lower(b))) return -1;
    // "she and her husband said": the subject's first half stands before "and"
    const p = b - 1;
    if (toks.lower(b) === 'and' && p >= from && toks.word(p) && (PRONOUNS.has(toks.lower(p)) || toks.cap(p))) return -1;
  } else if (!CLAUSE_BOUNDARY_MARKS.has(toks.text(b))) return -1;
  // a dash that closes an aside ("— a word others used — Roe spoke of") ends no clause
  if (isDash(toks.text(b))) for (let k = from; k < b; k++) if (!toks.word(k) && toks.text(k) === toks.text(b)) return -1;
  return marksBefore(d, b, from);
}

const isDash = (x: string): boolean => x === '—' || x === '–' || x === '-' || x === '--';

/** Token index b moved back over the commas and dashes right before it (not to `from` or before). */
function marksBefore(d: DocTokens, b: number, from: number): number {
  let cut = b;
  while (cut - 1 > from && !d.toks.word(cut - 1) && CLAUSE_BOUNDARY_MARKS.has(d.toks.text(cut - 1))) cut--;
  return cut;
}

/** A name (a capitalised run) or a pronoun at i, then a finite reporting verb ("cast" is past after a subject). */
function subjectAndVerb(d: DocTokens, i: number, end: number): boolean {
  const toks = d.toks;
  if (i >= end || !toks.word(i) || !(toks.cap(i) || PRONOUNS.has(toks.lower(i)))) return false;
  let n = i;
  while (n + 1 < end && n < i + 4 && toks.word(n + 1) && toks.cap(n + 1)) n++;
  const u = n + 1 < end ? verbAt(d, n + 1) : undefined;
  return !!u && (u.form === 'past' || u.form === 's' || u.form === 'base');
}

/** "denies X and points out that Y", "says A but argues B", "said A and calling for B": the speaker's next verb at k + 1. */
function secondVerb(d: DocTokens, k: number, end: number): boolean {
  const toks = d.toks;
  if (!((toks.lower(k) === 'and' || toks.lower(k) === 'but') && k + 1 < end)) return false;
  // auxiliaries and adverbs before the verb: "and has called for …", "but did note …", "and also hinted …"
  let v = k + 1;
  let aux = false;
  while (v + 1 < end && v < k + 4 && toks.word(v) && (AUX_ADVERBS.has(toks.lower(v)) || /^n['’]t$/.test(toks.lower(v))) && !verbAt(d, v)) {
    if (AUX_BEFORE_PARTICIPLE.has(toks.lower(v)) || toks.lower(v) === 'did' || toks.lower(v) === 'does') aux = true;
    v++;
  }
  const u = verbAt(d, v);
  if (u && u.cls !== 'belief' && (u.form === 's' || u.form === 'past' || (aux && (u.form === 'pp' || u.form === 'base')))) return true;
  // a participle clause of the speaker, not of the content
  return v === k + 1 && isParticiple(d, k + 1);
}

/**
 * The content of the cue at token c and the source its sentence shape names. `cues` flags the other cue heads of the
 * document: a clause holding one ends this content. Each sentence shape is a function of its own: as one function of
 * 3,600 bytes of bytecode the engine never optimized it (each new path it saw started its count again), and it ran
 * unoptimized over a whole corpus.
 */
export function contentOf(d: DocTokens, c: number, cues: Uint8Array | null = null): ContentRule | null {
  const s = d.sent[c];
  const first = d.sentFirst[s];
  const end = lastWordBeforeEnd(d, s);
  const toks = d.toks;
  const last = cueEnd(d, c, s);

  // "According to X, Y." / "Y, according to X."
  if (toks.lower(c) === 'according' && last === c + 1) return accordingTo(d, c, first, end);
  // "In a new poll, most voters …"
  if (c === first && toks.lower(c) === 'in') return inPoll(d, c, end, cues);
  const colon = afterColon(d, c, last, first, end);
  if (colon) return colon;
  // The colon as the cue: "X: Y" says something only when Y is a clause, not a caption ("Photo: AP").
  if (toks.text(c) === ':' && !clauseAfter(d, c, end)) return null;

  const v = verbAt(d, c);
  if (notACue(d, c, first, v)) return null;

  // A passive cue: "Y was (widely) criticized by X".
  if (v && (v.form === 'past' || v.form === 'pp')) {
    const passive = passiveContent(d, c, last, first, end);
    if (passive) return passive;
  }

  const src = speakerBefore(toks, c, first);
  // "Y, said X, the mayor.": the speaker follows the cue, and what speakerBefore read as an apposition before the
  // comma is the content's last clause (a name or a pronoun there is the speaker: "X, in Iowa, said Y, who …")
  if ((!src || src.kind === 'nominal') && speakerFollows(d, c, last, first, end, v)) {
    const inverted = closingContent(d, c, last, first, end, null, v, cues, true);
    if (inverted) return inverted;
  }
  const received = fromContent(d, c, first);
  if (received) return received;
  const as = asContent(d, c, last, first, end, src, cues);
  if (as) return as;
  const closing = closingContent(d, c, last, first, end, src, v, cues);
  if (closing) return closing;
  return followingContent(d, c, last, end, src, v, cues);
}

/** Nouns of a poll: "In a new poll, …" makes the poll the source of the rest of the sentence. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);

/**
 * The comma closing a sentence-opening "In <a poll>," ("In a CBS News poll released Monday, …") when the token at c
 * opens one, else -1.
 */
function pollPhraseEnd(d: DocTokens, c: number): number {
  const toks = d.toks;
  const s = d.sent[c];
  if (c !== d.sentFirst[s] || toks.lower(c) !== 'in') return -1;
  let poll = false;
  for (let k = c + 1; k < Math.min(d.sentEnd[s] - 1, c + 16); k++) {
    if (toks.word(k)) {
      if (POLL_NOUNS.has(toks.lower(k))) poll = true;
      continue;
    }
    if (isComma(d, k)) return poll && k > c + 2 ? k : -1;
    if (isQuoteMark(d, k) || toks.text(k) === ';' || toks.text(k) === ':' || toks.text(k) === '(') return -1;
  }
  return -1;
}

/** Sentence-opening "In <a poll>," phrases: cue heads the classifier never reads ("in" is no reporting word). */
export function pollCues(d: DocTokens): number[] {
  const out: number[] = [];
  for (let s = 0; s < d.sentFirst.length; s++) if (d.sentFirst[s] < d.sentEnd[s] && pollPhraseEnd(d, d.sentFirst[s]) >= 0) out.push(d.sentFirst[s]);
  return out;
}

/** "In <a poll>, Y.": Y, said by the poll. */
function inPoll(d: DocTokens, c: number, end: number, cues: Uint8Array | null): ContentRule | null {
  const k = pollPhraseEnd(d, c);
  if (k < 0 || end - k < 3) return null;
  return { strategy: 'according-to', fragments: [{ from: k + 1, to: contentStop(d, k + 1, end, cues) }], cueLast: c, ruleSource: speakerAfter(d.toks, c + 1, k - 1) };
}

/** "According to X, Y." / "Y, according to X." (the cue is "according to": c and c + 1). */
function accordingTo(d: DocTokens, c: number, first: number, end: number): ContentRule | null {
  const toks = d.toks;
  const last = c + 1;
  const src = speakerAfter(toks, c + 2, Math.min(end - 1, c + 20));
  const k = commaFrom(d, c + 2, end, c + 40);
  if (c <= first + 1 && k < end - 1) return { strategy: 'according-to', fragments: [{ from: k + 1, to: end }], cueLast: last, ruleSource: src };
  const before = beforePunctuation(d, c, first);
  // one word will do when it is a clause of its own ("That's according to X")
  if (before - first >= 2 || (before - first === 1 && /['’]s$/.test(toks.lower(first)))) return { strategy: 'according-to', fragments: [{ from: first, to: before }], cueLast: last, ruleSource: src };
  if (k < end - 1) return { strategy: 'according-to', fragments: [{ from: k + 1, to: end }], cueLast: last, ruleSource: src };
  return null;
}

/** The first comma at or after `from` and before `end`, looking no further than `max`; where the search stopped if none. */
function commaFrom(d: DocTokens, from: number, end: number, max: number): number {
  let k = from;
  while (k < end && k <= max && !isComma(d, k)) k++;
  return k;
}

/** Token index `at`, moved back over the commas and quotation marks right before it (not before `first`). */
function beforePunctuation(d: DocTokens, at: number, first: number): number {
  let before = at;
  while (before - 1 >= first && (isComma(d, before - 1) || isQuoteMark(d, before - 1))) before--;
  return before;
}

/** A colon right after the cue (or after its hearer): "X said: Y", "X told reporters: Y". */
function afterColon(d: DocTokens, c: number, last: number, first: number, end: number): ContentRule | null {
  const toks = d.toks;
  for (let k = last + 1; k < Math.min(end, last + 5); k++) {
    if (!toks.word(k) && toks.text(k) === ':') {
      if (k + 1 < end) return { strategy: 'colon', fragments: [{ from: k + 1, to: end }], cueLast: last, ruleSource: speakerBefore(toks, c, first) };
      break;
    }
    if (!toks.word(k)) break;
  }
  return null;
}

/** At least three words after the colon at c. */
function clauseAfter(d: DocTokens, c: number, end: number): boolean {
  const toks = d.toks;
  let words = 0;
  for (let k = c + 1; k < end && words < 3; k++) if (toks.word(k)) words++;
  return words >= 3;
}

/** A word that looks like a cue but is none here: an adjective participle, a noun cue without its complement. */
function notACue(d: DocTokens, c: number, first: number, v: ReturnType<typeof reportingVerb>): boolean {
  const toks = d.toks;
  // A participle used as an adjective ("Washington's reported push", "the alleged plot") is no cue.
  if (v && (v.form === 'past' || v.form === 'pp' || v.form === 'ing') && c > first && /['’]s$|^(?:the|a|an|his|her|their|its|our)$/.test(toks.lower(c - 1))
    && toks.word(c + 1) && !toks.cap(c + 1) && !CLAUSE_OPENERS.has(toks.lower(c + 1)) && !PARTICLES.has(toks.lower(c + 1))) return true;
  // "Asked about X, Y said …" opening a sentence: the reporter's question, a topic, not a statement of Y's
  if (v?.lemma === 'ask' && c === first && toks.lower(c + 1) === 'about') return true;
  // A noun cue takes its content after a complement word ("claim that …", "criticism of …", "talks about …").
  return !v && toks.word(c) && toks.lower(c) !== 'according' && NOUN_CUES.has(toks.lower(c)) && !NOUN_COMPLEMENTS.has(toks.lower(c + 1) ?? '') && toks.text(c + 1) !== ':';
}

/** "Y was (widely) criticized by X": null when the cue is not passive. */
function passiveContent(d: DocTokens, c: number, last: number, first: number, end: number): ContentRule | null {
  const toks = d.toks;
  let b = c - 1;
  while (b >= first && toks.word(b) && (toks.lower(b).endsWith('ly') || PASSIVE_ADVERBS.has(toks.lower(b)))) b--;
  if (!(b > first && toks.word(b) && BE_FORMS.has(toks.lower(b)))) return null;
  // "has accused X of … by": after has/have/had only an adjacent "by" makes the cue passive
  const by = toks.lower(last + 1) === 'by' ? last + 1 : PASSIVE_BE.has(toks.lower(b)) ? agentBy(d, last, end) : -1;
  if (by < 0) {
    // no agent: "Y was announced (on Monday)", "Y has now been posted": the subject is the content
    if (!PASSIVE_BE.has(toks.lower(b))) return null;
    // only a time or place may follow ("as X", "of X", "to X" complete the content after the cue)
    if (last + 1 < end && !(toks.word(last + 1) && PASSIVE_TAIL.has(toks.lower(last + 1)))) return null;
    let tailEnd = last + 1;
    while (tailEnd < end && !isComma(d, tailEnd) && !isQuoteMark(d, tailEnd)) tailEnd++;
    if (!adjunctTail(d, last + 1, tailEnd, true, false)) return null;
    // the subject's own clause: after the last comma, dash or colon before it
    let from = b;
    while (from > first && (toks.word(from - 1) || isQuoteMark(d, from - 1))) from--;
    if (b - from < 1) return null;
    return { strategy: 'cue-after', fragments: [{ from, to: b }], cueLast: last, ruleSource: null };
  }
  const src = speakerAfter(toks, by + 1, end - 1);
  // what stands between the cue and "by" completes the content ("Y is considered unfit by X": Y … unfit)
  const fragments: Fragment[] = by > last + 1 ? [{ from: first, to: b }, { from: last + 1, to: by }] : [{ from: first, to: b }];
  return { strategy: 'cue-after', fragments, cueLast: last, ruleSource: src };
}

/**
 * The "by" of a passive cue's agent: right after the cue, or after a short adjunct or complement ("endorsed in Ohio by
 * X", "deemed unfit by X", "favored strongly by X"); -1 when a clause or another mark comes first.
 */
function agentBy(d: DocTokens, last: number, end: number): number {
  const toks = d.toks;
  for (let k = last + 1; k < Math.min(end - 1, last + 8); k++) {
    if (!toks.word(k)) return -1;
    const w = toks.lower(k);
    if (w === 'by') return k;
    if (CLAUSE_OPENERS.has(w) || verbAt(d, k) || w === 'to' || w === 'as') return -1;
  }
  return -1;
}

/**
 * "Y won (broad) support from X", "Y drew praise from X": a noun cue whose holder follows "from" is said of the
 * clause's subject, not of what follows. Null unless the subject stands before the cue with no comma between.
 */
function fromContent(d: DocTokens, c: number, first: number): ContentRule | null {
  const toks = d.toks;
  if (!(toks.word(c) && NOUN_CUES.has(toks.lower(c)) && toks.lower(c + 1) === 'from')) return null;
  // "both refrain from …": a verb after its subject
  if (c > first && (PRONOUNS.has(toks.lower(c - 1)) || toks.cap(c - 1))) return null;
  const end = lastWordBeforeEnd(d, d.sent[c]);
  // the noun's own content after its holder ("criticism from rivals that …", "calls from X to …") stays where it is
  for (let k = c + 2; k < end; k++) {
    const w = toks.lower(k);
    if (CLAUSE_OPENERS.has(w) || w === 'to' || w === 'on' || w === 'about' || w === 'over' || toks.text(k) === ':') return null;
  }
  const subject = subjectOf(d, d.sent[c]);
  if (!subject || subject.last >= c || subject.first < first) return null;
  for (let k = subject.last + 1; k < c; k++) if (!toks.word(k)) return null;
  const src = speakerAfter(toks, c + 2, Math.min(end - 1, c + 20));
  return { strategy: 'cue-after', fragments: [{ from: subject.first, to: subject.last + 1 }], cueLast: c, ruleSource: src };
}

/** "As X said, Y." / "Y, as X reported." / "Y, as reported by X.": null when the cue is not in such a clause. */
function asContent(d: DocTokens, c: number, last: number, first: number, end: number, src: SpeakerNP | null, cues: Uint8Array | null): ContentRule | null {
  const toks = d.toks;
  const asAt = src && src.last < c && src.first - 1 >= first && toks.lower(src.first - 1) === 'as' ? src.first - 1 : toks.lower(c - 1) === 'as' && c - 1 >= first ? c - 1 : -1;
  if (asAt < 0) return null;
  const k = commaFrom(d, last + 1, end, last + 40);
  const source = src && src.last < c ? src : toks.lower(last + 1) === 'by' ? speakerAfter(toks, last + 2, Math.max(last + 2, k - 1)) : null;
  if (asAt <= first + 1 && k < end - 1) return { strategy: 'according-to', fragments: [{ from: k + 1, to: contentStop(d, k + 1, end, cues) }], cueLast: last, ruleSource: source };
  const before = beforePunctuation(d, asAt, first);
  if (before - first >= 2) {
    const fragments: Fragment[] = [{ from: first, to: before }];
    if (k < end - 1) fragments.push({ from: k + 1, to: end });
    return { strategy: 'according-to', fragments, cueLast: last, ruleSource: source };
  }
  return null;
}

/**
 * "Y, said X(, the mayor).", "Y, says analyst X in Paris.": a reporting verb right after the comma (and quotation mark)
 * that closes a content of three words or more, then a speaker that ends its clause (the sentence ends, or a comma, a
 * quotation mark or an adjunct follows). Read from the left, the content's last clause looked like an apposition of a
 * speaker ("…, while others are not convinced, said") and the content was taken from after the cue: the speaker's name.
 */
function speakerFollows(d: DocTokens, c: number, last: number, first: number, end: number, v: ReturnType<typeof reportingVerb>): boolean {
  if (!v || (v.form !== 'past' && v.form !== 's') || v.cls === 'belief' || HEARER_VERBS.has(v.lemma)) return false;
  let back = c - 1;
  while (back > first && isQuoteMark(d, back)) back--;
  if (back - first < 3 || !isComma(d, back)) return false;
  const src = speakerAfter(d.toks, last + 1, Math.min(end - 1, last + 16));
  if (!src || src.first > last + 4) return false;
  // title words may stand before the name ("says political analyst X"), nothing else
  for (let k = last + 1; k < src.first; k++) if (!d.toks.word(k) || d.toks.cap(k)) return false;
  const after = src.last + 1;
  if (after >= end) return true;
  return isComma(d, after) || isQuoteMark(d, after) || (d.toks.word(after) && ADJUNCT_OPENERS.has(d.toks.lower(after)) && d.toks.lower(after) !== 'to');
}

/**
 * The cue closes its clause: "Y, X said (on Monday).", "Y, said X.", "Y, X said, Z". Null when it does not (", saying
 * …" / ", adding …": a participle after a comma opens its own content). `speakerAfterCue`: the speaker is known to follow
 * the cue (speakerFollows), so what follows is not asked to be an adjunct.
 */
function closingContent(
  d: DocTokens, c: number, last: number, first: number, end: number, src: SpeakerNP | null, v: ReturnType<typeof reportingVerb>, cues: Uint8Array | null,
  speakerAfterCue = false,
): ContentRule | null {
  const toks = d.toks;
  const participle = v?.form === 'ing' && c - 1 >= first && isComma(d, c - 1);
  const left = participle ? -1 : closingLeft(d, c, first, src);
  let tailEnd = last + 1;
  while (tailEnd < end && tailEnd <= last + 16 && !isComma(d, tailEnd) && !isQuoteMark(d, tailEnd)) tailEnd++;
  if (!(left >= first + 2 && (speakerAfterCue || adjunctTail(d, last + 1, tailEnd, !!src && src.last < c, !!v && HEARER_VERBS.has(v.lemma))))) return null;
  const source = src && src.last < c && src.first > left ? src : speakerAfter(toks, last + 1, Math.max(last + 1, tailEnd - 1));
  let head = left;
  while (head > first && (isComma(d, head) || isQuoteMark(d, head))) head--;
  const fragments: Fragment[] = [{ from: first, to: head + 1 }];
  // "Y, X said, Z": the sentence goes on after the cue clause
  if (tailEnd < end && isComma(d, tailEnd)) {
    let after = tailEnd + 1;
    // past the speaker's apposition ("said X, the mayor, …")
    if (!src && toks.word(after) && (DETERMINERS.has(toks.lower(after)) || toks.cap(after))) {
      let k = after;
      while (k < end && !isComma(d, k)) k++;
      after = k < end ? k + 1 : end;
    }
    // "Y, X said, explaining how …": a participle clause tells what the speaker did, it is not the content
    if (end - after > 3 && !isParticiple(d, after)) fragments.push({ from: after, to: contentStop(d, after, end, cues) });
  }
  // "As the votes came in, Roe weighed in on the race": a sentence-opening adverbial clause is no content, and the
  // words after the cue are its object, not an adjunct (unless the sentence goes on after a comma: "If it rains, Roe
  // said, the match is off")
  if (!speakerAfterCue && fragments.length === 1 && tailEnd > last + 1 && toks.word(last + 1) && adverbialOpening(d, first, head)) return null;
  return { strategy: 'cue-after', fragments, cueLast: last, ruleSource: source };
}

/** Prepositions that join a noun cue to its object ("criticism of", "talk about", "support for"). */
const NOUN_PREPOSITIONS = new Set(['of', 'about', 'on', 'over', 'for', 'against', 'regarding', 'toward', 'towards']);
/** Finite auxiliaries and copulas: after a noun cue's object, the verb of the clause the noun phrase is the subject of. */
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'does', 'did']);
/** Words that open a relative clause inside the object ("support for research that could …"): the object goes on. */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'whether', 'how', 'what', 'why', 'if']);

/** A noun cue after a determiner or a possessive ("his support", "the union's call", "their claims"). */
function nounAfterDeterminer(d: DocTokens, c: number): boolean {
  const toks = d.toks;
  if (!(NOUN_CUES.has(toks.lower(c)) && c > d.sentFirst[d.sent[c]] && toks.word(c - 1))) return false;
  const p = toks.lower(c - 1);
  return (DETERMINERS.has(p) && p !== 'that' && p !== 'one' && p !== 'former') || /['’]s$/.test(p) || p === "'s" || p === '’s';
}

/**
 * Whether the word at i joins a noun cue to its object, which the annotators leave out of the content ("criticism of
 * X": X): a preposition of NOUN_PREPOSITIONS, or "to" before a noun phrase ("opposition to the plan"; not "calls to
 * act", where the infinitive is the content); and a word follows it in the sentence.
 */
function nounPreposition(d: DocTokens, i: number, end: number): boolean {
  const toks = d.toks;
  if (!(i + 1 < end && toks.word(i) && toks.word(i + 1))) return false;
  const w = toks.lower(i);
  if (NOUN_PREPOSITIONS.has(w)) return true;
  return w === 'to' && (toks.cap(i + 1) || (DETERMINERS.has(toks.lower(i + 1)) && toks.lower(i + 1) !== 'that') || /['’]s$/.test(toks.lower(i + 1)));
}

/**
 * Where a noun cue's object ends inside [from, to): before the finite auxiliary of the clause the noun phrase is the
 * subject of ("criticism of [the tax] was loud"): the first one after the object, or after a relative or complement
 * clause inside it the second one ("claims [that the vote was rigged] were false"); `to` when there is none, or when a
 * comma or a reporting verb comes first.
 */
function nounObjectEnd(d: DocTokens, from: number, to: number): number {
  const toks = d.toks;
  let opened = false;
  let innerVerb = false;
  for (let k = from; k < to; k++) {
    if (!toks.word(k)) {
      if (isQuoteMark(d, k)) continue;
      return to;
    }
    const w = toks.lower(k);
    if (verbAt(d, k)) {
      if (!opened) return to;
      innerVerb = true;
    } else if (RELATIVE_OPENERS.has(w)) {
      opened = true;
    } else if (FINITE_AUX.has(w) && k > from) {
      if (!opened || (innerVerb && !CLAUSE_JOINERS.has(toks.lower(k - 1)) && toks.lower(k - 1) !== 'or')) return k;
      innerVerb = true;
    }
  }
  return to;
}

/** Subordinators and prepositions that open a sentence's adverbial clause or phrase ("When pressed, …", "Like Roe, …"). */
const ADVERBIAL_OPENERS = new Set([
  'as', 'when', 'after', 'before', 'while', 'since', 'although', 'though', 'because', 'once', 'until', 'unless', 'by', 'in',
  'on', 'at', 'during', 'like', 'unlike', 'despite', 'with', 'without', 'following', 'amid', 'among', 'upon', 'throughout',
]);

/** The content [first, head] is one adverbial opening of its sentence, with no quotation in it. */
function adverbialOpening(d: DocTokens, first: number, head: number): boolean {
  const toks = d.toks;
  if (!(toks.word(first) && ADVERBIAL_OPENERS.has(toks.lower(first)))) return false;
  for (let k = first; k <= head; k++) if (isQuoteMark(d, k) || d.quote[k] >= 0) return false;
  return true;
}

/** Prepositions that open an adjunct of place or time, never what is said. */
const PLACE_TIME_OPENERS = new Set(['in', 'at', 'near', 'from', 'during', 'inside', 'outside', 'throughout', 'across']);

/** The content follows the cue: "X said (that) Y", "X told reporters that Y", "X's claim that Y". */
function followingContent(
  d: DocTokens, c: number, last: number, end: number, src: SpeakerNP | null, v: ReturnType<typeof reportingVerb>, cues: Uint8Array | null,
): ContentRule | null {
  const toks = d.toks;
  let from = last + 1;
  // "his support for …", "their calls to …": a word of both tables read as the noun after a determiner or a possessive
  if (v && last === c && nounAfterDeterminer(d, c)) v = undefined;
  // a hearer or an adjunct before "that" is not content: "told reporters that …", "said on Monday that …"
  if (v) {
    for (let k = from; k < Math.min(end, from + 7); k++) {
      if (toks.lower(k) === 'that') {
        from = k;
        break;
      }
      if (!toks.word(k) || verbAt(d, k) || (toks.lower(k) === 'to' && !HEARER_VERBS.has(v.lemma))) break;
    }
  }
  if (from < end && isComma(d, from)) from++;
  // a noun cue's preposition is not content: "criticism of [the plan]", "his support for [Roe]"
  const nounObject = !v && NOUN_CUES.has(toks.lower(c)) && from === last + 1;
  if (nounObject && nounPreposition(d, from, end)) from++;
  if (from >= end) return null;
  let to = contentStop(d, from, end, cues, v?.cls === 'stance', !v || v.cls === 'stance');
  // the object ends where the clause the noun opens goes on: "Opposition to [the tax] has grown"
  if (nounObject) to = nounObjectEnd(d, from, to);
  if (to <= from) return null;
  // "She spoke in Dorvale.", "He talked at a rally on Monday.": an adjunct of place or time and nothing after it
  // says where or when, not what.
  if (PLACE_TIME_OPENERS.has(toks.lower(from)) && adjunctTail(d, from, to, true, false)) return null;
  return { strategy: 'cue-before', fragments: [{ from, to }], cueLast: last, ruleSource: src };
}
