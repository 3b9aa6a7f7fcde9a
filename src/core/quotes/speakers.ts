// Speaker noun phrases read from tokens around a cue: names, pronouns, "a spokesman", "the White House".
import { AUX_ADVERBS, CUE_VERBS, DETERMINERS, NP_BREAKERS, PERSON_TITLES, PRONOUNS, SPEAKER_NOUNS, TIME_WORDS, TITLE_MODIFIERS } from './lexicon';
import type { TokenList } from './tokens';
import { CHIEF_OFFICES } from '../entities/lexicon';
import type { MentionKind } from '../types';

export interface SpeakerNP {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** Index of the first and last token of the phrase in the token list it came from. */
  readonly first: number;
  readonly last: number;
  /** First token before titles were cut off ("Mr." in "Mr. Morgan"). */
  readonly head?: number;
}

const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'al', 'el', 'bin', 'ibn', 'ben', 'dos', 'das', 'st.', 'of']);
const PERSONISH = /(?:er|or|ist|ian|man|men|woman|women|ent|ant|ee|ive|ite|crat|crats|ers|ors|ists|ians|ents|ants|ees|ives|ites|ary|aries|ie|ies|one|body|team|staff|people|police|campaign|press|media)$/;
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

const isCapWord = (toks: TokenList, i: number): boolean => toks.word(i) && toks.cap(i);
const isPossessive = (toks: TokenList, i: number) => toks.word(i) && /'s$|s'$/.test(toks.lower(i));

/** True when a token's lower-case word is a plausible head of a lower-case speaker phrase ("spokesman", "officials"). */
export function personHead(lower: string): boolean {
  // "the 46-year-old": an age standing for the person
  return SPEAKER_NOUNS.has(lower) || PERSONISH.test(lower) || /^[\p{N}\p{L}]+-year-old$/u.test(lower);
}

/** Cuts person titles off the front of a capitalised run: "US Secretary of State Antony Blinken" → "Antony Blinken". */
function stripTitles(toks: TokenList, a: number, b: number): number {
  let cut = -1;
  for (let k = a; k < b; k++) if (PERSON_TITLES.has(toks.lower(k))) cut = k;
  if (cut < 0) return a;
  let k = cut + 1;
  // "the Varrin Mining Chief Executive said": the office's words after "Chief" complete the title and are no name; with
  // nothing after them the run is read whole, as when no name follows any other title.
  if (toks.lower(cut) === 'chief' && k <= b) {
    let m = k;
    while (m <= b && (CHIEF_OFFICES.has(toks.lower(m)) || toks.lower(m) === 'officer')) m++;
    if (m > b) return a;
    // ("Varrin Mining Chief Executive Jane Qollard": the name starts after them.)
    k = m;
  }
  // "Secretary of State X": skip the office words after the title, but keep at least one token.
  if (k <= b && toks.lower(k) === 'of') {
    let m = k;
    while (m < b && TITLE_MODIFIERS.has(toks.lower(m))) m++;
    k = m;
  }
  return k <= b ? k : a;
}

/** Extent of a capitalised run ending at token j, read backwards; returns its first index. */
function capRunBack(toks: TokenList, j: number, floor: number): number {
  let a = capRunBackRaw(toks, j, floor);
  // a sentence-initial "In", "On", "The" is not part of the name
  while (a < j && (NP_BREAKERS.has(toks.lower(a)) || DETERMINERS.has(toks.lower(a)) || INTRO_WORDS.has(toks.lower(a)))) a++;
  return a;
}

function capRunBackRaw(toks: TokenList, j: number, floor: number): number {
  let a = j;
  while (a - 1 >= floor) {
    const t = a - 1;
    if (isCapWord(toks, t) && !isPossessive(toks, t)) {
      a--;
      continue;
    }
    if (toks.word(t) && NAME_PARTICLES.has(toks.lower(t)) && a - 2 >= floor && isCapWord(toks, a - 2)) {
      a--;
      continue;
    }
    break;
  }
  return a;
}

