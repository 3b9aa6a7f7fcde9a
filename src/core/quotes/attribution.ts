// The quote pass: direct quotes (marks included), the speaker mention each hangs on, the cue and the kind of
// attribution. Cheap and local: every quote looks only at a bounded window of its own paragraph (and, for
// continuations and colon introductions, at the previous ones), so the pass is linear in the text.
import { paragraphs as splitParagraphs } from '../text/segment';
import type { AttributionKind, Mention, Quote, Span, TextSpan } from '../types';
import { AUX_ADVERBS, CUE_VERBS, DETERMINERS, NAMING_WORDS, NP_BREAKERS, PARTICIPLE_CUES, PRONOUNS, TIME_WORDS, WEAK_CUES } from './lexicon';
import { pairQuoteMarks, type QuoteSpan } from './marks';
import { personHead, relativeSpeaker, sentenceSubject, speakerAfter, speakerBefore, type SpeakerNP } from './speakers';
import { ArrayTokens, isDash, tokenize, type Token } from './tokens';

/** A quote before entity resolution: the speaker mention is known, the entity not yet. */
export type RawQuote = Omit<Quote, 'speakerId'>;

export interface AttributionContext {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** pairQuoteMarks(text, paragraphs), when the caller has it already (analyze() pairs the marks once for all passes). */
  readonly marks?: readonly QuoteSpan[];
}

/** How far (characters) the pass looks on each side of a quote for its attribution. */
const WINDOW = 300;
/** Tokens read after a quote: attributions sit right there ("…,” said Scott Pruitt, the attorney general of Oklahoma, …"). */
const RIGHT_TOKENS = 48;
/** Commas tried after a quote for a closing attribution, and the tokens read after each. */
const TAIL_COMMAS = 4;
const TAIL_TOKENS = 12;
/** How many paragraphs back a cue-less quote may continue the previous speaker. */
const CONTINUATION_PARAGRAPHS = 2;

interface Attribution {
  speaker: SpeakerNP | null;
  cue: Span | null;
  kind: AttributionKind;
  /** Found only through the sentence subject, without a reporting cue. */
  weak?: boolean;
  /** The mention nearest the quote when the speaker was taken from further out; a continuation refers to it. */
  near?: SpeakerNP;
}

const TERMINAL = /[.!?…]/;
const CLOSERS = '"\'”’)]»';

/**
 * A lower-case phrase speaks only when its head is a person or a body ("a spokesman", not "the rubble comment"), or
 * when it is the determined subject right before a reporting verb that is no common other word ("The commission says",
 * "The clip said", "The lawsuit contends", "One news account described").
 */
function plausible(sp: SpeakerNP | null, toks: readonly Token[], cue?: Token): sp is SpeakerNP {
  if (!sp) return false;
  if (sp.kind !== 'nominal' || personHead(toks[sp.last].lower)) return true;
  return !!cue && (STRONG_CUES.has(cue.lower) || isCue(cue, false)) && DETERMINERS.has(toks[sp.first].lower) && sp.last < toks.length && toks[sp.last].end <= cue.start;
}

/** Reporting verbs that make whatever subject stands before them a speaker. */
const STRONG_CUES = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'write', 'writes', 'wrote', 'state', 'states', 'stated', 'declare', 'declares', 'declared', 'report', 'reports', 'reported', 'claim', 'claims', 'claimed', 'argue', 'argues', 'argued', 'warn', 'warns', 'warned', 'add', 'adds', 'added', 'note', 'notes', 'noted']);

function isCue(t: Token | undefined, allowWeak: boolean): boolean {
  if (!t || !t.word || !CUE_VERBS.has(t.lower)) return false;
  return allowWeak || !WEAK_CUES.has(t.lower);
}

const VERB_ONLY = /(?:ed|ing)$|^(?:said|told|wrote|written|spoke|sang|went|began|says|tells|writes|adds|asks|notes|tweets)$/;
const NOUN_MARKERS = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'of', 'about', 'for',
  'with', 'in', 'on', 'to', 'by', 'from', 'as', 'at', 'such', 'whose', 'any', 'no', 'some', 'many', 'recent', 'earlier',
]);

/** Capitalised words that are adjectives before a noun ("the Republican claim", "a Democratic report"). */
const ADJECTIVAL_NAME = /(?:an|ian|ese|ish|ic|al|can|crat)$/;

