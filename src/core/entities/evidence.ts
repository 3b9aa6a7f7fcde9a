// Types from evidence: a capitalised name is a person only when something in the text says so. The merging step
// files names by their likeliest reading (so "Smith" after "John Smith" finds its entity); this step decides what
// each entity is shown as, from every mention at once, so one alias cannot drag the others.
import type { EntityKind, KindEvidence } from '../types';
import { HONORIFICS, INSTITUTIONS, LX_GIVEN, LX_ORG_HEAD, LX_PLACE, NEWSPAPER_TITLE_WORDS, ORG_HEADS, PLACES, ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import type { EntityRec } from './merge';
import { bare, normPlace } from './names';
import { FACILITY_HEADS, FACILITY_HEADS_INSTITUTION_WITH_OF, fieldCenter, isRomanNumeral, POST_NOMINALS, roomName } from '../lexicon/nameCues';
import { nextWord, type Token } from './tokens';
import { tailBeforeBlanks } from './textIndex';
import { appositionHead, appositionKind, articleOrgApposition, contextCue, singleWordCue, spokesCue, statementCue, townSlot } from './cues';
import { isCommonWord } from '../lexicon/commonWords';
import { isCompanyName, isFirmWord } from '../lexicon/companies';
import { givenNameGender } from '../lexicon/givenNames';

/** ", her senior adviser, Jane Roe": an apposition of at most five words, then a capitalised name of two words. */
const NAME_AFTER_APPOSITION = /^,\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}[a-z][\w-]*,\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;
/** "Smith, 45, said": an age in apposition. */
const AGE_AFTER = /^,\s+\d{1,3},/;
/** "Smith, a spokesman for …", "Smith, the party's chairman,": a role noun in apposition (at most four words in). */
const APPOSITION_AFTER = /^,\s+(?:a|an|the|its|his|her|their)\s+((?:[\w'’-]+\s+){0,4}?)([a-z][\w-]*)\b/;

/**
 * Nouns that only people are, as the head of an apposition ("Varrin, a retired nurse,", "Talk to Qoll, the family's
 * lawyer"): occupations, kin and what people are to each other, besides the role nouns of titles. (Not nouns a firm
 * or a body may also be: "developer", "producer", "supporter", "critic", "partner", "rival".)
 */
const PERSON_NOUNS = new Set(`
engineer nurse teacher student doctor physician surgeon dentist pharmacist psychologist psychiatrist therapist farmer
rancher fisherman miner veteran soldier sailor marine pilot driver worker volunteer artist painter sculptor musician
composer poet novelist playwright photographer filmmaker designer architect entrepreneur banker trader investor priest
monk nun preacher missionary athlete runner boxer wrestler swimmer cyclist golfer footballer goalkeeper striker
midfielder defender chef cook baker waiter waitress bartender janitor plumber electrician carpenter mechanic guard
firefighter paramedic medic midwife caregiver journalist blogger biologist chemist geologist astronaut mathematician
philosopher sociologist anthropologist linguist archaeologist astronomer curator librarian clerk cashier lecturer
instructor inventor programmer retiree widow widower mother father son daughter wife husband grandmother grandfather
grandson granddaughter nephew niece cousin uncle aunt brother sister fiancé fiancée girlfriend boyfriend mom dad
man woman boy girl teenager teen resident native immigrant refugee survivor victim witness suspect
`.trim().split(/\s+/));
/** "Varrin, a 34-year-old,", "Qoll, a 71-year-old retired nurse": an age as the apposition's word; what follows, if a word, is a person's. */
const YEAR_OLD_AFTER = /^,\s+an?\s+(?:[a-z]+\s+)?\d{1,3}-year-old\b(?:\s+([a-z][\w-]*))?/;
/** Words that may follow "a 34-year-old" in a person's apposition besides a person noun. */
const AFTER_YEAR_OLD = new Set(['from', 'who', 'in', 'at', 'of', 'and', 'with', 'living', 'retired', 'former']);

const PREPOSITION_BEFORE = /\b(?:of|for|at|from|in|with|by)\s+(?:the\s+)?$/;
const PREPOSITION_BEFORE_WORDS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'by', 'the']);
/** "Smith, who", "Smith and his wife", "Smith's daughter": what only people are said to have or be. */
const WHO_AFTER = /^,?\s+who\b/;
// (Not "'s lawyer", "'s partner": companies have those too.)
const KIN = /^(?:['’]s|\s+and\s+(?:his|her))\s+(?:wife|husband|son|sons|daughter|daughters|mother|father|brother|sister|children|parents|family|widow|girlfriend|boyfriend)\b/;

/**
 * A name of two or three capitalised words in running text, none of them a word the text also writes in lower case
 * and the last not one of the commonest English words ("Choe Son-hui", "Ahmed Mohamed"): in news such a run names a
 * person unless a head or the context says otherwise
 * (organizations and places have had their say while merging). Single words and headline or all-caps runs never.
 */
function personShape(tokens: readonly Token[], first: number, end: number, seenLower: (w: string) => boolean, takenUp: boolean): boolean {
  let n = 0;
  let last: Token | undefined;
  for (let k = first; k < tokens.length && tokens[k].start < end; k++) {
    const t = tokens[k];
    // An organization head or a place inside ("Radio Romania", "Qoll Mining") is no person's name.
    if (!t.cap || t.allCaps || t.headline || t.text.length < 2 || (t.lex & (LX_ORG_HEAD | LX_PLACE)) !== 0 || seenLower(t.lower)) return false;
    // "Chasing Trump", "Impeaching Trump": a headline's verb, not a given name.
    if (n === 0 && t.lower.endsWith('ing') && isCommonWord(t.lower)) return false;
    // "St Gallen", "San Qollo", "Port Varrin": a saint's or a place's word opens a town's name, not a person's.
    if (n === 0 && PLACE_NAME_LEADS.has(t.lower)) return false;
    // "Qollvex Analytics", "Google Maps": a known firm's or body's one-word name opens its product's or unit's name.
    if (n === 0 && (INSTITUTIONS.has(t.lower) || isCompanyName(t.lower))) return false;
    // "Planned Parenthood", "Hail Mary": a first name is rarely a common English word that people do not bear, however
    // often the name recurs, unless the text takes it up by its surname as people's names are.
    if (n === 0 && !takenUp && (t.lex & LX_GIVEN) === 0 && isCommonWord(t.lower) && givenNameGender(t.lower) === undefined) return false;
    // "Qollmart LifeSavers", "Vantage ImagesCaption", "PAC.Subscribe": a brand's inner capitals, or words glued across a
    // lost space or a full stop, are no one's name ("McCain", "DeLong", "LaToya" open with a short particle).
    if (gluedWord(t.text)) return false;
    n++;
    last = t;
  }
  // A surname is rarely one of the commonest English words; a firm's, a cause's or a title's last word often is
  // ("Walmart Stores", "Rolling Stone", "Lives Matter"). Such a name needs other evidence ("Tamir Rice" is lost).
  return n >= 2 && n <= 3 && last !== undefined && !isCommonWord(last.lower);
}

/** Words that open towns' and sites' names, not people's ("St Gallen", "San Qollo", "Fort Varrin", "Mount Dalmor"). */
const PLACE_NAME_LEADS = new Set(['st', 'st.', 'saint', 'ste', 'ste.', 'sainte', 'san', 'santa', 'santo', 'sao', 'são', 'fort', 'port', 'mount', 'lake', 'cape']);

/**
 * "Severe Qollby Syndrome (SQS)": a name of two words or more followed by a bracketed acronym of its words' initials
 * is a term or a body the text goes on to abbreviate; no person is introduced so.
 */
function definedAcronym(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40) return false;
  const close = text.indexOf(')', end + 2);
  if (close < 0 || close - end > 12) return false;
  const acr = text.slice(end + 2, close);
  if (!/^[A-Z]{2,8}$/.test(acr)) return false;
  const initials = text.slice(start, end).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && initials === acr;
}

/** An inner capital after three lower-case letters or more ("LifeSavers", "SiriusXM"), or after a full stop ("PAC.Contributing"). */
const GLUED = /\p{Ll}{3}\p{Lu}|\.\p{Lu}\p{Ll}/u;
const gluedWord = (word: string): boolean => GLUED.test(word);

/**
 * Person evidence for one name mention [start, end) whose first token is `t`: 'given' for a given name leading it,
 * 'marked' for what only people have (kin, an age, "who", a role in apposition), null for none.
 */
function personCue(text: string, t: Token | undefined, start: number, end: number): 'given' | 'marked' | null {
  const after = text.slice(end, end + 60);
  if (KIN.test(after)) return 'marked';
  // "members of X, who …", "a spokesman for X, 45,": after a preposition the name is a complement, and what follows
  // it describes the phrase's head.
  const before = text.slice(Math.max(0, start - 10), start);
  // (The pattern ends in one of its words and blanks: tried only where the text does.)
  const complement = PREPOSITION_BEFORE_WORDS.has(tailBeforeBlanks(before)?.word ?? '') && PREPOSITION_BEFORE.test(before);
  // "to the Qoll Herald, her senior adviser, Jane Roe, said": a role in apposition that a name follows is that name's.
  if (!complement && !NAME_AFTER_APPOSITION.test(after)) {
    if (AGE_AFTER.test(after) || WHO_AFTER.test(after)) return 'marked';
    const ap = APPOSITION_AFTER.exec(after);
    if (ap) {
      const head = bare(ap[2].toLowerCase());
      if (ROLE_NOUNS.has(head) || TITLE_WORDS.has(head)) return 'marked';
    }
    // "Varrin, a former bank executive,": the phrase's head, past its modifiers.
    if (appositionKind(appositionHead(text, end)) === 'person') return 'marked';
  }
  // An apposition whose head only a person can be ("Qoll, a retired nurse,", "Varrin, a 34-year-old,") describes the
  // name, after a preposition too ("by Qoll, a retired nurse"): a firm is no nurse. (Not an age after a preposition:
  // in "a spokesman for Qoll, a 34-year-old," it is the spokesman's.)
  const yo = complement ? null : YEAR_OLD_AFTER.exec(after);
  if (yo && (!yo[1] || AFTER_YEAR_OLD.has(yo[1]) || PERSON_NOUNS.has(yo[1]) || ROLE_NOUNS.has(yo[1]))) return 'marked';
  if (text.charCodeAt(end) === 44) {
    const head = appositionHead(text, end);
    if (head !== null && PERSON_NOUNS.has(head)) return 'marked';
  }
  // A given name leads the mention ("Jane Roe"), or is the whole of it ("Hillary").
  if (t && (t.lex & LX_GIVEN) !== 0 && !t.allCaps && t.start === start) return 'given';
  return null;
}

/** What only people have around the mention [start, end): kin, an age, "who", a role in apposition. */
export function personMarked(text: string, start: number, end: number): boolean {
  // Each mark starts with a comma, an apostrophe, or "and"/"who" after spaces: most mentions are followed by none.
  const c = text.charCodeAt(end);
  if (c !== 44 && c !== 39 && c !== 0x2019) {
    if (c !== 10 && c !== 13) {
      const nx = c === 32 || c === 9 ? nextWord(text, end) : null;
      if (!nx || (nx.lower !== 'and' && nx.lower !== 'who')) return false;
    }
  }
  return personCue(text, undefined, start, end) === 'marked';
}

/** An entity's kind with what decided it. */
export interface Typed {
  readonly kind: EntityKind;
  readonly evidence: KindEvidence;
}
const typed = (kind: EntityKind, evidence: KindEvidence): Typed => ({ kind, evidence });

/**
 * The kind an entity is shown as. People need evidence of their own: a title or honorific, a given name, a
 * gendered pronoun or a role nominal resolved to them, an age, role, "who" or kin in apposition, a full name
 * taken up by its surname, a two- or three-word name of words never written in lower case. A name with none stays
 * 'unclassified' ("Newmont said" names a company as often as a person). What only an organization or a place has
 * around a mention ("X, a mining company", "X's shares", "southern X", cues.ts) outweighs a given name and the
 * weaker signs, never a title, an honorific or what only people have; the mentions vote. Organizations, places and
 * groups keep the kind their own evidence (heads and suffixes, gazetteer, context) gave them while merging. Returned
 * with the evidence that decided it (types.ts KindEvidence).
 */
export function typedBy(text: string, tokens: readonly Token[], e: EntityRec, seenLower: (w: string) => boolean): Typed {
  if (e.kind !== 'person') return typed(e.kind, e.evidence ?? ownEvidence(text, tokens, e));
  // "Puerto Ricans", "Granite Staters": the people of a place of two words or more, not someone's name.
  if (!e.title && placePlural(e.name)) return typed('group', 'people-plural');
  if (!e.title && loneTitleWord(e)) return typed('unclassified', 'title-word');
  if (e.title || e.genderFixed) return typed('person', 'title');
  // "Zakaria GPS", "Carolina RNC": a name ending in an acronym is a show's, a body's or a cut name, not a person's
  // (a generation's numeral or a degree may end one: "John Roe III", "Jane Roe MD").
  if (acronymTail(e.name)) return typed('unclassified', 'none');
  let full = false;
  let short = false;
  let given = false;
  let pronouns = 0;
  let names = 0;
  let orgCues = 0;
  let placeCues = 0;
  let townSlots = 0;
  let longTownSlots = 0;
  let bodyAppositions = 0;
  let defined = false;
  const surnameTaken = e.mentions.some((m) => m.kind === 'surname');
  for (const m of e.mentions) {
    // A full name taken up again by its surname alone ("Jane Roe … Roe said") is how news refers to people.
    if (m.kind === 'surname') short = true;
    if (m.kind === 'nominal') return typed('person', 'nominal');
    if (m.kind === 'pronoun') { pronouns++; continue; }
    if (m.kind === 'group') continue;
    names++;
    const cue = personCue(text, m.token >= 0 ? tokens[m.token] : undefined, m.start, m.end);
    if (cue === 'marked') return typed('person', 'person-mark');
    if (cue === 'given') given = true;
    if (m.kind === 'name' && m.token >= 0 && personShape(tokens, m.token, m.end, seenLower, surnameTaken)) full = true;
    if (m.kind === 'name' && definedAcronym(text, m.start, m.end)) defined = true;
    if (names <= MAX_CUE_MENTIONS) {
      // A one-word name may also be a town's: "Dorvale, Ohio,".
      const t = m.token >= 0 ? tokens[m.token] : undefined;
      // ("Qollvex said in a statement": a one-word name nothing else types issued it.)
      const other = t && t.end === m.end ? singleWordCue(text, m.start, m.end) ?? (statementCue(text, m.start, m.end) ? 'organization' : null) :
        contextCue(text, m.start, m.end);
      if (other === 'organization') {
        orgCues++;
        if (articleOrgApposition(text, m.end)) bodyAppositions++;
      }
      else if (other === 'place') {
        placeCues++;
        // ("Dorvale, Ohio,": the comma slot of a town before its state, which contextCue does not see.)
        if (text.charCodeAt(m.end) === 44 && contextCue(text, m.start, m.end) === null) townSlots++;
      }
      // "Qoll Creekton, Montana,": a name of two words or more in a town's slot before its state or country.
      else if (other === null && m.kind === 'name' && t && t.end < m.end && townSlot(text, m.end, true)) longTownSlots++;
      // "Qollvex Board spokeswoman Jane Roe": a name of two words or more that no given name opens, with its
      // spokesperson, is a body's (a candidate's is "Jane Roe's spokesman", or "Roe spokesman", read as one word).
      else if (m.kind === 'name' && t && t.start === m.start && t.end < m.end && (t.lex & LX_GIVEN) === 0 && spokesCue(text, m.end)) orgCues++;
    }
  }
  // "Jackson, Mississippi,": a one-word name in a town's slot before its state or country is the town, given name or not
  // (a person is named by a full name, a title or the surname of one).
  if (townSlots > 0 && !e.name.includes(' ') && !short) return typed('place', 'cue');
  // A longer name there is the town when only its shape made it a person's (no given name, no surname alone, no he or she).
  if (longTownSlots > 0 && !given && !short && pronouns === 0) return typed('place', 'cue');
  // "Varrin Qoll, a British conglomerate,": the text says in so many words what the name is, given name or not, unless
  // it also takes the name up as a person's (a surname alone, he or she).
  if (bodyAppositions > 0 && !short && pronouns === 0) return typed('organization', 'cue');
  // Against a given name the cues must recur and keep pace with the name ("Clinton's headquarters" once is a campaign's).
  const cues = orgCues + placeCues;
  if (cues > 0 && (!given || (cues >= 2 && cues * 3 >= Math.min(names, MAX_CUE_MENTIONS)))) return typed(orgCues >= placeCues ? 'organization' : 'place', 'cue');
  // "Varrin Qollard analysts", "shares of Varrin Qollard": a two-word name that a given name or only its shape makes a
  // person's, always written whole (never taken up by its surname, no he or she), that the text treats as a firm is
  // the firm (a person named in a story is taken up again by the surname).
  if ((given || full) && !short && pronouns === 0 && firmByFrames(text, e, placeCues, names)) return typed('organization', 'firm-frames');
  // A name the text abbreviates by its initials ("… (SQS)"), which no given name opens, is no person's.
  if (defined && !given && !short && pronouns === 0) return typed('unclassified', 'none');
  if (given) return typed('person', 'given-name');
  // A he or she resolved to the name is evidence while it keeps pace with the name: two pronouns against twenty
  // mentions of "Scientology" belong to someone else the resolver could not see.
  // Not for a name whose last word is a common English word ("Internet", "Fox Business"): their he or she is someone else.
  // (A name that a surname's reuse or its shape makes a person too is filed under that: 'pronoun' is the pronoun alone.)
  // A name of two words or more whose shape is no person's (a place or a head inside, a word the text writes in lower
  // case, capitals: "Qoll Radio", "Vantage Today") needs more than a he or she: in polnear-train lists such names typed by a
  // pronoun alone were people 3 times of 12 (shows, firms, regions), one-word names 18 of 28 (surnames met alone).
  if (pronouns > 0 && pronouns * 3 >= names && !isCommonWord(lastWord(e.name)) && (full || short || !e.name.includes(' '))) return typed('person', short ? 'surname-reuse' : full ? 'name-shape' : 'pronoun');
  // "Goldman Sachs", "Exxon Mobil": a name made only of firms' words, none a given name, is the firm.
  if (full && !short && allFirmWords(e.name)) return typed('organization', 'firm-words');
  if (full) return typed('person', short ? 'surname-reuse' : 'name-shape');
  // A surname used alone is a person's only after a first word people bear: "the Great Wall … the Wall", "Closing Qollmo
  // … Qollmo" open with a word of the language (common, or written here in lower case) that is no given name.
  if (short && !commonLead(e.name, seenLower)) return typed('person', 'surname-reuse');
  // "Verizon said": a well-known firm's one-word name with no person evidence is the firm.
  return isCompanyName(e.name.toLowerCase()) ? typed('organization', 'company-list') : typed('unclassified', 'none');
}

/** A name of two words or more whose last is an all-capital acronym of three letters or more that is no numeral nor degree
 * (two-letter ones end names too, a state's code or a nickname). */
function acronymTail(name: string): boolean {
  const sp = name.lastIndexOf(' ');
  if (sp < 0) return false;
  const w = name.slice(sp + 1).replace(/\./g, '');
  return /^[A-Z]{3,}$/.test(w) && !/[A-Z]\.[A-Z]/.test(name.slice(sp + 1)) && !isRomanNumeral(w) && !POST_NOMINALS.has(w.toLowerCase());
}

/** The name's first word is a word of the language, not a given name: common, or written in lower case in the text. */
function commonLead(name: string, seenLower: (w: string) => boolean): boolean {
  const sp = name.indexOf(' ');
  if (sp < 0) return false;
  const low = name.slice(0, sp).toLowerCase();
  return givenNameGender(low) === undefined && (isCommonWord(low) || seenLower(low));
}

/**
 * "a President who …", "the next President's desk", "Deputy Secretaries": an entity named only by a capitalised title or
 * role word, alone, names no one (a role is no name); an honorific that is a name too ("King", "Pope") and a given name
 * ("Dean") may still be a surname.
 */
function loneTitleWord(e: EntityRec): boolean {
  const w = bare(e.name.toLowerCase());
  if (w.includes(' ') || e.mentions.some((m) => m.kind === 'surname')) return false;
  if (!e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal' && m.kind !== 'group')) return false;
  const sing = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  return [w, sing].some((x) => (TITLE_WORDS.has(x) || ROLE_NOUNS.has(x)) && !HONORIFICS.has(x) && !givenNameGender(x));
}

/** Endings that make a place's word its people's plural, and what the place's word ends in instead ("Rican" → "Rico"). */
const PLURAL_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ians', ['ia', 'y', '']], ['ans', ['a', 'o', 'e', '']], ['ers', ['', 'e']], ['ites', ['', 'e']], ['ese', ['', 'a']]];

/**
 * A name of two or three words whose last is a plural of people made from a place's last word, the words before being
 * the place's own: "Puerto Ricans" (Puerto Rico), "New Yorkers", "Granite Staters", "New Zealanders".
 */
export function placePlural(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1];
  const lead = words.slice(0, -1).join(' ');
  for (const [ending, stems] of PLURAL_ENDINGS) {
    if (!last.endsWith(ending) || last.length < ending.length + 3) continue;
    const root = last.slice(0, -ending.length);
    for (const s of stems) if (PLACES.has(normPlace(`${lead} ${root}${s}`))) return true;
  }
  return false;
}

/** Every word of a name of two or more is a firm's word. */
function allFirmWords(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return words.length >= 2 && words.every((w) => isFirmWord(w));
}

/** "shares of X", "an analyst at X", "X analysts", "X (NYSE: QLD)": where only a firm's name stands. */
const FIRM_BEFORE = /\b(?:shares|stock|stake)\s+(?:of|in)\s+$|\b(?:analysts?|economists?|strategists?|traders?|brokers?|bankers?)\s+(?:at|with)\s+$/i;
/** The words FIRM_BEFORE ends in, before its blanks (lower case). */
const FIRM_BEFORE_WORDS = new Set(['of', 'in', 'at', 'with']);
const FIRM_AFTER = /^(?:\s+(?:[a-z]+\s+)?(?:analysts?|economists?|strategists?|brokerage|securities\s+firm|stock|shares\s+(?:rose|fell|climbed|dropped|gained|lost|closed|jumped|slid|tumbled))\b|\s*\((?:(?:NYSE|NASDAQ|Nasdaq|AMEX)\s*:\s*[A-Z]{1,5}|[A-Z]{2,5})\))/;

/**
 * A two-word name, every mention the whole name, with one of the frames above around at least half of its mentions
 * and no place cue. (Not every cue of cues.ts: "Jane Roe shares her story".)
 */
function firmByFrames(text: string, e: EntityRec, placeCues: number, names: number): boolean {
  if (placeCues > 0 || e.name.split(' ').length !== 2) return false;
  let frames = 0;
  for (const m of e.mentions) {
    if (m.kind !== 'name' || text.slice(m.start, m.end) !== e.name) return false;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if ((FIRM_BEFORE_WORDS.has(tailBeforeBlanks(before)?.word.toLowerCase() ?? '') && FIRM_BEFORE.test(before)) || FIRM_AFTER.test(text.slice(m.end, m.end + 24))) frames++;
  }
  return frames > 0 && frames * 2 >= names;
}

/** The lower-case last word of a name. */
export const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/** Mentions whose surroundings are read for organization and place cues: enough to vote, bounded per entity. */
const MAX_CUE_MENTIONS = 12;

/**
 * The kind an entity's own name and marks prove, or null: a title, honorific or gendered role, a given name leading a
 * full name, or a role in apposition (people); an organization head or suffix ("… Party", "… Corp.", "Ministry of
 * …") or a known institution; a country, region or city of the gazetteer. Weaker signs (a pronoun nearby, a
 * surname reused, a name's shape, "in X") prove nothing. These are the labels the context model learns from, and
 * the entities it never overrules.
 */
export function provenKind(text: string, tokens: readonly Token[], e: EntityRec): EntityKind | null {
  if (e.kind === 'person') {
    if (e.title || e.genderFixed) return 'person';
    for (const m of e.mentions) {
      if (m.token < 0 || (m.kind !== 'name' && m.kind !== 'surname' && m.kind !== 'variant')) continue;
      const t = tokens[m.token];
      if ((t.lex & LX_GIVEN) !== 0 && !t.allCaps && t.start === m.start) return 'person';
      const after = text.slice(m.end, m.end + 60);
      if (AGE_AFTER.test(after) || WHO_AFTER.test(after) || KIN.test(after)) return 'person';
    }
    return null;
  }
  const words = e.name.toLowerCase().split(/\s+/).map(bare);
  if (e.kind === 'organization') {
    if (words.length === 1) return INSTITUTIONS.has(words[0]) || isCompanyName(words[0]) ? 'organization' : null;
    if (isFacilityName(words)) return null;
    if (ORG_HEADS.has(words[words.length - 1])) return 'organization';
    for (let i = 0; i + 1 < words.length; i++) if (ORG_HEADS.has(words[i]) && (words[i + 1] === 'of' || words[i + 1] === 'for')) return 'organization';
    return null;
  }
  if (e.kind === 'place') return PLACES.has(normPlace(words.join(' '))) || isFacilityName(words) ? 'place' : null;
  return null;
}

/** "Kennedy Space Center", "Museum of Flight": a facility head last, or first with its complement. */
function isFacilityName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  if (roomName(words[words.length - 2], words[words.length - 1])) return true;
  if (FACILITY_HEADS.has(words[words.length - 1])) return !fieldCenter(words[words.length - 2], words[words.length - 1]);
  return FACILITY_HEADS.has(words[0]) && !FACILITY_HEADS_INSTITUTION_WITH_OF.has(words[0]) && (words[1] === 'of' || words[1] === 'on');
}

/**
 * Heads that name one body on their own: a legislature, a central bank, a newspaper's short title ("the Post", "the
 * Times" after its full name). Any other head alone ("the Foundation", "a super PAC", "the Committee") takes up a
 * name said before or names a common thing: no entry of its own in the lists.
 */
const LONE_HEADS = new Set([...'congress senate house parliament cabinet fed assembly'.split(' '), ...NEWSPAPER_TITLE_WORDS]);

/** Heads that, capitalised after "the", name the one body the reader knows: "the House", "the Army", "the Treasury", "the Fed". */
const BODY_HEADS = new Set(['house', 'senate', 'congress', 'parliament', 'cabinet', 'assembly', 'army', 'navy', 'treasury',
  'legislature', 'government', 'administration', 'court', 'fed']);

/** A one-word name that is such a body, written at least once as "the X" (not "Col. House", not "House" the show). */
export function bodyAfterThe(text: string, e: EntityRec): boolean {
  if (e.name.includes(' ') || !BODY_HEADS.has(bare(e.name.toLowerCase()))) return false;
  for (const m of e.mentions) if (m.start >= 4 && /^the\s$/i.test(text.slice(m.start - 4, m.start))) return true;
  return false;
}

/** A one-word name that is only an organization or facility head ("Foundation", "PAC", "Agency"). */
export function isLoneHead(name: string): boolean {
  // ("a Super PAC", "the Super PAC's ads": the kind of committee capitalised, no name.)
  if (name.includes(' ')) return /^super\s+pacs?$/i.test(name);
  const w = bare(name.toLowerCase());
  return (ORG_HEADS.has(w) || FACILITY_HEADS.has(w)) && !LONE_HEADS.has(w) && !INSTITUTIONS.has(w);
}

/**
 * What typed an organization, place or group in merging, where no single-word rule said (merge.ts sets those): the
 * name's own proof (provenKind's sources), else the run's reading in names.ts.
 */
function ownEvidence(text: string, tokens: readonly Token[], e: EntityRec): KindEvidence {
  if (e.kind === 'unclassified') return 'none';
  const words = e.name.toLowerCase().split(/\s+/).map(bare);
  if (e.kind === 'organization') {
    if (words.length === 1) return INSTITUTIONS.has(words[0]) ? 'institution' : isCompanyName(words[0]) ? 'company-list' : 'name-rule';
    return provenKind(text, tokens, e) === 'organization' ? 'org-head' : isFacilityName(words) ? 'facility' : byRunContext(text, e);
  }
  if (e.kind === 'place') return PLACES.has(normPlace(words.join(' '))) ? 'gazetteer' : isFacilityName(words) ? 'facility' : byRunContext(text, e);
  return 'name-rule';
}

/**
 * A run names.ts typed by the word before it: "the Qoll Vance" (an article: no person's name takes one) 'article', "in
 * Qoll Vance" 'preposition'; else its other rules ('name-rule': a club's word, a foreign head, a title-case line).
 */
function byRunContext(text: string, e: EntityRec): KindEvidence {
  let prep = false;
  for (const m of e.mentions) {
    if (m.kind !== 'name') continue;
    const before = text.slice(Math.max(0, m.start - 6), m.start);
    if (/\bthe\s$/i.test(before)) return 'article';
    if (/\b(?:in|at|near)\s$/.test(before)) prep = true;
  }
  return prep ? 'preposition' : 'name-rule';
}
