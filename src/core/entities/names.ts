// Capitalised name runs, their titles, and a first guess at what they name.
import {
  CHIEF_OFFICES, FIRM_FORMS,
  CONNECTORS, DEMONYMS, DEPARTMENT_WORDS, GENDERED_ROLES, givenName, HONORIFICS, INSTITUTIONS, LX_BARE, LX_CONNECTOR, NAME_SUFFIXES,
  LX_DEMONYM, LX_FEMALE_NAME, LX_HONORIFIC, LX_MALE_NAME, LX_MISC_HEAD, LX_MONTH_DAY, LX_OPENER, LX_ORG_HEAD, LX_PARTICLE, LX_PHRASE_FIRST, LX_PLACE,
  LX_GIVEN, LX_PLACE_HEAD, LX_STOP, LX_TITLE, NEWSPAPER_TITLE_WORDS, PARTICLES, PARTY_WORDS, PLACE_HEADS, PLACE_PHRASES, ROLE_NOUNS, SPEECH_VERBS, STOPWORDS,
  TITLE_MODIFIERS, TITLE_WORDS,
} from './lexicon';
import { isCommonWord } from '../lexicon/commonWords';
import { isCompanyName } from '../lexicon/companies';
import { reportingVerb } from '../lexicon/reportingVerbs';
import { longestPlaceWords, placeTier, SLOT_POSTAL_CODES, STATE_ABBREVIATIONS, WORD_STATE_ABBREVIATIONS } from '../lexicon/places';
import { COMMON_ACRONYMS, LAW_ACRONYMS, billCode, CREDIT_LABELS, ORGANIZATION_OF_HEADS, WORKPLACE_ROLES, DESCRIPTIVE_PREFIXES, PERSON_MODIFIED_NOUNS, FACILITY_HEADS, FACILITY_HEADS_INSTITUTION_WITH_OF, fieldCenter, roomName, isRomanNumeral, academicField, FIELD_BEFORE_IN, POST_NOMINALS, UNIVERSITY_SYSTEMS } from '../lexicon/nameCues';
import { commonOrSForm, EPITHETS, HYPHENATED_NAMES, nextWord, prevWord, type Token } from './tokens';
import { memoOfText, someOccurrenceAfterBlank, writtenElsewhere } from './textIndex';

export type Gender = 'm' | 'f';
export type CandidateKind = 'person' | 'organization' | 'place' | 'single';

/** A name found in the text, before merging. Token indices are inclusive. */
export interface Candidate {
  kind: CandidateKind;
  /** First and last token of the name itself (title left out). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** Title or role before the name ("US Secretary of State"). */
  title?: string;
  gender?: Gender;
  /** The gender comes from an honorific or a gendered role ("Mr.", "chairwoman"), not from a given name. */
  genderStrong?: boolean;
  /** An honorific or title marks it as a person ("Mr. Obama", "Sen. Warren"). */
  readonly titled: boolean;
  /** An organization or place only because "the" comes before it ("the Red Cross"). */
  byArticle: boolean;
}


// (Length checked first: a read past either end throws V8's optimized code away.)
export const bare = (lower: string): string => (lower.length > 0 && lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower);
export const normPlace = (lower: string): string => (lower.includes('.') ? lower.replace(/\./g, '') : lower);

export const PARTICLE_WORDS = PARTICLES;

/** The usual gender of a given name; undefined for other words and for names given to both. */
export function isGivenName(lower: string): Gender | undefined {
  const g = givenName(lower);
  return g === 'x' ? undefined : g;
}

/** Word-list bits of the token without its trailing period. */
const bareLex = (t: Token) => t.lex >> LX_BARE;
const isTitleWord = (t: Token) => (bareLex(t) & (LX_TITLE | LX_HONORIFIC)) !== 0;
const isOrgHead = (t: Token) => (bareLex(t) & LX_ORG_HEAD) !== 0;
/** Heads whose name may state an aim with "for a": "Committee for a Responsible Budget", "Campaign for a Fair Deal". */
const AIM_HEADS = new Set(['committee', 'campaign', 'coalition', 'alliance', 'council', 'center', 'centre', 'foundation', 'institute',
  'fund', 'project', 'initiative', 'movement', 'network', 'society', 'association', 'union', 'league', 'partnership', 'federation']);
/** A head that takes an "of" complement: not a firm's legal form ("… Co. B.V. of the Netherlands" names a place). */
const ofHead = (t: Token) => isOrgHead(t) && !FIRM_FORMS.has(bare(t.lower));
/** A head that takes a "for" complement: not "Edison Research for the Associated Press" (two bodies). */
const forHead = (t: Token) => ofHead(t) && t.lower !== 'research';
/**
 * Heads that take an "on" complement ("Council on Foreign Relations", "Select Committee on Intelligence", "Project on
 * Government Oversight"); after another head "on" starts the sentence's own phrase ("told Qoll News on Super Tuesday").
 */
const ON_HEADS = new Set(['committee', 'subcommittee', 'council', 'commission', 'conference', 'center', 'centre', 'institute',
  'project', 'panel', 'forum', 'board', 'caucus', 'coalition', 'initiative', 'campaign']);
/** Token j is a head that takes an "on" complement (see ON_HEADS), "Working Group" and "Task Force" too. */
function onHead(tokens: readonly Token[], j: number): boolean {
  const low = bare(tokens[j].lower);
  return ON_HEADS.has(low) || (j > 0 && ((low === 'group' && tokens[j - 1].lower === 'working') || (low === 'force' && tokens[j - 1].lower === 'task')));
}
/**
 * Plural nouns of members that name a body with their "of" complement ("Friends of the Qoll", "Knights of Dorvale",
 * "Daughters of the Talvik Revolution", "Communications Workers of Talvik"); no organization head elsewhere (a lower-case
 * "the workers" names no body).
 */
const MEMBER_OF_NOUNS = new Set(['friends', 'knights', 'daughters', 'sons', 'sisters', 'veterans', 'workers']);
/**
 * Plural nouns of people that name an advocacy group with a "for" complement of common words ("Citizens for Clean
 * Water", "Young Dorvalians for Freedom", "Priests for Life"): not a person's name after "for" ("Bikers for Jane Roe" is
 * a slogan, and often headline capitals).
 */
const MEMBER_FOR_NOUNS = new Set(['americans', 'citizens', 'communities', 'students', 'priests', 'democrats', 'republicans',
  'veterans', 'women', 'families', 'parents', 'mothers', 'doctors', 'physicians', 'nurses', 'taxpayers', 'voters', 'scientists']);
/** Tokens from k on open a "for" complement of common words, two at most: "Change", "Community Improvement". */
function commonForComplement(tokens: readonly Token[], k: number): boolean {
  let n = 0;
  for (; tokens[k + n]?.joinPrev && tokens[k + n].cap && n < 3; n++) {
    const t = tokens[k + n];
    if (t.allCaps || t.initial || isGiven(t) || (t.lex & (LX_PLACE | LX_DEMONYM)) !== 0 || !isCommonWord(bare(t.lower))) return false;
  }
  return n >= 1 && n <= 2;
}
/** Tokens [i, j] (after a leading "the") are one to three capitalised words, no place, title, acronym or head, and "for" and a country's one-word name (or "America") alone follow. */
function forCountryBody(tokens: readonly Token[], i: number, j: number): boolean {
  const c = tokens[j + 2];
  if (!c || !c.cap || c.allCaps || c.possessive || (tokens[j + 3]?.joinPrev && tokens[j + 3].cap)) return false;
  const low = bare(c.lower);
  if (placeTier(low) !== 'country' && low !== 'america') return false;
  const f = tokens[i].lower === 'the' && i < j ? i + 1 : i;
  // (A common word alone opening a sentence is that word: "Jobs for America are …".)
  if (f === j && tokens[f].initial && isCommonWord(bare(tokens[f].lower))) return false;
  return j - f <= 2 && every(tokens, f, j, (t) => t.cap && !t.allCaps && !t.possessive && (t.lex & (LX_PLACE | LX_DEMONYM)) === 0 && !isTitleWord(t) && !isOrgHead(t));
}

/** The token opens a members' body's name: a member noun first in the run, after "the", or after one capitalised word. */
function memberOf(tokens: readonly Token[], i: number, j: number): boolean {
  if (!MEMBER_OF_NOUNS.has(tokens[j].lower) || tokens[j].possessive) return false;
  const f = j > i && tokens[i].lower === 'the' ? i + 1 : i;
  return j === f || (j === f + 1 && tokens[f].cap && !tokens[f].allCaps && !isGiven(tokens[f]) && !isTitleWord(tokens[f]));
}
/** isGivenName for a token's lower-case form. */
const givenOf = (t: Token): Gender | undefined => ((t.lex & LX_MALE_NAME) !== 0 ? 'm' : (t.lex & LX_FEMALE_NAME) !== 0 ? 'f' : undefined);
/** The token is a given name, of either gender. */
const isGiven = (t: Token): boolean => (t.lex & LX_GIVEN) !== 0;

// Unicode-property patterns live in constants: the bundler turns an inline one into a new RegExp at every call.
const CAMEL_HEAD = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}/u;
/** Initials ("G.K."), and one initial ("B."). */
const INITIALS = /^(\p{Lu}\.)+$/u;
const INITIAL = /^\p{Lu}\.$/u;

/** CamelCase brands ("PolitiFact", "YouTube"), but not "McConnell", "DeVos" or "LaHood". */
function camelCase(text: string): boolean {
  let inner = false;
  for (let i = 1; i < text.length && !inner; i++) { const c = text.charCodeAt(i); inner = c >= 65 && c <= 90; }
  if (!inner) return false;
  const m = CAMEL_HEAD.exec(text);
  if (!m) return false;
  return !/^(Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|O)$/.test(m[1]);
}

function isPlaceName(tokens: readonly Token[], a: number, b: number): boolean {
  if (a === b) return (tokens[a].lex & LX_PLACE) !== 0;
  // "Gulf of Talvik", "Republic of Ulvania", and a state's form with a word before it: "Democratic Republic of Ulvania".
  if (b > a + 1 && (tokens[a].lex & LX_PLACE_HEAD) !== 0 && tokens[a + 1].lower === 'of') return true;
  if (b > a + 2 && STATE_FORMS.has(tokens[a + 1].lower) && tokens[a + 2].lower === 'of' && tokens[a].cap) return true;
  // (Or two: "Democratic People's Republic of Ulvania".)
  if (b > a + 3 && STATE_FORMS.has(tokens[a + 2].lower) && tokens[a + 3].lower === 'of' && tokens[a].cap && tokens[a + 1].cap) return true;
  if (gazetteerPhrase(tokens, a, b)) return true;
  // "Mount Qollvar", "Lake Varrin", "Fort Dalmont": a head that names the place before its name.
  if (b > a && b - a <= 2 && HEAD_FIRST_PLACES.has(bare(tokens[a].lower).replace(/\.$/, '')) && tokens[a + 1].cap && !tokens[a + 1].allCaps &&
    every(tokens, a + 1, b, (t) => t.cap && (t.lex & LX_TITLE) === 0)) return true;
  // ("Jan van Park": after a surname's particle a place head is the surname.)
  if (particleBefore(tokens, b)) return false;
  // "Martin Luther King Jr. Boulevard": a place head after a generation's suffix ends a place named after a person.
  if (b - a >= 2 && (tokens[b].lex & LX_PLACE_HEAD) !== 0 && !tokens[b].possessive && NAME_SUFFIXES.has(tokens[b - 1].lower)) return true;
  // "Harlan Palace", "Kent County"; but "Jane Park", "Tom Lake": heads that are also surnames keep a given name's person.
  return b - a <= 3 && (tokens[b].lex & LX_PLACE_HEAD) !== 0 && !isTitleWord(tokens[a]) &&
    !(b - a === 1 && isGiven(tokens[a]) && SURNAME_HEADS.has(bare(tokens[b].lower)));
}

/**
 * "General" written out, then a plural-looking word whose singular is a common English word ("Mills", "Foods",
 * "Dynamics"), no given name, that the text never writes without "General" before it: a firm, not a general's
 * surname ("General Rivers … Rivers said" stays a person).
 */
function generalFirm(text: string, title: Token, w: Token): boolean {
  if (title.text !== 'General' || !w.cap || w.allCaps || isGiven(w)) return false;
  const low = w.lower;
  if (!/^[a-z]{3,}s$/.test(low) || /(?:ss|us|is)$/.test(low)) return false;
  if (!isCommonWord(low.endsWith('ies') ? `${low.slice(0, -3)}y` : low.slice(0, -1))) return false;
  const word = new RegExp(`\\b${w.text}\\b`, 'g');
  const titled = new RegExp(`\\bGeneral\\s+${w.text}\\b`, 'g');
  return (text.match(word)?.length ?? 0) === (text.match(titled)?.length ?? 0);
}

/** Words that open a title without being one: "High Commissioner", "Lord Chancellor". */
/** Title words that are given names too ("Dean"): read as the name before a lone surname when the text has no role of that word. */
const GIVEN_TITLES = new Set(['dean']);
const TITLE_OPENERS = new Set(['high', 'lord', 'grand', 'supreme']);

/**
 * US states whose name and "State" name a university ("Ohio State", "Penn State"), and "Cal" ("Cal State …"). Not New
 * York or Washington: "New York State", "Washington State" name the state as often.
 */
const UNIVERSITY_STATES = new Set([...STATE_ABBREVIATIONS.values(), ...WORD_STATE_ABBREVIATIONS.values(), ...SLOT_POSTAL_CODES.values(), 'Louisiana', 'Iowa']
  .map((x) => x.toLowerCase()).filter((x) => x !== 'new york' && x !== 'washington').concat(['penn', 'cal']));

/** Tokens a..b are a university's short name: "Ohio State", "Penn State", "Georgia Tech", "UC Dorvale", "Cal State Dorvale". */
function universityShortName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a || tokens[b].possessive || every(tokens, a, b, (t) => t.allCaps)) return false;
  const last = bare(tokens[b].lower);
  const words = phraseOf(tokens, a, b - 1).toLowerCase();
  if (last === 'state' && UNIVERSITY_STATES.has(words)) return true;
  if (last === 'tech' && (UNIVERSITY_STATES.has(words) || isPlaceName(tokens, a, b - 1))) return true;
  // (The campus is a town's name, which the gazetteer may not hold: "UC Berkeley", "Cal State Fullerton".)
  const campus = (k: number) => b - k <= 2 && every(tokens, k, b, (t) => t.cap && !t.allCaps && !isOrgHead(t));
  if (tokens[a].allCaps && UNIVERSITY_SYSTEMS.has(tokens[a].lower)) return campus(a + 1);
  return b >= a + 2 && tokens[a].lower === 'cal' && tokens[a + 1].lower === 'state' && campus(a + 2);
}

/** Colours that open a team's name before a plural: "Red Sox", "Blue Jays", "Red Wings". */
const TEAM_COLOURS = new Set(['red', 'white', 'blue', 'black', 'green', 'gold', 'golden', 'silver', 'orange']);

/** Tokens k, b (b = k + 1) are a colour and a plural, or "Sox": a team's name after its town ("Red Sox", "Blue Jays"). */
function colourTeam(tokens: readonly Token[], k: number, b: number): boolean {
  const t = tokens[b];
  return b === k + 1 && TEAM_COLOURS.has(tokens[k].lower) && !tokens[k].allCaps && !t.allCaps && !t.possessive &&
    (t.lower === 'sox' || (/[^s]s$/.test(t.lower) && isCommonWord(t.lower.slice(0, -1))));
}

/**
 * Acronyms that abbreviate a place, not a body: cities, states and countries the gazetteer knows only spelled out, and
 * US postal codes that are no common abbreviation of anything else (not "VA", "MD", "PA", "CO", "IN", "OR", "ME").
 * (Not a state's formal initials, "DPRK", "ROK", "GDR": diplomatic prose uses them for the government.)
 */
export const PLACE_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['nyc', 'New York City'], ['nz', 'New Zealand'], ['ksa', 'Saudi Arabia'], ['uae', 'United Arab Emirates'],
  ['ussr', 'Soviet Union'], ['prc', 'China'], ['drc', 'Democratic Republic of the Congo'],
  ['az', 'Arizona'], ['fl', 'Florida'], ['tx', 'Texas'], ['ca', 'California'], ['ny', 'New York'], ['nj', 'New Jersey'],
  ['nc', 'North Carolina'], ['sc', 'South Carolina'], ['nh', 'New Hampshire'], ['nm', 'New Mexico'], ['nv', 'Nevada'],
  ['wi', 'Wisconsin'], ['mi', 'Michigan'], ['mn', 'Minnesota'], ['ia', 'Iowa'], ['ks', 'Kansas'], ['ky', 'Kentucky'],
  ['tn', 'Tennessee'], ['vt', 'Vermont'], ['wv', 'West Virginia'], ['wy', 'Wyoming'], ['nd', 'North Dakota'],
  ['sd', 'South Dakota'], ['ri', 'Rhode Island'], ['la', 'Los Angeles'],
]);

/** Words that complete a body's name after its acronym ("QVTA Tour", "QVTA Sports"), though the text writes them in lower case. */
const ACRONYM_BODY_WORDS = new Set(['tour', 'sports', 'live', 'online', 'digital', 'films', 'music', 'records', 'games']);

/**
 * Nouns that end the name of something that happened rather than of a body or a place: "the Dorvale Attacks", "the
 * Talvik Conflict", "the Qoll Talks" (besides the laws, wars and contests of MISC_HEADS).
 */
const INCIDENT_HEADS = new Set(`attack attacks bombing bombings shooting shootings massacre conflict talks negotiations flotilla
uprising protest protests earthquake quake floods tsunami disaster siege invasion offensive ceasefire incident
raid raids explosion outbreak bailout`.split(/\s+/));

/** Heads written before a place's name: "Mount Qollvar", "Lake Varrin", "Fort Dalmont" (not "Cape" or "Port": a newspaper's or a firm's name as often). */
const HEAD_FIRST_PLACES = new Set(['mount', 'mt', 'lake', 'fort', 'ft']);

/** Tokens a..b spell a country, region or city of the gazetteer ("New York", "Soviet Union"). */
function gazetteerPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a >= longestPlaceWords() || (tokens[a].lex & LX_PHRASE_FIRST) === 0) return false;
  const phrase = phraseOf(tokens, a, b);
  return PLACE_PHRASES.has(phrase) || PLACE_PHRASES.has(normPlace(phrase));
}

/** The word at `start` follows a slash inside a web address ("twitter.com/JaneRoe"), not between names ("CNN/ORC"). */
function inWebAddress(text: string, start: number): boolean {
  let k = start - 1;
  while (k > 0 && k > start - 200 && !isSpaceCode(text.charCodeAt(k - 1))) k--;
  const word = text.slice(k, start);
  return word.includes('://') || /\.[a-z]{2,}\//.test(word);
}
const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/**
 * A resident's word made from a place's name ("Vermonter", "Floridians", "Texan", "Ohioans"), never a given name
 * (a surname such as "Walker" before a given name is rare, and a given name here opens the name).
 */
function placeDemonym(t: Token): boolean {
  if (!t.cap || t.allCaps || isGiven(t) || isCommonWord(t.lower)) return false;
  const w = t.lower;
  for (const [suffix, ends] of DEMONYM_SUFFIXES) {
    if (w.length <= suffix.length + 2 || !w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    for (const e of ends) { const tier = placeTier(stem + e); if (tier !== undefined && tier !== 'town') return true; }
  }
  return false;
}
/** Endings of residents' words, each with what the place's name ends in instead. */
const DEMONYM_SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ers', ['']], ['er', ['']], ['ians', ['ia', 'a', 'y', '']], ['ian', ['ia', 'a', 'y', '']], ['ans', ['a', '', 'as']], ['an', ['a', '', 'as']],
  ['ns', ['']], ['n', ['']],
];

/** "Prize-winning", "Nations-supervised": a common English participle after a hyphen (not a name's syllable). */
function hyphenParticiple(word: string): boolean {
  const h = word.lastIndexOf('-');
  if (h <= 0 || h >= word.length - 4) return false;
  const tail = word.slice(h + 1);
  return /^[a-z]+(?:ing|ed)$/.test(tail) && isCommonWord(tail);
}

/**
 * "Oscar-winner", "Census-taker", "T-shirts": one hyphen between two common English words (or a capital letter and
 * one), the second in lower case, make a common noun or a modifier, not a name's word.
 */
function commonCompound(word: string): boolean {
  const h = word.indexOf('-');
  if (h <= 0 || h !== word.lastIndexOf('-') || word.length - h - 1 < 3) return false;
  const tail = word.slice(h + 1);
  if (!/^[a-z]+$/.test(tail) || !isCommonWord(tail)) return false;
  const head = word.slice(0, h);
  // (One of the two words of five letters or more: romanised given names join short syllables that may be English
  // words, "Lung-bin", "Ki-moon".)
  // ("Spanish-language", "Kurdish-majority": a nationality's or a language's word before a common one is a modifier too.)
  return (h === 1 && /^[A-Z]$/.test(head) && tail.length >= 4) || (h >= 3 && Math.max(h, tail.length) >= 5 && (isCommonWord(head.toLowerCase()) || DEMONYMS.has(head.toLowerCase())));
}

/** Bodies a party word may describe ("a Republican Congress"), and "White House" after a president's name. */
const BODY_NAMES = new Set(['senate', 'congress', 'house']);
/** The country's words before a federal body's name: "U.S. House", "US Senate". */
const US_WORDS = new Set(['u.s.', 'us', 'u.s', 'usa', 'federal']);
/** A national government's departments named "X Department": "State Department", "Justice Department". */
const NATIONAL_DEPARTMENTS = new Set(['state', 'justice', 'defense', 'defence', 'treasury', 'commerce', 'labor', 'energy', 'interior', 'homeland',
  'agriculture', 'transportation', 'education', 'war', 'navy']);

