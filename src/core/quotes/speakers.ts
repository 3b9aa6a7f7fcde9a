// Speaker noun phrases read from tokens around a cue: names, pronouns, "a spokesman", "the White House".
import { AUX_ADVERBS, CUE_VERBS, DETERMINERS, NP_BREAKERS, PERSON_TITLES, PRONOUNS, SPEAKER_NOUNS, TIME_WORDS, TITLE_MODIFIERS } from './lexicon';
import type { Token } from './tokens';
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

const isCapWord = (t: Token | undefined): boolean => !!t && t.word && t.cap;
const isPossessive = (t: Token) => t.word && /'s$|s'$/.test(t.lower);

/** True when a token is a plausible head of a lower-case speaker phrase ("spokesman", "officials"). */
export function personHead(t: Token): boolean {
  return SPEAKER_NOUNS.has(t.lower) || PERSONISH.test(t.lower);
}

/** Cuts person titles off the front of a capitalised run: "US Secretary of State Antony Blinken" → "Antony Blinken". */
function stripTitles(toks: readonly Token[], a: number, b: number): number {
  let cut = -1;
  for (let k = a; k < b; k++) if (PERSON_TITLES.has(toks[k].lower)) cut = k;
  if (cut < 0) return a;
  let k = cut + 1;
  // "Secretary of State X": skip the office words after the title, but keep at least one token.
  if (k <= b && toks[k].lower === 'of') {
    let m = k;
    while (m < b && TITLE_MODIFIERS.has(toks[m].lower)) m++;
    k = m;
  }
  return k <= b ? k : a;
}

/** Extent of a capitalised run ending at token j, read backwards; returns its first index. */
function capRunBack(toks: readonly Token[], j: number, floor: number): number {
  let a = capRunBackRaw(toks, j, floor);
  // a sentence-initial "In", "On", "The" is not part of the name
  while (a < j && (NP_BREAKERS.has(toks[a].lower) || DETERMINERS.has(toks[a].lower) || INTRO_WORDS.has(toks[a].lower))) a++;
  return a;
}

function capRunBackRaw(toks: readonly Token[], j: number, floor: number): number {
  let a = j;
  while (a - 1 >= floor) {
    const t = toks[a - 1];
    if (isCapWord(t) && !isPossessive(t)) {
      a--;
      continue;
    }
    if (t.word && NAME_PARTICLES.has(t.lower) && a - 2 >= floor && isCapWord(toks[a - 2])) {
      a--;
      continue;
    }
    break;
  }
  return a;
}

/** Extent of a capitalised run starting at token i; returns its last index. */
function capRunForward(toks: readonly Token[], i: number, ceil: number): number {
  let b = i;
  while (b + 1 <= ceil) {
    const t = toks[b + 1];
    if (isPossessive(toks[b])) break;
    if (isCapWord(t)) {
      b++;
      continue;
    }
    if (t.word && (NAME_PARTICLES.has(t.lower) || NAME_SUFFIXES.has(t.lower)) && (NAME_SUFFIXES.has(t.lower) || isCapWord(toks[b + 2]))) {
      b++;
      continue;
    }
    if (!t.word && t.text === ',' && toks[b + 2] && NAME_SUFFIXES.has(toks[b + 2].lower)) {
      b += 2;
      continue;
    }
    break;
  }
  return b;
}

function np(toks: readonly Token[], a: number, b: number, kind: MentionKind): SpeakerNP {
  return { start: toks[a].start, end: toks[b].end, kind, first: a, last: b };
}

function capNP(toks: readonly Token[], a: number, b: number): SpeakerNP {
  const s = stripTitles(toks, a, b);
  // written out, not a spread of np(): one object per phrase in one shape
  return { start: toks[s].start, end: toks[b].end, kind: s === b && s > a ? 'surname' : 'name', first: s, last: b, head: a };
}

/** Skips adverbs, auxiliaries and time phrases backwards from j; returns the new index. */
function skipBackFillers(toks: readonly Token[], j: number, floor: number): number {
  while (j >= floor) {
    const t = toks[j];
    if (t.word && (AUX_ADVERBS.has(t.lower) || TIME_WORDS.has(t.lower)) && !(t.cap && !TIME_WORDS.has(t.lower))) {
      j--;
      continue;
    }
    break;
  }
  return j;
}