/** "Obama's remarks", "his rubble comment", "of Republican claims": a cue word used as a noun, not a verb. */
function usedAsNoun(toks: readonly Token[], c: number): boolean {
  if (VERB_ONLY.test(toks[c].lower)) return false;
  for (let k = c - 1; k >= 0 && k >= c - 3; k--) {
    const p = toks[k];
    if (!p.word) return false;
    if (NOUN_MARKERS.has(p.lower) || /'s$|s'$/.test(p.lower)) return true;
    // adjectives may stand between the marker and the noun; a name or a pronoun before it makes it a verb
    if (PRONOUNS.has(p.lower) || (p.cap && k === c - 1 && !/'s$/.test(p.lower) && !toks[k - 1]?.word)) return false;
    // a name right before a form that cannot be a plural noun is its subject: "The New Yorker put it"
    if (p.cap && k === c - 1 && !/'s$/.test(p.lower) && !/s$/.test(toks[c].lower) && !ADJECTIVAL_NAME.test(p.lower)) return false;
    // only an adjective may stand between: a proper one ("Republican claims") or one with an adjective ending
    if (!p.cap && !/(?:al|ic|ous|ive|ful|less|able|ible|ary|ent|ant|ed|ing)$/.test(p.lower)) return false;
  }
  return false;
}

/** The possessor of a speech noun that introduces the quote: "Trump's claim of", "her statement that", "his words:". */
function contentOwner(toks: readonly Token[], c: number): SpeakerNP | null {
  const next = toks[c + 1];
  const introduces = !next || (next.word ? /^(?:of|that)$/.test(next.lower) : /^[:,]$/.test(next.text));
  if (!introduces) return null;
  let k = c - 1;
  if (k >= 0 && toks[k].word && !/'s$|s'$/.test(toks[k].lower)) k--; // one adjective: "Trump's latest claim"
  if (k < 0 || !toks[k].word || !toks[k].cap || !/'s$/.test(toks[k].lower)) return null;
  let a = k;
  while (a - 1 >= 0 && toks[a - 1].word && toks[a - 1].cap && !/'s$/.test(toks[a - 1].lower) && !NP_BREAKERS.has(toks[a - 1].lower) && !DETERMINERS.has(toks[a - 1].lower)) a--;
  const end = toks[k].end - 2;
  if (end <= toks[a].start) return null;
  return { start: toks[a].start, end, kind: a === k ? 'surname' : 'name', first: a, last: k };
}

/** Index of the last sentence start in text[from, to): after . ! ? (plus closing marks) and a space. */
function sentenceStartBefore(text: string, from: number, to: number, abbrevOk: (w: string) => boolean): number {
  for (let i = to - 1; i > from; i--) {
    const c = text.charAt(i);
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') continue;
    let k = i - 1;
    if (text.charAt(i - 1) === ')') continue; // "(D-Wis.) said": a period inside parentheses ends nothing
    while (k >= from && CLOSERS.includes(text.charAt(k))) k--;
    if (k < from || !TERMINAL.test(text.charAt(k))) continue;
    if (text[k] === '.' && !abbrevOk(wordBefore(text, k, from)) && !initialismEnds(text, k, from, i + 1)) continue;
    return i + 1;
  }
  return from;
}

/** End of the first sentence in text[from, to). */
function sentenceEndAfter(text: string, from: number, to: number, abbrevOk: (w: string) => boolean): number {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (!TERMINAL.test(c)) continue;
    let k = i + 1;
    while (k < to && CLOSERS.includes(text.charAt(k))) k++;
    if (text.charAt(k - 1) === ')') continue;
    if (k < to && text[k] !== ' ' && text[k] !== '\t' && text[k] !== '\u00a0') continue;
    if (c === '.' && !abbrevOk(wordBefore(text, i, from)) && !initialismEnds(text, i, from, k + 1)) continue;
    return k;
  }
  return to;
}

/**
 * "… attacks in the U.S. He says …": the period of an initialism ends the sentence when a word that only opens one
 * follows (a pronoun, an article, a conjunction); before a noun ("the U.S. Senate") it does not.
 */
function initialismEnds(text: string, dot: number, floor: number, next: number): boolean {
  if (!INITIALISM.test(wordBefore(text, dot, floor))) return false;
  const m = /^[A-Z][a-z]*/.exec(text.slice(next, next + 12));
  return !!m && SENTENCE_OPENERS.has(m[0]);
}
const INITIALISM = /^[A-Za-z](?:\.[A-Za-z])+$/;
const SENTENCE_OPENERS = new Set([
  'He', 'She', 'They', 'It', 'We', 'I', 'The', 'This', 'That', 'These', 'Those', 'But', 'And', 'While', 'When', 'If',
  'Although', 'Though', 'After', 'Before', 'Still', 'Yet', 'So', 'Meanwhile', 'However', 'His', 'Her', 'Their', 'Its',
  'Our', 'There', 'What', 'Why', 'How',
]);

function wordBefore(text: string, dot: number, floor: number): string {
  let w = dot;
  while (w > floor && /[A-Za-z.]/.test(text[w - 1])) w--;
  return text.slice(w, dot);
}

const SENTENCE_ABBREV = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|St|Jr|Sr|Rev|Del|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Co|Ltd|vs|No|[A-Za-z](?:\.[A-Za-z])+)$/;
/** A period after these words does not end a sentence. Also single initials and "U.S". */
const endsSentenceAfter = (w: string): boolean => !SENTENCE_ABBREV.test(w);

function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

/** The mention of a speaker phrase: its text span and kind, in one object literal (a spread copied the span's keys one by one). */
function mentionOf(text: string, s: Span & { readonly kind: Mention['kind'] }): Mention {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: s.kind };
}

/** Characters of a quote read to decide whether it is a title or a nickname. */
const NON_SPEECH_PREFIX = 120;

/**
 * Why a quote is not speech: 'named' for a name given by a naming word or an "of" ("a book titled “X”", "the so-called
 * “X”", "a goal of “Peace Through Strength”"), which reported words may still contain; 'setting' for where words were
 * said ("on CBS's “Face the Nation”") and nicknames inside names.
 */
type NonSpeech = 'named' | 'setting';
function isNonSpeech(text: string, q: QuoteSpan, para: Span): NonSpeech | null {
  // only the first few words matter: titles and nicknames are short
  const inner = text.slice(q.start + 1, Math.min(q.openEnd ? q.end : q.end - 1, q.start + 1 + NON_SPEECH_PREFIX));
  // Nine words are enough to know there are more than eight.
  const words = firstWords(inner, TITLE_WORD, 9);
  if (words.length === 0) return q.end - q.start - 2 < NON_SPEECH_PREFIX ? 'setting' : null;
  if (words.length > 8) return null;
  const before = tokenize(text, Math.max(para.start, q.start - 40), q.start);
  const prev = before[before.length - 1];
  const prev2 = before[before.length - 2];
  // a work's name is written capitalised: after a noun that names works, lower-case words are what someone said of it
  // ("called the show “the best on the air”"), not its title
  if (prev && prev.word && NAMING_WORDS.has(prev.lower) && (NAMING_VERBS.test(prev.lower) || /^\P{Ll}/u.test(words[0]))) return 'named';
  // a nickname inside a name: Robert C. "Bobby" Scott
  // (a nickname carries no punctuation of its own: “unhinged.” after a name ends a sentence)
  if (!q.openEnd && words.length <= 2 && prev && prev.cap && !/[.,!?…]\s*$/.test(inner)) {
    const after = tokenize(text, q.end, Math.min(para.end, q.end + 30));
    if (after[0] && after[0].cap && /^\s/.test(text.slice(q.end, q.end + 1))) return 'setting';
  }
  if (prev && !prev.word && prev.text === ',' && prev2 && NAMING_WORDS.has(prev2.lower)) return 'named';
  // A short Title Case run after a possessive or "on"/"of": a show, a book, a programme ("CBS's “Face the Nation”").
  if (words.length <= 6) {
    const small = /^(?:a|an|the|of|and|in|on|at|to|for|with|by|or|vs\.?)$/i;
    const titleCase = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small.test(w)) && /^[\p{Lu}\p{N}]/u.test(words[0] ?? "");
    if (titleCase && prev && prev.word) {
      if (prev.lower === 'of') return 'named';
      if (/'s$|’s$/.test(prev.text) || /^(?:on|from|in|watch|watched|watching|read|reading|see|saw)$/i.test(prev.lower)) return 'setting';
    }
  }
  return null;
}

/** The naming words that are verbs or labels ("titled", "so-called", "slogan"): whatever follows them is a name. */
const NAMING_VERBS = /^(?:titled|entitled|dubbed|so-called|nicknamed|named|headlined|captioned|branded|billed|labell?ed|termed|known|slogan|hashtag)$/;

/** Words stand before the quote in its sentence ("The “sex tape” reference", not "“Yes,” …"), and no earlier quote does. */
function narrativeFragment(text: string, q: QuoteSpan, para: Span, lastQuoteEnd: number): boolean {
  const floor = Math.max(para.start, q.start - WINDOW);
  const from = sentenceStartBefore(text, floor, q.start, endsSentenceAfter);
  if (lastQuoteEnd >= from || (from === floor && floor > para.start)) return false;
  return /[\p{L}\p{N}]/u.test(text.slice(from, q.start));
}

/** At most SCARE_WORDS words and no sentence inside: "the “sex tape” reference", "promoting “quack” cures". */
const SCARE_WORDS = 3;
function isScareQuote(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.start + 1, q.openEnd ? q.end : q.end - 1);
  // The word count first: most quotes are long, and it stops at the fourth word instead of reading them whole.
  if (firstWords(inner, SCARE_WORD, SCARE_WORDS + 1).length > SCARE_WORDS) return false;
  return !(/[.!?…]["'”’]?\s*\S/.test(inner) || /[!?]/.test(inner));
}

const SCARE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;
const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The first `limit` matches of `word` (a global regex) in `s`, as `s.match(word)` would list them. */
function firstWords(s: string, word: RegExp, limit: number): string[] {
  const out: string[] = [];
  word.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = word.exec(s)) !== null) out.push(m[0]);
  return out;
}

/** Finds direct quotes and the speaker mention each hangs on. Never throws on ordinary strings. */
export function findQuotes(text: string, ctx: AttributionContext): RawQuote[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const paras = ctx.paragraphs.length ? ctx.paragraphs : splitParagraphs(text);
  const all = ctx.marks && ctx.paragraphs.length ? ctx.marks : pairQuoteMarks(text, paras);
  const spans = all.filter((q) => q.group >= 0 || !isNonSpeech(text, q, paras[q.paragraph]));
  const n = spans.length;
  const own: (Attribution | null)[] = new Array(n).fill(null);
  for (let k = 0; k < n; k++) own[k] = attribute(text, spans, k, paras);
  // A title or a nickname inside reported words is part of them ("Trump proclaimed a goal of “Peace Through Strength”").
  const titles: { q: QuoteSpan; a: Attribution }[] = [];
  if (spans.length < all.length) {
    for (let k = 0, j = 0; k < all.length; k++) {
      if (j < n && spans[j] === all[k]) {
        j++;
        continue;
      }
      if (isNonSpeech(text, all[k], paras[all[k].paragraph]) !== 'named') continue;
      const a = attribute(text, all, k, paras);
      if (a && a.speaker && a.speaker.end <= all[k].start && reportsSpeech(text, a)) titles.push({ q: all[k], a });
    }
  }

  // Pieces of one multi-paragraph quotation share the attribution of the first piece that has one.
  const groupBest = new Map<number, Attribution>();
  for (let k = 0; k < n; k++) {
    const g = spans[k].group;
    const a = own[k];
    if (g >= 0 && a && !groupBest.has(g)) groupBest.set(g, a);
  }

  const out: RawQuote[] = [];
  let last: { attribution: Attribution; paragraph: number; end: number } | null = null;
  let t = 0;
  const pushTitle = (q: QuoteSpan, a: Attribution) => {
    out.push({
      id: '',
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speaker: a.speaker ? mentionOf(text, a.speaker) : null,
      cue: a.cue ? textSpan(text, a.cue) : null,
      attribution: a.kind,
    });
  };
  for (let k = 0; k < n; k++) {
    const q = spans[k];
    for (; t < titles.length && titles[t].q.start < q.start; t++) pushTitle(titles[t].q, titles[t].a);
    let a = own[k];
    if (q.group >= 0) {
      // a transcript label starts a new speaker inside a long quotation; otherwise the group speaks as one
      if (a && a.kind === 'transcript') groupBest.set(q.group, a);
      else a = groupBest.get(q.group) ?? null;
    }
    if (!a) {
      // No attribution of its own: the previous sentence's ("…, Schiff said. “…”") or the previous quote's.
      const prevSentence = previousSentenceAttribution(text, spans, k, paras, last ? last.end : -1);
      if (prevSentence) a = prevSentence;
      else if (last && last.attribution.speaker && q.paragraph - last.paragraph <= CONTINUATION_PARAGRAPHS) {
        a = { speaker: last.attribution.near ?? last.attribution.speaker, cue: null, kind: 'continuation' };
      }
    }
    const attribution: Attribution = a ?? { speaker: null, cue: null, kind: 'none' };
    // A few words in quotes that nobody is said to say are scare quotes or names, not speech.
    // A short mid-sentence quote that only continues a quote of an earlier sentence is narrative ("The “sex tape” reference").
    if (q.group < 0 && isScareQuote(text, q) && (!a || (a.kind === 'continuation' && narrativeFragment(text, q, paras[q.paragraph], last ? last.end : -1)))) continue;
    if (attribution.speaker) last = { attribution, paragraph: q.paragraph, end: q.end };
    const speaker: Mention | null = attribution.speaker ? mentionOf(text, attribution.speaker) : null;
    const cue = attribution.cue ? textSpan(text, attribution.cue) : null;
    const qText = text.slice(q.start, q.end);
    // two literals rather than a spread of an optional key: each makes its objects in one shape
    if (q.group >= 0) out.push({ id: '', start: q.start, end: q.end, text: qText, speaker, cue, attribution: attribution.kind, multiParagraph: true });
    else out.push({ id: '', start: q.start, end: q.end, text: qText, speaker, cue, attribution: attribution.kind });
  }
  for (; t < titles.length; t++) pushTitle(titles[t].q, titles[t].a);
  // numbered in place: the objects are this call's own, and id is already their first key
  for (let i = 0; i < out.length; i++) (out[i] as { id: string }).id = `q${i + 1}`;
  return out;
}

/** An attribution through a real reporting verb (or "according to") with a speaker, not a guess or a naming verb. */
function reportsSpeech(text: string, a: Attribution): boolean {
  if (!a.speaker || !a.cue || a.weak || (a.kind !== 'cue' && a.kind !== 'colon')) return false;
  const w = text.slice(a.cue.start, a.cue.end).toLowerCase().replace(/’/g, "'");
  if (w === 'according to') return true;
  return CUE_VERBS.has(w) && !WEAK_CUES.has(w) && !NAMING_WORDS.has(w) && !/^call/.test(w);
}

/** The attribution found in the quote's own surroundings, or null when it has none (a continuation). */
function attribute(text: string, spans: readonly QuoteSpan[], k: number, paras: readonly Span[]): Attribution | null {
  const q = spans[k];
  const para = paras[q.paragraph];
  const prev = k > 0 && spans[k - 1].paragraph === q.paragraph ? spans[k - 1] : null;
  const next = k + 1 < spans.length && spans[k + 1].paragraph === q.paragraph ? spans[k + 1] : null;

  // Transcript label inside the quote: “PENCE: Well, …”
  const inner = transcriptLabel(text, q.start + 1, Math.min(q.end, q.start + 60));
  if (inner) return inner;

  const leftFloor = Math.max(para.start, prev ? prev.end : para.start, q.start - WINDOW);
  const leftStart = sentenceStartBefore(text, leftFloor, q.start, endsSentenceAfter);
  const rightCeil = Math.min(para.end, next ? next.start : para.end, q.end + WINDOW);
  const rightEnd = q.openEnd ? q.end : sentenceEndAfter(text, q.end, rightCeil, endsSentenceAfter);
  const right = tokenize(text, q.end, rightEnd, RIGHT_TOKENS);
  let leftToks: Token[] | null = null;
  const left = (): Token[] => (leftToks ??= tokenize(text, leftStart, q.start));
  const quoteEndsSentence = /[.!?…]["'“”’]*$/.test(text.slice(Math.max(q.start, q.end - 4), q.end));
  // The whole sentence before the quote, even when an earlier quote sits in it ("X said Y was “…” when he said “…”").
  let sentToks: Token[] | null = null;
  const sentence = (): Token[] => {
    if (sentToks) return sentToks;
    const prevEndsSentence = prev && /[.!?…]["'“”’]*$/.test(text.slice(Math.max(prev.start, prev.end - 4), prev.end));
    if (prev && !prevEndsSentence && leftStart === leftFloor && leftFloor === prev.end) {
      const floor = Math.max(para.start, q.start - WINDOW);
      const from = sentenceStartBefore(text, floor, prev.start, endsSentenceAfter);
      if (from > floor || floor === para.start) {
        const t = tokenize(text, from, q.start);
        if (t.length && t[0].word) return (sentToks = t);
      }
    }
    return (sentToks = left());
  };

  // Transcript label at the paragraph start: "WALLACE: …"
  if (leftStart === para.start) {
    const label = transcriptLabel(text, para.start, q.start);
    if (label) return label;
  }

  const innerEnd = text.slice(Math.max(q.start, q.end - 5), q.end);
  // The quote hands over to its right: "…,” said X", "…?” X asked", "…” — X"
  const linksRight = q.openEnd ? false : /[,?!]["'“”’\s]*$/.test(innerEnd) || right[0]?.text === ',' || isDash(right[0]);
  const rightIsShortSentence = right.length > 0 && right.length <= 10 && TERMINAL.test(text.charAt(rightEnd - 1));
  // a quote that ends its sentence hands over to a short sentence after it only when it opened that sentence too
  // ("“We won.” Smith said."); after "Roe called Smith “unhinged.”" the next sentence is someone else's
  // (also without the comma the quote lost: "“…” Roe said.")
  const r = linksRight || ((quoteEndsSentence || right[0]?.word) && rightIsShortSentence && !left().some((t) => t.word)) ? fromRight(right, left) : null;
  if (r) return reportedBy(r, right) ?? outermost(r, sentence());
  const l = fromLeft(left(), false, right);
  if (l) return (quoteEndsSentence ? null : reportedBy(l, right)) ?? outermost(l, sentence());
  // "A cashier who “steals …” is held accountable, Warren said.": the attribution closes the sentence
  // or follows a comma further on: "“…” to drive up the stock price, she said, referencing …"
  if (!linksRight && !q.openEnd && right.length < RIGHT_TOKENS) {
    for (let c = 0, tries = 0; c < right.length && tries < TAIL_COMMAS; c++) {
      if (right[c].text !== ',') continue;
      tries++;
      const tail = fromRight(right.slice(c, c + TAIL_TOKENS), left);
      if (tail) return tail;
    }
  }
  const subj = fromLeft(left(), true);
  if (subj) return outermost(subj, sentence());

  // A colon at the end of the previous paragraph introduces this one: "Caddell continued:"
  if (q.start === para.start && q.paragraph > 0 && (!prev || prev.paragraph !== q.paragraph)) {
    const pp = paras[q.paragraph - 1];
    if (pp && /:\s*$/.test(text.slice(Math.max(pp.start, pp.end - 3), pp.end))) {
      const lastQuoteEnd = k > 0 && spans[k - 1].paragraph === q.paragraph - 1 ? spans[k - 1].end : pp.start;
      const from = sentenceStartBefore(text, Math.max(pp.start, lastQuoteEnd, pp.end - WINDOW), pp.end, endsSentenceAfter);
      const toks = tokenize(text, from, pp.end);
      const c = fromLeft(toks);
      if (c) return c;
    }
  }
  // A signature line after the quotation's paragraph: "“…”" then "— Jane Roe, a voter." (pull quotes, quote lists)
  // The quotation stands alone in its paragraph: a last quote after narration is no signed line (a byline follows it).
  if (!next && !prev && !q.openEnd && q.paragraph + 1 < paras.length && !/[\p{L}\p{N}]/u.test(text.slice(para.start, q.start)) && /^[\s.,;:!?"'”’)]*$/.test(text.slice(q.end, para.end))) {
    const np = paras[q.paragraph + 1];
    const line = tokenize(text, np.start, Math.min(np.end, np.start + 120), SIGNATURE_TOKENS + 1);
    if (line.length <= SIGNATURE_TOKENS && isDash(line[0])) {
      const sp = speakerAfter(new ArrayTokens(line), 1);
      if (sp && sp.kind !== 'nominal' && sp.kind !== 'pronoun') return { speaker: sp, cue: line[0], kind: 'cue' };
    }
  }
  return null;
}

/** A signature line is short: the dash, a name and a few words about who it is. */
const SIGNATURE_TOKENS = 14;

/**
 * For a quote that opens its sentence without attribution: the speaker named in the sentence before it (same
 * paragraph, or the last sentence of the previous paragraph), when that sentence comes after the last quote.
 */
function previousSentenceAttribution(text: string, spans: readonly QuoteSpan[], k: number, paras: readonly Span[], lastQuoteEnd: number): Attribution | null {
  const q = spans[k];
  const para = paras[q.paragraph];
  const prev = k > 0 ? spans[k - 1] : null;
  const floorInPara = Math.max(para.start, prev && prev.paragraph === q.paragraph ? prev.end : para.start, q.start - WINDOW);
  const sentStart = sentenceStartBefore(text, floorInPara, q.start, endsSentenceAfter);
  if (tokenize(text, sentStart, q.start).some((t) => t.word)) return null;
  let from: number;
  let to: number;
  if (sentStart > floorInPara) {
    to = sentStart;
    from = sentenceStartBefore(text, floorInPara, Math.max(floorInPara, to - 1), endsSentenceAfter);
  } else if (q.start === para.start && q.paragraph > 0 && !(prev && prev.paragraph === q.paragraph)) {
    const pp = paras[q.paragraph - 1];
    const floor = Math.max(pp.start, prev && prev.paragraph === q.paragraph - 1 ? prev.end : pp.start, pp.end - WINDOW);
    to = pp.end;
    from = sentenceStartBefore(text, floor, Math.max(floor, to - 1), endsSentenceAfter);
  } else {
    return null;
  }
  // the sentence that holds the previous quote's own attribution belongs to that quote
  if (from <= lastQuoteEnd || to <= from) return null;
  const toks = tokenize(text, from, to);
  const found = fromLeft(toks, false);
  return found ? { speaker: found.speaker, cue: null, kind: 'continuation' } : null;
}

/** "NAME: …" with NAME in capitals (or a short capitalised name) right at `from`. */
function transcriptLabel(text: string, from: number, to: number): Attribution | null {
  const m = /^\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s/.exec(text.slice(from, Math.min(to + 1, from + 60)));
  if (!m || m[1].replace(/[^A-Z]/g, '').length < 2) return null;
  const s = from + m.index + m[0].indexOf(m[1]);
  const e = s + m[1].length;
  if (e >= to) return null;
  return { speaker: { start: s, end: e, kind: 'name', first: 0, last: 0 }, cue: { start: e, end: e + 1 }, kind: 'transcript' };
}

/** The clause of the attribution's cue ends with a comma before the quote, words after the cue ("…, when the story broke, “…”"). */
function closedBefore(a: Attribution, toks: readonly Token[]): boolean {
  const n = toks.length;
  if (!a.cue || toks[n - 1].text !== ',') return false;
  const c = toks.findIndex((t) => t.start >= a.cue!.end);
  return c >= 0 && c < n - 1;
}

/** Words that open an adverbial clause: its subject speaks for itself, not for the main clause's. */
const SUBORDINATORS = /^(?:when|after|although|though|while|whereas|before|until|once|as)$/;

/** Words that join a second clause: what follows is no longer the complement of the first verb. */
const CLAUSE_JOINERS = /^(?:and|but|or|while|whereas|yet|so)$/;

/**
 * Reported speech inside reported speech: news attributes a quote to the outermost reporting clause of its sentence
 * ("Trump said Clinton once described it as “…”" → Trump), and a pronoun inside the sentence stands for the sentence's
 * subject ("Clinton says she appreciated what she calls a “…”" → Clinton). `toks` is the sentence before the quote.
 */
function outermost(a: Attribution, toks: readonly Token[]): Attribution {
  const sp = a.speaker;
  if (!sp || a.kind === 'transcript' || toks.length < 3) return a;
  const quoteStart = toks[toks.length - 1].end;
  const onLeft = sp.end <= quoteStart;
  if (!onLeft && sp.kind !== 'pronoun') return a;
  // "According to Yahoo News, a spokesman said that “…”": the opening source frames the whole sentence
  if (toks[0].lower === 'according' && toks[1]?.lower === 'to') {
    const src = openingSource(toks);
    if (src && src.start !== sp.start && src.end <= sp.start) {
      return { speaker: src, cue: { start: toks[0].start, end: toks[1].end }, kind: 'cue' };
    }
  }
  const subj = sentenceSubject(new ArrayTokens(toks), 0, toks.length - 1);
  if (!subj || subj.np.start === sp.start || (onLeft && subj.np.end > sp.start)) return a;
  // the quote must lie in the subject's own clause: no second clause joined on between its verb and the quote
  // (quoted words in between do not count)
  let quoted = false;
  for (let k = subj.verb + 1; k < toks.length; k++) {
    const t = toks[k];
    if (!t.word && /^["“”]$/.test(t.text)) {
      quoted = t.text === '"' ? !quoted : t.text === '“';
      continue;
    }
    if (quoted) continue;
    if (!t.word && (/^[;:]$/.test(t.text) || isDash(t)) && k < toks.length - 1) return a;
    if (t.word && CLAUSE_JOINERS.test(t.lower) && (toks[k - 1]?.text === ',' || (/^["”]$/.test(toks[k - 1]?.text) && toks[k - 2]?.text === ','))) return a;
    // "The crowd booed when he told them “…”": the nearer speaker opens an adverbial clause of its own (one the quote
    // is in, not one closed by a comma before it: "X said, when the story broke, “…”")
    if (t.word && onLeft && SUBORDINATORS.test(t.lower) && k < sp.first && sp.first - k <= 2 && !closedBefore(a, toks)) return a;
  }
  const verb = toks[subj.verb];
  if (isCue(verb, true) && !usedAsNoun(toks, subj.verb)) return { speaker: subj.np, cue: verb, kind: a.kind === 'colon' ? 'colon' : 'cue', ...(onLeft ? {} : { near: sp }) };
  // ("Roe seemed irritated: “…,” she wrote": a clause that only introduces the quote with a colon, its verb no
  // reporting one, leaves the speaker to the attribution after the quote, the mention the quote hangs on)
  // a pronoun in a relative clause ("what he called", "in which she described") stands for the subject
  if (sp.kind === 'pronoun' && onLeft) {
    const p = toks.findIndex((t) => t.start === sp.start);
    if (p > 0 && /^(?:he|she|it|they)$/.test(toks[p].lower) && RELATIVES.has(toks[p - 1].lower)) return { ...a, speaker: subj.np };
  }
  return a;
}

/** Words a source phrase after "According to" may run on with before its comma ("White House pool reports"). */
const SOURCE_TAIL_TOKENS = 6;

/**
 * The source of an opening "According to X," up to its comma: the phrase read there may stop early at a lower-case
 * head after a name ("According to White House pool reports,", "According to the school's Facebook post,"), and the
 * source is the whole phrase. Null when no comma closes it soon or a verb-like word stands in it.
 */
function openingSource(toks: readonly Token[]): SpeakerNP | null {
  const src = speakerAfter(new ArrayTokens(toks), 2);
  if (!src) return null;
  let e = src.last + 1;
  while (e < toks.length && e <= src.last + SOURCE_TAIL_TOKENS && toks[e].word && !NP_BREAKERS.has(toks[e].lower)) e++;
  if (toks[e]?.text !== ',') return null;
  if (e === src.last + 1 && !(src.first > 2 && DETERMINERS.has(toks[2].lower))) return src;
  // the whole phrase, its determiner too: "the school's Facebook post", not "Facebook post"
  const first = DETERMINERS.has(toks[2].lower) ? 2 : src.first;
  return { start: toks[first].start, end: toks[e - 1].end, kind: toks[e - 1].cap && first === src.first ? src.kind : 'nominal', first, last: e - 1 };
}

/**
 * "“…,” Roe said, according to the Daily Planet.": the source the sentence cites frames the whole statement, as an
 * opening "According to X," does (see outermost), and the quotes that continue it. `toks` are the tokens after the
 * quote, through the end of its sentence.
 */
function reportedBy(a: Attribution, toks: readonly Token[]): Attribution | null {
  const sp = a.speaker;
  if (!sp || a.kind !== 'cue' || !a.cue) return null;
  const from = toks.findIndex((t) => t.start >= sp.end && t.start >= a.cue!.end);
  if (from < 0) return null;
  for (let k = from; k + 1 < toks.length; k++) {
    const t = toks[k];
    if (!t.word) {
      if (/^[;:!?]$/.test(t.text) || isDash(t) || /^["“”]$/.test(t.text)) return null;
      continue;
    }
    if (t.lower !== 'according' || toks[k + 1].lower !== 'to') continue;
    const src = speakerAfter(new ArrayTokens(toks), k + 2);
    return src ? { speaker: src, cue: { start: t.start, end: toks[k + 1].end }, kind: 'cue' } : null;
  }
  return null;
}

const RELATIVES = new Set(['what', 'which', 'whom', 'that', 'where']);

/** The speaker phrase before the cue at c; a relative "who" there is the speaker mention itself ("Roe, who said"). */
function subjectOfCue(toks: readonly Token[], c: number, floor = 0): SpeakerNP | null {
  const list = new ArrayTokens(toks);
  return relativeSpeaker(list, c, floor) ?? speakerBefore(list, c, floor);
}

/** Attribution after the quote: `, Blinken said`, `, said Blinken`, `― Jane Doe`, `, according to X`. */
function fromRight(toks: readonly Token[], leftOf: () => readonly Token[]): Attribution | null {
  if (toks.length === 0) return null;
  let i = 0;
  if (isDash(toks[0])) {
    // a signature follows a quote that opens its sentence; after one inside narration ("called him “X” – the man who
    // …") the dash opens an apposition or an aside
    if (leftOf().some((t) => t.word)) return null;
    const sp = speakerAfter(new ArrayTokens(toks), 1);
    if (sp && sp.kind !== 'nominal') return { speaker: sp, cue: toks[0], kind: 'cue' };
    return null;
  }
  if (toks[0].text === ',') i = 1;
  if (i >= toks.length) return null;
  const first = toks[i];
  if (!first.word) return null;
  if (first.lower === 'according' && toks[i + 1]?.lower === 'to') {
    const sp = speakerAfter(new ArrayTokens(toks), i + 2);
    if (sp) return { speaker: sp, cue: { start: first.start, end: toks[i + 1].end }, kind: 'cue' };
    return null;
  }
  if (isCue(first, true)) {
    if (PARTICIPLE_CUES.has(first.lower)) {
      // "…,” adding that …: the subject of the main clause speaks
      const left = leftOf();
      const subj = sentenceSubject(new ArrayTokens(left), 0, left.length - 1);
      return subj ? { speaker: subj.np, cue: first, kind: 'cue' } : null;
    }
    const sp = speakerAfter(new ArrayTokens(toks), i + 1);
    if (plausible(sp, toks)) return { speaker: sp, cue: first, kind: 'cue' };
    return null;
  }
  // "…,” exhorted Jane Roe." / "…,” riffed the senator.": a verb past tense the cue table lacks, inverted before a name
  // that closes the sentence (or opens an apposition) is a reporting verb all the same
  if (!first.cap && /[a-z]ed$/.test(first.lower) && !usedAsNoun(toks, i)) {
    const sp = speakerAfter(new ArrayTokens(toks), i + 1);
    const after = sp ? toks[sp.last + 1] : undefined;
    const closes = !after || (!after.word && /^[.,;!?]$/.test(after.text));
    if (sp && closes && (sp.head ?? sp.first) === i + 1 && (sp.kind !== 'nominal' ? sp.kind !== 'pronoun' : DETERMINERS.has(toks[i + 1].lower) && personHead(toks[sp.last].lower))) {
      return { speaker: sp, cue: first, kind: 'cue' };
    }
  }
  // "…,” an angry Roe retaliated.": the same verb after a named subject, when it closes the sentence
  {
    const sp = speakerAfter(new ArrayTokens(toks), i, Math.min(toks.length - 1, i + 8));
    const verb = sp ? toks[sp.last + 1] : undefined;
    const end = sp ? toks[sp.last + 2] : undefined;
    // ("…,” Roe shot back with a laugh.": a verb with "back" answers, whatever its form and whatever follows)
    const answers = !!end && end.word && end.lower === 'back';
    if (sp && verb && verb.word && !verb.cap && !NP_BREAKERS.has(verb.lower) && (answers || (/[a-z]ed$/.test(verb.lower) && end && !end.word && /^[.!?]$/.test(end.text)))
      && (sp.head ?? sp.first) >= i && sp.kind !== 'nominal') {
      return { speaker: sp, cue: verb, kind: 'cue' };
    }
  }
  // "Blinken told", "Scott Pruitt, the attorney general, said", "he added", "Mr. Morgan of the Sierra Club said"
  for (let c = i + 1; c < toks.length && c < i + 30; c++) {
    const t = toks[c];
    if (!t.word) {
      if (/^[;:!?]$/.test(t.text)) break;
      continue;
    }
    if (!isCue(t, c <= i + 4) || t.cap || usedAsNoun(toks, c)) continue;
    // the phrase right after the quote, when what follows it is an apposition or a prepositional phrase
    const head = speakerAfter(new ArrayTokens(toks), i, c - 1);
    if (head && (head.head ?? head.first) === i && head.last < c) {
      const after = toks[head.last + 1];
      const direct = head.last + 1 === c || (after.word && AUX_ADVERBS.has(after.lower) && toks.slice(head.last + 1, c).every((x) => x.word && (AUX_ADVERBS.has(x.lower) || TIME_WORDS.has(x.lower))));
      const trailing = !after.word ? /^[,(]$/.test(after.text) : /^(?:of|for|at|from|with|in|on)$/.test(after.lower);
      if ((direct || trailing) && (head.kind !== 'nominal' || DETERMINERS.has(toks[i].lower) || plausible(head, toks))) {
        return { speaker: head, cue: t, kind: 'cue' };
      }
    }
    const sp = subjectOfCue(toks, c, i);
    if (!plausible(sp, toks, t)) {
      if (WEAK_CUES.has(t.lower)) continue; // "state" in "state Del. Marcia Price" is not the cue
      break;
    }
    if (sp.first === i) return { speaker: sp, cue: t, kind: 'cue' };
    if (toks.slice(i, sp.first).every((x) => (x.word ? !NP_BREAKERS.has(x.lower) : !/^[;:!?]$/.test(x.text)))) return { speaker: sp, cue: t, kind: 'cue' };
    break;
  }
  return null;
}

/**
 * "As The Hill pointed out in May, “…”", "as the paper noted Thursday, “…”": a cue in an "as X VERB" frame is a
 * reporting verb even when weak or not next to the quote, and X speaks (with the determiner and modifiers the phrase
 * reader left out). The frame opens the sentence or follows a comma or a conjunction.
 */
function asFrame(toks: readonly Token[], c: number): SpeakerNP | null {
  if (!toks[c].word || toks[c].cap || !CUE_VERBS.has(toks[c].lower) || toks[c + 1]?.lower === 'to') return null;
  const sp = speakerBefore(new ArrayTokens(toks), c);
  if (!sp || sp.kind === 'pronoun') return null;
  let a = Math.min(sp.first, sp.head ?? sp.first) - 1;
  // over a determiner and a few modifiers the phrase left out: "as the nationalist Global Times tabloid noted"
  for (let k = 0; k < 3 && a > 0 && toks[a].word && toks[a].lower !== 'as' && (DETERMINERS.has(toks[a].lower) || !NP_BREAKERS.has(toks[a].lower)); k++) a--;
  if (a < 0 || toks[a].lower !== 'as') return null;
  const p = toks[a - 1];
  if (p && p.word && !/^(?:but|and|yet|so)$/.test(p.lower)) return null;
  // a name keeps its usual span without "the" ("as the New Gazette put it" → "New Gazette")
  if (a + 1 === sp.first || (a + 2 === sp.first && DETERMINERS.has(toks[a + 1].lower))) return sp;
  return { start: toks[a + 1].start, end: sp.end, kind: toks[sp.last].cap ? 'name' : 'nominal', first: a + 1, last: sp.last };
}

/** Attribution before the quote in its sentence: `Blinken said:`, `He said that Beijing has`, `According to X,`. */
const INTRO_CLAUSE = /^(?:after|before|while|when|since|upon|by|in|on|despite|without)$/;

function fromLeft(toks: readonly Token[], useSubject = true, right?: readonly Token[]): Attribution | null {
  const n = toks.length;
  if (n === 0) return null;
  const colon = !toks[n - 1].word && toks[n - 1].text === ':';
  for (let c = n - 1; c >= 0; c--) {
    const t = toks[c];
    if (!t.word) continue;
    if (t.lower === 'according' && toks[c + 1]?.lower === 'to') {
      const sp = speakerAfter(new ArrayTokens(toks), c + 2);
      if (sp) return { speaker: sp, cue: { start: t.start, end: toks[c + 1].end }, kind: 'cue' };
      continue;
    }
    const adjacent = c >= n - 2;
    // "as The New Yorker put it," : the weak verb is a cue in this fixed frame
    const asPutIt = (t.lower === 'put' || t.lower === 'puts') && toks[c + 1]?.lower === 'it';
    const framed = asFrame(toks, c);
    if (framed) return { speaker: framed, cue: t, kind: colon ? 'colon' : 'cue' };
    if (!isCue(t, adjacent || asPutIt || (colon && c >= n - 3)) || (t.cap && c > 0)) continue;
    if (usedAsNoun(toks, c)) {
      // "Trump's claim of “thousands of shootings”": the owner of the words speaks
      const owner = contentOwner(toks, c);
      if (owner) return { speaker: owner, cue: t, kind: colon ? 'colon' : 'cue' };
      continue;
    }
    // "continue to", "agreed to", "promise to": an infinitive follows, not speech
    if (toks[c + 1]?.lower === 'to' && !adjacent) continue;
    const kind: AttributionKind = colon ? 'colon' : 'cue';
    if (PARTICIPLE_CUES.has(t.lower)) {
      // "…, with Senator Roe calling it “…”": in a "with X doing" phrase X says it, not the sentence's subject
      if (c > 1 && toks[c - 1].word) {
        const near = speakerBefore(new ArrayTokens(toks), c);
        const first = near ? Math.min(near.head ?? near.first, near.first) : -1;
        let w = first - 1; // over a determiner and a few words of the phrase: "with many marchers and spectators"
        while (w > 0 && w >= first - 4 && toks[w].word && toks[w].lower !== 'with' && (DETERMINERS.has(toks[w].lower) || !NP_BREAKERS.has(toks[w].lower) || toks[w].lower === 'and')) w--;
        if (near && near.last === c - 1 && near.kind !== 'pronoun' && first > 0 && w >= 0 && toks[w].lower === 'with' && plausible(near, toks)) {
          return { speaker: near, cue: t, kind };
        }
      }
      const subj = sentenceSubject(new ArrayTokens(toks), 0, c - 1);
      if (subj) return { speaker: subj.np, cue: t, kind };
      // "After saying her foot was “swollen,” she was …": the subject follows the introductory clause
      if (right && (c === 0 || INTRO_CLAUSE.test(toks[0].lower))) {
        const comma = right.findIndex((x, k) => k < 4 && x.text === ',');
        const main = right.length ? sentenceSubject(new ArrayTokens(right), comma + 1, Math.min(right.length - 1, comma + 12), true) : null;
        if (main) return { speaker: main.np, cue: t, kind };
      }
      const sp = subjectOfCue(toks, c);
      if (plausible(sp, toks)) return { speaker: sp, cue: t, kind };
      continue;
    }
    const before = subjectOfCue(toks, c);
    if (plausible(before, toks, t)) return { speaker: before, cue: t, kind };
    if (c === 0 || (c === 1 && !toks[0].word)) {
      const after = speakerAfter(new ArrayTokens(toks), c + 1);
      if (plausible(after, toks)) return { speaker: after, cue: t, kind };
    }
  }
  if (colon) {
    // "And from Chairwoman X:" / "Sanders on Twitter:"
    const sp = speakerBefore(new ArrayTokens(toks), n - 1);
    if (sp && sp.kind !== 'nominal') return { speaker: sp, cue: toks[n - 1], kind: 'colon' };
  }
  if (!useSubject) return null;
  // No cue: a quote inside a sentence belongs to its subject ("Choe called the outreach a “…”").
  const subj = sentenceSubject(new ArrayTokens(toks), 0, n - 1);
  if (subj && (subj.np.kind !== 'pronoun' || PRONOUNS.has(toks[subj.np.first].lower))) {
    return { speaker: subj.np, cue: toks[subj.verb], kind: 'cue', weak: !isCue(toks[subj.verb], true) };
  }
  return null;
}
