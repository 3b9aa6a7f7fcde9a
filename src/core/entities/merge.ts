// Alias merging: full names, surnames, first names, one-edit misspellings, acronyms, place aliases.
import type { EntityKind, KindEvidence, MentionKind } from '../types';
import { isCompanyName } from '../lexicon/companies';
import { DEMONYMS, LANGUAGE_NAMES, NAME_SUFFIXES, FIRM_FORMS, FIRM_FORMS_WRITTEN, HONORIFICS, INSTITUTIONS, LX_GIVEN, LX_OPENER, LX_PLACE, ORG_HEADS, PLACES, ROLE_NOUNS, STOPWORDS, TITLE_WORDS, VAGUE_SPEAKERS } from './lexicon';
import { bare, commonWordOpener, isGivenName, normPlace, notPlaceAfterIn, PARTICLE_WORDS, PLACE_ACRONYMS, speechVerbAfter, speechVerbBefore, type Candidate, type CandidateKind, type Gender } from './names';
import { ALIAS_HEADS, isRomanNumeral, PUBLICATION_NOUNS } from '../lexicon/nameCues';
import { placeTier, SLOT_POSTAL_CODES, STATE_ABBREVIATIONS, WORD_STATE_ABBREVIATIONS } from '../lexicon/places';
import { placeConjunct, singleWordCue, whitherCue, sourceCue, spokesCue, statementCue, voiceCue } from './cues';
import { isCommonWord } from '../lexicon/commonWords';
import { personMarked } from './evidence';
import { formalGiven } from './givenVariants';
import { prevWord, type Token } from './tokens';

export interface MentionRec {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** First token index of the mention (−1 for mentions not made of tokens). */
  readonly token: number;
  readonly possessive: boolean;
}

export interface EntityRec {
  /** The likeliest reading, used while merging and linking. */
  kind: EntityKind;
  /** The kind shown, decided from every mention's evidence once the pass is done (evidence.ts); null before. */
  shown: EntityKind | null;
  /** What decided `shown` (types.ts KindEvidence); merging sets it where its own rule typed a single word, null else. */
  evidence: KindEvidence | null;
  /** The context model's probability for `shown`, where its vote decided. */
  contextP: number | undefined;
  /** Decides `shown` for a record made after the pass (a quote speaker linked later), once its mentions are in. */
  typer: ((e: EntityRec) => EntityKind) | null;
  /** Full forms seen (made on the first one: most entities never get any). */
  forms: Set<string> | null;
  name: string;
  title?: string;
  gender?: Gender;
  /** Gender from an honorific or a gendered role: stronger than a pronoun's. */
  genderFixed?: boolean;
  readonly mentions: MentionRec[];
  readonly quoteIds: string[];
  /** Position of the latest mention seen so far while resolving in reading order. */
  lastSeen: number;
  /** Merging only: where a full name of this entity first occurs (Infinity if never), and its latest full-name mention (-1). */
  firstFull: number;
  lastFull: number;
}

export class Registry {
  /** Every entity, in creation order. */
  readonly all: EntityRec[] = [];
  /** Set when the pass is done: records made afterwards are typed by it on first listing. */
  typer: ((e: EntityRec) => EntityKind) | null = null;
  /** The same entities by kind, then key: lookups need no "kind|key" string. */
  private readonly byKind = new Map<EntityKind, Map<string, EntityRec>>();

  find(kind: EntityKind, key: string): EntityRec | undefined {
    return this.byKind.get(kind)?.get(key);
  }

  get(kind: EntityKind, key: string, name: string): EntityRec {
    let inKind = this.byKind.get(kind);
    if (!inKind) { inKind = new Map(); this.byKind.set(kind, inKind); }
    let e = inKind.get(key);
    if (!e) {
      // Every field set up front: one object shape for all entities keeps property reads monomorphic.
      e = {
        kind, shown: null, evidence: null, contextP: undefined, typer: this.typer, forms: null, name, title: undefined, gender: undefined, genderFixed: false, mentions: [], quoteIds: [],
        lastSeen: -1, firstFull: Infinity, lastFull: -1,
      };
      inKind.set(key, e);
      this.all.push(e);
    }
    return e;
  }

  /** Files an entity under a second key of its kind too, unless another entity has that key. */
  alias(kind: EntityKind, key: string, e: EntityRec): void {
    const inKind = this.byKind.get(kind);
    if (inKind && !inKind.has(key)) inKind.set(key, e);
  }

  addForm(e: EntityRec, form: string): void {
    if (!e.forms) e.forms = new Set();
    else if (e.forms.has(form)) return;
    e.forms.add(form);
    if (form === e.name) return;
    const words = (s: string) => s.split(' ').length;
    if (words(form) > words(e.name) || (words(form) === words(e.name) && form.length > e.name.length)) e.name = form;
  }

  setGender(e: EntityRec, g: Gender | undefined, fixed: boolean): void {
    if (!g) return;
    if (fixed) {
      if (!e.genderFixed) { e.gender = g; e.genderFixed = true; }
      return;
    }
    if (!e.gender) e.gender = g;
  }
}

/** Runs of white space (and tabs, line breaks, no-break spaces) as one space, ends trimmed. */
function clean(s: string): string {
  // Usually nothing to do: check by hand before running the regular expressions.
  let messy = false;
  for (let i = 0; i < s.length && !messy; i++) {
    const c = s.charCodeAt(i);
    messy = c === 9 || c === 10 || c === 13 || c === 0xa0 || (isSpace(c) && i + 1 < s.length && isSpace(s.charCodeAt(i + 1)));
  }
  if (messy) return s.replace(/\s+/g, ' ').trim();
  return s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1))) ? s.trim() : s;
}