/** Extent of a capitalised run starting at token i; returns its last index. */
function capRunForward(toks: TokenList, i: number, ceil: number): number {
  let b = i;
  while (b + 1 <= ceil) {
    const t = b + 1;
    if (isPossessive(toks, b)) break;
    if (isCapWord(toks, t)) {
      b++;
      continue;
    }
    if (toks.word(t) && (NAME_PARTICLES.has(toks.lower(t)) || NAME_SUFFIXES.has(toks.lower(t))) && (NAME_SUFFIXES.has(toks.lower(t)) || isCapWord(toks, b + 2))) {
      b++;
      continue;
    }
    if (!toks.word(t) && toks.text(t) === ',' && NAME_SUFFIXES.has(toks.lower(b + 2))) {
      b += 2;
      continue;
    }
    break;
  }
  return b;
}

function np(toks: TokenList, a: number, b: number, kind: MentionKind): SpeakerNP {
  return { start: toks.start(a), end: toks.end(b), kind, first: a, last: b };
}

function capNP(toks: TokenList, a: number, b: number): SpeakerNP {
  const s = stripTitles(toks, a, b);
  // written out, not a spread of np(): one object per phrase in one shape
  return { start: toks.start(s), end: toks.end(b), kind: s === b && s > a ? 'surname' : 'name', first: s, last: b, head: a };
}

/** Skips adverbs, auxiliaries and time phrases backwards from j; returns the new index. */
function skipBackFillers(toks: TokenList, j: number, floor: number): number {
  while (j >= floor) {
    const t = j;
    if (toks.word(t) && (AUX_ADVERBS.has(toks.lower(t)) || TIME_WORDS.has(toks.lower(t))) && !(toks.cap(t) && !TIME_WORDS.has(toks.lower(t)))) {
      j--;
      continue;
    }
    break;
  }
  return j;
}

/** The speaker phrase that ends right before token index c (the cue), reading backwards. */
export function speakerBefore(toks: TokenList, c: number, floor = 0, depth = 0): SpeakerNP | null {
  let j = skipBackFillers(toks, c - 1, floor);
  if (j < floor) return null;
  // a parenthesis after the name: "Rep. Gwen Moore (D-Wis.) said"
  if (!toks.word(j) && toks.text(j) === ')') {
    let k = j - 1;
    while (k >= floor && k > j - 12 && toks.text(k) !== '(') k--;
    if (k >= floor && toks.text(k) === '(') j = skipBackFillers(toks, k - 1, floor);
    if (j < floor) return null;
  }
  // an apposition: "Scott Pruitt, the Republican attorney general of Oklahoma, said" (chains of them too)
  if (!toks.word(j) && toks.text(j) === ',') {
    if (depth >= 3) return null;
    // a relative clause with commas of its own: "Jane Roe, whose firm, Acme, makes tools, said": its antecedent speaks
    const rel = relativeComma(toks, j, floor);
    if (rel >= 0) {
      const holder = speakerBefore(toks, rel, floor, depth + 1);
      if (holder) return holder;
    }
    let k = j - 1;
    while (k >= floor && k > j - 25 && toks.text(k) !== ',' && !/^[;:]$/.test(toks.text(k))) k--;
    if (k >= floor && toks.text(k) === ',' && k + 1 < j && toks.word(k + 1) && k - 1 >= floor) {
      const inner = speakerBefore(toks, k, floor, depth + 1);
      if (inner && inner.kind !== 'nominal') return inner;
      const outer = speakerBefore(toks, k + 1, floor, depth + 1);
      return outer ?? inner;
    }
    return null;
  }
  const t = j;
  if (!toks.word(t)) return null;
  if (PRONOUNS.has(toks.lower(t))) return np(toks, j, j, 'pronoun');
  const contracted = CONTRACTED_PRONOUN.exec(toks.lower(t));
  if (contracted) return { start: toks.start(t), end: toks.start(t) + contracted[1].length, kind: 'pronoun', first: j, last: j };
  if (toks.cap(t) && !NP_BREAKERS.has(toks.lower(t))) {
    const a = capRunBack(toks, j, floor);
    return extendGroup(toks, capNP(toks, a, j), a, floor);
  }
  if (NP_BREAKERS.has(toks.lower(t))) return null;
  // a lower-case phrase: "a spokesman", "White House officials", "Trump's campaign"
  let a = j;
  let steps = 0;
  while (a - 1 >= floor && steps < 5) {
    const p = a - 1;
    if (!toks.word(p)) break;
    if (DETERMINERS.has(toks.lower(p))) {
      a--;
      break;
    }
    if (toks.cap(p)) {
      a = capRunBack(toks, a - 1, floor);
      if (a - 1 >= floor && toks.word(a - 1) && DETERMINERS.has(toks.lower(a - 1))) a--;
      break;
    }
    if (NP_BREAKERS.has(toks.lower(p)) || PRONOUNS.has(toks.lower(p)) || AUX_ADVERBS.has(toks.lower(p))) break;
    a--;
    steps++;
  }
  return extendGroup(toks, np(toks, a, j, 'nominal'), a, floor);
}