/** Heads that name a state's form, which an adjective may open: "Islamic Republic of …", "United Kingdom of …". */
const STATE_FORMS = new Set(['republic', 'kingdom', 'emirate', 'emirates', 'commonwealth', 'principality', 'federation', 'confederation']);

/** Titles of royals and lords, after which places are named ("Prince Edward Island"). */
const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'lord', 'lady', 'duke', 'duchess', 'emperor', 'empress', 'sultan', 'sheikh']);

/** A surname's particle written small ("van", "du") right before token b: b is a surname's word, no head. */
const particleBefore = (tokens: readonly Token[], b: number): boolean => !tokens[b - 1].cap && (tokens[b - 1].lex & LX_PARTICLE) !== 0;

/** Place heads that are common surnames too. */
const SURNAME_HEADS = new Set(['park', 'lake', 'bay', 'beach', 'forest', 'hills', 'springs', 'rivers', 'heights', 'falls', 'city', 'town', 'ridge']);
/** "the" and prepositions of where before a place: "in", "at", "near", "across" … (not "to", "from", "with", "by": people follow those). */
const WHERE_BEFORE = new Set(['the', 'in', 'at', 'near', 'across', 'into', 'inside', 'outside', 'along', 'around', 'through', 'throughout', 'beside', 'opposite']);

/**
 * Where a run's title ends and its name starts (`nameFirst`), with a place completing the title ("Governor of
 * Washington Chris Gregoire"). A title whose "of" complement ends the run names no one: `nameFirst` is past the run and
 * `complement` the complement's first token.
 */
interface TitleSplit { titleLast: number; nameFirst: number; place?: [number, number]; complement?: number }

function titleEnd(tokens: readonly Token[], a: number, b: number): TitleSplit | null {
  for (let i = b - 1; i >= a; i--) {
    if (!isTitleWord(tokens[i])) continue;
    // "Secretary of State", "Minister of Foreign Affairs": the complement belongs to the title.
    let j = i + 1;
    let place: [number, number] | undefined;
    // "Undersecretary for Trade Affairs Jane Roe": a "for" complement runs up to a given name, which starts the name;
    // a given name right after "for" ("a word from the Lord for Jane Roe": a preposition) starts a name of its own.
    if (j < b && tokens[j].lower === 'for') {
      let k = j + 1;
      while (k < b && tokens[k].lower === 'the') k++;
      const from = k;
      while (k <= b && !isGiven(tokens[k])) k++;
      if (k === from) return { titleLast: b, nameFirst: b + 1, complement: from };
      // (Without a name, only a place is named: "Minister for Ulvania"; "Commissioner for Fisheries" names no one.)
      if (k > b) return { titleLast: b, nameFirst: b + 1, complement: isPlaceName(tokens, from, b) ? from : b + 1 };
      // ("Senator for Ohio Jane Roe": a place completes the title and is a place of its own.)
      return { titleLast: k - 1, nameFirst: k, place: isPlaceName(tokens, from, k - 1) ? [from, k - 1] : undefined };
    }
    // "Secretary of the Interior Jane Roe", "Speaker of the House Jane Roe": an "of the" complement runs up to a given
    // name as a "for" one does; without one it names a body or a place, or no one ("Secretary of the Navy").
    if (j + 2 <= b && tokens[j].lower === 'of' && tokens[j + 1].lower === 'the' && tokens[j + 2].cap) {
      const from = j + 2;
      let k = from;
      while (k <= b && !(isGiven(tokens[k]) && !tokens[k].allCaps)) k++;
      if (k > b) {
        const named = isPlaceName(tokens, from, b) || findOrgHead(tokens, from, b) >= 0;
        return { titleLast: b, nameFirst: b + 1, complement: named ? from : b + 1 };
      }
      if (k > from) return { titleLast: k - 1, nameFirst: k, place: isPlaceName(tokens, from, k - 1) ? [from, k - 1] : undefined };
    }
    if (j <= b && tokens[j].lower === 'of') {
      j++;
      while (j <= b && (DEPARTMENT_WORDS.has(tokens[j].lower) || tokens[j].lower === 'the')) j++;
      // "the Governor of Texas", "the Mayor of Vellmar" (and nothing after): the complement is a jurisdiction or a
      // body, not the name of whoever holds the title. (After a department word a name does follow: "Secretary of
      // State Blinken".)
      if (j === i + 2 && (j === b || (j < b && isPlaceName(tokens, j, b)))) return { titleLast: b, nameFirst: b + 1, complement: j };
      // "Governor of Washington Chris Gregoire": a place completes the title and is a place of its own.
      for (let q = Math.min(b - 1, j + 3); q >= j; q--) {
        if (isPlaceName(tokens, j, q)) { place = [j, q]; j = q + 1; break; }
      }
      // "Director of Budget Affairs Jane Roe": another complement runs up to a given name, as a "for" one does.
      if (!place && !isGiven(tokens[j])) {
        let k = j + 1;
        while (k < b && !(isGiven(tokens[k]) && !tokens[k].allCaps)) k++;
        if (k < b) return { titleLast: k - 1, nameFirst: k };
      }
      // Everything up to here is title; the name needs at least one more token.
    }
    // "Chief Operating Officer", "Chief Financial Officer": the office's word belongs to the title.
    if (j < b && bare(tokens[i].lower) === 'chief' && CHIEF_OFFICES.has(bare(tokens[j].lower))) j++;
    // "Speaker" in "House Speaker": the title may also carry a second title word ("Chairman Rep.").
    if (j > b) return null;
    if (isTitleWord(tokens[j]) && j < b) continue;
    // "Martin Luther King Jr.", "Martin Luther King Boulevard": a title word right after a given name, followed by
    // nothing but a generation's suffix or by a place's head, is the surname of the name it ends (no one is named
    // "Jr."; a street or a memorial is named after the whole person).
    if (j === i + 1 && i > a && isGiven(tokens[i - 1]) && !tokens[i - 1].allCaps && !tokens[i].possessive &&
      (every(tokens, j, b, (t) => NAME_SUFFIXES.has(t.lower) || NAME_SUFFIXES.has(`${bare(t.lower)}.`)) ||
        ((tokens[b].lex & LX_PLACE_HEAD) !== 0 || FACILITY_HEADS.has(bare(tokens[b].lower))))) continue;
    return { titleLast: j - 1, nameFirst: j, place };
  }
  return null;
}

/** Where a title before `runStart` begins ("White House press secretary"), reading words leftwards; runStart if none. */
function titleLeftPos(text: string, runStart: number): number {
  const w1 = prevWord(text, runStart);
  if (!w1 || w1.possessive) return runStart;
  const low1 = bare(w1.lower);
  if (!(ROLE_NOUNS.has(low1) || TITLE_WORDS.has(low1) || HONORIFICS.has(low1))) return runStart;
  let start = w1.start;
  for (let steps = 0; steps < 6; steps++) {
    const w = prevWord(text, start);
    if (!w || w.possessive) break;
    const low = bare(w.lower);
    const capWord = isUpperChar(text, w.start) && !STOPWORDS.has(low);
    if (!(capWord || TITLE_MODIFIERS.has(low) || ROLE_NOUNS.has(low) || TITLE_WORDS.has(low) || DEMONYMS.has(low))) break;
    start = w.start;
  }
  return start;
}

const isUpperChar = (text: string, i: number): boolean => {
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

function genderOfWords(words: readonly string[], c: Candidate): void {
  for (const w of words) {
    const h = HONORIFICS.get(w);
    if (h === 'm' || h === 'f') { c.gender = h; c.genderStrong = true; }
    const g = GENDERED_ROLES.get(w);
    if (g) { c.gender = g; c.genderStrong = true; }
  }
}

/** "I’ve", "I'm", "We’re": a pronoun with its verb is capitalised but never a name's word ("Jim Roe I’ve known"). */
const isPronounContraction = (t: Token): boolean => t.lower.length <= 7 && /^(?:i|we|you|they)['’](?:m|ve|ll|d|re)$/.test(t.lower);

/** The word at `start` is glued by a hyphen to a lower-case word before it ("fellow-Scots", "ex-Marine"). */
function hyphenGlued(text: string, start: number): boolean {
  return start >= 2 && text.charCodeAt(start - 1) === 45 && /\p{Ll}/u.test(text[start - 2]);
}

/** A university's or college's name with its "of" complement, then " at ": what follows names the campus. */
const CAMPUS_AT = /\b(?:University|College) of (?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} at $/u;

/** Scans the tokens once and returns every capitalised name run, classified as far as the run alone allows. */
export function findCandidates(text: string, tokens: readonly Token[], seenLower: (lower: string) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t0 = tokens[i];
    if (!t0.cap || isPronounContraction(t0)) { i++; continue; }
    // "@JaneRoe", "#StopTheVote", "twitter.com/JaneRoe": a handle, a hashtag or a web address's path is no name in the prose.
    const mark = t0.start > 0 ? text.charCodeAt(t0.start - 1) : 0;
    if (mark === 64 || mark === 35 || (mark === 47 && inWebAddress(text, t0.start))) { i++; continue; }
    // Grow the run.
    let j = i;
    let hasOrgHead = isOrgHead(t0) || isTitleWord(t0);
    // An organization head proper (not a title) in the run: lets "of the" / "for the" go on ("Bank of the …").
    let hasOrgWord = isOrgHead(t0);
    // The run already holds "of" or "for" (kept as a flag: re-reading the run per word made long runs quadratic).
    let hasOfFor = false;
    while (j + 1 < n && (!tokens[j].possessive || possessiveGoesOn(tokens, j)) && tokens[j].suffix === undefined) {
      const nx = tokens[j + 1];
      if (!nx.joinPrev) {
        // Robert C. "Bobby" Roe: a quoted nickname between a given name (or its initial) and the surname.
        const k = nicknameEnd(text, tokens, i, j);
        if (k < 0) break;
        j = k;
        continue;
      }
      if (nx.cap || (nx.allCaps && nx.text.length > 1)) {
        if (isPronounContraction(nx)) break;
        // "… worked at Dalgren & Co. Obama later hired him": a firm's legal form with its period ends the firm's name;
        // a capitalised word after it opens the next sentence, which the splitter does not see after an abbreviation
        // (not another legal form, a head or a title: "Qollvex Co. Ltd.", "Dorvale Co. Sheriff").
        if (FIRM_FORMS.has(bare(tokens[j].lower)) && text.charCodeAt(tokens[j].end - 1) === 46 && !isOrgHead(nx) && !isTitleWord(nx) &&
          !FIRM_FORMS.has(bare(nx.lower))) break;
        // A sentence split after an initial ("G.K. Butterfield") does not end the name.
        if (nx.initial && !INITIALS.test(tokens[j].text)) break;
        j++;
        if (isOrgHead(nx) || isTitleWord(nx)) hasOrgHead = true;
        if (isOrgHead(nx)) hasOrgWord = true;
        if (nx.lower === 'of' || nx.lower === 'for') hasOfFor = true;
        continue;
      }
      // Lower-case particles and connectors only when a capitalised word follows.
      const after = tokens[j + 2];
      if (!after || !after.joinPrev || after.initial) break;
      const low = nx.lower;
      // "United States of America", "Saint Kitts and Nevis", "Newcastle upon Tyne": a gazetteer name from the run's
      // start over its lower-case words, the longest that fits.
      if ((t0.lex & LX_PHRASE_FIRST) !== 0 && j + 2 - i < longestPlaceWords()) {
        const k = gazetteerPhraseEnd(tokens, i, j + 2);
        if (k > j) { j = k; continue; }
      }
      // "Society for the Protection of …", "Bank of the Talvik Republic": an organization's head, then "of the" or
      // "for the" and a capitalised word.
      if (!after.cap) {
        const third = tokens[j + 3];
        // ("Democratic Republic of the Talvik": a place head, then "of the".)
        // ("Committee for a Responsible Budget": "for a" too, after a head that names an aim; not "asked Congress for a …".)
        // ("Secretary of the Interior Jane Roe": a title's "of the" too.)
        if ((after.lower === 'the' || (low === 'for' && (after.lower === 'a' || after.lower === 'an') && AIM_HEADS.has(bare(tokens[j].lower)))) &&
          (low === 'of' || low === 'for') &&
          third && third.joinPrev && third.cap && !third.initial &&
          ((low === 'of' ? ofHead(tokens[j]) : forHead(tokens[j])) || (hasOrgWord && hasOfFor) || (low === 'of' && (tokens[j].lex & LX_PLACE_HEAD) !== 0) ||
            (low === 'of' && memberOf(tokens, i, j)) ||
            (low === 'of' && after.lower === 'the' && isTitleWord(tokens[j]) && ROLE_NOUNS.has(bare(tokens[j].lower))))) {
          hasOfFor = !MEMBER_OF_NOUNS.has(tokens[j].lower);
          j += 3;
          continue;
        }
        // "Ursula von der Leyen", "Carlos de los Santos": two particles, then the surname.
        if (PARTICLES.has(low) && !CONNECTORS.has(low) && (PARTICLES.has(after.lower) || after.lower === 'los' || after.lower === 'las') &&
          third && third.joinPrev && third.cap && !third.initial) {
          j += 3;
          continue;
        }
        break;
      }
      if (PARTICLES.has(low) && !CONNECTORS.has(low)) { j += 2; continue; }
      // "Peter the Great", "Pliny the Elder": a ruler's or a writer's epithet after "the" is part of the name.
      if (low === 'the' && EPITHETS.has(after.lower) && (j === i || isGiven(tokens[j]) || (j === i + 1 && isTitleWord(tokens[i]))) && !isOrgHead(tokens[j]) &&
        !(tokens[j + 3]?.joinPrev && tokens[j + 3].cap)) {
        j += 2;
        continue;
      }
      // "Democracy for America", "Concerned Women for Talvik": one to three capitalised words, no place, title or
      // acronym, then "for" and a country alone, name an advocacy group.
      if (low === 'for' && forCountryBody(tokens, i, j)) { j += 2; continue; }
      // "Dorvale Citizens for Clean Water": a plural noun of people, "for" and common words.
      if (low === 'for' && MEMBER_FOR_NOUNS.has(tokens[j].lower) && commonForComplement(tokens, j + 2)) { j += 2; continue; }
      // ("Council on Foreign Relations", but not "launched from the Qoll Center on STS-9": a mission's or a flight's code
      // after "on" is where the name ends.)
      if ((low === 'of' || low === 'for' || (low === 'on' && !/\d/.test(after.text) && onHead(tokens, j))) && ((low === 'for' ? forHead(tokens[j]) : ofHead(tokens[j])) || isTitleWord(tokens[j]) || (hasOrgHead && hasOfFor) ||
        (low === 'of' && memberOf(tokens, i, j)))) {
        // (An "on" complement takes "and" as "of" and "for" ones do: "Committee on Parks and Recreation".)
        hasOfFor = !MEMBER_OF_NOUNS.has(tokens[j].lower);
        j += 2;
        continue;
      }
      // "Gulf of Talvik", "Republic of Ulvania", "Tower of Vellmar", "the Dorvale Hall of Science": a place or facility
      // head and its complement (a facility's of one word that ends the run: "Hall of Famer Jane Roe" names a person).
      if (low === 'of' && ((tokens[j].lex & LX_PLACE_HEAD) !== 0 ||
        (FACILITY_HEADS.has(tokens[j].lower) && !(tokens[j + 3]?.joinPrev && tokens[j + 3].cap)))) {
        j += 2;
        continue;
      }
      // "Trinidad and Tobago": a place the gazetteer names with "and".
      if (low === 'and' && PLACE_PHRASES.has(`${tokens[j].lower} and ${after.lower}`)) {
        j += 2;
        continue;
      }
      // "the University of Dalmont and Vellmar's Qoll Academy": a place's possessive after "and" opens what is the
      // place's, no second half of the name before it.
      if (low === 'and' && after.possessive && (after.lex & LX_PLACE) !== 0) break;
      // "the University of Dalmont and Qoll Mellon", "the Guild of Varrin Writers and Guild of Qoll Writers": two bodies.
      if (low === 'and' && hasOfFor && secondBodyAfterAnd(tokens, i, j)) break;
      // "Secretary of State Jane Roe and Prime Minister Mark Doe": a given name and a surname end a person's name, and
      // "and" after it joins no body's words.
      if (low === 'and' && j > i && isGiven(tokens[j - 1]) && !tokens[j - 1].allCaps && !isGiven(tokens[j]) && !isOrgHead(tokens[j]) &&
        !(tokens[j].lex & LX_PLACE_HEAD) && tokens[j - 2]?.lower !== 'of' && tokens[j - 2]?.lower !== 'for') break;
      if (low === 'and') {
        let e = capitalisedEnd(tokens, j + 2);
        // ("Health and Human Services Secretary Jane Roe": the head may come before a title and a name.)
        for (let k = j + 3; k < e; k++) if (isOrgHead(tokens[k]) && !isTitleWord(tokens[k]) && isTitleWord(tokens[k + 1]) && !isOrgHead(tokens[k + 1])) { e = k; break; }
        const headed = e >= j + 3 && (isOrgHead(tokens[e]) || FACILITY_HEADS.has(bare(tokens[e].lower)));
        // "University of Dalmont and Ohio State University": a place opening a second headed name starts a name of
        // its own.
        if (headed && hasOfFor && (after.lex & LX_PLACE) !== 0) break;
        // "the Varrin Air and Space Museum", "Peace and Justice Party": two common words around "and" (no acronym,
        // name or head), then a head, are one name.
        // (A rarer word after "and" too, and before it an abstract noun's: "Immigration and Naturalization Service".)
        // (Not after a named landform: "Death Valley and Qoll National Park" are two places.)
        if (headed && !hasOfFor && pairLeft(tokens[j], every(tokens, i, j - 1, (t) => t.lower === 'the' || (t.lex & LX_PLACE) !== 0)) && nameLessWord(after) && !FACILITY_HEADS.has(bare(tokens[j].lower)) &&
          !(j > i && LANDFORM_HEADS.has(tokens[j].lower))) {
          j += 2;
          continue;
        }
      }
      // ("… Court of Appeals and William Qoll": a given name after "and" starts a person's name.)
      // "Office of Budget and Planning" is one name, "the Assembly and Senate" two bodies: without an "of" or "for"
      // before it, "and" after an organization's head ends the name; a title ("President Jane Roe and Congress")
      // joins nothing. "&" between capitalised words is a firm's ("Dalgren & Qoll"), not between two given names or
      // next to a title.
      if ((low === '&' && !isTitleWord(tokens[j]) && !isTitleWord(after) && !(isGiven(tokens[j]) && isGiven(after))) || (low === 'and' && (hasOfFor || !isOrgHead(tokens[j])) && (hasOrgWord || hasOfFor) &&
        (isOrgHead(after) || (hasOfFor && (!isGiven(after) || commonPair(tokens, j + 2)))))) {
        j += 2;
        continue;
      }
      if (low === 'the' && tokens[j].lower === 'of') { j++; continue; }
      break;
    }
    // "the Varrin Sea, Air and Space Museum": a common word, a comma, then two common words around "and" and a
    // building's or a body's head are one name (a series inside it), not a name and a museum. (Not after a head: "the
    // Talvik Council, Trade and Industry Board" are two.)
    const series = seriesHeadEnd(text, tokens, i, j);
    if (series > j) j = series;
    // "Air Force One", "the Qoll Guard Two": a capitalised "One" or "Two" right after a body's head names the aircraft
    // that carries a leader, not the body; no name of it.
    if (j > i && isOrgHead(tokens[j]) && /^ (?:One|Two)\b/.test(text.slice(tokens[j].end, tokens[j].end + 5))) { i = j + 1; continue; }
    const before = out.length;
    classifyRun(text, tokens, i, j, out, seenLower);
    // "USA Today", "a Qoll TODAY report": a capitalised "Today" right after a name read as a place or a body, inside a
    // sentence (the tokenizer drops the word), makes a publication's or a programme's name of it, not a place and a day.
    const last = out.length > before ? out[out.length - 1] : undefined;
    // (Not a shouted line: "THE QOLL MOVEMENT TODAY".)
    if (last && last.kind !== 'person' && last.end === tokens[j].end && !tokens[j].headline && !tokens[j].possessive && !last.titled &&
      !(last.last > last.first && tokens[last.first].allCaps && tokens[last.last].allCaps)) {
      const today = /^ (?:Today|TODAY)\b/.exec(text.slice(last.end, last.end + 7));
      if (today) out[out.length - 1] = { ...last, kind: 'organization', end: last.end + today[0].length };
    }
    // "the 5th Street Gym", "the 3rd Congressional District": an ordinal in figures right before a street's or a
    // district's name is its first word (the tokenizer reads no capital in it).
    const firstNow = out.length > before ? out[out.length - 1] : undefined;
    // ("21st Century Fox": a century's only before more of the name.)
    if (firstNow && firstNow.first === i && firstNow.start === tokens[i].start &&
      (ORDINAL_HEADS.has(bare(tokens[i].lower)) || (tokens[i].lower === 'century' && firstNow.last > i))) {
      const ord = ORDINAL_BEFORE.exec(text.slice(Math.max(0, firstNow.start - 8), firstNow.start));
      if (ord) out[out.length - 1] = { ...firstNow, start: firstNow.start - ord[1].length - 1 };
    }
    // "BBC Radio 4", "Channel 4", "Interstate 95": a number after a channel's, a station's or a road's word is part of
    // its name (not after a possessive or a line's end).
    const lastNow = out.length > before ? out[out.length - 1] : undefined;
    if (lastNow && lastNow.kind !== 'person' && lastNow.end === tokens[j].end && !tokens[j].possessive && NUMBERED_HEADS.has(tokens[j].lower)) {
      const num = /^ \d{1,3}(?!\d|[.,]\d|[:%/-])/.exec(text.slice(lastNow.end, lastNow.end + 6));
      if (num) out[out.length - 1] = { ...lastNow, end: lastNow.end + num[0].length };
    }
    i = j + 1;
  }
  // "Washington, D.C.": the district's letters after the comma are part of the city's name, one place (a town and its
  // state, "Dorvale, Ohio", stay two).
  for (let k = 0; k + 1 < out.length; k++) {
    const c = out[k];
    const d = out[k + 1];
    if ((c.kind !== 'place' && c.kind !== 'single') || tokens[c.last].lower !== 'washington' || tokens[c.last].possessive || d.first !== d.last ||
      !/^D\.?\s?C\.?$/.test(tokens[d.first].text) || !/^,\s?$/.test(text.slice(c.end, d.start))) continue;
    out.splice(k, 2, { ...c, kind: 'place', last: d.last, end: d.end });
  }
  trimCommonLead(text, tokens, out);
  return out;
}

/**
 * "Top Roe adviser", "Whereas Roe won …", "Bashing Jane Roe": a person's run opened by a common English word that is
 * no given name, title or place, whose rest ends as a full name of the text opened by a given name or a title does ("Jane
 * Roe"), with another first word: the word is no part of the name (a headline's or a sentence's word). ("Rush Varrin" keeps its
 * first word: no other person of the text is called Varrin.)
 */
function trimCommonLead(text: string, tokens: readonly Token[], out: Candidate[]): void {
  // (The full names by each tail a run's rest may equal: the name itself and what follows each of its spaces.)
  let fullNames: Map<string, Candidate[]> | null = null;
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if ((c.kind !== 'person' && c.kind !== 'single') || c.last === c.first || c.last - c.first > 2 || c.titled) continue;
    const t = tokens[c.first];
    if (t.allCaps || isGiven(t) || isTitleWord(t) || (t.lex & (LX_PLACE | LX_DEMONYM)) !== 0 || !isCommonWord(t.lower)) continue;
    const rest = text.slice(tokens[c.first + 1].start, c.end);
    // (A full name with a given name first or a title: its surname is a person's.)
    fullNames ??= byTail(text, out.filter((d) => d.kind === 'person' && d.last > d.first && (d.titled || isGiven(tokens[d.first]))));
    // (Its text is the rest, or ends in a space and the rest.)
    const other = fullNames.get(rest)?.some((d) => d !== c && tokens[d.first].text !== t.text) ?? false;
    if (!other) continue;
    const first = c.first + 1;
    out[k] = { ...c, first, start: tokens[first].start, kind: first === c.last && !isGiven(tokens[first]) ? 'single' : c.kind };
  }
}

