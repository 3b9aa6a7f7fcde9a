// Pronouns (he/she …) and nominals ("the senator") resolved to a person mentioned before them.
import { LX_FEMALE_PRONOUN, LX_MALE_PRONOUN, ORG_HEADS, ROLE_NOUNS, TITLE_ALIASES, TITLE_MODIFIERS } from './lexicon';
import type { EntityRec, MentionRec } from './merge';
import { bare, type Gender } from './names';
import type { Token } from './tokens';

/** How many sentences back a pronoun may look for its antecedent. */
const PRONOUN_WINDOW = 6;
/** How many person mentions back, at most (keeps the scan linear). */
const MAX_CANDIDATES = 24;

export interface Resolved {
  readonly m: MentionRec;
  readonly e: EntityRec;
}

/** Role words a title carries, normalised ("Sen." → senator, "Secretary of State" → secretary). */
export function roleWords(title: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!title) return out;
  for (const w of title.toLowerCase().split(/[^a-z-]+/)) {
    if (!w) continue;
    out.add(w);
    const alias = TITLE_ALIASES.get(w);
    if (alias) out.add(alias);
  }
  return out;
}

/**
 * Walks the tokens once. Each pronoun outside quotation marks links to the best earlier person mention: compatible
 * gender, fewest person-bearing sentences back, the sentence's subject first. Each "the [modifiers] ROLE" links to the
 * latest person whose title names that role. Resolutions update the entity's gender.
 */
export function resolveCoreference(tokens: readonly Token[], persons: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  // Subject of a sentence: its first non-possessive person mention outside quotes.
  const subjectOf = new Map<number, MentionRec>();
  const usable: Resolved[] = [];
  for (const r of persons) {
    const t = tokens[r.m.token];
    if (!t || t.inQuote) continue;
    usable.push(r);
    if (!r.m.possessive && !subjectOf.has(t.sentence)) subjectOf.set(t.sentence, r.m);
  }
  let pi = 0; // persons before the current token: usable[0 .. pi)
  const window: Resolved[] = []; // last MAX_CANDIDATES person mentions, including resolved pronouns
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Only pronouns outside quotes do anything; the window catches up when one comes.
    if ((t.lex & (LX_MALE_PRONOUN | LX_FEMALE_PRONOUN)) === 0 || t.inQuote) continue;
    while (pi < usable.length && usable[pi].m.start < t.start) {
      window.push(usable[pi]);
      if (window.length > MAX_CANDIDATES) window.shift();
      pi++;
    }
    const low = t.lower;
    const g: Gender | null = (t.lex & LX_MALE_PRONOUN) !== 0 ? 'm' : (t.lex & LX_FEMALE_PRONOUN) !== 0 ? 'f' : null;
    if (g) {
      const best = bestAntecedent(tokens, window, t, g, subjectOf);
      if (best) {
        if (!best.gender) best.gender = g;
        const m: MentionRec = { start: t.start, end: t.end, kind: 'pronoun', token: i, possessive: low === 'his' || low === 'hers' };
        const r = { m, e: best };
        out.push(r);
        window.push(r);
        if (window.length > MAX_CANDIDATES) window.shift();
      }
      continue;
    }
  }
  return out;
}

/** "the president", "the Vermont senator": a role noun after "the", with at most one capitalised or modifier word between. */
const NOMINAL_AT = /\b[Tt]he (?:(?:[A-Z][\w.-]*|former|new|current|then|top|state|campaign) ){0,2}(president|senator|governor|mayor|congressman|congresswoman|secretary|chairman|chairwoman|minister|nominee|candidate|spokesman|spokeswoman|sheriff|judge|prosecutor|prime minister|vice president|speaker|chancellor|premier|ambassador|commissioner|director|chief)\b/y;
/** ASCII word character, as \b sees it. */
// Unicode-property patterns live in constants: the bundler turns an inline one into a new RegExp at every call.
/** A space and a capital: a name follows. */
const SPACE_CAPITAL = /^ \p{Lu}/u;
const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Nominal mentions: each "the ROLE" outside quotation marks links to the latest person (by name or pronoun) before it
 * whose title names the role, looking back over a bounded number of mentions.
 */