/** Tokens looked back from a comma for the ", who"/", whose" that opens the clause it closes. */
const RELATIVE_REACH = 40;
const RELATIVES = new Set(['who', 'whose', 'which']);

/**
 * The comma before a relative pronoun ("X, whose firm, Acme, makes tools, said") that opens the clause the comma at j
 * closes, when that clause holds another comma (a clause without one is read as an apposition anyway); -1 when none.
 * Stops at a colon, semicolon, quotation mark or bracket: the clause would not hold them.
 */
function relativeComma(toks: TokenList, j: number, floor: number): number {
  let commas = 0;
  for (let k = j - 1; k - 1 >= floor && k > j - RELATIVE_REACH; k--) {
    const t = toks.text(k);
    if (!toks.word(k)) {
      if (t === ',') commas++;
      else if (t !== '-' && t !== '.') return -1;
      continue;
    }
    if (RELATIVES.has(toks.lower(k)) && toks.text(k - 1) === ',') return commas > 0 ? k - 1 : -1;
  }
  return -1;
}

/**
 * The relative pronoun right before the cue at token c, when it follows a person ("Jane Roe, who told the board “…”",
 * "Roe (D-Ore.), who wrote", "critics who say"): the subject of the cue, the mention a direct quote hangs on (linking
 * resolves it to the name before it, as it resolves "he"). Null otherwise.
 */
export function relativeSpeaker(toks: TokenList, c: number, floor = 0): SpeakerNP | null {
  const j = skipBackFillers(toks, c - 1, floor);
  if (j - 1 < floor || !toks.word(j) || toks.text(j) !== 'who') return null;
  const i = j - 1;
  const follows = toks.word(i) ? toks.cap(i) || personHead(toks.lower(i)) : toks.text(i) === ',' || toks.text(i) === ')';
  return follows ? np(toks, j, j, 'pronoun') : null;
}

/** "Blinken, Austin and their counterparts said": a list of speakers joined by "and" is one group mention. */
function extendGroup(toks: TokenList, base: SpeakerNP, a: number, floor: number): SpeakerNP {
  if (!(a - 2 >= floor && toks.word(a - 1) && (toks.lower(a - 1) === 'and' || toks.text(a - 1) === '&') && isCapWord(toks, a - 2))) return base;
  let g = capRunBack(toks, a - 2, floor);
  for (let round = 0; round < 6 && g - 2 >= floor && toks.text(g - 1) === ',' && isCapWord(toks, g - 2); round++) {
    g = capRunBack(toks, g - 2, floor);
  }
  return { start: toks.start(g), end: base.end, kind: 'group', first: g, last: base.last };
}