/** Candidates by their text and by the text after each space in it. */
function byTail(text: string, cands: readonly Candidate[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  const add = (key: string, d: Candidate) => {
    const list = out.get(key);
    if (list) list.push(d);
    else out.set(key, [d]);
  };
  for (const d of cands) {
    add(text.slice(d.start, d.end), d);
    for (let i = text.indexOf(' ', d.start); i >= 0 && i < d.end; i = text.indexOf(' ', i + 1)) add(text.slice(i + 1, d.end), d);
  }
  return out;
}

const NICKNAME_OPEN = /^ +[“"‘']$/;
const NICKNAME_CLOSE = /^[”"’'] +$/;

/**
 * The surname's token when a one-word quoted nickname follows the run i..j and a capitalised word follows it on the
 * same line ('Thomas B. "Tommy" Roe', "Jane ‘Jinx’ Roe"), or -1. The run must end in a given name or a middle initial
 * and hold no organization head; the nickname must not open a sentence of its own.
 */
function nicknameEnd(text: string, tokens: readonly Token[], i: number, j: number): number {
  const nick = tokens[j + 1];
  const sur = tokens[j + 2];
  const last = tokens[j];
  if (!sur || !nick.cap || nick.allCaps || !sur.cap || sur.allCaps || last.possessive || nick.possessive || nick.suffix !== undefined) return -1;
  if (!isGiven(last) && !INITIALS.test(last.text)) return -1;
  if (!NICKNAME_OPEN.test(text.slice(last.end, nick.start)) || !NICKNAME_CLOSE.test(text.slice(nick.end, sur.start))) return -1;
  for (let k = i; k <= j; k++) if (isOrgHead(tokens[k])) return -1;
  return j + 2;
}

/**
 * The run i..j holds an "of" or "for" name and "and" follows token j: true when the words after "and" start a second
 * body, not the name's own pair ("Department of Housing and Urban Development", "Port Authority of Dalmont and Qoll
 * County"). A name holds one "and" ("… of Obstetricians and Gynecologists and Varrin Seals" are two); words after it
 * that repeat the name's first word or have a head with their own "of" or "for" name a body of their own ("Guild of
 * Varrin Writers and Guild of Qoll Writers"); and after a place that completes the "of" ("University of Dalmont"),
 * words that are no place are another body's ("… and Qoll Mellon"), where a place would share the "of" ("… of
 * Dalmont and Qoll County"); words after it that end in the name's head are a second body of that kind ("University of
 * Dalmont and Qoll State University").
 */
function secondBodyAfterAnd(tokens: readonly Token[], i: number, j: number): boolean {
  let of = -1;
  for (let k = i; k <= j; k++) {
    const low = tokens[k].lower;
    if (low === 'and' || low === '&') return true;
    if (low === 'of' || low === 'for') of = k;
  }
  const f = j + 2;
  const e = capitalisedEnd(tokens, f);
  if (e < f) return false;
  if (e > f && tokens[f].lower === tokens[i].lower) return true;
  for (let k = f; k <= e; k++) {
    const nx = tokens[k + 1];
    if (isOrgHead(tokens[k]) && nx && nx.joinPrev && (nx.lower === 'of' || nx.lower === 'for')) return true;
  }
  if (of < 0) return false;
  // ("the University of Dalmont and Qoll State University": words after "and" that end in the head before "of" are a
  // second body of that kind.)
  if (of > i && e > f && isOrgHead(tokens[e]) && bare(tokens[e].lower) === bare(tokens[of - 1].lower)) return true;
  const from = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  if (from > j || !isPlaceName(tokens, from, j)) return false;
  for (let k = e; k >= f; k--) if (isPlaceName(tokens, f, k)) return false;
  return true;
}

/** Words a number follows in a name: "Channel 4", "BBC Radio 4", "Interstate 95", "Route 66". */
const NUMBERED_HEADS = new Set(['channel', 'radio', 'interstate', 'route', 'highway']);

/** Words naming an event, which no person's name holds inside it ("Fan Expo Dorvale"). */
const EVENT_WORDS = new Set(['expo', 'festival', 'olympics', 'paralympics', 'olympiad', 'exhibition', 'carnival', 'marathon']);
/** Creeds' words that end a creed's name ("Roman Catholic", "Greek Orthodox"), never a person's. */
const CREED_WORDS = new Set(['catholic', 'orthodox', 'protestant', 'evangelical', 'anglican', 'lutheran', 'methodist', 'presbyterian', 'episcopalian', 'pentecostal']);
/** Words before a season's name that make it the season ("in Spring", "last Autumn", "the Summer of 1969"). */
const SEASON_BEFORE = new Set(['in', 'during', 'this', 'last', 'next', 'early', 'late', 'mid', 'the', 'until', 'since', 'by', 'through', 'every', 'each']);
/** A weekday's name right after a word ("Super Tuesday"). */
const WEEKDAY_AFTER = /^ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** `word` is written with its capital somewhere other than before a weekday's name ("Pence Thursday" after "Mike Pence"). */
function capitalisedElsewhere(text: string, word: string): boolean {
  return memoOfText('capitalisedElsewhere', text, word, () => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
      const rest = text.slice(at + word.length, at + word.length + 11);
      if (/^[\p{L}\p{N}]/u.test(rest)) continue;
      if (!WEEKDAY_AFTER.test(rest)) return true;
    }
    return false;
  });
}
/** Prepositions that put something in a place ("in", "from", "near"). */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'at', 'across', 'outside', 'inside', 'throughout']);
/** Seasons that are given names too ("Summer", "Autumn"): before an event's word they say which games, not whose. */
const SEASON_WORDS = new Set(['summer', 'winter', 'spring', 'autumn', 'fall']);
/** What is named after a person and is none: shows, prizes, chairs, effects. */
const NAMED_AFTER_HEADS = new Set(['show', 'hour', 'files', 'classic', 'invitational', 'chair', 'professorship', 'lecture', 'effect', 'doctrine',
  'prize', 'award', 'awards', 'medal', 'scholarship', 'fellowship', 'footwear', 'golf']);
/** Words that name an event when they end the name: contests ("the Varrin Championship", "the Qoll Cup"), meetings ("the Talvik Summit"), unrest ("the Dorvale Riot"). */
const EVENT_LAST_WORDS = new Set(['championship', 'championships', 'tournament', 'cup', 'summit', 'riot', 'riots', 'open', 'opens']);

/** Where "…, A and B Head" after the run i..j ends (its head's token), or -1: see findCandidates. */
function seriesHeadEnd(text: string, tokens: readonly Token[], i: number, j: number): number {
  const k = j + 1;
  if (k + 3 >= tokens.length || j <= i || text.slice(tokens[j].end, tokens[k].start) !== ', ') return -1;
  const last = tokens[j];
  if (!plainWord(last) || last.possessive || isOrgHead(last) || isTitleWord(last) || FACILITY_HEADS.has(bare(last.lower))) return -1;
  // ("the Qoll Sea, Air & Space Museum": "&" as "and".)
  if ((tokens[k + 1].lower !== 'and' && tokens[k + 1].lower !== '&') || !tokens[k + 1].joinPrev || !pairLeft(tokens[k], false) || isTitleWord(tokens[k])) return -1;
  const after = tokens[k + 2];
  if (!after.joinPrev || !after.cap || !nameLessWord(after)) return -1;
  const e = capitalisedEnd(tokens, k + 2);
  if (e < k + 3 || tokens[e].possessive) return -1;
  const head = tokens[e];
  return isOrgHead(head) || FACILITY_HEADS.has(bare(head.lower)) ? e : -1;
}

const LEGISLATURES = new Set(['house', 'senate', 'congress', 'legislature', 'assembly', 'council']);
const LEGISLATURE_LEVELS = new Set(['u.s.', 'us', 'state', 'city']);
/** A party word, then at most one level word ("U.S.", "State", "City"), then a legislature, and nothing more. */
function partyHeldBody(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > 2 || !PARTY_WORDS.has(bare(tokens[a].lower)) || tokens[a].allCaps !== (tokens[a].lower === 'gop')) return false;
  if (!LEGISLATURES.has(tokens[b].lower) || tokens[b].possessive) return false;
  return b - a === 1 || LEGISLATURE_LEVELS.has(tokens[a + 1].lower);
}

/** A two-letter US postal code in capitals after "Town, ", with no word after it ("Dorvale, VA." / "Dorvale, VA, said"). */
function postalSlot(text: string, t: Token, plain: string): boolean {
  if (plain.length !== 2 || t.text.replace(/\.$/, '').length !== 2) return false;
  if (!SLOT_POSTAL_CODES.has(plain) && !WORD_STATE_ABBREVIATIONS.has(plain) && !PLACE_ACRONYMS.has(plain)) return false;
  const s = t.start;
  if (!(s >= 3 && text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 44 && isUpperWordEnd(text, s - 2))) return false;
  return !/^\s?[A-Za-z0-9]/.test(text.slice(t.end, t.end + 2));
}

/**
 * "Randolph, Mass., …", "based in Rockford, Ill.": a state abbreviation that is also a word ("Mass", "Ill") is the
 * state right after a capitalised town and a comma, with its period.
 */
function townStateSlot(text: string, t: Token): boolean {
  if (!WORD_STATE_ABBREVIATIONS.has(t.lower) || text.charCodeAt(t.end) !== 46) return false;
  const s = t.start;
  return s >= 3 && text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 44 && isUpperWordEnd(text, s - 2);
}

// A module constant: esbuild writes a \p{…} literal as `new RegExp(…)`, which inside a function builds a RegExp per call.
const UPPER_LETTER = /\p{Lu}/u;

/** The word ending at `end` (exclusive) starts with a capital letter. */
function isUpperWordEnd(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && /[\p{L}.'-]/u.test(text[k - 1])) k--;
  return k < end && UPPER_LETTER.test(text[k]);
}

/**
 * A name goes on after a possessive word only where the tokenizer joined the next word to it: a firm's legal form
 * ("Dalgren's Inc."), after a collective noun or a saint ("People's Party", "St. Mary's Hospital").
 */
function possessiveGoesOn(tokens: readonly Token[], j: number): boolean {
  const nx = tokens[j + 1];
  return !!nx && nx.joinPrev && nx.cap;
}

/**
 * "… of Housing and Urban Development": a given name that is a common word, then a common word that is no given name,
 * continues an "of" name (not "… of Appeals and William Qoll").
 */
function commonPair(tokens: readonly Token[], k: number): boolean {
  const nx = tokens[k + 1];
  return !!nx && nx.joinPrev && nx.cap && !nx.allCaps && !isGiven(nx) && isCommonWord(bare(tokens[k].lower)) && isCommonWord(bare(nx.lower));
}

/** A capitalised common English word that is no acronym, given name or place ("Space", "Means"). */
const plainWord = (t: Token): boolean =>
  !t.allCaps && !isGiven(t) && (t.lex & (LX_PLACE | LX_STOP)) === 0 && isCommonWord(bare(t.lower));

/** A capitalised word that is no acronym, given name, place, nationality or function word (common or not). */
const nameLessWord = (t: Token): boolean => !t.allCaps && !isGiven(t) && (t.lex & (LX_PLACE | LX_STOP | LX_DEMONYM)) === 0;
/**
 * The word before "and" in a name like "Air and Space Museum": a common word or an abstract noun's ("Immigration and
 * Naturalization Service"), no head of a body ("the Assembly and Senate Committee" are two), but a plural head that
 * opens the name (`opens`: "U.S. Securities and Exchange Commission").
 */
function pairLeft(t: Token, opens: boolean): boolean {
  if (!nameLessWord(t)) return false;
  // (The plural head opens the name, after a place at most: not "Kelmar Holdings and Dalgren Group".)
  if (isOrgHead(t)) return opens && t.lower.endsWith('s') && !t.lower.endsWith('ss') && t.lower !== 'news';
  return plainWord(t) || ABSTRACT_NOUN.test(t.lower);
}
/** Endings of abstract nouns, which name no one and no firm ("Immigration", "Solidarity", "Citizenship"). */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ity|ship|ance|ence|ness|ism|ure|ics)$/;

/** Token b is the complement of an organization's head in the run a..b: "… College of Law", "… for the Study of War". */
function complementOfHead(tokens: readonly Token[], a: number, b: number): boolean {
  let k = b - 1;
  if (k > a && tokens[k].lower === 'the') k--;
  if (k <= a || (tokens[k].lower !== 'of' && tokens[k].lower !== 'for')) return false;
  return findOrgHead(tokens, a, b) >= 0;
}

/** The last of the capitalised words from token k on (at most four, in one sentence); k - 1 for none. */
function capitalisedEnd(tokens: readonly Token[], k: number): number {
  let e = k - 1;
  while (e + 1 < tokens.length && e + 1 < k + 4 && tokens[e + 1].cap && (e + 1 === k || tokens[e + 1].joinPrev)) e++;
  return e;
}

/**
 * The last token of the longest gazetteer place name that starts at token a and reaches at least token from, all in
 * one sentence; -1 for none.
 */
function gazetteerPhraseEnd(tokens: readonly Token[], a: number, from: number): number {
  const limit = Math.min(tokens.length - 1, a + longestPlaceWords() - 1);
  let best = -1;
  let phrase = phraseOf(tokens, a, from - 1);
  for (let k = from; k <= limit && tokens[k].joinPrev; k++) {
    phrase += ' ' + tokens[k].lower;
    if (tokens[k].cap && (PLACE_PHRASES.has(phrase) || PLACE_PHRASES.has(normPlace(phrase)))) best = k;
  }
  return best;
}

/** Last words of football and other clubs' names ("… United", "… Athletic", "… Wanderers", "… Red Sox"). */
const CLUB_WORDS = new Set(['united', 'athletic', 'athletico', 'albion', 'rovers', 'rangers', 'wanderers', 'hotspur', 'sox', 'fc', 'afc', 'cf', 'sc',
  'f.c.', 'a.f.c.', 'c.f.', 's.c.']);
/** A club's last word, lower case ("united", "sox"). */
export const isClubWord = (lower: string): boolean => CLUB_WORDS.has(lower);
/** First words of clubs' names ("Real …", "Sporting …", "Dynamo …"). */
const CLUB_LEADS = new Set(['real', 'sporting', 'dynamo', 'dinamo', 'olympique', 'atletico', 'atlético']);

/**
 * Heads of organizations in French, Spanish, Italian, Portuguese and German names, which open the name ("Banque …",
 * "Partido …", "Universidad de …"): words English does not use.
 */
export const LEADING_HEADS = new Set([
  'banque', 'banco', 'banca', 'compagnie', 'compañía', 'compania', 'societe', 'société', 'società', 'sociedad', 'groupe', 'gruppo', 'grupo',
  'parti', 'partido', 'partito', 'partei', 'institut', 'instituto', 'istituto', 'universidad', 'université', 'universite',
  'università', 'universita', 'universidade', 'universität', 'fundación', 'fundacion', 'fondation', 'fondazione', 'fundação',
  'stiftung', 'asociación', 'asociacion', 'associação', 'comité', 'comite', 'consejo', 'conseil', 'consiglio', 'ministerio',
  'ministère', 'ministero', 'ministerium', 'cour', 'corte', 'tribunal', 'tribunale', 'agence', 'agencia', 'agenzia', 'confédération',
  'federación', 'fédération', 'federazione', 'sindicato', 'syndicat', 'frente', 'movimiento', 'mouvement', 'movimento',
]);

/** Demonyms that are also common surnames ("Jack White", "Kanye West"): never cut off a name's end. */
const SURNAME_DEMONYMS = new Set(['black', 'white', 'west', 'north', 'south', 'east', 'english', 'french', 'irish', 'welsh', 'dutch', 'christian']);
/** Counts opening a sentence ("Twelve Arab League members"): never part of a name, not even an organization's. */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundreds', 'thousands', 'dozens']);
/** First words of place names. */
const PLACE_LEADS = new Set(['mt.', 'mt', 'mount', 'fort', 'ft.', 'port', 'san', 'santa', 'lake', 'cape', 'isla', 'rio']);
/** First words of named events and operations. */
const EVENT_LEADS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'operation', 'super', 'mega']);
/** The four points, which open a place's own name before a word that is none ("West Point"). */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west']);
/** Compass words that open a region's name ("Northern Ulvania"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** Words before a place's name that make the name of an area of it: "Greater Vellmar", "Upstate Talvik". */
const PLACE_QUALIFIERS = new Set(['greater', 'upstate', 'downstate', 'inner', 'outer', 'metro', 'metropolitan', 'downtown', 'uptown', 'midtown']);
/** Compass words that name a city's district after the city's name ("Vellmar North"). */
const DISTRICT_COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
/** "south of", "outside of": what precedes a place. */
const COMPASS_OF = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'suburbs', 'outside', 'capital', 'suburb']);

/** A verb's -ing form at a sentence start ("Injecting Smith into the race"): ends in -ing and also occurs in lower case here. */
function ingForm(t: Token, seenLower: (lower: string) => boolean): boolean {
  const low = t.lower;
  return low.length > 5 && low.endsWith('ing') && seenLower(low);
}

/**
 * A compound of two common words opening the sentence, the second in lower case ("Long-term", "Crew-cut"): capitalised
 * only for its place (commonCompound's length limit is for romanised names inside a sentence).
 */
function openingCompound(t: Token): boolean {
  const h = t.lower.indexOf('-');
  if (h < 3 || h !== t.lower.lastIndexOf('-') || t.lower.length - h - 1 < 3 || isGiven(t)) return false;
  const c = t.text.charCodeAt(h + 1);
  return c >= 97 && c <= 122 && isCommonWord(t.lower.slice(0, h)) && isCommonWord(t.lower.slice(h + 1));
}

/** Months that are given names too (the name lists leave them out: they are months far more often). */
const BORNE_MONTHS = new Set(['april', 'may', 'june', 'august', 'jan']);
const DATE_PREPOSITIONS = new Set(['in', 'on', 'by', 'since', 'until', 'till', 'during', 'through', 'from', 'before', 'after', 'early', 'late',
  'mid', 'last', 'next', 'this', 'of', 'for', 'to', 'at', 'throughout', 'between', 'each', 'every', 'a', 'an', 'the']);
/** A month people bear as a given name ("April", "June", "Jan") before a capitalised word that is no English word. */
function monthGivenName(text: string, t: Token, next: Token, seenLower: (lower: string) => boolean): boolean {
  if (!BORNE_MONTHS.has(t.lower) || !next.cap || next.allCaps || !next.joinPrev) return false;
  // ("By June Vellmar had grown", "in May Qollvex said": after a preposition the month is a date.)
  const prev = prevWord(text, t.start);
  if (prev && DATE_PREPOSITIONS.has(prev.lower)) return false;
  const low = bare(next.lower);
  return !/\d/.test(low) && !isCommonWord(low) && !seenLower(low) && (next.lex & (LX_MONTH_DAY | LX_STOP)) === 0;
}

/**
 * A sentence adverb ("Clearly", "Sadly", "Currently") at a sentence start: ends in -ly and also occurs in lower case
 * here, or is a common English word made from a common one ("current", "happy", "notable"; not the period adjectives
 * of "Weekly Standard", "Quarterly Review").
 */