/** A one-word nickname in quotation marks inside a name (see nicknameEnd in names.ts): the space before it, the marks, the word. */
const QUOTED_NICKNAME = / [“"‘']([\p{Lu}][\p{L}.'’-]*)[”"’'] /u;

/** Person key: first and last name, middle names and initials left out, a short given name as its full form ("Joe
 * Roe" and "Joseph P. Roe" share "joseph roe"). */

const ARTICLE_PARTICLES = new Set(['al', 'el']);
/** The country's name before a national body's: "U.S. Senate", "United States Supreme Court". */
const NATIONAL_PREFIX = /^(?:U\. ?S\.|US|USA|United States) ([A-Z].*)$/;
/** A middle initial ("Q.", "Q"). */
const INITIAL_RE = /^[A-Z]\.?$/;

/** Tokens (a, b] are initials only ("Jane A. B."), or there are none. */
function onlyInitialsAfter(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (!INITIAL_RE.test(tokens[k].text)) return false;
  return true;
}

function personKey(tokens: readonly Token[], a: number, b: number): { key: string; surname: string; first: string; surnameOnly: boolean } {
  let z = b;
  while (z > a && NAME_SUFFIXES.has(tokens[z].lower)) z--;
  // "Elizabeth II", "Charles III": a regnal number after a lone given name is part of the name, not a suffix to drop
  // (dropped, the name was one given name under two tokens, which no rule keeps, and the person was lost).
  if (z === a && b > a && isRomanNumeral(tokens[b].text.toUpperCase())) z = b;
  // "de Blasio", "van der Berg": particles belong to the surname.
  let s = z;
  // A capitalised given name opening the run is a first name, not a particle ("Ben Carson", "Van Jones"); not the
  // Arabic article, which opens far more organization names ("Al Qaeda") than it spells "Al".
  while (s > a && PARTICLE_WORDS.has(tokens[s - 1].lower) && !(s - 1 === a && tokens[a].cap && (tokens[a].lex & LX_GIVEN) !== 0 && !ARTICLE_PARTICLES.has(tokens[a].lower))) s--;
  const surname = s === z ? bare(tokens[z].lower) : tokens.slice(s, z + 1).map((t) => bare(t.lower)).join(' ');
  const first = bare(tokens[a].lower);
  const surnameOnly = s === a;
  return { key: surnameOnly ? surname : `${formalGiven(first)} ${surname}`, surname, first, surnameOnly };
}

const PLACE_ALIASES = new Map<string, string>([
  ['us', 'United States'], ['usa', 'United States'], ['united states', 'United States'], ['america', 'United States'],
  ['uk', 'United Kingdom'], ['britain', 'United Kingdom'], ['great britain', 'United Kingdom'], ['united kingdom', 'United Kingdom'],
  ['kyiv', 'Kyiv'], ['kiev', 'Kyiv'], ['burma', 'Myanmar'], ['myanmar', 'Myanmar'], ['holland', 'Netherlands'],
  ['netherlands', 'Netherlands'], ['washington dc', 'Washington'], ['washington d.c.', 'Washington'], ['washington, dc', 'Washington'], ['washington, d.c.', 'Washington'], ['dc', 'Washington'], ['d.c.', 'Washington'],
]);
// "Calif." is California's mention: one entity under the state's name.
// "NYC", "DPRK": a place's initials are filed under its spelled-out name.
for (const [abbr, place] of PLACE_ACRONYMS) PLACE_ALIASES.set(abbr, place);
for (const [abbr, state] of [...STATE_ABBREVIATIONS, ...WORD_STATE_ABBREVIATIONS, ...SLOT_POSTAL_CODES]) {
  PLACE_ALIASES.set(abbr, state);
  PLACE_ALIASES.set(`${abbr}.`, state);
}

/**
 * "Qollvex Corp.", "Qollvex Corporation", "Qollvex Inc": one firm whatever legal form the text gives it, so its key is
 * the name before the form (also the key of the bare name, "Qollvex"); undefined for a name with no legal form at its
 * end (or only "&" before one: "Dalgren & Co.").
 */
function legalStemKey(text: string, tokens: readonly Token[], c: Candidate): string | undefined {
  if (c.last === c.first) return undefined;
  const form = bare(tokens[c.last].lower);
  if (!FIRM_FORMS.has(form) && !FIRM_FORMS_WRITTEN.has(form)) return undefined;
  const prev = tokens[c.last - 1];
  if (!prev.cap && !prev.allCaps) return undefined;
  return normPlace(clean(text.slice(c.start, prev.end)).replace(/,$/, '').toLowerCase());
}

/** The names of two words or more before a firm's legal form ("milton qoll" → "Milton Qoll Corp."); null for none. */
function firmStemsOf(text: string, tokens: readonly Token[], cands: readonly Candidate[]): Map<string, string> | null {
  let stems: Map<string, string> | null = null;
  for (const c of cands) {
    if (c.kind !== 'organization' || c.last - c.first < 2 || !FIRM_FORMS.has(bare(tokens[c.last].lower))) continue;
    const stem = clean(text.slice(c.start, tokens[c.last - 1].end));
    const key = normPlace(stem.toLowerCase());
    if (!stems?.has(key)) (stems ??= new Map()).set(key, clean(text.slice(c.start, c.end)));
  }
  return stems;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de', 'la']);

/** White space as \s sees it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** First letters of the words that count ("National Rifle Association" → "nra"); '' for fewer than two. */
function acronym(name: string): string {
  let out = '';
  const n = name.length;
  for (let i = 0; i < n;) {
    if (isSpace(name.charCodeAt(i))) { i++; continue; }
    const s = i;
    while (i < n && !isSpace(name.charCodeAt(i))) i++;
    // Only short words can be skipped ("of", "the"): no slice for the others.
    if (i - s > 3 || !ACRONYM_SKIP.has(name.slice(s, i).toLowerCase())) out += name[s];
  }
  return out.length < 2 ? '' : out.toLowerCase();
}

/**
 * An acronym in brackets that leaves some of the name's words out: "Democratic Alliance for the Betterment and
 * Progress of Talvik (DAB)", "Qoll Broadcasting Service Corporation (QBC)". Three letters at least, the first the
 * name's, all in the order of the name's initials, at most two initials left out.
 */
function looseAcronym(acr: string, full: string): boolean {
  if (acr.length < 3 || full.length < acr.length || full.length - acr.length > 2 || acr[0] !== full[0]) return false;
  let k = 0;
  for (let i = 0; i < full.length && k < acr.length; i++) if (full[i] === acr[k]) k++;
  return k === acr.length;
}

/** First letters of every word ("Bank of Qoll" → "boq"). */
function initials(name: string): string {
  let out = '';
  for (const w of name.split(' ')) if (w) out += w[0];
  return out.toLowerCase();
}

/** Symmetric-delete index for one-edit matches: each key and each of its one-letter deletions point to the key. */
class FuzzyIndex {
  private readonly exact = new Map<string, string>();
  /** Built on the first lookup that can succeed: most documents never need it. */
  private deletes: Map<string, string | null> | null = null;
  /** First letter and length of every word: a lookup with no word of its first letter within one letter of its length finds nothing. */
  private readonly shapes = new Set<number>();

  add(word: string): void {
    if (word.length < 5 || this.exact.has(word)) return;
    this.exact.set(word, word);
    this.shapes.add(word.charCodeAt(0) * 4096 + Math.min(word.length, 4095));
    if (this.deletes) this.addDeletes(this.deletes, word);
  }

  /** Each one-letter deletion of the word points to it, or to null when two words share the deletion. */
  private addDeletes(deletes: Map<string, string | null>, word: string): void {
    for (let i = 0; i < word.length; i++) {
      const d = word.slice(0, i) + word.slice(i + 1);
      const prev = deletes.get(d);
      if (prev === undefined) deletes.set(d, word);
      else if (prev !== word) deletes.set(d, null); // ambiguous
    }
  }

  /** The single indexed word one edit (insertion, deletion, substitution) away from `w`, with the same first letter. */
  find(w: string): string | null {
    if (w.length < 5) return null;
    // Every answer shares w's first letter and is within one letter of its length.
    const shape = w.charCodeAt(0) * 4096 + Math.min(w.length, 4095);
    if (!this.shapes.has(shape) && !this.shapes.has(shape - 1) && !this.shapes.has(shape + 1)) return null;
    let deletes = this.deletes;
    if (!deletes) {
      deletes = new Map();
      for (const word of this.exact.keys()) this.addDeletes(deletes, word);
      this.deletes = deletes;
    }
    const hits = new Set<string>();
    const d0 = deletes.get(w); // w lacks a letter
    if (d0) hits.add(d0);
    else if (d0 === null) return null;
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      const e = this.exact.get(d); // w has an extra letter
      if (e) hits.add(e);
      const s = deletes.get(d); // substitution
      if (s) hits.add(s);
    }
    hits.delete(w);
    const list = [...hits].filter((h) => h[0] === w[0] && Math.abs(h.length - w.length) <= 1);
    return list.length === 1 ? list[0] : null;
  }
}

export interface MergeResult {
  readonly registry: Registry;
  /** Person mentions (name/surname/variant), in reading order, with their entity. */
  readonly personMentions: { m: MentionRec; e: EntityRec }[];
  readonly all: { m: MentionRec; e: EntityRec }[];
}

/** Turns candidates into entities with mentions, resolving single words against the full names of the document. */
export function mergeCandidates(
  text: string, tokens: readonly Token[], cands: Candidate[],
  seenLower: (lower: string) => boolean = () => false,
): MergeResult {
  const reg = new Registry();
  const surnames = new Map<string, NameList>();
  /** The gender a person's given name carries, for an honorific to choose among people who share a surname. */
  const givenGender = new Map<EntityRec, Gender | undefined>();
  const firstNames = new Map<string, NameList>();
  /** People written somewhere with a given name before their surname ("Frank Qoll"), whatever its gender. */
  const givenLed = new Set<EntityRec>();
  /** The (at most two) lists each person is filed in: its surname's and its first name's. */
  const listsOf = new Map<EntityRec, NameList[]>();
  const orgAliases = new Map<string, EntityRec>();
  const fuzzy = new FuzzyIndex();
  const fuzzyMemo = new Map<string, string | null>();
  const addTo = (map: Map<string, NameList>, k: string, e: EntityRec) => {
    let l = map.get(k);
    if (!l) { l = new NameList(); map.set(k, l); }
    // A person's key holds its first name and surname, so it is filed under each once.
    let mine = listsOf.get(e);
    if (!mine) { mine = []; listsOf.set(e, mine); }
    if (mine.includes(l)) return;
    mine.push(l);
    l.add(e);
  };

  // "the Khmer Rouge … Khmer Rouge fighters": a run named with an article once is an organization (or place) wherever
  // it has no person cue of its own (no title, no given name).
  // "the Khmer Rouge … Khmer Rouge fighters": a run named with an article once is an organization (or place) wherever
  // it has no person cue of its own (no title, no honorific gender).
  let byArticle: Map<string, CandidateKind> | null = null;
  for (const c of cands) if (c.byArticle) (byArticle ??= new Map()).set(clean(text.slice(c.start, c.end)), c.kind);
  if (byArticle) {
    for (const c of cands) {
      if (c.kind !== 'person' || c.last === c.first || c.titled || c.title || c.gender) continue;
      const k = byArticle.get(clean(text.slice(c.start, c.end)));
      if (k) c.kind = k;
    }
  }
  // "Milton Qoll Corp. … Milton Qoll": a firm's name of two words or more, less its legal form, is the firm's wherever
  // it stands alone, not a person's (unless a title or an honorific marks one).
  const firmStems = firmStemsOf(text, tokens, cands);
  if (firmStems) {
    for (const c of cands) {
      if (c.kind !== 'person' || c.last === c.first || c.titled || c.title || c.genderStrong) continue;
      if (firmStems.has(normPlace(clean(text.slice(c.start, c.end)).toLowerCase()))) c.kind = 'organization';
    }
  }
  // "Medecins Sans Frontieres (MSF)", "the United Arab Emirates (UAE)": an acronym defined in brackets right after a
  // name is that name's; a name that has one is no person's (people are not abbreviated so), unless titled.
  let defined: Map<number, string> | null = null;
  for (let ci = 0; ci + 1 < cands.length; ci++) {
    const c = cands[ci];
    const ac = cands[ci + 1];
    if (ac.first !== ac.last || !tokens[ac.first].allCaps || c.last === c.first || tokens[c.first].allCaps) continue;
    if (!/^\s*\($/.test(text.slice(c.end, ac.start)) || text.charCodeAt(ac.end) !== 41) continue; // "(" … ")"
    const acr = bare(tokens[ac.first].lower).replace(/\./g, '');
    const form = clean(text.slice(c.start, c.end));
    if (acr !== acronym(form) && acr !== initials(form) && !looseAcronym(acr, acronym(form))) continue;
    (defined ??= new Map()).set(ci, acr);
    if (c.kind === 'person' && !c.titled && !c.title && !c.genderStrong) c.kind = 'organization';
  }
  /** Entities of the names that define an acronym, by the acronym. */
  const definedAs = new Map<string, EntityRec>();
  // "Chandler Van Voorhis … Van Voorhis": a particle that can also be a given name ("Van Jones") opens the surname
  // when the text has named someone in full with that particle surname.
  // (Person keys of the names of two words or more, made once here for pass 1.)
  const personKeys: (ReturnType<typeof personKey> | undefined)[] = new Array(cands.length);
  const particleSurnames = new Set<string>();
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    if (c.kind !== 'person' || c.last === c.first) continue;
    const pk = (personKeys[ci] = personKey(tokens, c.first, c.last));
    if (c.last - c.first >= 2 && !pk.surnameOnly && pk.surname.includes(' ')) particleSurnames.add(pk.surname);
  }
  // "Jane Dorrin Vasquell … Dorrin Vasquell": a two-word name opened by no given name that ends a longer name opened
  // by one (a double surname, or a middle name kept with the surname) is that person, not someone named "Dorrin".
  let tails: Map<string, ReturnType<typeof personKey>> | null = null;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    const pk = personKeys[ci];
    if (!pk || pk.surnameOnly || c.last - c.first < 2 || (tokens[c.first].lex & LX_GIVEN) === 0) continue;
    const tail = `${bare(tokens[c.last - 1].lower)} ${bare(tokens[c.last].lower)}`;
    if (!(tails ??= new Map()).has(tail)) tails.set(tail, pk);
  }
  if (tails) {
    for (let ci = 0; ci < cands.length; ci++) {
      const c = cands[ci];
      if (c.kind !== 'person' || c.last !== c.first + 1 || (tokens[c.first].lex & LX_GIVEN) !== 0 || INITIAL_RE.test(tokens[c.first].text)) continue;
      const pk = tails.get(`${bare(tokens[c.first].lower)} ${bare(tokens[c.last].lower)}`);
      if (pk) personKeys[ci] = pk;
    }
  }
  // "Jane and Mark Roe", "Jane A. and Mark B. Roe": a given name (with initials) right before "and" and a full name opened
  // by a given name shares that name's surname: two people, not "Jane" alone or "Jane A.".
  // (Not a word another person of the text bears: "Jane and Mark Roe" after "Jane Qoll" is Jane Qoll and Mark Roe.)
  let sharedForms: Map<number, string> | null = null;
  let bornBy: Map<string, string> | null = null;
  for (let ci = 0; ci + 1 < cands.length; ci++) {
    const c = cands[ci];
    const d = cands[ci + 1];
    const pd = personKeys[ci + 1];
    if ((c.kind !== 'single' && c.kind !== 'person') || c.titled) continue;
    if ((tokens[c.first].lex & LX_GIVEN) === 0 || tokens[c.first].allCaps || !onlyInitialsAfter(tokens, c.first, c.last)) continue;
    if (d.kind !== 'person' || !pd || pd.surnameOnly || d.titled || (tokens[d.first].lex & LX_GIVEN) === 0 || text.slice(c.end, d.start) !== ' and ') continue;
    if (isCommonWord(pd.surname)) continue;
    let z = d.last;
    while (z > d.first && NAME_SUFFIXES.has(tokens[z].lower)) z--;
    const s = z - pd.surname.split(' ').length + 1;
    if (s <= d.first || !onlyInitialsAfter(tokens, d.first, s - 1)) continue;
    const first = bare(tokens[c.first].lower);
    // A word → the one surname it is a first name with; '' for a surname, or a first name with several.
    if (!bornBy) {
      bornBy = new Map();
      for (let ki = 0; ki < cands.length; ki++) {
        const k = personKeys[ki];
        if (!k || k.surnameOnly || onlyInitialsAfter(tokens, cands[ki].first, cands[ki].last)) continue;
        bornBy.set(k.surname, '');
        const was = bornBy.get(k.first);
        if (was === undefined) bornBy.set(k.first, k.surname);
        else if (was !== k.surname) bornBy.set(k.first, '');
      }
    }
    const bearer = bornBy.get(first);
    if (bearer !== undefined && bearer !== pd.surname) continue;
    personKeys[ci] = { key: `${formalGiven(first)} ${pd.surname}`, surname: pd.surname, first, surnameOnly: false };
    c.kind = 'person';
    (sharedForms ??= new Map()).set(ci, `${clean(text.slice(c.start, c.end))} ${text.slice(tokens[s].start, tokens[z].end).replace(/['’]s?$/, '')}`);
  }
  const particleSurname = (c: Candidate): string | undefined => {
    if (particleSurnames.size === 0 || c.last !== c.first + 1 || !PARTICLE_WORDS.has(tokens[c.first].lower)) return undefined;
    const joined = `${bare(tokens[c.first].lower)} ${bare(tokens[c.last].lower)}`;
    return particleSurnames.has(joined) ? joined : undefined;
  };
  // Pass 1: full names, organizations and places define the entities.
  const pass1: (EntityRec | undefined)[] = new Array(cands.length);
  // The cleaned text of a candidate, made only for the kinds that use it (most candidates are single words).
  const formOf = (c: Candidate) => clean(text.slice(c.start, c.end));
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    const pk = personKeys[ci] && particleSurname(c) === undefined ? personKeys[ci] : undefined;
    if (pk && !pk.surnameOnly) {
      const { key, surname, first } = pk;
      // Robert C. "Bobby" Roe: the name is shown without its quoted nickname, and "Bobby Roe" later is the same person.
      const whole = sharedForms?.get(ci) ?? formOf(c);
      const nick = QUOTED_NICKNAME.exec(whole);
      const form = nick ? whole.slice(0, nick.index) + whole.slice(nick.index + nick[0].length - 1) : whole;
      const e = reg.get('person', key, form);
      if (nick) reg.alias('person', `${formalGiven(nick[1].toLowerCase())} ${surname}`, e);
      pass1[ci] = e;
      reg.addForm(e, form);
      reg.setGender(e, c.gender, !!c.genderStrong);
      if (e.firstFull === Infinity) e.firstFull = c.start;
      if (c.title && !e.title) e.title = clean(c.title);
      addTo(surnames, surname, e);
      // "Bill de Blasio … de Blasio": a lower-case particle stays out of the later mention, which is the last word (a
      // capitalised one may be a given name: "… Ben Smith").
      const space = surname.lastIndexOf(' ');
      if (space > 0 && form.includes(` ${surname.slice(0, surname.indexOf(' '))} `)) addTo(surnames, surname.slice(space + 1), e);
      addTo(firstNames, first, e);
      if (!givenGender.has(e)) givenGender.set(e, isGivenName(first));
      if ((tokens[c.first].lex & LX_GIVEN) !== 0 && !tokens[c.first].allCaps) givenLed.add(e);
      fuzzy.add(surname);
    } else if (c.kind === 'organization' && !(c.first === c.last && tokens[c.first].allCaps && c.end === tokens[c.first].end)) {
      const own = formOf(c);
      const stem = firmStems?.get(normPlace(own.toLowerCase()));
      const form = stem ?? own;
      const key = legalStemKey(text, tokens, c) ?? normPlace(form.toLowerCase());
      // "the U.S. Senate … the Senate", "the US Supreme Court … the Supreme Court": the country's name before a national
      // body is said of it, and the body's own name alone is the same body (not a state's: "the Ohio Senate" is
      // another body than "the Senate").
      const national = NATIONAL_PREFIX.exec(form);
      const bodyKey = national ? normPlace(national[1].toLowerCase()) : undefined;
      const body = bodyKey !== undefined && reg.find('organization', key) === undefined ? reg.find('organization', bodyKey) : undefined;
      if (body) reg.alias('organization', key, body);
      const known = reg.find('organization', key) !== undefined;
      const e = reg.get('organization', key, form);
      pass1[ci] = e;
      reg.addForm(e, form);
      if (bodyKey !== undefined) {
        reg.alias('organization', bodyKey, e);
        if (!orgAliases.has(bodyKey)) orgAliases.set(bodyKey, e);
      }
      if (!known) {
        const ac = acronym(form);
        if (ac.length >= 2 && !orgAliases.has(ac)) orgAliases.set(ac, e);
        orgAliases.set(key, e);
        // "Church of Scientology … Scientology": the one-word complement of a head names the organization too
        // (not a place: "Bank of America … America"; not a given name).
        const of = / (?:of|for) ([\p{Lu}][\p{L}'’-]+)$/u.exec(form);
        if (of && c.last - c.first === 2) {
          const w = of[1].toLowerCase();
          if (!PLACES.has(w) && !isGivenName(w) && !orgAliases.has(w) && !DEMONYMS.has(w)) orgAliases.set(w, e);
        }
        // "Qollvex Coal … Qollvex", "Dalmont Airlines … Dalmont", "Tarvessa Rovers … Tarvessa": a firm's, outlet's,
        // school's or club's name word before its
        // head, used alone later, is the organization (not a place, not even a town; not a given name, a nationality
        // or party word, a word the text writes in lower case; a person's surname is looked up first).
        if (c.last - c.first === 1 && ALIAS_HEADS.has(bare(tokens[c.last].lower))) {
          const t = tokens[c.first];
          const w = bare(t.lower);
          if (w.length >= 3 && t.cap && !t.allCaps && placeTier(w) === undefined && !isGivenName(w) && !DEMONYMS.has(w) && !STOPWORDS.has(w) &&
            !seenLower(w) && !ORG_HEADS.has(w) && !orgAliases.has(w)) orgAliases.set(w, e);
        }
      }
    }
  }
  // Towns of the gazetteer whose name is a given name too, that the text puts after a place's preposition somewhere
  // ("talks in Dorvale"): another mention followed by a verb ("Dorvale will host …") is the town acting, not a person. (Only an untitled single word: "Mayor Dorvale" stays a person.)
  let townsIn: Set<string> | null = null;
  for (const c of cands) {
    if (c.last !== c.first || c.kind !== 'single') continue;
    const t = tokens[c.first];
    const prev = t.headline || t.possessive ? null : prevWord(text, t.start);
    if (!prev || !PLACE_PREPOSITIONS.has(prev.lower)) continue;
    // (Not "a stake in Dorvale", "an article in Dorvale": a firm, a publication.)
    const p2 = prevWord(text, prev.start);
    if (p2 && (PUBLICATION_NOUNS.has(p2.lower) || HOLDING_WORDS.has(p2.lower))) continue;
    const low = bare(t.lower);
    if (placeTier(low) === 'town' && isGivenName(low)) (townsIn ??= new Set()).add(low);
  }
  // Single names that are people by themselves: titled ("Mr. Obama"), transcript labels, or followed by a speech verb.
  const singlePeople = new Map<string, { gender?: Gender; title?: string; fixed: boolean }>();
  for (const c of cands) {
    if (c.last !== c.first) continue;
    const t = tokens[c.first];
    const low = bare(t.lower);
    if (c.kind === 'single' && townsIn?.has(low)) continue;
    if (c.kind === 'person' || (c.kind === 'single' && ((speechVerbAfter(text, tokens, c.first) && !complementOfPlace(text, t)) || speechVerbBefore(text, tokens, c.first) || (t.allCaps && t.initial && /^\s*:/.test(text.slice(t.end, t.end + 3)))))) {
      if (STOPWORDS.has(low) || DEMONYMS.has(low) || VAGUE_SPEAKERS.has(low) || INSTITUTIONS.has(low)) continue;
      // A sentence opener that is a common word ("Critics said", "Authorities say") is not a name.
      const given = isGivenName(low);
      // (The cheap exclusions first: the lower-case search scans the text.)
      if (c.kind === 'single' && t.headline && !speechVerbBefore(text, tokens, c.first)) continue;
      if (c.kind === 'single' && PLACES.has(normPlace(low)) && !surnames.has(low)) continue;
      if (orgAliases.has(low)) continue;
      if (c.kind === 'single' && !given && ((t.initial && /(ies|ers|ists|ians|ants|ents|ors)$/.test(low)) || seenLower(low))) continue;
      // "Lawmaker urges", "Democracy is": a role noun, or an abstract noun opening a sentence, is not a name.
      if (c.kind === 'single' && !given && (((ROLE_NOUNS.has(low) || TITLE_WORDS.has(low)) && !HONORIFICS.has(low)) || (t.initial && (t.lex & LX_OPENER) !== 0) || (t.initial && low.length >= 7 &&
        /(?:acy|ism|ity|ness|ment|tion|sion|ance|ence|ship|hood|care)$/.test(low)))) continue;
      const prev = singlePeople.get(low);
      singlePeople.set(low, { gender: prev?.gender ?? c.gender ?? given, title: prev?.title ?? c.title, fixed: (prev?.fixed ?? false) || !!c.genderStrong });
    }
  }
  for (const [low] of singlePeople) if (!surnames.has(low) && !firstNames.has(low)) fuzzy.add(low);

  // Pass 2: every candidate in reading order becomes a mention.
  const all: { m: MentionRec; e: EntityRec }[] = [];
  /** A person's gender as an honorific may trust it: the given name's, or one an honorific or role fixed. */
  const sureGender = (e: EntityRec): Gender | undefined => givenGender.get(e) ?? (e.genderFixed ? e.gender : undefined);
  const pick = (list: NameList, pos: number, c?: Candidate): EntityRec => list.pick(pos, c?.genderStrong ? c.gender : undefined, sureGender);
  const lastOrgByHead = new Map<string, EntityRec>();
  const push = (e: EntityRec, c: Candidate, kind: MentionKind) => {
    const t = tokens[c.last];
    if (e.kind === 'organization' && c.last > c.first) lastOrgByHead.set(bare(t.lower), e);
    const m: MentionRec = { start: c.start, end: c.end, kind, token: c.first, possessive: t.possessive };
    e.mentions.push(m);
    e.lastSeen = c.start;
    if (kind === 'name') e.lastFull = c.start;
    const lists = listsOf.get(e);
    if (lists) for (const l of lists) l.seen(e, kind === 'name');
    all.push({ m, e });
  };

  const pushPlace = (c: Candidate) => {
    const form = formOf(c);
    const low = normPlace(form.toLowerCase());
    const canon = PLACE_ALIASES.get(low) ?? (hasLowerCase(form) ? form : titleCase(form));
    const e = reg.get('place', canon.toLowerCase(), canon);
    e.name = canon;
    push(e, c, canon === form ? 'name' : 'variant');
  };
  /** Single words with no reading yet: lower-case form → candidate indices. */
  let unknown: Map<string, number[]> | null = null;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    const known = pass1[ci];
    const acr = defined?.get(ci);
    if (acr !== undefined && (known || c.kind === 'place')) {
      // Filed below like any name; the acronym that follows finds its entity here.
      const before = all.length;
      if (known) push(known, c, 'name');
      else pushPlace(c);
      if (all.length > before) definedAs.set(acr, all[all.length - 1].e);
      continue;
    }
    if (known) {
      push(known, c, 'name');
      continue;
    }
    if (c.first === c.last && tokens[c.first].allCaps) {
      const e = definedAs.get(bare(tokens[c.first].lower).replace(/\./g, ''));
      if (e) { push(e, c, 'variant'); continue; }
    }
    if (c.kind === 'place' && c.first === c.last && (surnames.has(bare(tokens[c.first].lower)) || singlePeople.has(bare(tokens[c.first].lower)))) {
      // "Austin" after "Lloyd Austin": the person, not the city; but "Romania" after "Radio Romania" stays a place
      // unless the full name has a person's marks (a given name's gender, a title).
      const list = surnames.get(bare(tokens[c.first].lower));
      const e = list ? pick(list, c.start) : reg.get('person', bare(tokens[c.first].lower), tokens[c.first].text);
      // (A given name of no sure gender counts too, outside a place's frame: "Kerry Qoll … Qoll grew up" is the
      // person, "sailed to Qoll" the town.)
      if (!list || e.gender || e.title || (givenLed.has(e) && !afterPlacePreposition(text, tokens[c.first]))) {
        push(e, c, list ? 'surname' : 'name');
        continue;
      }
    }
    if (c.kind === 'place') {
      pushPlace(c);
      continue;
    }
    // Single words (and titled single names, and particle surnames like "De Blasio").
    const t = tokens[c.first];
    const low = c.last > c.first ? (particleSurname(c) ?? personKey(tokens, c.first, c.last).surname) : bare(t.lower);
    const sur = surnames.get(low);
    if (sur) { const e = pick(sur, c.start, c); mergeSingle(reg, e, c); push(e, c, 'surname'); continue; }
    const fn = firstNames.get(low);
    if (fn && !t.allCaps) { const e = pick(fn, c.start); mergeSingle(reg, e, c); push(e, c, 'variant'); continue; }
    // "the Post", "the Committee": the latest organization with that head word.
    if (ORG_HEADS.has(low) && !t.allCaps) {
      const o = lastOrgByHead.get(low);
      if (o) { push(o, c, 'variant'); continue; }
    }
    const org = orgAliases.get(low);
    if (org && c.kind !== 'person') { push(org, c, low === normPlace(org.name.toLowerCase()) ? 'name' : 'variant'); continue; }
    const sp = singlePeople.get(low);
    if (sp) {
      const name = t.allCaps ? titleCase(t.text) : t.text;
      const e = reg.get('person', low, name);
      if (!t.allCaps) e.name = name;
      reg.setGender(e, sp.gender, sp.fixed);
      if (sp.title && !e.title) e.title = clean(sp.title);
      push(e, c, t.allCaps ? 'variant' : 'name');
      continue;
    }
    const pl = normPlace(low);
    if (c.last === c.first ? (t.lex & LX_PLACE) !== 0 && !commonWordOpener(text, t) : PLACES.has(pl)) {
      const canon = PLACE_ALIASES.get(pl) ?? (t.allCaps ? titleCase(t.text) : t.text);
      const e = reg.get('place', canon.toLowerCase(), canon);
      push(e, c, canon === t.text ? 'name' : 'variant');
      continue;
    }
    if (INSTITUTIONS.has(low)) { push(reg.get('organization', low, t.text), c, 'name'); continue; }
    if (t.cap && !t.allCaps && low.length >= 5 && !STOPWORDS.has(low) && !DEMONYMS.has(low)) {
      let f = fuzzyMemo.get(low);
      if (f === undefined) { f = fuzzy.find(low); fuzzyMemo.set(low, f); }
      // Not a family ("the Qollards" after "Jane Qollard"), and not a five-letter word: one edit away from a short
      // name lies another name as often as a misspelling ("Osama" is no "Obama").
      if (f && (low.length < 6 || low === `${f}s`)) f = null;
      if (f) {
        const list = surnames.get(f);
        const e = list ? pick(list, c.start) : singlePeople.has(f) ? reg.find('person', f) : undefined;
        if (e) { push(e, c, 'variant'); continue; }
      }
    }
    // "in Tulsa", "at Fort Bragg": a place by its preposition.
    const prev = c.kind === 'single' && !t.initial && !t.headline ? prevWord(text, t.start) : null;
    // A language's name alone ("taught in Arabic") names no place, body or person.
    if (c.kind === 'single' && LANGUAGE_NAMES.has(low)) continue;
    // (Not a common word before a number, a document's part, "in Article 5", "in Section 3", nor a title's "in Chief"
    // after its first word, "Commander in Chief".)
    if (prev && PLACE_PREPOSITIONS.has(prev.lower) && !DEMONYMS.has(low) && !STOPWORDS.has(low) && !(isCommonWord(low) && /^ \d/.test(text.slice(t.end, t.end + 2))) &&
      !(prev.lower === 'in' && low === 'chief') && !(prev.lower === 'in' && t.possessive) && !notPlaceAfterIn(text, prev, low) &&
      // (Nor a common word after a shouted preposition: "IN BRIEF", "IN FOCUS" head a section.)
      !(t.allCaps && isCommonWord(low) && !/[a-z]/.test(text.slice(prev.start, prev.end)))) {
      // "an article in Politico", "an interview in Qollvex": a publication, not a place.
      const p2 = prev.lower === 'in' ? prevWord(text, prev.start) : null;
      if (p2 && (PUBLICATION_NOUNS.has(p2.lower) || HOLDING_WORDS.has(p2.lower))) push(because(reg.get('organization', low, t.text), 'cue'), c, 'name');
      else push(because(reg.get('place', low, t.text), 'preposition'), c, 'name');
      continue;
    }
    if (t.suffix === 'based' && !STOPWORDS.has(low)) { push(because(reg.get('place', low, t.text), 'preposition'), c, 'name'); continue; }
    // An acronym that abbreviates nothing named here is an organization of its own.
    if (c.kind === 'organization') { push(because(reg.get('organization', normPlace(low), t.text), 'acronym'), c, 'name'); continue; }
    // A single word with no evidence of its own: kept aside, in case its surroundings here or elsewhere say what it is.
    if (c.kind === 'single' && !t.allCaps && !t.headline && low.length >= 3 && !STOPWORDS.has(low) && !DEMONYMS.has(low) && !seenLower(low)) {
      unknown ??= new Map();
      const list = unknown.get(low);
      if (list) list.push(ci);
      else unknown.set(low, [ci]);
    }
  }
  // Single words nothing else typed: their mentions vote with what only organizations or places have around them
  // ("Kelmora's shares", "southern Talvik"); a word with such a vote is that kind at every mention.
  if (unknown) {
    let late = false;
    for (const [low, list] of unknown) {
      let org = 0;
      let place = 0;
      let person = false;
      let source = 0;
      for (const ci of list) {
        // An age, "who" or kin beside any mention says person: no cue makes it anything else.
        if (personMarked(text, cands[ci].start, cands[ci].end)) { person = true; break; }
        const cue = singleWordCue(text, cands[ci].start, cands[ci].end);
        if (cue === 'organization') org++;
        else if (cue === 'place') place++;
        // ("Tampa and Qollby": a known place's fellow in a pair; "fled to Qollby": where one goes.)
        else if (placeConjunct(text, cands[ci].start, cands[ci].end) || whitherCue(text, cands[ci].start)) place++;
        // (Not a sentence's first word: "Figures reported", a reporter's "Roe reported from …" line, "Family members";
        // nor a compound: "African-American leaders".)
        else if ((!tokens[cands[ci].first].initial && (sourceCue(text, cands[ci].start, cands[ci].end) || (!low.includes('-') && voiceCue(text, cands[ci].end)))) ||
          statementCue(text, cands[ci].start, cands[ci].end) ||
          // ("Qollvex spokesman Tom Reed said" opens sentences: a spokesperson's body, when no common word.)
          (!low.includes('-') && !isCommonWord(low) && spokesCue(text, cands[ci].end))) source++;
      }
      // Only where no stronger cue spoke: "according to X", "X reported" name an outlet or a pollster, "X spokesman" a body.
      const cueVotes = org + place;
      if (cueVotes === 0 && source > 0) org = source;
      // A word already made a place by its preposition ("in Dorvale") takes its other mentions ("the mayor of Dorvale").
      const prior = reg.find('place', low);
      const first = tokens[cands[list[0]].first];
      // No cue: an unclassified name (listed nowhere; the JSON and Find Entity keep it). Either way only a word
      // capitalised somewhere inside a sentence ("Additionally, the president's …" opens one) and no plural of people
      // ("Iowans", "Trumpers", "the Clintons").
      // A well-known firm's, outlet's or university's one-word name ("Verizon", "Starbucks") with no cue at all is that
      // organization, also where it only opens sentences.
      const firm = !person && org + place === 0 && !prior && isCompanyName(low);
      if (!firm && (person || (org + place === 0 && !prior)) &&
        (list.every((ci) => tokens[cands[ci].first].initial) || /(?:ies|ers|ists|ans|ants|ents|ors|[^s]s)$/.test(low))) continue;
      // A common English word that only opens sentences ("Permanent workers …", "Local officials …") is that word, not
      // a name, whatever noun follows it (a firm named by such a word, "Apple shares", stays one).
      if (!prior && !isCompanyName(low) && isCommonWord(low) && list.every((ci) => tokens[cands[ci].first].initial)) continue;
      const kind = person ? 'person' : firm ? 'organization' : org + place === 0 && !prior ? 'unclassified' : org >= place ? 'organization' : 'place';
      const e = prior && kind !== 'person' && org <= place ? prior : reg.get(kind, low, first.text);
      if (e !== prior) because(e, firm ? 'company-list' : kind === 'unclassified' ? 'none' : kind === 'person' ? 'person-mark' : cueVotes > 0 ? 'cue' : 'source-cue');
      for (const ci of list) push(e, cands[ci], 'name');
      late = true;
    }
    if (late) all.sort((a, b) => a.m.start - b.m.start);
  }

  const personMentions = all.filter((x) => x.e.kind === 'person');
  return { registry: reg, personMentions, all };
}