/** The speaker phrase that starts at token index i, reading forwards ("said Blinken", "according to a spokesman"). */
export function speakerAfter(toks: TokenList, i: number, ceil = toks.length - 1): SpeakerNP | null {
  // callers pass a window that may run past the text's last token (a cue ending the document)
  if (ceil > toks.length - 1) ceil = toks.length - 1;
  // time words between cue and speaker: "said Monday", "said on Thursday", "said last week"
  let k = i;
  while (k <= ceil && toks.word(k) && TIME_WORDS.has(toks.lower(k)) && k < i + 3) k++;
  if (k > ceil) return null;
  const t = k;
  if (!toks.word(t)) return null;
  if (PRONOUNS.has(toks.lower(t))) return np(toks, k, k, 'pronoun');
  const contracted = CONTRACTED_PRONOUN.exec(toks.lower(t));
  if (contracted) return { start: toks.start(t), end: toks.start(t) + contracted[1].length, kind: 'pronoun', first: k, last: k };
  if (toks.cap(t) && !DETERMINERS.has(toks.lower(t)) && !NP_BREAKERS.has(toks.lower(t))) {
    const b = capRunForward(toks, k, ceil);
    return capNP(toks, k, b);
  }
  if (NP_BREAKERS.has(toks.lower(t)) && !DETERMINERS.has(toks.lower(t))) return null;
  // determiner or bare lower-case words; a capitalised run inside wins ("campaign manager Kellyanne Conway")
  let b = k;
  while (b + 1 <= ceil && b < k + 6) {
    const n = b + 1;
    if (!toks.word(n)) break;
    if (toks.cap(n)) {
      const e = capRunForward(toks, b + 1, ceil);
      if (b === k && DETERMINERS.has(toks.lower(t)) && !PERSON_TITLES.has(toks.lower(n))) {
        // "a Democratic staffer": a person noun after the capitalised adjective is the head
        const h = e + 1;
        if (h <= ceil && toks.word(h) && !toks.cap(h) && !NP_BREAKERS.has(toks.lower(h)) && SPEAKER_NOUNS.has(toks.lower(h))) return np(toks, k, h, 'nominal');
        return np(toks, k, e, 'name');
      }
      return capNP(toks, b + 1, e);
    }
    if (NP_BREAKERS.has(toks.lower(n)) && !(DETERMINERS.has(toks.lower(n)) && b === k)) break;
    // a past-tense verb or a reporting verb ends the phrase: "several groups granted …"
    if (b > k && (/ed$/.test(toks.lower(n)) || CUE_VERBS.has(toks.lower(n))) && personHead(toks.lower(b))) break;
    // so does an adjective that only follows a noun: "a source close to the campaign", "a person familiar with it"
    if (b > k && POSTMODIFIERS.has(toks.lower(n)) && personHead(toks.lower(b))) break;
    if (isPossessive(toks, b) && b > k) {
      b++;
      continue;
    }
    b++;
  }
  if (b === k && DETERMINERS.has(toks.lower(t))) return null;
  return np(toks, k, b, 'nominal');
}

/** Adjectives that follow the noun they describe, with a complement: the phrase before them is the speaker. */
const POSTMODIFIERS = new Set(['close', 'familiar', 'knowledgeable', 'involved', 'briefed', 'aware', 'loyal', 'opposed', 'near', 'speaking']);

/** A pronoun with a contracted auxiliary: "It's denouncing", "She'd said", "They've argued". */
const CONTRACTED_PRONOUN = /^(he|she|it|they|we|i|you)'(?:s|d|ll|ve|re|m)$/;

/** Words that open an introductory phrase before the subject ("Earlier yesterday, …", "In an interview, …"). */
const INTRO_WORDS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'earlier', 'later', 'asked', 'speaking', 'when', 'while', 'since',
  'but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'for', 'with', 'last', 'this', 'then', 'now', 'as',
  'though', 'although', 'instead', 'also', 'still', 'indeed', 'moreover', 'further', 'furthermore', 'addressing',
  'writing', 'responding', 'appearing', 'referring', 'back', 'over', 'under', 'like', 'unlike', 'according', 'even',
  'by', 'from', 'if', 'until', 'once', 'today', 'yesterday', 'previously', 'recently', 'separately', 'similarly',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'despite', 'amid', 'among', 'given',
  'regarding', 'including', 'throughout', 'toward', 'towards', 'upon', 'within', 'across', 'against', 'around',
  'behind', 'beyond', 'following', 'besides', 'except', 'unlike', 'about', 'into', 'through', 'without', 'whereas',
]);

/** Conjunctions and adverbs that stand before a subject on their own ("And then Roe said", "But now she says"). */
const OPENING_ADVERBS = new Set(['and', 'but', 'so', 'yet', 'then', 'also', 'still', 'now', 'instead', 'meanwhile', 'however', 'indeed', 'moreover', 'furthermore', 'similarly', 'separately', 'previously', 'recently']);