/** The speaker phrase that ends right before token index c (the cue), reading backwards. */
export function speakerBefore(toks: readonly Token[], c: number, floor = 0, depth = 0): SpeakerNP | null {
  let j = skipBackFillers(toks, c - 1, floor);
  if (j < floor) return null;
  // a parenthesis after the name: "Rep. Gwen Moore (D-Wis.) said"
  if (!toks[j].word && toks[j].text === ')') {
    let k = j - 1;
    while (k >= floor && k > j - 12 && toks[k].text !== '(') k--;
    if (k >= floor && toks[k].text === '(') j = skipBackFillers(toks, k - 1, floor);
    if (j < floor) return null;
  }
  // an apposition: "Scott Pruitt, the Republican attorney general of Oklahoma, said" (chains of them too)
  if (!toks[j].word && toks[j].text === ',') {
    if (depth >= 3) return null;
    let k = j - 1;
    while (k >= floor && k > j - 25 && toks[k].text !== ',' && !/^[;:]$/.test(toks[k].text)) k--;
    if (k >= floor && toks[k].text === ',' && k + 1 < j && toks[k + 1].word && k - 1 >= floor) {
      const inner = speakerBefore(toks, k, floor, depth + 1);
      if (inner && inner.kind !== 'nominal') return inner;
      const outer = speakerBefore(toks, k + 1, floor, depth + 1);
      return outer ?? inner;
    }
    return null;
  }
  const t = toks[j];
  if (!t.word) return null;
  if (PRONOUNS.has(t.lower)) return np(toks, j, j, 'pronoun');
  const contracted = CONTRACTED_PRONOUN.exec(t.lower);
  if (contracted) return { start: t.start, end: t.start + contracted[1].length, kind: 'pronoun', first: j, last: j };
  if (t.cap && !NP_BREAKERS.has(t.lower)) {
    const a = capRunBack(toks, j, floor);
    return extendGroup(toks, capNP(toks, a, j), a, floor);
  }
  if (NP_BREAKERS.has(t.lower)) return null;
  // a lower-case phrase: "a spokesman", "White House officials", "Trump's campaign"
  let a = j;
  let steps = 0;
  while (a - 1 >= floor && steps < 5) {
    const p = toks[a - 1];
    if (!p.word) break;
    if (DETERMINERS.has(p.lower)) {
      a--;
      break;
    }
    if (p.cap) {
      a = capRunBack(toks, a - 1, floor);
      if (a - 1 >= floor && toks[a - 1].word && DETERMINERS.has(toks[a - 1].lower)) a--;
      break;
    }
    if (NP_BREAKERS.has(p.lower) || PRONOUNS.has(p.lower) || AUX_ADVERBS.has(p.lower)) break;
    a--;
    steps++;
  }
  return extendGroup(toks, np(toks, a, j, 'nominal'), a, floor);
}

/** "Blinken, Austin and their counterparts said": a list of speakers joined by "and" is one group mention. */
function extendGroup(toks: readonly Token[], base: SpeakerNP, a: number, floor: number): SpeakerNP {
  if (!(a - 2 >= floor && toks[a - 1].word && (toks[a - 1].lower === 'and' || toks[a - 1].text === '&') && isCapWord(toks[a - 2]))) return base;
  let g = capRunBack(toks, a - 2, floor);
  for (let round = 0; round < 6 && g - 2 >= floor && toks[g - 1].text === ',' && isCapWord(toks[g - 2]); round++) {
    g = capRunBack(toks, g - 2, floor);
  }
  return { start: toks[g].start, end: base.end, kind: 'group', first: g, last: base.last };
}