export function resolveNominals(text: string, tokens: readonly Token[], persons: readonly Resolved[], inQuote: (pos: number) => boolean): Resolved[] {
  const out: Resolved[] = [];
  if (persons.length === 0) return out;
  let k = 0;
  // Every match starts at a whole-word "the"/"The": find those with indexOf and try the sticky pattern there only,
  // instead of letting the pattern try every position of the text.
  let lastEnd = 0;
  for (let i = text.indexOf('he ', 1); i >= 0; i = text.indexOf('he ', i + 1)) {
    const start = i - 1;
    const t0 = text.charCodeAt(start);
    if ((t0 !== 84 && t0 !== 116) || start < lastEnd || (start > 0 && isAsciiWord(text.charCodeAt(start - 1)))) continue;
    NOMINAL_AT.lastIndex = start;
    const m = NOMINAL_AT.exec(text);
    if (m === null) continue;
    const end = start + m[0].length;
    lastEnd = end;
    // Not a title before a name ("the senator Bernie Sanders").
    if (SPACE_CAPITAL.test(text.slice(end, end + 2)) || inQuote(start)) continue;
    while (k < persons.length && persons[k].m.start < start) k++;
    const role = m[1].toLowerCase().split(' ').pop() ?? '';
    const alias = TITLE_ALIASES.get(role) ?? '';
    for (let i = k - 1, n = 0; i >= 0 && n < 60; i--, n++) {
      const e = persons[i].e;
      const words = roleWords(e.title);
      if (words.has(role) || (alias && words.has(alias))) {
        out.push({ m: { start, end, kind: 'nominal', token: -1, possessive: text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019 }, e });
        break;
      }
    }
  }
  void tokens;
  return out;
}

/** "the senator", "the Vermont senator", "the former secretary of state": the role noun and the last token. */
export function nominalAt(tokens: readonly Token[], i: number): { role: string; last: number } | null {
  let k = i + 1;
  for (let steps = 0; steps < 4 && k < tokens.length; steps++, k++) {
    const t = tokens[k];
    if (!t.joinPrev) return null;
    const low = bare(t.lower);
    if ((ROLE_NOUNS.has(low) || ORG_HEADS.has(low)) && !t.cap) {
      // Not followed by a name ("the senator Bernie Sanders" is a title) .
      const nx = tokens[k + 1];
      if (nx && nx.joinPrev && nx.cap && !nx.initial) return null;
      let last = k;
      // "the secretary of state": keep the complement.
      if (nx && nx.joinPrev && nx.lower === 'of' && tokens[k + 2]?.joinPrev && /^(state|defense)$/.test(tokens[k + 2].lower)) last = k + 2;
      return { role: low, last };
    }
    if (!(t.cap || TITLE_MODIFIERS.has(low) || /^(new|longtime|embattled|republican|democratic)$/.test(low))) return null;
  }
  return null;
}

function bestAntecedent(tokens: readonly Token[], window: readonly Resolved[], p: Token, g: Gender, subjectOf: Map<number, MentionRec>): EntityRec | null {
  let best: EntityRec | null = null;
  let bestScore = -Infinity;
  let rank = -1;
  let lastSentence = Number.NaN;
  for (let k = window.length - 1; k >= 0; k--) {
    const r = window[k];
    const t = tokens[r.m.token];
    if (!t) continue;
    if (p.sentence - t.sentence > PRONOUN_WINDOW) break;
    if (t.sentence !== lastSentence) { rank++; lastSentence = t.sentence; }
    if (r.e.gender && r.e.gender !== g) continue;
    // Reflexive and possessive pronouns in the same clause as the name do not block; nothing more to check.
    let score = -rank * 10;
    const subj = subjectOf.get(t.sentence);
    if (subj && (subj === r.m || (r.m.kind === 'pronoun' && subj.start > r.m.start))) score += 5;
    if (r.m.kind === 'pronoun' && !r.m.possessive && t.initial) score += 5;
    if (r.m.possessive) score -= 3;
    if (r.e.gender === g) score += 2;
    if (t.sentence === p.sentence && r.m.start < p.start) score += 1;
    if (score > bestScore) { bestScore = score; best = r.e; }
  }
  return best;
}