/** Tokens an introductory phrase may run to its comma ("On the eve of his election to a fourth term as prime minister in March,"). */
const INTRO_PHRASE_TOKENS = 26;

/** The grammatical subject at the start of a sentence, skipping an introductory phrase; with the verb after it. */
export function sentenceSubject(toks: TokenList, from: number, to: number, allowAuxEnd = false, anyHead = false): { np: SpeakerNP; verb: number } | null {
  let i = from;
  for (let round = 0; round < 4 && i <= to; round++) {
    const t = i;
    if (!toks.word(t)) {
      i++;
      continue;
    }
    const lone = toks.text(i + 1) === ',' && (/^\d/.test(toks.lower(t)) || /ly$/.test(toks.lower(t)));
    // "Twenty-two years ago, …", "Two weeks later, …": a time phrase before the subject
    // (a bounded look: the token list may be a whole document)
    let ago = -1;
    for (let k = i + 1; k <= i + 5 && k <= to; k++) {
      if (toks.text(k) === ',') {
        ago = k;
        break;
      }
    }
    let allWords = ago > 0;
    for (let k = i; allWords && k < ago; k++) allWords = toks.word(k);
    // and "More recently, …", "Earlier this month, …": a few words ending in an adverb or a time word
    const last = ago > 0 ? toks.lower(ago - 1) : '';
    const timed = ago > 0 && ago - i <= 3 && !toks.cap(ago - 1) && (/..ly$/.test(last) || TIME_WORDS.has(last));
    if (ago > 0 && (/^(?:ago|later|earlier|before|after)$/.test(last) || timed) && allWords) {
      i = ago + 1;
      continue;
    }
    // "And then Trump went on the attack, saying …": a conjunction or an adverb without its comma opens no phrase
    if (OPENING_ADVERBS.has(toks.lower(t)) && t + 1 <= to && toks.word(t + 1) && (toks.cap(t + 1) || PRONOUNS.has(toks.lower(t + 1)) || DETERMINERS.has(toks.lower(t + 1)) || OPENING_ADVERBS.has(toks.lower(t + 1)))) {
      i++;
      continue;
    }
    if (INTRO_WORDS.has(toks.lower(t)) || lone || (/ing$/.test(toks.lower(t)) && toks.lower(t).length > 5)) {
      // skip to the comma that closes the phrase
      let k = i;
      while (k <= to && k < i + INTRO_PHRASE_TOKENS && toks.text(k) !== ',') k++;
      if (k <= to && toks.text(k) === ',') {
        i = k + 1;
        continue;
      }
      if (toks.lower(t) === 'but' || toks.lower(t) === 'and' || toks.lower(t) === 'so' || toks.lower(t) === 'yet') {
        i++;
        continue;
      }
      return null;
    }
    break;
  }
  if (i > to) return null;
  const subject = speakerAfter(toks, i, to);
  if (!subject || (subject.head ?? subject.first) !== i) return null;
  let v = subject.last + 1;
  // skip an apposition or parenthesis after the subject
  for (let round = 0; round < 2 && v <= to && (toks.text(v) === ',' || toks.text(v) === '('); round++) {
    const close = toks.text(v) === ',' ? ',' : ')';
    let k = v + 1;
    while (k <= to && k < v + 25 && toks.text(k) !== close) k++;
    if (k > to || toks.text(k) !== close) return null;
    v = k + 1;
  }
  const firstAfter = v;
  while (v <= to && toks.word(v) && (AUX_ADVERBS.has(toks.lower(v)) || TIME_WORDS.has(toks.lower(v)) || /.ly$/.test(toks.lower(v)))) v++;
  // "…,” she was “whisked off”: only an auxiliary stands before the next quote
  if (allowAuxEnd && v > to && firstAfter <= to && toks.word(firstAfter)) v = firstAfter;
  // "Jones went further, endorsing …": the skipped word before the comma was the verb itself
  if (v <= to && v > firstAfter && !toks.word(v) && !toks.cap(firstAfter)) v = firstAfter;
  if (v > to || !toks.word(v) || toks.cap(v)) return null;
  if (subject.kind === 'nominal' && !anyHead) {
    if (!personHead(toks.lower(subject.last))) return null;
  }
  return { np: subject, verb: v };
}