/** The speaker phrase that starts at token index i, reading forwards ("said Blinken", "according to a spokesman"). */
export function speakerAfter(toks: readonly Token[], i: number, ceil = toks.length - 1): SpeakerNP | null {
  // callers pass a window that may run past the text's last token (a cue ending the document)
  if (ceil > toks.length - 1) ceil = toks.length - 1;
  // time words between cue and speaker: "said Monday", "said on Thursday", "said last week"
  let k = i;
  while (k <= ceil && toks[k].word && TIME_WORDS.has(toks[k].lower) && k < i + 3) k++;
  if (k > ceil) return null;
  const t = toks[k];
  if (!t.word) return null;
  if (PRONOUNS.has(t.lower)) return np(toks, k, k, 'pronoun');
  const contracted = CONTRACTED_PRONOUN.exec(t.lower);
  if (contracted) return { start: t.start, end: t.start + contracted[1].length, kind: 'pronoun', first: k, last: k };
  if (t.cap && !DETERMINERS.has(t.lower) && !NP_BREAKERS.has(t.lower)) {
    const b = capRunForward(toks, k, ceil);
    return capNP(toks, k, b);
  }
  if (NP_BREAKERS.has(t.lower) && !DETERMINERS.has(t.lower)) return null;
  // determiner or bare lower-case words; a capitalised run inside wins ("campaign manager Kellyanne Conway")
  let b = k;
  while (b + 1 <= ceil && b < k + 6) {
    const n = toks[b + 1];
    if (!n.word) break;
    if (n.cap) {
      const e = capRunForward(toks, b + 1, ceil);
      if (b === k && DETERMINERS.has(t.lower) && !PERSON_TITLES.has(n.lower)) return np(toks, k, e, 'name');
      return capNP(toks, b + 1, e);
    }
    if (NP_BREAKERS.has(n.lower) && !(DETERMINERS.has(n.lower) && b === k)) break;
    // a past-tense verb or a reporting verb ends the phrase: "several groups granted …"
    if (b > k && (/ed$/.test(n.lower) || CUE_VERBS.has(n.lower)) && personHead(toks[b])) break;
    if (isPossessive(toks[b]) && b > k) {
      b++;
      continue;
    }
    b++;
  }
  if (b === k && DETERMINERS.has(t.lower)) return null;
  return np(toks, k, b, 'nominal');
}

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

/** The grammatical subject at the start of a sentence, skipping an introductory phrase; with the verb after it. */
export function sentenceSubject(toks: readonly Token[], from: number, to: number, allowAuxEnd = false): { np: SpeakerNP; verb: number } | null {
  let i = from;
  for (let round = 0; round < 4 && i <= to; round++) {
    const t = toks[i];
    if (!t.word) {
      i++;
      continue;
    }
    const lone = toks[i + 1]?.text === ',' && (/^\d/.test(t.lower) || /ly$/.test(t.lower));
    // "Twenty-two years ago, …", "Two weeks later, …": a time phrase before the subject
    // (a bounded look: the token list may be a whole document)
    let ago = -1;
    for (let k = i + 1; k <= i + 5 && k <= to; k++) {
      if (toks[k].text === ',') {
        ago = k;
        break;
      }
    }
    let allWords = ago > 0;
    for (let k = i; allWords && k < ago; k++) allWords = toks[k].word;
    if (ago > 0 && /^(?:ago|later|earlier|before|after)$/.test(toks[ago - 1].lower) && allWords) {
      i = ago + 1;
      continue;
    }
    if (INTRO_WORDS.has(t.lower) || lone || (/ing$/.test(t.lower) && t.lower.length > 5)) {
      // skip to the comma that closes the phrase
      let k = i;
      while (k <= to && k < i + 14 && toks[k].text !== ',') k++;
      if (k <= to && toks[k].text === ',') {
        i = k + 1;
        continue;
      }
      if (t.lower === 'but' || t.lower === 'and' || t.lower === 'so' || t.lower === 'yet') {
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
  for (let round = 0; round < 2 && v <= to && (toks[v].text === ',' || toks[v].text === '('); round++) {
    const close = toks[v].text === ',' ? ',' : ')';
    let k = v + 1;
    while (k <= to && k < v + 25 && toks[k].text !== close) k++;
    if (k > to || toks[k].text !== close) return null;
    v = k + 1;
  }
  const firstAfter = v;
  while (v <= to && toks[v].word && (AUX_ADVERBS.has(toks[v].lower) || TIME_WORDS.has(toks[v].lower) || /.ly$/.test(toks[v].lower))) v++;
  // "…,” she was “whisked off”: only an auxiliary stands before the next quote
  if (allowAuxEnd && v > to && firstAfter <= to && toks[firstAfter].word) v = firstAfter;
  if (v > to || !toks[v].word || toks[v].cap) return null;
  if (subject.kind === 'nominal') {
    const head = toks[subject.last];
    if (!personHead(head)) return null;
  }
  return { np: subject, verb: v };
}