function lyAdverb(t: Token, seenLower: (lower: string) => boolean): boolean {
  const low = t.lower;
  if (low.length <= 5 || low.charCodeAt(low.length - 1) !== 121 || low.charCodeAt(low.length - 2) !== 108) return false;
  if (seenLower(low)) return true;
  if (!isCommonWord(low)) return false;
  const stem = low.slice(0, -2);
  if (PERIOD_NOUNS.has(stem)) return false;
  return isCommonWord(stem) || (stem.endsWith('i') && isCommonWord(`${stem.slice(0, -1)}y`)) || isCommonWord(`${low.slice(0, -1)}e`);
}
const PERIOD_NOUNS = new Set(['week', 'month', 'year', 'hour', 'night', 'quarter', 'fortnight']);

const isOpenMark = (c: number) => c === 0x201c || c === 34 || c === 0x2018 || c === 39;
const isCloseMark = (c: number) => c === 0x201d || c === 34 || c === 0x2019 || c === 39;

/** The run [start, end) is the whole of a quotation: an opening mark right before, a closing mark right after (a comma, full stop, question or exclamation mark may sit inside). */
function quotedWhole(text: string, start: number, end: number): boolean {
  if (start === 0 || !isOpenMark(text.charCodeAt(start - 1))) return false;
  let c = text.charCodeAt(end);
  if (c === 44 || c === 46 || c === 63 || c === 33) c = text.charCodeAt(end + 1);
  return isCloseMark(c);
}

/** A word of a name in a title-case line: capitalised, no function word, contraction or word the text writes in lower case. */
function headlineNameWord(t: Token, seenLower: (lower: string) => boolean, notCommon: boolean): boolean {
  const low = bare(t.lower);
  return t.cap && !t.allCaps && !STOPWORDS.has(low) && !contractionOrPartyTag(low) && !seenLower(low) && !(notCommon && isCommonWord(low));
}