/**
 * The people who share one surname (or first name), with what picking among them needs kept up to date as mentions
 * arrive in reading order, so a pick costs the same however many people share the name.
 */
class NameList {
  private readonly items: EntityRec[] = [];
  /** The one whose full name came last (its lastFull is the largest), null before any. */
  private latest: EntityRec | null = null;
  /** The one mentioned most so far, the first introduced on a tie; null before any mention. */
  private main: EntityRec | null = null;
  /** The one whose full name comes first in the text. */
  private earliest: EntityRec | null = null;

  add(e: EntityRec): void {
    this.items.push(e);
    if (!this.earliest || e.firstFull < this.earliest.firstFull) this.earliest = e;
  }

  /** Called after each mention of `e`; `full` when it named e in full. */
  seen(e: EntityRec, full: boolean): void {
    if (full) this.latest = e;
    const m = this.main;
    if (!m || e.mentions.length > m.mentions.length || (e.mentions.length === m.mentions.length && e.firstFull < m.firstFull)) this.main = e;
  }

  /**
   * Shared surnames: the one named in full within the last 300 characters; else the one mentioned most so far (the
   * story's principal); before any full name, the first one filed if already mentioned, else the first introduced.
   */
  pick(pos: number, gender: Gender | undefined, of: (e: EntityRec) => Gender | undefined): EntityRec {
    if (this.items.length === 1) return this.items[0];
    const chosen = this.byPosition(pos);
    // "Mr. Roe" after "Jane Roe" is not her: an honorific's gender passes over the people it contradicts.
    const g = gender && of(chosen);
    if (!g || g === gender) return chosen;
    let alt: EntityRec | null = null;
    // Among the others, the one named in full nearby, else the one mentioned most.
    const near = (e: EntityRec) => e.lastFull >= 0 && pos - e.lastFull <= 300;
    for (const e of this.items) {
      if (e === chosen) continue;
      const h = of(e);
      if (h && h !== gender) continue;
      if (!alt || (near(e) ? !near(alt) || e.lastFull > alt.lastFull : !near(alt) && e.mentions.length > alt.mentions.length)) alt = e;
    }
    return alt ?? chosen;
  }