/** Function words that only title case capitalises inside a run (no name's connector, month or given name). */
const TITLE_CASE_FUNCTION_WORDS = new Set(['a', 'an', 'in', 'on', 'at', 'to', 'with', 'from', 'by', 'into', 'as', 'is', 'are', 'was',
  'were', 'be', 'has', 'have', 'had', 'would', 'could', 'should', 'might', 'must', 'not', 'this', 'that', 'than', 'its',
  'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'if', 'but', 'or', 'so', 'just', 'only', 'about']);

/** Function words that names hold in lower case ("Bank of Qoll"), capitalised only in a title-case headline. */
const NAME_FUNCTION_WORDS = new Set(['of', 'for', 'the', 'who', 'did']);

/**
 * In a headline run ending at b: how many words after q complete a gazetteer name of two or three words starting at q
 * ("North Korea", "South China Sea"; not a street's or a site's), or 0.
 */
function headlinePhraseWidth(tokens: readonly Token[], q: number, b: number): number {
  const t = tokens[q];
  if ((t.lex & LX_PHRASE_FIRST) === 0 || t.allCaps || NAME_FUNCTION_WORDS.has(t.lower)) return 0;
  if (q + 2 <= b && isPlaceName(tokens, q, q + 2)) return 2;
  return q < b && isPlaceName(tokens, q, q + 1) ? 1 : 0;
}

/**
 * In a headline run ending at b: the last token of a body's name starting at q, or -1. "Varrin Party Wins …",
 * "… Leave European Union": a body's head after one or two words that are no common word (a party word or a
 * nationality, a place, a word the text never writes in lower case) names the body in a title-case line too.
 */
function headlineBodyEnd(tokens: readonly Token[], a: number, q: number, b: number, seenLower: (lower: string) => boolean): number {
  // (It opens the run or follows a function word: "The International Olympic Committee" is no "Olympic Committee".)
  if (q > a && !STOPWORDS.has(bare(tokens[q - 1].lower))) return -1;
  for (let h = q + 1; h <= b && h <= q + 2; h++) {
    const head = tokens[h];
    // (Not a noun a person's name modifies, "Vellmar Campaign", "Qoll Administration".)
    if (!isOrgHead(head) || isTitleWord(head) || head.allCaps || PERSON_MODIFIED_NOUNS.has(bare(head.lower)) || bare(head.lower) === 'campaign') continue;
    const ok = every(tokens, q, h - 1, (t) => {
      const low = bare(t.lower);
      if (t.possessive || t.allCaps || STOPWORDS.has(low) || isOrgHead(t) || isTitleWord(t) || isGiven(t)) return false;
      return (t.lex & (LX_DEMONYM | LX_PLACE)) !== 0 || (!isCommonWord(low) && !seenLower(low));
    });
    return ok ? h : -1;
  }
  return -1;
}

/**
 * The word at `pos` opens the text after a dateline's dash ("WASHINGTON (Reuters) - The …", "DORVALE, Ohio — The …"):
 * a sentence's first word, though the sentence splitter leaves the dateline in front of it.
 */
function afterDateline(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (k < 0 || !/[-\u2013\u2014\u2015]/.test(text[k])) return false;
  const lineStart = text.lastIndexOf('\n', k) + 1;
  if (k - lineStart > 60) return false;
  return DATELINE_HEAD.test(text.slice(lineStart, k));
}
/** A dateline before its dash: a town in capitals, a state or country, a wire's name in brackets. */
const DATELINE_HEAD = /^[A-Z][A-Z.'’ -]+(?:, [A-Z][A-Za-z. ]+)?(?: ?\([A-Za-z .]{1,20}\))? ?-?$/;

/** A title-case word that reads as a verb's -s form: "Calls", "Endorses" (a reporting verb's, or the stem common or written in lower case). */
function headlineVerb(t: Token, seenLower: (lower: string) => boolean): boolean {
  const low = bare(t.lower);
  if (t.allCaps || t.possessive || low.length < 4 || !low.endsWith('s') || low.endsWith('ss') || isGiven(t)) return false;
  // the -s form of a verb of saying or stance from the tested table ("Vows", "Endorses"), whatever the text holds
  if (reportingVerb(low)?.form === 's') return true;
  for (const stem of low.endsWith('es') ? [low.slice(0, -1), low.slice(0, -2)] : [low.slice(0, -1)]) {
    if (isCommonWord(stem) || seenLower(stem) || seenLower(`${stem.replace(/e$/, '')}ed`) || seenLower(`${stem.replace(/e$/, '')}ing`)) return true;
  }
  return false;
}

/**
 * A title-case line capitalises every word, so a run there may hold more than a name. When the text never writes the
 * run [a, b] whole, the part it does write as a name: its first words when the next word occurs nowhere else ("Jane
 * Roe Rampages to Lead", "Jane Private Server Was Risky"; not "Jane Ann Roe" when the text writes "Jane Roe"), or its
 * last words when the word before them is no given name and occurs nowhere else ("Bill Barring Jane"). Null otherwise.
 */
function bodyNameInHeadline(text: string, tokens: readonly Token[], a: number, b: number): [number, number] | null {
  if (b <= a || writtenElsewhere(text, tokens[a].start, tokens[b].end)) return null;
  let j = b - 1;
  while (j >= a && !writtenElsewhere(text, tokens[a].start, tokens[j].end)) j--;
  if (j >= a && !writtenElsewhere(text, tokens[j + 1].start, tokens[j + 1].end) && (j + 1 === b ||
    !text.includes(`${text.slice(tokens[a].start, tokens[j].end)} ${text.slice(tokens[b].start, tokens[b].end).replace(/['’]s?$/, '')}`))) return [a, j];
  let s = a + 1;
  while (s <= b && !writtenElsewhere(text, tokens[s].start, tokens[b].end)) s++;
  if (s <= b && !isGiven(tokens[s - 1]) && !writtenElsewhere(text, tokens[s - 1].start, tokens[s - 1].end)) return [s, b];
  return null;
}

/** A line of two sides and their goals: "Qollby United 4 Dorvale 1", "Vellmar 0 Talvik Rovers 3". */
const RESULT_LINE = /^[ \t]*((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}) \d{1,2} ((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}) \d{1,2}[ \t]*$/u;

/** [start, end) is one of the two sides of a results line. */
export function resultLineSide(text: string, start: number, end: number): boolean {
  const line = shortLine(text, start, end, 120);
  if (!line) return false;
  const [s, e] = line;
  const m = RESULT_LINE.exec(text.slice(s, e));
  if (!m) return false;
  const name = text.slice(start, end);
  return (name === m[1] && start === s + m.index + m[0].indexOf(m[1])) || (name === m[2] && end === s + m[0].lastIndexOf(m[2]) + m[2].length);
}

/**
 * The bounds of the line that holds [start, end), or null when it is longer than `max` characters: read no further
 * (a long line is neither a headline nor a results line, and a huge one-line text must not be scanned per word).
 */
function shortLine(text: string, start: number, end: number, max: number): [number, number] | null {
  let s = start;
  while (s > 0 && start - s <= max && text.charCodeAt(s - 1) !== 10) s--;
  let e = end;
  while (e < text.length && e - s <= max && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e - s > max ? null : [s, e];
}

/** Depth of classifyRun's reading of a shouted line's run (its own reading is the usual one). */
let shoutDepth = 0;

/** The last line shoutedLine read, and its answer: the acronyms of one line ask once. */
let shoutText = '';
let shoutFrom = -1;
let shoutTo = -1;
let shoutWas = false;

/**
 * The line around `pos` is written in capitals: no lower-case letter, and two words of three letters or more (a
 * dateline's "LONDON 1996-08-24" is one word: its place is read as usual).
 */
function shoutedLine(text: string, pos: number): boolean {
  if (text === shoutText && pos >= shoutFrom && pos < shoutTo) return shoutWas;
  const bounds = shortLine(text, pos, pos, 400);
  if (!bounds) return false;
  const line = text.slice(bounds[0], bounds[1]);
  [shoutText, shoutFrom, shoutTo] = [text, bounds[0], bounds[1]];
  shoutWas = !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{3,}/gu)?.length ?? 0) >= 2;
  return shoutWas;
}

/** What a place's name completes after "of": "the town of …", "the province of …". */
const SETTLEMENT_HEADS = new Set(['city', 'town', 'village', 'hamlet', 'district', 'region', 'province', 'state', 'county', 'island', 'islands',
  'municipality', 'borough', 'township', 'prefecture', 'governorate', 'territory', 'suburb', 'neighborhood', 'neighbourhood', 'port']);

/** Heads of natural places: a name they end is whole ("Death Valley"), and no "and" joins it to the next name. */
const LANDFORM_HEADS = new Set(['valley', 'river', 'lake', 'mountain', 'mountains', 'island', 'islands', 'bay', 'canyon', 'desert', 'forest',
  'sea', 'ocean', 'coast', 'falls', 'beach', 'peninsula', 'gulf', 'basin', 'delta', 'plateau', 'glacier', 'lagoon', 'highlands', 'plains']);

/** The -s form of a verb of the tested reporting-verb table ("Vows", "Slams"), in title case. */
function tableSForm(t: Token): boolean {
  return !t.allCaps && !t.possessive && reportingVerb(bare(t.lower))?.form === 's';
}

/** Title modifiers that open a run without being part of the name ("Former DNC chairman"). */
const LEADING_MODIFIERS = new Set(['former', 'acting', 'interim', 'incoming', 'outgoing', 'retired', 'late', 'then', 'current', 'longtime', 'veteran', 'embattled']);
/** Creeds said of a movement before its name: "Islamist", "far-right". */
const IDEOLOGY_MODIFIERS = new Set(['islamist', 'jihadist', 'leftist', 'rightist', 'hardline', 'hard-line', 'far-right', 'far-left', 'ultranationalist', 'extremist']);
const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi']);

/** "we've", "they're", "i'm" (ending in 've 're 'll 'd 'm 't) or a party-state tag "d-n.c." ([dri]-letter…). Checked by hand: one per single-word run. */
function contractionOrPartyTag(low: string): boolean {
  const n = low.length;
  const isApos = (c: number) => c === 39 || c === 0x2019;
  const last = low.charCodeAt(n - 1);
  if (n >= 2 && (last === 100 || last === 109 || last === 116) && isApos(low.charCodeAt(n - 2))) return true; // 'd 'm 't
  if (n >= 3 && isApos(low.charCodeAt(n - 3))) {
    const pair = low.slice(n - 2);
    if (pair === 've' || pair === 're' || pair === 'll') return true;
  }
  const c0 = low.charCodeAt(0);
  const c2 = low.charCodeAt(2);
  return n >= 3 && (c0 === 100 || c0 === 114 || c0 === 105) && low.charCodeAt(1) === 45 && c2 >= 97 && c2 <= 122;
}

/** "pro-beijing", "anti-war", "ex-minister": a descriptive prefix and a hyphen. */
function descriptive(low: string): boolean {
  const hy = low.indexOf('-');
  return hy > 1 && hy <= 5 && DESCRIPTIVE_PREFIXES.has(low.slice(0, hy));
}

/** Capitalised function words that open some bodies' names ("Our Qoll Future PAC", "We Act Fund", "One Dorvale Fund"). */
const OPENING_FUNCTION_WORDS = new Set(['our', 'we', 'one']);

/** Holidays that follow a name as a modifier ("the Qollby Christmas party"). */
const HOLIDAYS = new Set(['christmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'passover', 'ramadan']);

/** Words that make a "… Partnership" a trade pact, not a body ("Trans-Pacific Partnership"). */
const PACT_WORDS = new Set(['trans-pacific', 'transpacific', 'transatlantic', 'trans-atlantic', 'trade']);

/**
 * Words right before a title of a book, film or show that opens with a capitalised "The": a work's noun (with a comma
 * or colon), "titled", "author/version/equivalent of", a possessive determiner ("his The …").
 */
const WORK_BEFORE = /(?:\b(?:book|books|novel|memoir|biography|film|movie|show|series|sitcom|documentary|play|musical|song|album|podcast|essay|titled|entitled|prequel|sequel|remake)[,:]?|\b(?:author|version|equivalent|adaptation|sequel)\s+of|\b(?:his|her|their))\s+["“]?$/i;

/**
 * A work's noun written right before a capitalised run ("the drama Qoll Harbour", "romantic comedy Varrin Days", "the
 * novel Dorvale Nights"): the run is the work's title. Nouns a person's name may follow as a verb's object ("play",
 * "book", "show") are left out, and so is a comma after the noun ("In the film, Jane Roe plays …").
 */
const WORK_NOUNS = new Set(['film', 'movie', 'drama', 'comedy', 'thriller', 'documentary', 'docudrama', 'sitcom', 'miniseries', 'series',
  'novel', 'novella', 'memoir', 'album', 'musical', 'opera', 'podcast', 'titled', 'entitled']);
const WORD_CHAR = /[A-Za-z0-9_]/;
const SPACE_CHAR = /\s/;
/**
 * One of WORK_NOUNS, then white space and an optional opening quotation mark, right before `start`, within 30
 * characters: read backwards with a set lookup, as a regular expression anchored at the end would scan the whole stretch
 * from every position of every run.
 */
function workNounBefore(text: string, start: number): boolean {
  const limit = Math.max(0, start - 30);
  let k = start;
  if (k > limit && (text[k - 1] === '"' || text[k - 1] === '“')) k--;
  const spaceEnd = k;
  while (k > limit && SPACE_CHAR.test(text[k - 1])) k--;
  if (k === spaceEnd) return false;
  const wordEnd = k;
  while (k > limit && WORD_CHAR.test(text[k - 1])) k--;
  return WORK_NOUNS.has(text.slice(k, wordEnd).toLowerCase());
}
/** " (2007)": a year alone in brackets right after a name, as a film's or a book's is given. */
const YEAR_IN_BRACKETS = /^ ?\((?:1[89]|20)\d\d\)/;

/** The run's leading capitalised "The" (between a0 and a) follows a work's word: the run is the work's title. */
function workBefore(text: string, tokens: readonly Token[], a0: number, a: number): boolean {
  for (let k = a - 1; k >= a0; k--) {
    if (tokens[k].lower !== 'the') continue;
    const s = tokens[k].start;
    return WORK_BEFORE.test(text.slice(Math.max(0, s - 40), s));
  }
  return false;
}
/** The word just before `pos` is a lower-case word of the same sentence, or a comma (running text, not a title-case headline). */
function lowerWordBefore(text: string, pos: number): boolean {
  const w = prevWord(text, pos);
  if (w !== null) return /^[a-z]/.test(text.slice(w.start, w.start + 1));
  // (Or a comma inside the sentence: "groups such as Dorvale Voices, We Act Fund and …".)
  let k = pos - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  return k > 0 && k < pos - 1 && text.charCodeAt(k) === 44;
}
/** `phrase` occurs in the text after a lower-case word. */
function inRunningText(text: string, phrase: string): boolean {
  // (lowerWordBefore wants a blank before the phrase; the answer depends on the text and the phrase only.)
  return memoOfText('inRunningText', text, phrase, () => someOccurrenceAfterBlank(text, phrase, (k) => lowerWordBefore(text, k)));
}

/** Bodies' heads that are common surnames too ("Dave Camp", "Frank Church", "Mr. House"). */
const SURNAME_ORG_HEADS = new Set(['camp', 'church', 'house', 'bank', 'banks', 'post', 'press', 'court', 'guard']);

/** Words that an ordinal in figures opens a name before ("5th Street", "3rd Congressional District"; "21st Century Fox" below). */
const ORDINAL_HEADS = new Set(['street', 'avenue', 'ave', 'district', 'congressional']);
/** An ordinal in figures and one space, at the end of the text before a run. */
const ORDINAL_BEFORE = /(?:^|[\s(“"])(\d{1,3}(?:st|nd|rd|th)) $/;

/** Plural heads that two names coordinated before them share ("Dorvale and Qollby Counties"). */
const SHARED_PLURAL_HEADS = new Set(['counties', 'rivers', 'lakes', 'centers', 'centres', 'committees', 'parties', 'universities', 'colleges',
  'departments', 'ministries', 'streets', 'avenues', 'roads', 'parks', 'districts', 'provinces']);

/** The run [a0, b] ends in a shared plural head and follows "and" (or "&") after a capitalised word. */
function sharedPluralHead(text: string, tokens: readonly Token[], a0: number, b: number): boolean {
  const last = tokens[b];
  if (last.possessive || last.allCaps || last.headline || !SHARED_PLURAL_HEADS.has(last.lower)) return false;
  const and = prevWord(text, tokens[a0].start);
  if (!and || (and.lower !== 'and' && and.lower !== '&')) return false;
  const left = prevWord(text, and.start);
  return !!left && UPPER_LETTER.test(text[left.start]);
}

/** Last words of a newspaper's, a magazine's or a news agency's name. */
const PUBLICATION_HEADS = new Set([...'press news review magazine standard daily weekly monitor'.split(' '), ...NEWSPAPER_TITLE_WORDS]);

/** A common English word, or the plural of one ("metals", "stories"). */
const commonOrPlural = (low: string): boolean =>
  isCommonWord(low) || (low.length >= 4 && (commonOrSForm(low) || (low.endsWith('ies') && isCommonWord(`${low.slice(0, -3)}y`))));

/**
 * "PRECIOUS METALS", "TOP STORIES": a shouted body of common English words only, which no list knows and the text
 * never writes in lower and upper case, is a section's heading, no body's name.
 */
function commonWordsOnly(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  if (!every(tokens, a, b, (t) => t.allCaps && !t.possessive && commonOrPlural(bare(t.lower)) && (t.lex & LX_PLACE) === 0)) return false;
  const phrase = phraseOf(tokens, a, b);
  // (A paper's or an agency's name is made of common words: "ASSOCIATED PRESS", "THE WEEKLY STANDARD".)
  if (INSTITUTIONS.has(phrase) || isCompanyName(phrase) || PUBLICATION_HEADS.has(bare(tokens[b].lower))) return false;
  const mixed = phrase.replace(/(^|[ -])(\p{Ll})/gu, (_, s: string, l: string) => s + l.toUpperCase());
  return !text.includes(mixed);
}

function classifyRun(text: string, tokens: readonly Token[], a0: number, b: number, out: Candidate[], seenLower: (lower: string) => boolean): void {
  // "SOCCER - ENGLISH PREMIER LEAGUE RESULTS": in a line written all in capitals no word's case says anything. Its
  // runs are read as usual, then only what does not rest on case stays: no person (a title word is any capitalised
  // word here), no lone word the text never writes so elsewhere unless a known body or a country, no common word as
  // a place ("DOWN").
  // (So is a run of three capitalised words or more inside a line: "DNC CHAIR JANE ROE RESIGNS After months …".)
  if (shoutDepth === 0 && a0 <= b && tokens[a0].allCaps && ((b - a0 >= 2 && every(tokens, a0, b, (t) => t.allCaps && t.text.length >= 2)) ||
    shoutedLine(text, tokens[a0].start))) {
    const read: Candidate[] = [];
    shoutDepth++;
    try { classifyRun(text, tokens, a0, b, read, seenLower); } finally { shoutDepth--; }
    for (const c of read) {
      if (c.kind === 'person') continue;
      // ("ITALY'S QUAKE ZONE": a place of several words only as the gazetteer spells it.)
      if (c.kind === 'place' && c.last > c.first && !gazetteerPhrase(tokens, c.first, c.last)) continue;
      if (c.first === c.last) {
        const low = bare(tokens[c.first].lower);
        const t = tokens[c.first];
        // ("NEW YORK (AP) --": an acronym in brackets is defined there.)
        const known = INSTITUTIONS.has(low) || isCompanyName(low) || writtenElsewhere(text, t.start, t.end) ||
          (text.charCodeAt(t.start - 1) === 40 && text.charCodeAt(t.end) === 41);
        const place = c.kind === 'place' || (tokens[c.first].lex & LX_PLACE) !== 0;
        if (place ? isCommonWord(low) && placeTier(low) !== 'country' : !known) continue;
      } else if (c.kind === 'organization' && commonWordsOnly(text, tokens, c.first, c.last)) continue;
      out.push(c);
    }
    return;
  }
  // "Qollby United 4 Dorvale 1": a results line names two sides, clubs or national teams, whatever their words.
  if (a0 <= b && /^ \d{1,2}(?:\s|$)/.test(text.slice(tokens[b].end, tokens[b].end + 4)) && resultLineSide(text, tokens[a0].start, tokens[b].end)) {
    out.push(cand('organization', tokens, a0, b, false));
    return;
  }
  let a = a0;
  let theLead = false;
  // Leading function words ("But Hillary Clinton", "The New York Times").
  while (a <= b) {
    const t = tokens[a];
    const low = bare(t.lower);
    const lx = bareLex(t);
    if (low === 'the') { theLead = !(t.initial || afterDateline(text, t.start)) || theLead; a++; continue; }
    if ((lx & LX_STOP) !== 0 && !t.allCaps && (lx & LX_HONORIFIC) === 0 && (t.initial || (lx & (LX_MALE_NAME | LX_FEMALE_NAME)) === 0) &&
      !(a < b && monthGivenName(text, t, tokens[a + 1], seenLower))) {
      // ("Police Department": a head before a head opens the body's name; so does "People's" in "People's Party".)
      if (a < b && (lx & LX_ORG_HEAD) !== 0 && isOrgHead(tokens[a + 1])) break;
      if (a < b && t.possessive && possessiveGoesOn(tokens, a)) break;
      if (low === 'mr' || low === 'mrs' || low === 'ms' || low === 'dr') break;
      // ("First Dorvale Bank", "First Qoll Corp.": an ordinal opens a firm's name before its head.)
      if (low === 'first' && a < b && isOrgHead(tokens[b]) && !t.allCaps) break;
      // ("funded by Our Dorvale Future PAC", "a grant to One Qoll Fund": a capitalised "Our", "We" or "One" in running
      // text, after a lower-case word, opens a body's name that ends in its head; wherever the article writes it.)
      // (Opening a sentence or after a comma too, when the article writes the same name so in running text.)
      if (OPENING_FUNCTION_WORDS.has(low) && a === a0 && a < b && !t.allCaps && isOrgHead(tokens[b]) &&
        inRunningText(text, text.slice(t.start, tokens[b].end))) break;
      a++;
      continue;
    }
    // ("April Qollard", "Jan Qollvar": a month that is a given name before a word no dictionary has opens a person's name.)
    if ((lx & LX_MONTH_DAY) !== 0 && a < b && !monthGivenName(text, tokens[a], tokens[a + 1], seenLower)) { a++; continue; }
    // A firm's legal form ends a name, it never opens one ("AG Lynch" is an attorney general's title).
    if (a < b && FIRM_FORMS.has(low) && !isOrgHead(tokens[b])) { a++; continue; }
    // "the super PAC Qollvex Rising": the committee's kind, written before its name, is not part of it; the name after
    // it is a committee's, a body.
    if (a < b && t.allCaps && low === 'pac' && lowerWordBefore(text, t.start) && !t.possessive) {
      let e = b;
      while (e > a + 1 && (tokens[e].lex & (LX_CONNECTOR | LX_PARTICLE | LX_STOP)) !== 0) e--;
      out.push(cand('organization', tokens, a + 1, e, false));
      return;
    }
    // "his fellow-Scots Jane Roe and …", "ex-Marine Jane Roe": a word glued by a hyphen to a lower-case word before it
    // says what the person is, and is no part of the given name's run after it.
    if (a === a0 && a < b && !isTitleWord(t) && isGiven(tokens[a + 1]) && !tokens[a + 1].allCaps && hyphenGlued(text, t.start)) { a++; continue; }
    // "Former DNC chairman": a leading title modifier is not part of a name.
    if (a < b && LEADING_MODIFIERS.has(low)) { a++; continue; }
    // "Senior European Union diplomats", "Top Qoll Corp executives": a rank said of the people after the name, capitalised
    // as a sentence's first word, is no part of the body's name (a head right after it keeps it: "Senior Bowl").
    if (a < b && (low === 'senior' || low === 'top') && !t.allCaps && !(b === a + 1 && isOrgHead(tokens[b]))) { a++; continue; }
    // "the Islamist Qoll Brotherhood", "the far-right Varrin League": a movement's creed said before its name is no part
    // of it (a head right after the word keeps it: "Islamist Party").
    if (a < b && IDEOLOGY_MODIFIERS.has(low) && !(b === a + 1 && isOrgHead(tokens[b]))) { a++; continue; }
    // "Pro-Beijing DAB", "Pan-democrat Lam": a prefixed description before a name is not part of it.
    if (a < b && descriptive(t.lower)) { a++; continue; }
    break;
  }
  while (b >= a && (tokens[b].lex & (LX_CONNECTOR | LX_PARTICLE)) !== 0) b--;
  if (b >= a && !tokens[a0].allCaps) {
    // "the drama Qoll Harbour", "romantic comedy Varrin Days": after a work's noun the run is a title, no name.
    // (A title word opening the run names a person: "the documentary Senator Jane Roe made" is not read so.)
    if (!isTitleWord(tokens[a0]) && workNounBefore(text, tokens[a0].start)) return;
    // "The Qoll Lookout (2007)", "A Varrin Man (2009)": a run opened by an article with a year in brackets after it.
    if (a > a0 && (tokens[a0].lower === 'the' || tokens[a0].lower === 'a') && YEAR_IN_BRACKETS.test(text.slice(tokens[b].end, tokens[b].end + 8))) return;
  }
  // "a Nobel Prize-winning author", "United Nations-supervised talks": a hyphenated participle makes the run a
  // modifier; what comes before it is read on its own.
  // (So does a compound of common words at either end: "Varrin Party T-shirts", "Oscar-winner Jane Roe".)
  if (b >= a && (hyphenParticiple(tokens[b].text) || commonCompound(tokens[b].text))) b--;
  // "the Islamist-dominated Varrin Council", "a French-speaking Qoll Party": a hyphenated participle inside the run
  // describes the name after it and is no part of it.
  for (let k = b - 1; k >= a; k--) if (hyphenParticiple(tokens[k].text) || commonCompound(tokens[k].text)) { a = k + 1; break; }
  // "Palestinian Gaza City", "Iraqi Talvik": a nationality before a place is said of it, not part of its name (a
  // compass word opens a region's: "Northern Talvik"; the gazetteer's own names stay whole: "American Samoa").
  if (a < b && (tokens[a].lex & LX_DEMONYM) !== 0 && !COMPASS_WORDS.has(tokens[a].lower) && !SURNAME_DEMONYMS.has(tokens[a].lower) &&
    !gazetteerPhrase(tokens, a, b)) {
    let d = a + 1;
    // (A compass word opens the place's name after the nationality: "Jewish West Bank settlers".)
    while (d < b && (tokens[d].lex & LX_DEMONYM) !== 0 && !COMPASS_WORDS.has(tokens[d].lower)) d++;
    // (Not a state's form: "Democratic Republic of …".)
    if (isPlaceName(tokens, d, b) && every(tokens, d, b, (t) => !STATE_FORMS.has(t.lower))) a = d;
    // "the Qollish Ministry of Culture", "the Qollish Supreme Court of Cassation": a nationality before a ministry's or
    // a court's name with its "of" says whose it is; the name is the rest. (Not "European": a union's bodies are named
    // so, "European Court of Justice".)
    else if (tokens[a].lower !== 'european' && nationalBodyOf(tokens, d, b)) a = d;
  }
  // "former secretary of State Jane Roe": a department completing a lower-case title is no part of the name after it.
  if (a < b && DEPARTMENT_WORDS.has(tokens[a].lower) && isGiven(tokens[a + 1])) {
    const of = prevWord(text, tokens[a].start);
    const head = of && of.lower === 'of' ? prevWord(text, of.start) : null;
    if (head && TITLE_WORDS.has(head.lower)) a++;
  }
  // "Ahmed Mohamed Image: Twitter": a caption's credit label is no part of the name before it.
  if (b >= a && CREDIT_LABELS.has(tokens[b].lower) && text.charCodeAt(tokens[b].end) === 58) b--;
  if (a > b) return;
  // "the pro-Talvik Qoll People's Party", "an anti-Varrin Dalmor Front": the word after "pro-" or "anti-" is that
  // prefix's complement, and a body's name starts after it; each is read on its own.
  const prefixed = prefixComplementEnd(text, tokens, a, b);
  if (prefixed >= a) {
    classifyRun(text, tokens, a, prefixed, out, seenLower);
    classifyRun(text, tokens, prefixed + 1, b, out, seenLower);
    return;
  }
  // "the Municipality of Dorvale", "the Dorvale Independent School District": a town's government, a schools' board.
  if (localBody(tokens, a, b)) { out.push(cand('organization', tokens, a, b, false)); return; }
  // "Ohio State", "Georgia Tech", "UC Davis", "Cal State Dorvale": a university named by its state or its system and a
  // campus, a body (not the state, a person or a town).
  if (universityShortName(tokens, a, b)) { out.push(cand('organization', tokens, a, b, false)); return; }
  // "the University of Dorvale at Qollby": the name after a university's "at" is its campus's town, a place (not a
  // person: "… at Austin").
  if (a === a0 && !tokens[a].allCaps && !tokens[b].possessive && text.startsWith(' at ', tokens[a].start - 4) && CAMPUS_AT.test(text.slice(Math.max(0, tokens[a].start - 80), tokens[a].start))) {
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  // "the Qollbrew Man of the Match award", "the Varrin Person of the Year": an award's title, and before it the name of
  // the firm or outlet that gives it (not a given name: "Jane Person of …" names no one).
  if (b > a && AWARD_TITLES.has(tokens[b].lower) && AWARD_OF.test(text.slice(tokens[b].end, tokens[b].end + 24)) && !isGiven(tokens[a]) && !tokens[b - 1].possessive) {
    out.push(cand('organization', tokens, a, b - 1, false));
    return;
  }
  // "the University of Dorvale of the UK", "Dorvale State University of the US": a body's name that already holds a
  // place ends before a last "of" and a country, which only says where the body is; the country is read on its own.
  const where = countryAfterBody(tokens, a, b);
  if (where > a) {
    classifyRun(text, tokens, a, where - 1, out, seenLower);
    classifyRun(text, tokens, where + 1, b, out, seenLower);
    return;
  }
  // "THE HAGUE, Talvik —", "PORT ALDER (AP) —": an all-capital dateline at a paragraph's start is its town.
  if (b - a <= 2 && datelineAt(text, tokens[a0].start, tokens[b].end) && every(tokens, a0, b, (t) => t.allCaps && t.text.length > 1 && !t.possessive) &&
    (a === a0 || every(tokens, a0, a - 1, (t) => t.lower === 'the')) &&
    // (A headline's label is no town: "EXCLUSIVE —"; a common word only when the gazetteer knows the town.)
    // (Nor a word the text writes in lower case: "SOCCER - …" is a topic's label.)
    !every(tokens, a, b, (t) => (isCommonWord(bare(t.lower)) || seenLower(bare(t.lower))) && (t.lex & LX_PLACE) === 0) &&
    // (Nor, on a line all in capitals, a word the gazetteer does not know: "BOBSLEIGH - QOLL WINS AGAIN" is a topic's
    // label before a shouted headline; a dateline's dash is followed by the story's prose.)
    !(shoutedLine(text, tokens[a].start) && every(tokens, a, b, (t) => (t.lex & LX_PLACE) === 0))) {
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  // "Red Cross", "Doctors Without Borders", "Friends of the Qoll", "Varrin Geological Survey": bodies whose names end
  // in no head word (and may hold a capitalised function word, which elsewhere marks a headline).
  if (b > a && namedBody(tokens, a, b)) { out.push(cand('organization', tokens, a, b, false)); return; }
  // "Ruling Has Big Impact On Jane Roe's Party": a capitalised function word inside a run makes it a title-case
  // headline or title. Only a person's name opened by a given name, or a country's or region's one-word name, is read
  // in it. A name writes its "of", "for" and "the" in lower case in prose ("Bank of Qoll"): capitalised, they are a
  // headline's too ("Firing Of Campaign"), unless a title's ("Chief Of Staff Jane Roe").
  // "Make Talvoria Great Again": a slogan's last word, which ends no name, reads the run the same way.
  // (The run may stop before it: "again" is a stop word.)
  const tail = b > a ? (bare(tokens[b].lower) === 'again' ? tokens[b] : nextWord(text, tokens[b].end)) : null;
  let headline = tail !== null && bare(tail.lower) === 'again' && text.startsWith('Ag', tail.start);
  for (let k = a + 1; k < b && !headline; k++) {
    const tk = tokens[k];
    // (A title's complement opens with "of", "for" or "the", never "who" or "did": "Candidate Who Quit" is a headline.)
    headline = tk.cap && (TITLE_CASE_FUNCTION_WORDS.has(tk.lower) || (!tk.allCaps && NAME_FUNCTION_WORDS.has(tk.lower) &&
      (!isTitleWord(tokens[k - 1]) || tk.lower === 'who' || tk.lower === 'did')));
  }
  if (headline) {
    for (let q = a; q <= b; q++) {
      const w = headlinePhraseWidth(tokens, q, b);
      if (w > 0) { out.push(cand('place', tokens, q, q + w, false)); q += w; continue; }
      const body = headlineBodyEnd(tokens, a, q, b, seenLower);
      if (body > 0) { out.push(cand('organization', tokens, q, body, false)); q = body; continue; }
      // (Not a town named like a common word: "Surprise", "Reading".)
      if ((tokens[q].lex & LX_PLACE) !== 0 && !tokens[q].allCaps && !isGiven(tokens[q]) && !isCommonWord(bare(tokens[q].lower))) {
        out.push(cand('place', tokens, q, q, false));
        continue;
      }
      if (q === b || !isGiven(tokens[q]) || tokens[q].allCaps) continue;
      // A given name and one more word, or a middle initial and a surname ("Jane Q. Roe"), which may be a common word.
      const initial = q + 2 <= b && INITIAL.test(tokens[q + 1].text);
      const end = initial ? q + 2 : q + 1;
      if (end > b || !headlineNameWord(tokens[end], seenLower, !initial)) continue;
      out.push(cand('person', tokens, q, end, false));
      q = end;
    }
    return;
  }
  // "Elian American citizenship", "the Kent County Republican office": a nationality or party word after a name is
  // not part of it (colour and compass surnames stay, and so does a given name's surname: "Mark Cuban").
  // ("Dalmont University English professor": after an organization's head no surname follows.)
  // "the Obama White House", "a Republican Congress": a president's or a party's name before the body is said of
  // it, not part of its name.
  if (b > a && BODY_NAMES.has(tokens[b].lower) && !tokens[b].allCaps) {
    const white = b - 1 > a && tokens[b].lower === 'house' && tokens[b - 1].lower === 'white';
    let first = white ? b - 1 : b;
    // ("Republican U.S. House Speaker …": the country's letters before the body are part of its name, the party's not.)
    if (!white && first - 1 > a && US_WORDS.has(tokens[first - 1].lower)) first--;
    if (white || every(tokens, a, first - 1, (t) => PARTY_WORDS.has(t.lower))) {
      classifyRun(text, tokens, a, first - 1, out, seenLower);
      classifyRun(text, tokens, first, b, out, seenLower);
      return;
    }
  }
  // "the Roe State Department", "the Doe Justice Department", "Replied State Department spokesman …": a national
  // department's name is its field and "Department"; a word before it that is no place, nationality or body (a
  // president's or a secretary's name, a sentence's word) says whose it is and is read on its own. ("the Ohio Justice
  // Department" keeps its state.)
  if (b - a >= 2 && bare(tokens[b].lower) === 'department' && !tokens[b].allCaps && !tokens[b].possessive) {
    let d = b - 1;
    if (d - 1 > a && tokens[d].lower === 'security' && tokens[d - 1].lower === 'homeland') d--;
    if (NATIONAL_DEPARTMENTS.has(tokens[d].lower) && d > a && every(tokens, a, d - 1, (t) => t.cap && !t.allCaps && !t.possessive &&
      (t.lex & LX_DEMONYM) === 0 && !isOrgHead(t) && !US_WORDS.has(t.lower) && !PARTY_WORDS.has(t.lower) &&
      !DEPARTMENT_WORDS.has(t.lower)) &&
      // (A town's name may be a surname, "Roe"; a state's or a country's is kept.)
      !['region', 'country'].includes(placeTier(normPlace(phraseOf(tokens, a, d - 1))) ?? '')) {
      classifyRun(text, tokens, a, d - 1, out, seenLower);
      classifyRun(text, tokens, d, b, out, seenLower);
      return;
    }
  }
  // "The Hague", "the Bronx": a city the gazetteer spells with its article is a place, whatever the article says of bodies.
  if (b - a <= 2 && every(tokens, a, b, (t) => t.cap && !t.possessive) && prevWord(text, tokens[a].start)?.lower === 'the' &&
    placeTier(normPlace(`the ${phraseOf(tokens, a, b)}`)) !== undefined) {
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  // "a devout Roman Catholic", "the Greek Orthodox faithful": one or two capitalised words before a creed's word name
  // the creed, no one, though "Roman" is a given name ("Greek Orthodox Church" ends in a head and is read on).
  if (b - a <= 2 && CREED_WORDS.has(tokens[b].lower) && !tokens[b].possessive && every(tokens, a, b - 1, (t) => t.cap && !t.allCaps && !t.possessive && !isOrgHead(t))) return;
  // "the Middle Ages", "the Bronze Age", "the Gilded Age": an age's name is a stretch of history, no body or place.
  if (b > a && b - a <= 2 && (tokens[b].lower === 'ages' || tokens[b].lower === 'age') && every(tokens, a, b - 1, (t) => t.cap && !t.allCaps && !t.possessive && !isOrgHead(t))) return;
  const b1 = b;
  // ("the National Association of Qollish Evangelicals": a plural group after a body's "of" is its complement and stays.)
  while (b > a && (tokens[b].lex & LX_DEMONYM) !== 0 && (!SURNAME_DEMONYMS.has(tokens[b].lower) || isOrgHead(tokens[b - 1])) &&
    !(b === a + 1 && isGiven(tokens[a])) && !ofComplementEnd(tokens, a, b)) b--;
  // "the Dorvale Center Christmas tree", "the Qollby Christmas party": a holiday after a body's, a building's or a
  // place's name is said of it, no part of it.
  if (b > a && HOLIDAYS.has(bare(tokens[b].lower)) && !tokens[b].possessive &&
    (isOrgHead(tokens[b - 1]) || FACILITY_HEADS.has(bare(tokens[b - 1].lower)) || isPlaceName(tokens, a, b - 1))) b--;
  // "New Yorkers": what is left is the first word of a place's name, which the demonym spells.
  if (b < b1 && a === b && (tokens[a].lex & (LX_PHRASE_FIRST | LX_PLACE)) === LX_PHRASE_FIRST) return;
  // "the Dalmont Police Department SWAT team": an acronym after an organization's head modifies the noun after it.
  if (b > a + 1 && tokens[b].allCaps && !tokens[b - 1].allCaps && tokens[b].text.length >= 3 && !isOrgHead(tokens[b]) && isOrgHead(tokens[b - 1]) &&
    !tokens[b].possessive && !/^\s*[(,]/.test(text.slice(tokens[b].end, tokens[b].end + 2))) b--;
  // "Dame Jane Roe DBE RA", "Sir Tom Roe MP": honours and degrees after a person's name, several of them or after a
  // title, are no part of it (else "Roe" alone would not find the person).
  while (b >= a + 2 && tokens[b].allCaps && !tokens[b].possessive && POST_NOMINALS.has(tokens[b].lower.replace(/\./g, '')) &&
    tokens[b - 1].cap && !tokens[a].allCaps && (isGiven(tokens[a]) || isTitleWord(tokens[a]))) b--;
  // "Jane Roe MP", "Lisa Qollard ABC news": capitals after a given name and a surname are an honour or a body, no part
  // of the name (a generation's numeral stays: "John Roe III"); a body is named on its own.
  if (b >= a + 2 && tokens[b].allCaps && tokens[b].text.length >= 2 && !tokens[b - 1].allCaps && tokens[b - 1].cap && isGiven(tokens[a]) &&
    !tokens[a].allCaps && !isRomanNumeral(tokens[b].text.replace(/\./g, '')) && !NAME_SUFFIXES.has(bare(tokens[b].lower)) &&
    !/\d/.test(tokens[b].text) && !isOrgHead(tokens[b]) && !FIRM_FORMS.has(bare(tokens[b].lower)) && findOrgHead(tokens, a, b) < 0) {
    if (!POST_NOMINALS.has(tokens[b].lower.replace(/\./g, ''))) classifyRun(text, tokens, b, b, out, seenLower);
    b--;
  }
  // "Follow Jane Roe", "Let Hillary", "Clearly Smith": a common word opening the sentence is not part of the name.
  // (Before a body's head only a count, or an opener when the text writes the rest alone: "Follow Qoll News on …".)
  while (a < b && tokens[a].initial && !isGiven(tokens[a]) && (!isOrgHead(tokens[b]) || NUMBER_WORDS.has(tokens[a].lower) ||
    ((tokens[a].lex & LX_OPENER) !== 0 && writtenElsewhere(text, tokens[a + 1].start, tokens[b].end))) && ((tokens[a].lex & LX_OPENER) !== 0 || lyAdverb(tokens[a], seenLower) ||
    ingForm(tokens[a], seenLower) || openingCompound(tokens[a]))) a++;
  // "Top Qoll Party donor …", "Internal Dorvale University records …", "Addressing the Qoll State Party …": a word
  // opening the sentence that the text writes in lower case is no part of the body's name after it, when it is an -ing
  // form or the text writes the rest in running text ("the Qoll Party"). (Not "National Rifle Association": the text
  // never writes "Rifle Association" alone; not a party, place, nationality or head word.)
  if (b - a >= 2 && tokens[a].initial && !tokens[a].allCaps && !tokens[a].headline && isOrgHead(tokens[b]) && !isGiven(tokens[a]) &&
    (tokens[a].lex & (LX_DEMONYM | LX_PLACE | LX_TITLE)) === 0 && !isOrgHead(tokens[a]) && !PARTY_WORDS.has(tokens[a].lower) &&
    ((seenLower(bare(tokens[a].lower)) && (ingForm(tokens[a], seenLower) || inRunningText(text, text.slice(tokens[a + 1].start, tokens[b].end)))) ||
    // (A common -ing form before a place opening the body's name, though the text never writes it in lower case.)
    (tokens[a].lower.endsWith('ing') && isCommonWord(tokens[a].lower) && (tokens[a + 1].lex & (LX_PLACE | LX_PHRASE_FIRST)) !== 0))) a++;
  // "Rival Hillary Clinton" at a sentence start: the opening word is not part of the name (but "New York State" is a place's).
  if (b - a >= 2 && tokens[a].initial && !isGiven(tokens[a]) && isGiven(tokens[a + 1]) && !isTitleWord(tokens[a]) &&
    !isOrgHead(tokens[b]) && (tokens[a].lex & LX_DEMONYM) === 0 && !gazetteerPhrase(tokens, a, a + 1)) a++;
  // "Los Angeles and Dorvale Counties", "the Qoll and Varrin Rivers": a plural head after "and" and a capitalised word is
  // both names' head, no part of the last one's name, which is read without it.
  if (b > a && sharedPluralHead(text, tokens, a0, b)) { classifyRun(text, tokens, a, b - 1, out, seenLower); return; }
  // "Ranking Democrat Jane Roe", "Longtime Republican Jane Roe": so is one before a party word and a given name (the
  // party word goes with the other nationalities and party words below).
  else if (b - a >= 3 && tokens[a].initial && !isGiven(tokens[a]) && !isTitleWord(tokens[a]) && (tokens[a].lex & (LX_DEMONYM | LX_PLACE)) === 0 &&
    (tokens[a + 1].lex & LX_DEMONYM) !== 0 && isGiven(tokens[a + 2]) && !isOrgHead(tokens[b]) && !gazetteerPhrase(tokens, a, a + 1)) a++;

  const last = tokens[b];
  const lastLow = bare(last.lower);
  // "the Trans-Pacific Partnership", "a Transatlantic Trade and Investment Partnership": a trade pact, no body.
  if (lastLow === 'partnership' && b > a && !every(tokens, a, b - 1, (t) => !PACT_WORDS.has(bare(t.lower)))) return;
  // Laws, events, days: not entities.
  // "Affordable Care Act", "World War II".
  const miscAt = b - 1 > a && ROMAN.has(lastLow) ? b - 1 : b;
  // ("College of Law", "Institute for the Study of War": a law or a war as an organization head's complement.)
  // (An incident's noun only after no given name, "Nathan Deal" is a person, and not in a title-case headline's run.)
  if (a < miscAt && ((bareLex(tokens[miscAt]) & LX_MISC_HEAD) !== 0 || (INCIDENT_HEADS.has(bare(tokens[miscAt].lower)) && !tokens[miscAt].headline && miscAt - a <= 3 && !isGiven(tokens[a]))) &&
    !(miscAt === b && complementOfHead(tokens, a, b))) {
    // "the Iraq War", "the Paris Attacks": the event is no entity; the country or city it names is.
    const p = miscAt - 1;
    // (Not a given name or a common word: "Chad Day" is a person, "the Orange Revolution" no city's.)
    if (!tokens[p].possessive && !isGiven(tokens[a]) &&
      (p === a ? (tokens[a].lex & LX_PLACE) !== 0 && !tokens[a].allCaps && !isCommonWord(tokens[a].lower) : gazetteerPhrase(tokens, a, p))) {
      out.push(cand('place', tokens, a, p, false));
    }
    return;
  }

  // "Secretary of the Interior Jane Roe", "Speaker of the House Jane Roe": a title with an "of the" complement, then
  // a name (the complement's body is the title's, not an organization named on its own).
  if (b - a >= 3 && tokens[a + 1].lower === 'of' && tokens[a + 2].lower === 'the' && isTitleWord(tokens[a]) && ROLE_NOUNS.has(bare(tokens[a].lower))) {
    const split = titleEnd(tokens, a, b);
    if (split && split.nameFirst <= b && split.titleLast === split.nameFirst - 1) { emitPerson(text, tokens, a, split, b, out, seenLower); return; }
    if (split && split.complement !== undefined) {
      if (split.complement <= b) classifyRun(text, tokens, split.complement, b, out, seenLower);
      return;
    }
  }
  // "Prince Varrin Island", "Lord Qoll Island", "King Talvik International Airport": a royal's or a lord's title and
  // name before a place's head (no surname's: "Queen Jane Park") name the place, no person.
  if (b - a >= 2 && ROYAL_TITLES.has(bare(tokens[a].lower)) && !tokens[a].allCaps && (tokens[b].lex & LX_PLACE_HEAD) !== 0 && !tokens[b].possessive &&
    !SURNAME_HEADS.has(bare(tokens[b].lower)) && !SURNAME_FACILITY_HEADS.has(bare(tokens[b].lower)) && !isOrgHead(tokens[b]) &&
    every(tokens, a + 1, b - 1, (t) => t.cap && !t.allCaps && !t.possessive && !isTitleWord(t))) {
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  // Organizations: a head word at the end, or followed only by its complement ("University of Michigan").
  // "Refugee Council Enver Solomon", "Texas Jane Roe": an organization head or a place right before a given name
  // and a surname ends there; the person is named on its own.
  for (let k = a; k < b - 1; k++) {
    const nx = tokens[k + 1];
    if (!isGiven(nx) || nx.allCaps || (nx.lex & (LX_ORG_HEAD | LX_PLACE | LX_TITLE)) !== 0 || isTitleWord(tokens[k])) continue;
    // ("the New York Hall of Science": a building's head with its "of" complement opens no person's name.)
    if (FACILITY_HEADS.has(bare(nx.lower)) && tokens[k + 2]?.lower === 'of') continue;
    // ("the Boston Red Sox", "Toronto Blue Jays": a colour and a plural after a town name a team.)
    if (k + 2 === b && colourTeam(tokens, k + 1, b)) continue;
    // ("the Dorvale Red Sox": a club's word ends the name, no surname.)
    if (CLUB_WORDS.has(bare(tokens[b].lower))) break;
    if ((k > a && isOrgHead(tokens[k])) || (!isGiven(tokens[a]) && isPlaceName(tokens, a, k))) {
      classifyRun(text, tokens, a, k, out, seenLower);
      classifyRun(text, tokens, k + 1, b, out, seenLower);
      return;
    }
  }
  // "Jane Roe South Carolina": a given name and a surname, then a region or a country (a city may be a surname), is a
  // person and a place.
  // (Not after a middle initial: "Michael B. Jordan".)
  if (b - a >= 2 && isGiven(tokens[a]) && !tokens[a].allCaps) {
    for (let k = a + 2; k <= b; k++) {
      if (!isPlaceName(tokens, k, b) || INITIAL.test(tokens[k - 1].text)) continue;
      // (Only a name's words before the place: no connector or head, "Port Authority of New York".)
      if (!every(tokens, a, k - 1, (t) => t.cap && !isOrgHead(t))) break;
      const tier = placeTier(normPlace(phraseOf(tokens, k, b)));
      if (tier !== 'region' && tier !== 'country') break;
      classifyRun(text, tokens, a, k - 1, out, seenLower);
      out.push(cand('place', tokens, k, b, false));
      return;
    }
  }
  // "the Granite State", "the Green Mountain State": a state's nickname is the state; not "the Islamic State" (a
  // demonym) nor "the Ohio State" (a place: its university).
  if (b > a && b - a <= 2 && tokens[b].lower === 'state' && (theLead || prevWord(text, tokens[a].start)?.lower === 'the') &&
    every(tokens, a, b - 1, (t) => t.cap && !t.allCaps && (t.lex & (LX_DEMONYM | LX_PLACE)) === 0 && !isOrgHead(t) && !isTitleWord(t))) {
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  // "Johnson Space Center", "Museum of Flight", "Grand Hotel": buildings and sites are places.
  const facility = facilityHead(tokens, a, b);
  if (facility) { out.push(cand('place', tokens, a, b, false)); return; }
  // "Dalgren & Qoll": no one's name holds "&".
  for (let k = a + 1; k < b; k++) if (tokens[k].lower === '&') { out.push(cand('organization', tokens, a, b, false)); return; }
  // "Qollvex Bank Announces Cuts", "Dorvale Post Assembles Team": in a title-case headline a verb's -s form right after
  // a body's head ends the body's name.
  if (tokens[a].headline && !tokens[a].allCaps) {
    for (let k = a + 1; k <= b; k++) {
      if (!isOrgHead(tokens[k - 1]) || isOrgHead(tokens[k]) || !headlineVerb(tokens[k], seenLower)) continue;
      // (Not after a word the text writes in lower case: "Leaked Memos Reveal Campaign Plans" names no body.)
      if (!every(tokens, a, k - 1, (t) => !seenLower(bare(t.lower)))) break;
      classifyRun(text, tokens, a, k - 1, out, seenLower);
      if (k < b) classifyRun(text, tokens, k + 1, b, out, seenLower);
      return;
    }
  }
  // "a Jane Roe Super PAC": the kind of committee after a person's name is said of the person's, no body's name.
  if (b - a >= 2 && bare(tokens[b].lower).replace(/s$/, '') === 'pac' && tokens[b - 1].lower === 'super' && isGiven(tokens[a]) && !tokens[a].allCaps) {
    classifyRun(text, tokens, a, b - 2, out, seenLower);
    return;
  }
  // ("TV" alone is a common abbreviation, though "Qoll TV" ends in a body's head.)
  const orgAt = a === b && tokens[a].allCaps && COMMON_ACRONYMS.has(bare(tokens[a].lower)) ? -1 : findOrgHead(tokens, a, b);
  // "the Soviet Union", "the West Bank": a place the gazetteer names whole, though it ends in a body's head.
  if (orgAt === b && b > a && gazetteerPhrase(tokens, a, b)) { out.push(cand('place', tokens, a, b, false)); return; }
  if (orgAt >= 0) {
    // "Jane Roe, President of Qollvex Holdings": a title and its "of" open no body's name; the body follows them.
    if (orgAt > a + 1 && tokens[a + 1].lower === 'of' && isTitleWord(tokens[a]) && !isOrgHead(tokens[a])) {
      classifyRun(text, tokens, tokens[a + 2].lower === 'the' ? a + 3 : a + 2, b, out, seenLower);
      return;
    }
    // "Jane Roe Reassures Senate Democrats", "Jane Roe Finally Endorses House Speaker": in a title-case headline a
    // verb's -s form (and an -ly adverb before it) ends the name before it; the body's name starts after it.
    // (Only after a given name: "Dime Savings Bank" holds no verb.)
    if (tokens[a].headline && isGiven(tokens[a]) && !tokens[a].allCaps) {
      for (let k = a + 1; k < orgAt; k++) {
        if ((k === a + 1 && !tableSForm(tokens[k])) || !headlineVerb(tokens[k], seenLower) || isOrgHead(tokens[k])) continue;
        let p = k - 1;
        while (p > a && lyAdverb(tokens[p], seenLower)) p--;
        classifyRun(text, tokens, a, p, out, seenLower);
        classifyRun(text, tokens, k + 1, b, out, seenLower);
        return;
      }
    }
    // A title inside an organization run ("Democratic National Committee Chairwoman Donna Brazile") splits it.
    const split = titleEnd(tokens, a, b);
    // "the Talvik Airways Chief Operating Officer": a title that ends the run names no one; the body before it is
    // read on its own.
    if (split && split.nameFirst === b && b > orgAt && ROLE_NOUNS.has(bare(tokens[b].lower)) && !isOrgHead(tokens[b])) {
      const k = titleStart(tokens, a, b);
      if (k > a) classifyRun(text, tokens, a, k - 1, out, seenLower);
      return;
    }
    if (split && split.nameFirst > orgAt && split.nameFirst <= b && !isOrgHead(tokens[b])) {
      emitPerson(text, tokens, a, split, b, out, seenLower);
      return;
    }
    // "Rep. Dave Camp", "Mr. Church": an honorific or a title, then a surname that is also a body's head (alone or after
    // a given name), names the person, not a body.
    if (split && split.complement === undefined && split.place === undefined && orgAt === b && split.nameFirst <= b && b - split.nameFirst <= 1 &&
      !tokens[split.titleLast].possessive && !isOrgHead(tokens[split.titleLast]) && SURNAME_ORG_HEADS.has(bare(tokens[b].lower)) && !tokens[b].allCaps &&
      (b === split.nameFirst || (isGiven(tokens[split.nameFirst]) && !tokens[split.nameFirst].allCaps))) {
      emitPerson(text, tokens, a, split, b, out, seenLower);
      return;
    }
    // "the Republican U.S. House", "a Democrat City Council": a party word before a legislature says who holds it;
    // the body's name starts after it (not "Republican Party", "Democratic National Committee").
    if (partyHeldBody(tokens, a, b)) { out.push(cand('organization', tokens, a + 1, b, false)); return; }
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // "the River Dorvale": after "the", "River" opens a river's name (written alone, it may be a given name).
  if (b > a && b - a <= 2 && bare(tokens[a].lower) === 'river' && (theLead || prevWord(text, tokens[a].start)?.lower === 'the') &&
    every(tokens, a + 1, b, (t) => t.cap && !t.allCaps && !isOrgHead(t) && !t.possessive)) {
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  // "the Jordan River", "a walk in Victoria Park": a given name before a place head that is a surname too ("Jane Park")
  // is the place's name after "the", which no person's name takes, or after a preposition of where.
  if (b === a + 1 && isGiven(tokens[a]) && !tokens[a].allCaps && SURNAME_HEADS.has(bare(tokens[b].lower)) && !tokens[b].possessive &&
    (theLead || (a > a0 && tokens[a - 1].lower === 'the') || WHERE_BEFORE.has(prevWord(text, tokens[a].start)?.lower ?? ''))) {
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  if (theLead && !tokens[a].initial && !(a === b && ((tokens[a].lex & LX_PLACE) !== 0 || (isGiven(tokens[a]) && !isCommonWord(tokens[a].lower))))) {
    // "author of The Qoll Years", "her book, The Long Winter", "the Talvian version of The Good Wife": after a work's
    // word the capitalised "The" opens the work's title, no body's name.
    if (workBefore(text, tokens, a0, a)) return;
    if (!isPlaceName(tokens, a, b)) { out.push(cand('organization', tokens, a, b, false)); return; }
  }

  // Titles and honorifics.
  let split = titleEnd(tokens, a, b);
  // "General Qollmills", "General Foods": the rank's word as an adjective before a common noun's plural is a firm's name.
  if (split && split.titleLast === a && split.nameFirst === b && b === a + 1 && generalFirm(text, tokens[a], tokens[b])) {
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // "Dean Varrin", "economist Dean Varrin": a title word that is also a given name, right before a lone surname, is the
  // given name, unless the text uses the word as a role ("the dean of the law school").
  if (split && split.complement === undefined && split.nameFirst === b && split.titleLast === b - 1 && GIVEN_TITLES.has(tokens[b - 1].lower) &&
    !tokens[b - 1].allCaps && !seenLower(tokens[b - 1].lower)) {
    if (b - 1 === a) { out.push(cand('person', tokens, a, b, false)); return; }
    if (isTitleWord(tokens[b - 2])) split = { titleLast: b - 2, nameFirst: b - 1 };
    // ("Inventor Dean Varrin" opening a sentence: a common word before it is no part of the name.)
    else if (b - 2 === a && tokens[a].initial && isCommonWord(tokens[a].lower)) { out.push(cand('person', tokens, b - 1, b, false)); return; }
  }
  // "the Governor of Texas": the complement is read on its own (a place here), and no one is named.
  if (split && split.complement !== undefined) {
    // "the Qoll Nations High Commissioner for Refugees": a body before the title is read on its own too (the words
    // before the first title word, less a title's modifier such as "High").
    // (Only a "for" complement right after the title: "… Commissioner for Refugees".)
    let k = a;
    while (k < split.complement && !isTitleWord(tokens[k])) k++;
    const forComplement = k + 1 < split.complement && tokens[k + 1].lower === 'for';
    while (k > a && TITLE_OPENERS.has(tokens[k - 1].lower)) k--;
    if (forComplement && k > a && (findOrgHead(tokens, a, k - 1) >= 0 || isPlaceName(tokens, a, k - 1))) classifyRun(text, tokens, a, k - 1, out, seenLower);
    classifyRun(text, tokens, split.complement, b, out, seenLower);
    return;
  }
  // "Vice President", "Deputy Secretary": titles with no name after them name no one; what the title follows is read
  // on its own ("the Vellmar Red Cross Society Secretary General, Jane Roe": the society).
  if (split && split.nameFirst === b && isTitleWord(tokens[b])) {
    const k = titleStart(tokens, a, b);
    if (k > a && k < b) classifyRun(text, tokens, a, k - 1, out, seenLower);
    return;
  }
  // "the Executive Summary", "the Executive Branch": "Executive" as an adjective before one common English word that
  // is no given name names a thing, not an executive ("Executive Varrin" keeps its person).
  if (split && split.titleLast === a && split.nameFirst === b && b === a + 1 && tokens[a].lower === 'executive' && !tokens[b].allCaps &&
    !isGiven(tokens[b]) && isCommonWord(bare(tokens[b].lower))) return;
  if (split) { emitPerson(text, tokens, a, split, b, out, seenLower); return; }

  // "in Spring", "last Autumn": a season's word alone after a word of time is the season, not a place or a person named
  // Summer.
  if (a === b && SEASON_WORDS.has(tokens[a].lower) && !tokens[a].possessive && SEASON_BEFORE.has(prevWord(text, tokens[a].start)?.lower ?? '')) return;
  // "Super Tuesday", "Black Friday", "Good Friday": a common English word right before a weekday's name names the day.
  if (a === b && !tokens[a].allCaps && !tokens[a].possessive && !isGiven(tokens[a]) && isCommonWord(bare(tokens[a].lower)) &&
    WEEKDAY_AFTER.test(text.slice(tokens[a].end, tokens[a].end + 11)) && !capitalisedElsewhere(text, tokens[a].text)) return;
  // "a Somali national", "Somali and Sudanese refugees": a word that is a nationality and, in the gazetteer, also a
  // region's or a town's name is the nationality, unless a preposition of place puts something there ("in Somali").
  if (a === b && (tokens[a].lex & LX_DEMONYM) !== 0 && (tokens[a].lex & LX_PLACE) !== 0 && !tokens[a].allCaps &&
    !PLACE_PREPOSITIONS.has(prevWord(text, tokens[a].start)?.lower ?? '')) return;
  if (isPlaceName(tokens, a, b) && !(a === b && commonWordOpener(text, tokens[a]))) {
    // "George Washington" is a person; "Washington" alone stays a place.
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  // "Vellmar North", "Talvik City West": a compass word after a city names one of its districts, a place of its own
  // (not after a country or a region: "Texas West" is no district).
  if (b > a && b - a <= 3 && DISTRICT_COMPASS.has(tokens[b].lower) && !tokens[b].possessive && isPlaceName(tokens, a, b - 1) && !isGiven(tokens[a])) {
    const tier = placeTier(normPlace(phraseOf(tokens, a, b - 1)));
    if (tier === undefined || tier === 'city' || tier === 'town') { out.push(cand('place', tokens, a, b, false)); return; }
  }
  // A place at the front of a longer run ("Seoul Mayor" is handled above; "Texas Gov." too).
  if (a < b && isPlaceName(tokens, a, a) && every(tokens, a + 1, b, (t) => (t.lex & LX_DEMONYM) !== 0)) { out.push(cand('place', tokens, a, a, false)); return; }

  // "Florida Republican Jane Roe", "Ranking Democrat Jane Roe": a place or a common word, then party words, then a
  // given name: the place is read on its own, the person's name starts at the given name.
  // (The party words are those right before a given name: a place's own first word may be one too, and its second a
  // given name, "North Dakota Republican Jane Roe".)
  for (let q = a + 2; q < b; q++) {
    if (!isGiven(tokens[q]) || tokens[q].allCaps || (tokens[q - 1].lex & LX_DEMONYM) === 0) continue;
    let p = q - 1;
    while (p > a && (tokens[p - 1].lex & LX_DEMONYM) !== 0) p--;
    if (p > a) {
      const lead = isPlaceName(tokens, a, p - 1) ? 'place' : every(tokens, a, p - 1, (t) => !isGiven(t) && isCommonWord(t.lower)) ? 'common' : null;
      if (lead) {
        if (lead === 'place') out.push(cand('place', tokens, a, p - 1, false));
        classifyRun(text, tokens, q, b, out, seenLower);
        return;
      }
    }
  }
  // "Greater Vellmar", "Upstate Talvik", "Downtown Vellmar": a capitalised qualifier before a place is the area's name.
  if (a < b && PLACE_QUALIFIERS.has(tokens[a].lower) && isPlaceName(tokens, a + 1, b)) { out.push(cand('place', tokens, a, b, false)); return; }
  // Demonyms and party words ("Vermonter" and "Floridians" too, before a name).
  let d = a;
  while (d <= b && ((tokens[d].lex & LX_DEMONYM) !== 0 || (d < b && isGiven(tokens[d + 1]) && placeDemonym(tokens[d])))) d++;
  if (d > b) return; // "North Korean", "Republicans"
  // "the Islamic State": a demonym and "State" name a movement or a state's government, not a "State".
  if (d > a && d === b && tokens[b].lower === 'state') { out.push(cand('organization', tokens, a, b, false)); return; }
  // "Southern Ulvania", "Central Talvik": a capitalised compass word before a place is the region's name.
  if (d === a + 1 && COMPASS_WORDS.has(tokens[a].lower) && isPlaceName(tokens, d, b)) { out.push(cand('place', tokens, a, b, false)); return; }
  // "Republican Mike Pence", "Democrat Hillary Clinton"; but a colour before other words is the name's ("Black Lives
  // Matter", not "Lives Matter").
  const beforeDemonyms = a;
  // "West Point", "the East Room", "South Bronx": a compass point before one word that is no place or nationality
  // names somewhere of its own (a club named so is retyped by its match frames: "West Ham beat …").
  if (d === a + 1 && d === b && COMPASS_POINTS.has(tokens[a].lower) && (tokens[d].lex & (LX_PLACE | LX_DEMONYM)) === 0 &&
    !tokens[d].allCaps && !tokens[d].possessive && !tokens[a].allCaps && !/(?:ans|ers|ites|ish|ese|ian)$/.test(tokens[d].lower)) {
    out.push(cand('place', tokens, a, b, false));
    return;
  }
  if (d > a && d < b + 1 && b - d >= 0 && !(d === a + 1 && d < b && SURNAME_DEMONYMS.has(tokens[a].lower) && !isGiven(tokens[d]))) {
    a = d;
  }

  if (a === b) {
    const t = tokens[a];
    const low = bare(t.lower);
    // Contractions ("We've") and party-state tags ("D-N.C.") name nothing.
    if (contractionOrPartyTag(low)) return;
    // "Bundesbank", "Qollbank": one word that ends in "bank" and is no English word is a bank.
    // (Not a surname the text gives with a first name: "Dana Milbank … Milbank".)
    // (Nor a headline's or a label's word: "Milbank: Republicans …".)
    if (!t.allCaps && !t.headline && text.charCodeAt(t.end) !== 58 && low.length >= 7 && low.endsWith('bank') && !low.includes('-') &&
      !isCommonWord(low) && !seenLower(low) && !isGiven(t) &&
      !memoOfText('bankAfterName', text, t.text, () => new RegExp(`\\p{Lu}[\\p{Ll}.]+\\s+${t.text}\\b`, 'u').test(text))) {
      out.push(cand('organization', tokens, a, b, false));
      return;
    }
    if (t.allCaps) {
      // "CEO", "GMT", "VIP", "XVII", and a shouted common word ("UNLESS" where the text writes "unless"): no names.
      const plain = low.replace(/\./g, '');
      // "Dorvale, VA", "Qollby, OR": a state's postal code after a town and a comma, before no further word.
      if (postalSlot(text, t, plain)) { out.push(cand('place', tokens, a, b, false)); return; }
      // "H-1B", "AR-15", "HB-2": a code with a hyphen and a digit names a visa, a model or a bill, no body.
      if (/\d/.test(t.text) && t.text.includes('-')) return;
      // ("RIGGED", "DEAD": a shouted common English word too, unless brackets define it: "… Everywhere (CARE)".)
      // ("ACA", "NAFTA", "HB2": a law's, a treaty's or a bill's acronym names no body.)
      if (COMMON_ACRONYMS.has(plain) || LAW_ACRONYMS.has(plain) || billCode(plain) || isRomanNumeral(t.text) ||
        (plain.length >= 4 && (seenLower(plain) || (isCommonWord(plain) && !text.includes(`(${t.text})`))))) return;
      // "the source text (ST)", "a most valuable player (MVP)": letters the text spells out in lower-case words abbreviate
      // a term, here and wherever else they stand; no body is called so.
      if (termAcronym(text, t.text)) return;
      // "NASHUA, N.H. —": a dateline's town, at a line's start with a comma and a capitalised word after it; so is
      // "VELLMAR 2024-05-17" alone on its line (wire copy's dateline), a town the gazetteer may not know.
      if ((t.start === 0 || text.charCodeAt(t.start - 1) === 10) && (/^, [A-Z]/.test(text.slice(t.end, t.end + 3)) || ISO_DATELINE_TAIL.test(text.slice(t.end, t.end + 14)))) {
        out.push(cand('place', tokens, a, b, false));
        return;
      }
      const transcript = /^\s*:/.test(text.slice(t.end, t.end + 3)) && t.initial;
      if (transcript) { out.push(cand('single', tokens, a, b, false)); return; }
      // "NYC", "NZ", "DPRK", "FL": a place's initials, not a body's.
      if (PLACE_ACRONYMS.has(plain)) { out.push(cand('place', tokens, a, b, false)); return; }
      if ((low.replace(/\./g, '').length <= 6 || HYPHENATED_NAMES.has(plain)) && !STOPWORDS.has(low)) { out.push(cand('organization', tokens, a, b, false)); return; }
      out.push(cand('single', tokens, a, b, false));
      return;
    }
    // (The period is the abbreviation's, as in "Calif.": the mention ends after it, "Ore." and not "Ore".)
    if (townStateSlot(text, t)) { out.push({ ...cand('place', tokens, a, b, false), end: t.end + 1 }); return; }
    if (INSTITUTIONS.has(low) || camelCase(t.text)) { out.push(cand('organization', tokens, a, b, false)); return; }
    // "the island of Qollby", "the town of Dorvale", "south of Varrin": a place by the phrase before it (as for longer
    // names below), a person's given name or not.
    // (Not an owner's: "the state of Roe's finances", "the state of Sanders' campaign".)
    if (!t.possessive && !t.headline && !/['’]$/.test(t.text) && !/['’]/.test(text.charAt(t.end))) {
      const of = prevWord(text, t.start);
      const head = of?.lower === 'of' ? prevWord(text, of.start) : null;
      if (head && !isUpperChar(text, head.start) && (SETTLEMENT_HEADS.has(head.lower) || COMPASS_OF.has(head.lower))) {
        out.push(cand('place', tokens, a, b, false));
        return;
      }
    }
    if ((bareLex(t) & (LX_MONTH_DAY | LX_STOP)) !== 0) return;
    out.push(cand('single', tokens, a, b, false));
    return;
  }
  // "Fan Expo Dorvale", "Harvest Festival Qollby": an event's word inside the run, then words that are no given name,
  // name an event (held somewhere), never a person.
  // So does the event's word last after no given name ("Dorvale Marathon", "Qoll Carnival"; not "Jane Marathon").
  // (Nor after a firm's words: "Carnival Cruise Lines Inc. Carnival".)
  // (Contests, meetings and unrest only by the last word: "Jane Summit Qollard" is a person.)
  // (A season is no given name there: "Summer Paralympics".)
  for (let k = a + 1; k <= b && (k < b || ((!isGiven(tokens[a]) || (k === a + 1 && SEASON_WORDS.has(tokens[a].lower))) &&
    every(tokens, a, b - 1, (t) => !isOrgHead(t) && !FIRM_FORMS.has(bare(t.lower))))); k++) {
    const w = bare(tokens[k].lower);
    if (!(EVENT_WORDS.has(w) || (k === b && EVENT_LAST_WORDS.has(w))) || tokens[k].possessive) continue;
    if (every(tokens, k + 1, b, (t) => !isGiven(t) && !isTitleWord(t))) return;
    break;
  }
  // "The Anna Vellmar Show", "the Jane Roe Chair in Economics": a show, prize or chair named after someone is no
  // person; the name in it is read on its own.
  if (b > a && !tokens[b].possessive && NAMED_AFTER_HEADS.has(tokens[b].lower) && isGiven(tokens[a])) {
    classifyRun(text, tokens, a, b - 1, out, seenLower);
    return;
  }
  // Two to four name-like words: a person, unless it opens a sentence with a common word we cannot tell apart.
  if (b - a > 4) return;
  const g0 = isGiven(tokens[a]);
  // "Alabama Democratic Governor", "White House Chief of Staff" (a name follows after a line break or a lower-case
  // word, or none): a title names no one here; what opens it is read on its own (a place and party words: the place).
  let titleAt = isTitleWord(tokens[b]) && !isOrgHead(tokens[b]) ? b : -1;
  for (let i = a; titleAt < 0 && i + 1 < b; i++) if (isTitleWord(tokens[i]) && !isOrgHead(tokens[i]) && tokens[i + 1].lower === 'of') titleAt = i;
  // (A particle makes the title word part of a name: "Sharm el Sheikh".)
  if (!g0 && titleAt >= 0 && !every(tokens, a, titleAt, (t) => (t.lex & LX_PARTICLE) === 0)) titleAt = -1;
  // ("Clark County Coroner", "Georgia Senator": a given name that is or opens a place's name before the title opens no
  // person's name.)
  if (g0 ? titleAt > a && isPlaceName(tokens, a, titleAt - 1) : titleAt >= 0) {
    // ("the Vellmar High Commissioner", "the Qoll Lord Chancellor": a word opening the title is the title's, not part
    // of the body or place before it.)
    const top = titleAt - 1 > a && TITLE_OPENERS.has(tokens[titleAt - 1].lower) ? titleAt - 2 : titleAt - 1;
    let k = top;
    while (k > a && (tokens[k].lex & LX_DEMONYM) !== 0) k--;
    // ("Talvik Party Legislative Councillor": the title's modifiers are no part of the organization before them.)
    let e = top;
    while (e > a && TITLE_MODIFIERS.has(tokens[e].lower) && !isOrgHead(tokens[e])) e--;
    if (k >= a && isPlaceName(tokens, a, k)) out.push(cand('place', tokens, a, k, false));
    // ("the Qollish Commission President": a nationality opening a body's name before a title is the body's own word.)
    else if (titleAt > a && beforeDemonyms < a && e >= a && isOrgHead(tokens[e]) && !isTitleWord(tokens[e])) classifyRun(text, tokens, beforeDemonyms, e, out, seenLower);
    else if (titleAt > a) classifyRun(text, tokens, a, e, out, seenLower);
    return;
  }
  // Headlines and all-caps lines: only words known elsewhere count, one by one.
  if (tokens[a].headline || every(tokens, a, b, (t) => t.allCaps)) {
    if (!g0 || tokens[a].allCaps) {
      for (let k = a; k <= b; k++) if (!STOPWORDS.has(bare(tokens[k].lower))) out.push(cand('single', tokens, k, k, false));
      return;
    }
    // "Jane Roe Won't Testify": in a title-case headline the name stops at the first common word (seen in lower case
    // elsewhere) or contraction.
    // So does a verb's -s form after the surname ("Jane Roe Calls for …", "Jane Roe Endorses Mark Doe"), whose stem
    // is a common word or the text writes it in lower case; a person named after the verb is read on its own.
    // A reporting verb's -s form from the table is never a surname, even right after the first word ("Jane Vows to
    // Fight", "Mark Slams …"): the lone word before it is a surname mention.
    // Any verb's -s form right after a given name the text also uses alone, as a surname, ends the name there too
    // ("Sanders Wins Primary … Sanders said"), unless the text writes the pair elsewhere ("Mark Rivers").
    // (The text is searched only for a headline verb right after the given name, and at most twice per run.)
    let surnameLike: boolean | undefined;
    const endsName = (k: number): boolean => headlineVerb(tokens[k], seenLower) && (k >= a + 2 || tableSForm(tokens[k]) ||
      ((surnameLike ??= writtenElsewhere(text, tokens[a].start, tokens[a].end)) && !writtenElsewhere(text, tokens[a].start, tokens[k].end)));
    let k = a + 1;
    while (k <= b && !contractionOrPartyTag(bare(tokens[k].lower)) && !seenLower(bare(tokens[k].lower)) && !endsName(k)) k++;
    if (k === a + 1) { out.push(cand('single', tokens, a, a, false)); return; }
    if (k < b && headlineVerb(tokens[k], seenLower) && isGiven(tokens[k + 1])) classifyRun(text, tokens, k + 1, b, out, seenLower);
    b = k - 1;
    // What is left may still hold more than the name the text writes elsewhere (bodyNameInHeadline).
    const body = bodyNameInHeadline(text, tokens, a, b);
    if (body && body[0] > a) {
      classifyRun(text, tokens, body[0], b, out, seenLower);
      return;
    }
    if (body) {
      classifyRun(text, tokens, body[1] + 1, b, out, seenLower);
      // (A lone first word is read as other lone words of a headline are.)
      if (body[1] === a) { out.push(cand('single', tokens, a, a, false)); return; }
      b = body[1];
    }
  }
  // "an episode of “Tiger Pond”": a quotation that is nothing but a capitalised run is a title of a work, not a person.
  if (!g0 && !tokens[b].possessive && quotedWhole(text, tokens[a].start, tokens[b].end)) return;
  // "Vellmar United", "Talvik Athletic", "Real Vellmar": a club's name by its last or first word, also after
  // "in" or "at".
  // ("Real" is an adjective too: only before a place, "Real Madrid".)
  if (b > a && !tokens[b].possessive && (CLUB_WORDS.has(tokens[b].lower) ||
    (CLUB_LEADS.has(tokens[a].lower) && (tokens[a].lower !== 'real' || isPlaceName(tokens, a + 1, b))))) {
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // "Team Jane", "Team Qollvex": a candidate's or a country's team, named head first.
  if (b === a + 1 && tokens[a].lower === 'team' && !tokens[a].allCaps) {
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // "Banco Vellmar", "Parti Talvikois", "Universidad de Ulvania": other languages put the head first.
  if (b > a && !tokens[b].possessive && LEADING_HEADS.has(tokens[a].lower)) {
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // "in Kaneohe Bay", "at Midway Atoll": a place by its preposition.
  const before = prevWord(text, tokens[a].start);
  // "a degree in Computer Science": a field of study after "in" is no entity; "a believer in Jane Roe" no place.
  const notPlace = !!before && notPlaceAfterIn(text, before, bare(tokens[b].lower));
  if (notPlace && academicField(bare(tokens[b].lower))) return;
  // But "analysts at Morrow Vance", "shares of …": the complement of a word about a firm is a firm.
  // (Not a possessive two-word name: "in Zelvanka Qollard's den" is the owner's, a place's would be "in the X's".)
  if (!g0 && before && !notPlace && /^(in|at|near)$/.test(before.lower) && !(tokens[b].possessive && b === a + 1)) {
    const head = before.lower === 'at' ? prevWord(text, before.start) : null;
    // ("a trader at Dalgren Vance": a job's workplace.)
    const firm = head && (ORGANIZATION_OF_HEADS.has(head.lower) || WORKPLACE_ROLES.has(head.lower));
    out.push(cand(firm ? 'organization' : 'place', tokens, a, b, false));
    return;
  }
  // "the Red Cross", "the Senate Subcommittee": a definite article before a run with no given name makes it an
  // organization (a person's name takes no article; "the George Bush administration" keeps its given name, and so does
  // a name that modifies a noun of a person's: "the Qollard Brodie campaign").
  if (!g0 && before && before.lower === 'the' && !tokens[a].allCaps && !modifiesNoun(text, tokens[b])) {
    const c = cand(isPlaceName(tokens, a, b) ? 'place' : 'organization', tokens, a, b, false);
    c.byArticle = true;
    out.push(c);
    return;
  }
  // "the Denver Broncos": after "the", a place that is also a given name (and so no town by its name alone) and a
  // plural is a team, as "Minnesota Vikings" is below.
  if (g0 && b > a && before && before.lower === 'the' && !modifiesNoun(text, tokens[b]) && /[^s]s$/.test(tokens[b].lower) &&
    !tokens[b].possessive && placeTier(normPlace(phraseOf(tokens, a, b - 1))) !== undefined) {
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // "CBS This Morning", "VOA Eurasian": a run opened by an acronym is an organization or a programme, not a person.
  if (!g0 && tokens[a].allCaps && !tokens[b].allCaps && tokens[a].text.length >= 2 && tokens[a].text.charCodeAt(1) !== 46 &&
    (tokens[a].lex & LX_PLACE) === 0) {
    // "QVTA Member States", "QVTA Annex": a word the text writes in lower case, right after the acronym, is a noun the
    // acronym modifies, not the body's name; the acronym is named on its own. (Not a gazetteer place's first word, "QVTA
    // New York", nor a word that completes a body's name: "QVTA Tour", "QVTA Sports".)
    const nx = tokens[a + 1];
    if (!tokens[a].possessive && !nx.allCaps && seenLower(bare(nx.lower)) && !isOrgHead(nx) && !ACRONYM_BODY_WORDS.has(bare(nx.lower)) &&
      (nx.lex & LX_PLACE) === 0 && !isPlaceName(tokens, a + 1, b)) {
      classifyRun(text, tokens, a, a, out, seenLower);
      return;
    }
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // "Radio Romania", "Air France": an organization head before a place names a broadcaster, airline, bank.
  if (b > a && isOrgHead(tokens[a]) && isPlaceName(tokens, a + 1, b)) { out.push(cand('organization', tokens, a, b, false)); return; }
  // "Hurricane Hugo", "Operation Desert Fox": named events.
  if (EVENT_LEADS.has(tokens[a].lower)) return;
  // "Mount Pella", "San Marcos", "Fort Dix": places by their first word.
  if (!g0 && b > a && PLACE_LEADS.has(tokens[a].lower)) { out.push(cand('place', tokens, a, b, false)); return; }
  // "Change Is Gonna Come", "Joining Forces With China": a capitalised function word inside a run makes it a title or a
  // headline, not a name (month names and given names excepted: "Theresa May").
  for (let k = a + 1; k <= b; k++) {
    const t = tokens[k];
    if (t.cap && (t.lex & LX_STOP) !== 0 && (t.lex & (LX_MONTH_DAY | LX_MALE_NAME | LX_FEMALE_NAME | LX_HONORIFIC)) === 0 && t.lower !== 'said' &&
      !(k === b && t.text === 'I')) return;
  }
  // A bare capital letter with no period ends no name: "Class B", "Series D" are labels; "Alicia M" is cut short. (A
  // regnal "I" after a name no dictionary has stays: "Norton I".)
  if (b > a && tokens[b].text.length === 1 && !(tokens[b].text === 'I' && b === a + 1 && !isCommonWord(bare(tokens[a].lower)))) {
    if (!g0) return;
    b--;
  }
  // "the town of Port Alder", "south of Glen Ridge": a place by the phrase before it, given name or not.
  if (before && before.lower === 'of') {
    const b2 = prevWord(text, before.start);
    if (b2 && (PLACE_HEADS.has(b2.lower) || COMPASS_OF.has(b2.lower))) { out.push(cand('place', tokens, a, b, false)); return; }
  }
  // "Minnesota Vikings": a place and a plural, a team or a club. Not a one-word place that is also a surname particle:
  // "Van Jones", "Van Voorhis" are people (Van is a Turkish city, and a surname in -s looks plural).
  if (isPlaceName(tokens, a, b - 1) && /[^s]s$/.test(tokens[b].lower) && !(b - 1 === a && PARTICLE_WORDS.has(tokens[a].lower))) {
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // "Boston Red Sox", "Toronto Blue Jays": a town, a colour and a plural (or "Sox") are a team too; so is the colour and
  // the plural alone after "the" ("the Red Sox").
  if (b > a && colourTeam(tokens, b - 1, b) && (isPlaceName(tokens, a, b - 2) || (b === a + 1 && before?.lower === 'the'))) {
    out.push(cand('organization', tokens, a, b, false));
    return;
  }
  // Common words in capitals ("Climate Change"): every word also appears in lower case, and no given name leads.
  // (A month that is a name: "April Qollard", "Theresa May".)
  const monthName = (k: number): boolean => BORNE_MONTHS.has(tokens[k].lower) && (k === a ? monthGivenName(text, tokens[a], tokens[a + 1], seenLower) : k === b && b === a + 1 && g0);
  for (let k = a; k <= b; k++) if (/\d/.test(tokens[k].text) || ((bareLex(tokens[k]) & LX_MONTH_DAY) !== 0 && !(b > a && monthName(k)))) return;
  if (!g0 && every(tokens, a, b, (t) => seenLower(bare(t.lower)))) return;
  // "Battleground States": a plural common noun (seen in lower case here) does not end a person's name.
  const lastLower = bare(tokens[b].lower);
  if (!g0 && lastLower.length > 3 && lastLower.charCodeAt(lastLower.length - 1) === 115 && lastLower.charCodeAt(lastLower.length - 2) !== 115 &&
    seenLower(lastLower)) return;
  const c = cand('person', tokens, a, b, false);
  if (g0) c.gender = givenOf(tokens[a]);
  const leftPos = a === a0 ? titleLeftPos(text, tokens[a].start) : tokens[a].start;
  if (leftPos < tokens[a].start) {
    const words = text.slice(leftPos, tokens[a].start).trim();
    c.title = words;
    genderOfWords(words.toLowerCase().split(/\s+/).map(bare), c);
  }
  out.push(c);
}

/** Heads of a state's bodies whose own name carries an "of": "Ministry of …", "Department of …", "Court of …". */
const NATIONAL_BODY_HEADS = new Set(['ministry', 'department', 'court']);
/** Words that may open such a body's name before its head: "Supreme Court of …". */
const NATIONAL_BODY_OPENERS = new Set(['supreme', 'high', 'constitutional', 'federal', 'national']);

/** Tokens d..b are a state's body named with its "of": "Ministry of Culture", "Supreme Court of Cassation". */
const LOWER_WORD = /^\p{Ll}+$/u;
/**
 * The text defines `acr` in brackets right after lower-case words whose first letters spell it: "the source text (ST)",
 * "post-traumatic stress disorder (PTSD)" (a hyphen's parts count apart). A body's name is capitalised: "Federal
 * Aviation Administration (FAA)" is none.
 */
function termAcronym(text: string, acr: string): boolean {
  if (acr.length < 2 || acr.length > 6 || !/^[A-Z]+$/.test(acr)) return false;
  return memoOfText('termAcronym', text, acr, () => {
    const want = acr.toLowerCase();
    for (let at = text.indexOf(`(${acr})`); at >= 0; at = text.indexOf(`(${acr})`, at + 1)) {
      const words = text.slice(Math.max(0, at - 80), at).trimEnd().split(/[\s-]+/);
      let got = '';
      for (let k = words.length - 1; k >= 0 && got.length < want.length; k--) {
        if (!LOWER_WORD.test(words[k])) break;
        got = words[k][0] + got;
      }
      if (got === want) return true;
    }
    return false;
  });
}

/**
 * tokens[b], a plural, ends the "of" complement of a body's head: "Association of Evangelicals", "Council of Arab
 * Catholics", and after a capitalised word that says which ("League of Social Democrats", "Union of Free Liberals").
 */
function ofComplementEnd(tokens: readonly Token[], a: number, b: number): boolean {
  if (!/s$/.test(tokens[b].lower) || tokens[b].possessive) return false;
  for (let k = b - 1; k > a && k >= b - 3; k--) {
    if (tokens[k].lower === 'of') return isOrgHead(tokens[k - 1]);
    if ((tokens[k].lex & LX_DEMONYM) === 0 && (!tokens[k].cap || tokens[k].allCaps || isOrgHead(tokens[k]) || isGiven(tokens[k]))) return false;
  }
  return false;
}

function nationalBodyOf(tokens: readonly Token[], d: number, b: number): boolean {
  let h = d;
  while (h < b && NATIONAL_BODY_OPENERS.has(tokens[h].lower)) h++;
  return h + 1 < b && NATIONAL_BODY_HEADS.has(tokens[h].lower) && tokens[h + 1].lower === 'of' && tokens[h + 2].cap;
}

/** The first word of an award's title: "Man of the Match", "Player of the Year". */
const AWARD_TITLES = new Set(['man', 'player', 'person', 'woman', 'athlete', 'coach', 'manager', 'footballer', 'sportsman', 'sportswoman']);
/** The rest of it: "of the Match", "of the Year", … */
const AWARD_OF = /^ of the (?:Match|Game|Year|Month|Season|Series|Tournament|Decade|Century)\b/;

/** A lower-case prefix glued before a capitalised word: "pro-", "anti-". */
const PREFIX_BEFORE = /(?:^|[^\p{L}])(?:pro|anti)-$/u;

/**
 * The last token of a "pro-"/"anti-" complement (a place of one to three words, or one word) that opens the run a..b,
 * when the rest of the run is a body's name with its head; -1 otherwise ("pro-Jeb Roe" is the complement alone).
 */
function prefixComplementEnd(text: string, tokens: readonly Token[], a: number, b: number): number {
  if (b <= a || !PREFIX_BEFORE.test(text.slice(Math.max(0, tokens[a].start - 6), tokens[a].start))) return -1;
  let k = a;
  for (let q = Math.min(b - 1, a + 2); q > a; q--) if (isPlaceName(tokens, a, q)) { k = q; break; }
  // ("a pro-Jane Roe PAC": a given name takes its surname along.)
  if (k === a && isGiven(tokens[a]) && a + 1 < b) k = a + 1;
  return findOrgHead(tokens, k + 1, b) >= 0 ? k : -1;
}

/** What a district that is a body runs: "… School District", "… Water District" (not "… Business District", an area). */
const BODY_DISTRICTS = new Set(['school', 'water', 'fire', 'transit', 'sanitation', 'utility', 'irrigation']);

/**
 * Tokens a..b name a local body, not an area: "Municipality of Dorvale" (capitalised with its "of", the town's
 * government: news writes the area as "the town of Dorvale"), or a district named for what it runs.
 */
function localBody(tokens: readonly Token[], a: number, b: number): boolean {
  if (b >= a + 2 && tokens[a].lower === 'municipality' && tokens[a + 1].lower === 'of' && tokens[a + 2].cap) return true;
  return b > a && bare(tokens[b].lower) === 'district' && BODY_DISTRICTS.has(tokens[b - 1].lower);
}

/**
 * The token of a last "of" in a..b after a body's name that holds a place ("University of Dorvale", "Dorvale State
 * University") and before a country ("of the UK", "of Canada"); -1 when there is none. (A body without a place keeps
 * its country: "Bank of Canada", "Communist Party of the Soviet Union".)
 */
function countryAfterBody(tokens: readonly Token[], a: number, b: number): number {
  let k = b - 1;
  while (k > a + 1 && tokens[k].lower !== 'of') k--;
  if (k <= a + 1 || tokens[k].lower !== 'of') return -1;
  const from = tokens[k + 1].lower === 'the' ? k + 2 : k + 1;
  if (from > b || placeTier(normPlace(phraseOf(tokens, from, b))) !== 'country') return -1;
  if (findOrgHead(tokens, a, k - 1) < 0) return -1;
  for (let i = a; i < k; i++) {
    // (A town's name only when it is no common word: "Union Bank of Finland" is the bank's name.)
    const low = bare(tokens[i].lower);
    if (tokens[i].cap && ((tokens[i].lex & LX_PLACE) !== 0 || (placeTier(normPlace(low)) !== undefined && !isCommonWord(low)))) return k;
  }
  return -1;
}

/** Last words of bodies' names that are no head: "Red Cross", "Red Crescent", "Doctors Without Borders". */
const BODY_ENDINGS = new Set(['red cross', 'red crescent', 'without borders', 'geological survey', 'ordnance survey']);
/** Tokens a..b (two or more) name a body by their last two words, or by "Friends of …" (a charity's name). */
function namedBody(tokens: readonly Token[], a: number, b: number): boolean {
  if (BODY_ENDINGS.has(`${tokens[b - 1].lower} ${bare(tokens[b].lower)}`) && !tokens[b].possessive) return true;
  // "Democracy for America": a group named for its country (the run holds it only so, see forCountryBody).
  if (b >= a + 2 && tokens[b - 1].lower === 'for' && forCountryBody(tokens, a, b - 2)) return true;
  // "Dorvale Citizens for Clean Water": a plural noun of people, "for" and common words (see MEMBER_FOR_NOUNS).
  for (let k = a; k + 2 <= b; k++) if (tokens[k + 1].lower === 'for' && MEMBER_FOR_NOUNS.has(tokens[k].lower) && commonForComplement(tokens, k + 2)) return true;
  // (Not a person's friends: "Friends of Mr. Roe's".)
  const k = b >= a + 3 && tokens[a + 2].lower === 'of' && memberOf(tokens, a, a + 1) ? a + 1 : a;
  return b >= k + 2 && MEMBER_OF_NOUNS.has(tokens[k].lower) && tokens[k + 1].lower === 'of' && (k === a || memberOf(tokens, a, k)) && tokens[b].cap && !tokens[b].possessive &&
    every(tokens, k + 2, b, (t) => (bareLex(t) & LX_HONORIFIC) === 0);
}

/**
 * [start, end) opens a line and a comma and a capitalised word, a bracket or a dash follows: a dateline's town
 * ("VELLMAR, Talvik —", "VELLMAR (AP) —", "VELLMAR —").
 */
const DATELINE_TAIL = /^(?:, [A-Z](?:[a-z]|\.)| \([A-Za-z][A-Za-z .-]{0,20}\) ?(?:--?|\u2014|\u2013) | --? | \u2014| \u2013)/;
/** A wire dateline's date alone after its town, to the line's end: " 2024-05-17". */
const ISO_DATELINE_TAIL = /^ \d{4}-\d{2}-\d{2}[ \t]*(?:\r?\n|$)/;
export function datelineAt(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  return DATELINE_TAIL.test(text.slice(end, end + 30)) || ISO_DATELINE_TAIL.test(text.slice(end, end + 14));
}

/** "the Qollard administration": the run modifies a noun that a person's name modifies, and the article is the noun's. */
function modifiesNoun(text: string, last: Token): boolean {
  if (last.possessive) return false;
  const nx = nextWord(text, last.end);
  return !!nx && nx.start - last.end === 1 && PERSON_MODIFIED_NOUNS.has(nx.lower);
}

/** The lower-case words of [a, b], one space apart. */
function phraseOf(tokens: readonly Token[], a: number, b: number): string {
  let p = tokens[a].lower;
  for (let k = a + 1; k <= b; k++) p += ' ' + tokens[k].lower;
  return p;
}

/** True when every token of [a, b] passes (no slice). */
function every(tokens: readonly Token[], a: number, b: number, test: (t: Token) => boolean): boolean {
  for (let k = a; k <= b; k++) if (!test(tokens[k])) return false;
  return true;
}

/**
 * After "in" (`inWord`, the word before the name), a name whose last word is `lastLower` is no place: a field of study
 * ("majored in Economics", "a degree in Computer Science") or what a degree, a chair or a belief is in ("a believer in
 * Qoll").
 */
export function notPlaceAfterIn(text: string, inWord: { start: number; lower: string }, lastLower: string): boolean {
  if (inWord.lower !== 'in') return false;
  if (academicField(lastLower)) return true;
  const p2 = prevWord(text, inWord.start);
  const w = p2 ? p2.lower.replace(/\./g, '').replace(/\u2019/g, "'") : '';
  if (!FIELD_BEFORE_IN.has(w)) return false;
  // ("30 degrees in Dorvale": a temperature's.)
  const p3 = w.startsWith('degree') && p2 ? prevWord(text, p2.start) : null;
  return !(p3 && /^\d/.test(p3.lower));
}

/** Facility heads that are surnames too ("Anna Hall", "Mark Temple"): after a given name alone, a person's name. */
const SURNAME_FACILITY_HEADS = new Set(['hall', 'park', 'tower', 'towers', 'bridge', 'bridges', 'temple', 'chapel', 'castle', 'garden',
  'gardens', 'square', 'mill', 'mills', 'church', 'plant', 'mine', 'abbey', 'fort', 'inn', 'statue', 'palace', 'center']);

/** The run is a building or site: a facility head last ("Space Center"), or first with its complement ("Museum of Flight"). */
function facilityHead(tokens: readonly Token[], a: number, b: number): boolean {
  if (b === a) return false;
  // "John Park", "Anna Hall": a given name and a head that is also a surname name a person ("Jane Hotel" is none).
  const head = bare(tokens[b].lower);
  // "the Oval Office": a room, though its head is a body's.
  if (roomName(bare(tokens[b - 1].lower), head)) return true;
  // "Poterin du Motel", "Jan van Tower": after a surname's particle the head word is the surname.
  if (particleBefore(tokens, b)) return false;
  if (FACILITY_HEADS.has(head) && !isTitleWord(tokens[b])) {
    return !(b === a + 1 && isGiven(tokens[a]) && SURNAME_FACILITY_HEADS.has(head)) && !fieldCenter(tokens[b - 1].lower, head);
  }
  for (let i = a; i < b; i++) {
    const low = bare(tokens[i].lower);
    if (!FACILITY_HEADS.has(low)) continue;
    const nx = tokens[i + 1].lower;
    return (nx === 'of' || nx === 'on') && !FACILITY_HEADS_INSTITUTION_WITH_OF.has(low);
  }
  return false;
}

function findOrgHead(tokens: readonly Token[], a: number, b: number): number {
  if (isOrgHead(tokens[b]) && !(a === b && !INSTITUTIONS.has(tokens[b].lower) && !tokens[b].allCaps)) return b;
  for (let i = a; i < b; i++) {
    const nx = tokens[i + 1].lower;
    if (isOrgHead(tokens[i]) && (nx === 'of' || nx === 'for' || nx === 'on')) {
      // "Department of Justice" but not "Secretary of State Antony Blinken" (no org head there).
      return i;
    }
  }
  return -1;
}

/** A decree's word after a title: "Executive Order", "Presidential Memorandum". */
const DECREE_WORDS = new Set(['order', 'orders', 'memorandum', 'memoranda', 'proclamation', 'proclamations', 'directive', 'directives']);
const ADJECTIVE_END = /(?:ial|ional|ical|ntal|eral)$/;

/**
 * The word after a title is no name: a decree, an adjective the text also writes in lower case ("Presidential"), a title
 * word's plural ("Secretaries").
 */
function notNameAfterTitle(t: Token, seenLower: (lower: string) => boolean): boolean {
  if (t.allCaps || isGiven(t) || t.possessive) return false;
  const low = bare(t.lower);
  if (DECREE_WORDS.has(low) || (ADJECTIVE_END.test(low) && (isCommonWord(low) || seenLower(low)))) return true;
  const singular = low.endsWith('ies') ? `${low.slice(0, -3)}y` : low.endsWith('s') ? low.slice(0, -1) : '';
  return singular !== '' && TITLE_WORDS.has(singular);
}

function emitPerson(text: string, tokens: readonly Token[], a: number, split: TitleSplit, b: number, out: Candidate[], seenLower: (lower: string) => boolean): void {
  const nameFirst = split.nameFirst;
  // "Talvik Party Chief Praises Jane Roe", "Rep Qollard Slams Budget": in a title-case line a reporting verb's -s form
  // after the title is no part of the name; the words before and after it are read on their own.
  // After a name word, any verb's -s form ends the name ("Rep Qollard Unveils Bill").
  if (tokens[nameFirst].headline) {
    for (let k = nameFirst; k <= b; k++) {
      if ((k === nameFirst && !tableSForm(tokens[k])) || !headlineVerb(tokens[k], seenLower)) continue;
      // (Right after the title, the title names no one: only what opens it is read, "Talvik Party".)
      const top = k === nameFirst ? titleStart(tokens, a, split.titleLast) - 1 : k - 1;
      if (top >= a) classifyRun(text, tokens, a, top, out, seenLower);
      if (k < b) classifyRun(text, tokens, k + 1, b, out, seenLower);
      return;
    }
    const body = bodyNameInHeadline(text, tokens, nameFirst, b);
    if (body && body[0] === nameFirst) {
      classifyRun(text, tokens, body[1] + 1, b, out, seenLower);
      b = body[1];
    }
  }
  // "Executive Order", "Vice Presidential", "Deputy Secretaries": one word after the title that is no one's name.
  if (nameFirst === b && notNameAfterTitle(tokens[b], seenLower)) return;
  const titleTokens = tokens.slice(a, split.titleLast + 1);
  const c = cand('person', tokens, nameFirst, b, true);
  // Lower-case title words before the run ("presidential candidate"), then the run's own title words.
  const leftPos = titleLeftPos(text, tokens[a].start);
  const leftWords = leftPos < tokens[a].start ? text.slice(leftPos, tokens[a].start).toLowerCase().split(/\s+/).map(bare) : [];
  genderOfWords([...leftWords, ...titleTokens.map((t) => bare(t.lower))], c);
  // An honorific alone ("Mr.", "Ms.") is not a title.
  const meaningful = titleTokens.filter((t) => !['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame'].includes(bare(t.lower)));
  // "Ohio Democratic Senator Jane Roe": a place then party words open the title; the place is named on its own and the
  // party is said of the person, so the title is the office alone ("Senator").
  let lead = a;
  while (lead < split.titleLast && !isTitleWord(tokens[lead + 1]) && tokens[lead + 1].cap) lead++;
  let party = lead;
  while (party > a && (tokens[party].lex & LX_DEMONYM) !== 0 && !COMPASS_WORDS.has(tokens[party].lower)) party--;
  const placeParty = party < lead && !isTitleWord(tokens[a]) && isTitleWord(tokens[lead + 1]) && isPlaceName(tokens, a, party) &&
    (tokens[party + 1].lex & LX_PLACE) === 0;
  if (placeParty) c.title = text.slice(tokens[lead + 1].start, titleTokens[titleTokens.length - 1].end);
  else if (leftPos < tokens[a].start) c.title = text.slice(leftPos, titleTokens[titleTokens.length - 1].end);
  else if (meaningful.length > 0) c.title = text.slice(meaningful[0].start, titleTokens[titleTokens.length - 1].end);
  if (!c.gender) {
    const g = isGivenName(tokens[nameFirst].lower);
    if (g && nameFirst < b) c.gender = g;
  }
  if (placeParty) lead = party;
  // A place or an acronym opening the title ("US President", "NASA Administrator"): named on its own.
  if (!isTitleWord(tokens[a]) && lead < split.nameFirst && (lead === a || isTitleWord(tokens[lead + 1]))) {
    // "U.S. District Judge Jane Roe": the district is the court's, not a place's name; the country is read alone.
    if (lead > a && tokens[lead].lower === 'district') {
      if (isPlaceName(tokens, a, lead - 1)) out.push(cand('place', tokens, a, lead - 1, false));
    } else if (isPlaceName(tokens, a, lead)) out.push(cand('place', tokens, a, lead, false));
    else if (lead === a && tokens[a].allCaps && tokens[a].text.length >= 2) out.push(cand('organization', tokens, a, a, false));
    // "Qollvex CEO Jane Roe", "Varrin Chief Executive …": a firm's office; no person or place has one. (Not a body
    // whose head is left out: "Republican National Chairman".)
    else if (corporateTitle(tokens, lead + 1) && lead - a < 3 && !isGiven(tokens[a]) && !PARTY_WORDS.has(tokens[lead].lower) &&
      tokens[lead].lower !== 'national') out.push(cand('organization', tokens, a, lead, false));
  }
  // An organization named inside the title ("Democratic National Committee Chairwoman").
  for (let i = split.titleLast; i > a; i--) {
    if (!tokens[i].cap || !isOrgHead(tokens[i]) || isTitleWord(tokens[i])) continue;
    let s = i;
    // (Not over a headline's verb: "Jane Roe Endorses House Speaker Mark Doe" names the House.)
    while (s > a && tokens[s - 1].cap && tokens[s].joinPrev && !(tokens[s - 1].headline && headlineVerb(tokens[s - 1], seenLower))) s--;
    // ("Health and Human Services Secretary": over an "and" the run holds, to the capitalised words before it.)
    if (s - 2 >= a && tokens[s - 1].lower === 'and' && tokens[s - 2].cap && !tokens[s - 2].allCaps && !isTitleWord(tokens[s - 2])) {
      s -= 2;
      while (s > a && tokens[s - 1].cap && tokens[s].joinPrev && !tokens[s - 1].headline) s--;
    }
    // With its complement: "Talvik Ministry of Health Spokesman".
    let e = i;
    if (i + 2 < split.titleLast && (tokens[i + 1].lower === 'of' || tokens[i + 1].lower === 'for')) {
      let k = i + 2;
      while (k < split.titleLast && tokens[k].cap && !isTitleWord(tokens[k])) k++;
      if (k > i + 2 && isTitleWord(tokens[k])) e = k - 1;
    }
    // ("Republican U.S. House Speaker": the party word says who holds the body, see partyHeldBody.)
    const held = partyHeldBody(tokens, s, e);
    if (held) s++;
    if (held || s < i || e > i || INSTITUTIONS.has(tokens[i].lower)) out.push(cand('organization', tokens, s, e, false));
    break;
  }
  if (split.place) out.push(cand('place', tokens, split.place[0], split.place[1], false));
  out.push(c);
}

/**
 * The first token of the title that ends the run a..b at its title word b: title words, an office's word after
 * "Chief" ("Chief Operating Officer"), and an opener ("High Commissioner").
 */
function titleStart(tokens: readonly Token[], a: number, b: number): number {
  let k = b;
  for (;;) {
    if (k > a && isTitleWord(tokens[k - 1])) k--;
    else if (k > a + 1 && CHIEF_OFFICES.has(bare(tokens[k - 1].lower)) && bare(tokens[k - 2].lower) === 'chief') k -= 2;
    else break;
  }
  while (k > a + 1 && TITLE_OPENERS.has(tokens[k - 1].lower)) k--;
  return k;
}

/** Offices only a firm or a body has: "CEO", "founder", "chairman", "chief executive" (not "chief of staff"). */
const CORPORATE_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman']);
function corporateTitle(tokens: readonly Token[], i: number): boolean {
  const low = bare(tokens[i].lower);
  return CORPORATE_TITLES.has(low) || (low === 'chief' && i + 1 < tokens.length && tokens[i + 1].joinPrev && CHIEF_OFFICES.has(bare(tokens[i + 1].lower)));
}

function cand(kind: CandidateKind, tokens: readonly Token[], a: number, b: number, titled: boolean): Candidate {
  return { kind, first: a, last: b, start: tokens[a].start, end: tokens[b].end, titled, title: undefined, gender: undefined, genderStrong: false, byArticle: false };
}

/** Adverbs that may sit between a name and its speech verb ("Blinken also said"), besides any "-ly" word. */
const ADVERBS_BEFORE_VERB = new Set(['also', 'then', 'later', 'again', 'never', 'often']);

/** True when a speech verb follows the token directly ("Trump said", "Choe called", "Blinken also said"). */
export function speechVerbAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const nx = nextWord(text, tokens[i].end + (tokens[i].possessive ? 2 : 0));
  if (!nx || tokens[i].possessive) return false;
  if (SPEECH_VERBS.has(nx.lower)) return true;
  if (!(nx.lower.endsWith('ly') || ADVERBS_BEFORE_VERB.has(nx.lower))) return false;
  const nx2 = nextWord(text, nx.end);
  return !!nx2 && SPEECH_VERBS.has(nx2.lower);
}

/** True when a speech verb stands right before the token after a quote or a comma ("…,” said Hale", ", says Hale."). */
export function speechVerbBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const pv = prevWord(text, tokens[i].start);
  if (!pv || !SPEECH_VERBS.has(pv.lower)) return false;
  let k = pv.start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= 0 && /[,”"’]/.test(text[k]);
}

/**
 * A gazetteer word that is a common English word, opening a sentence or a quotation ("Reading from his notes, …",
 * "“Split” …", "Down the road …"): the capital is the sentence's, not a name's; no place by itself. (Not a shouted
 * dateline, "READING, Pa. —", nor a town before its state or country, "Mobile, Ala.".)
 */
export function commonWordOpener(text: string, t: Token): boolean {
  return t.initial && !t.allCaps && !t.possessive && isCommonWord(bare(t.lower)) && text.charCodeAt(t.end) !== 44;
}