  private byPosition(pos: number): EntityRec {
    const best = this.latest ?? this.items[0];
    if (best.lastFull >= 0 && pos - best.lastFull > 300) return this.main ?? best;
    if (best.lastSeen < 0) return this.earliest ?? best;
    return best;
  }
}

/**
 * "Officials in Geneva declined to comment", "Reports from Atlanta said": a word after a place's preposition is that
 * preposition's complement, not the subject of the verb after it, so the verb says nothing of it being a person.
 */
function complementOfPlace(text: string, t: Token): boolean {
  if (t.initial) return false;
  const prev = prevWord(text, t.start);
  return !!prev && (PLACE_PREPOSITIONS.has(prev.lower) || prev.lower === 'from');
}
/** What is held or put "in" a firm: "a stake in Qollvex", "shares in Qollvex", "invested in Qollvex" make it no place. */
const HOLDING_WORDS = new Set(['stake', 'stakes', 'shares', 'stock', 'stocks', 'shareholding', 'holding', 'holdings', 'invest', 'invests', 'invested', 'investing', 'investment', 'investments']);
/** Prepositions that make the name after them a place ("in Tulsa"); "from" only keeps it from being a subject. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);
/** Prepositions of where and whither: after one, a town's name is read as the town ("sailed to X", "came from X"). */
const WHERE_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, 'to', 'into', 'from', 'at', 'toward', 'towards']);

/** The word is the object of a preposition of where or whither. */
function afterPlacePreposition(text: string, t: Token): boolean {
  const prev = t.headline ? null : prevWord(text, t.start);
  return !!prev && WHERE_PREPOSITIONS.has(prev.lower);
}

/** Records what typed a single word while merging (the first rule that did), and returns the entity. */
function because(e: EntityRec, why: KindEvidence): EntityRec {
  e.evidence ??= why;
  return e;
}

function mergeSingle(reg: Registry, e: EntityRec, c: Candidate): void {
  if (c.title && !e.title) e.title = clean(c.title);
  if (c.gender) reg.setGender(e, c.gender, !!c.genderStrong);
}

// Unicode-property patterns live in constants: the bundler turns an inline one into a new RegExp at every call.
const LOWER_LETTER = /\p{Ll}/u;
/** A letter that starts a word (replace() resets the global pattern's lastIndex). */
const WORD_START = /(^|[\s\-'’])(\p{L})/gu;

/** Holds a lower-case letter (ASCII checked by hand, the rest by \p{Ll}). */
function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER_LETTER.test(s.slice(i));
  }
  return false;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(WORD_START, (_m, p: string, l: string) => p + l.toUpperCase());
}

