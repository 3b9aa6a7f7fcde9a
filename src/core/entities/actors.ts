// Countries and cities that act: "Talvik said", "Ulvania's foreign ministry", "talks between Talvik and Ulvania". News
// names a government by its country or capital; annotation schemes that keep one kind per entity (GUM, OntoNotes'
// organization-like use of GPEs) type such a name as an organization when the article treats it as an actor, and as
// a place when it is somewhere things happen. Each named mention of a gazetteer place casts one vote from the words
// right around it; the entity is an organization when actor frames outnumber place frames. The entity pass asks this
// of cities and regions only (a city's club or city hall): a country stays a place (see entities/index.ts).
import { reportingVerb } from '../lexicon/reportingVerbs';
import { PLACE_MODIFIERS } from '../lexicon/nameCues';
import { givenName, PARTY_WORDS, TITLE_WORDS } from './lexicon';
import { datelineAt } from './names';
import { nextWord, prevWord } from './tokens';
import { tailBeforeBlanks } from './textIndex';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * What states and national teams do besides saying, as "base -s past participle" ("Talvik signed", "Ulvania has
 * vetoed"). Reporting verbs of speech, belief and stance come from the shared table.
 */
const ACTOR_VERB_TABLE = `
sign signs signed signed|veto vetoes vetoed vetoed|vote votes voted voted|impose imposes imposed imposed
approve approves approved approved|launch launches launched launched|send sends sent sent|deploy deploys deployed deployed
recognize recognizes recognized recognized|recognise recognises recognised recognised|ratify ratifies ratified ratified
offer offers offered offered|retaliate retaliates retaliated retaliated|expel expels expelled expelled
summon summons summoned summoned|invade invades invaded invaded|attack attacks attacked attacked|back backs backed backed
support supports supported supported|oppose opposes opposed opposed|join joins joined joined
withdraw withdraws withdrew withdrawn|negotiate negotiates negotiated negotiated|sanction sanctions sanctioned sanctioned
ban bans banned banned|seek seeks sought sought|want wants wanted wanted|plan plans planned planned
refuse refuses refused refused|intend intends intended intended|order orders ordered ordered
request requests requested requested|decide decides decided decided|occupy occupies occupied occupied
annex annexes annexed annexed|capture captures captured captured|bomb bombs bombed bombed|strike strikes struck struck
control controls controlled controlled|respond responds responded responded|accept accepts accepted accepted
beat beats beat beaten|defeat defeats defeated defeated|win wins won won|lose loses lost lost|draw draws drew drawn
score scores scored scored|play plays played played|qualify qualifies qualified qualified
eliminate eliminates eliminated eliminated|edge edges edged edged|host hosts hosted hosted
sue sues sued sued
`;

/**
 * Verb forms that say "acts" right after a name ("Talvik signed"), and those that do only after an auxiliary ("Talvik
 * will sign"): a bare base or -s form after a name is as often a noun ("the Talvik attack", "Ulvania votes").
 */
const ACTOR_PAST = new Set<string>();
const ACTOR_AFTER_AUX = new Set<string>();
for (const entry of ACTOR_VERB_TABLE.trim().split(/\s*[|\n]\s*/)) {
  const [base, s, past, pp] = entry.split(' ');
  ACTOR_PAST.add(past);
  ACTOR_AFTER_AUX.add(base);
  ACTOR_AFTER_AUX.add(s);
  ACTOR_AFTER_AUX.add(pp);
}

/**
 * A lower-case word, a capitalised one, a comma and a space right before a name ("in Dorvale, "): not a sentence's
 * opener ("However, ", "Currently, ").
 */
const TOWN_COMMA = /\p{Ll}[ \t]+\p{Lu}[\p{L}.'’-]*,[ \t]$/u;

/** Auxiliaries that may stand between the actor and its verb: "Talvik has signed", "Ulvania will not send". */
const AUXILIARIES = set('has have had will would could can may might should must did does also not already');

/**
 * What a government or a national team has, after a possessive: "Talvik's government", "Ulvania's delegation",
 * "Talvik's coach". (Not as a modifier: "Talvik officials" are as often a city's, "US team X" a club from there.)
 */
const GOVERNMENT_POSSESSIONS = set(`
government governments regime administration authorities officials leaders leadership delegation delegates
negotiators envoy envoys ambassador diplomats ministry military army navy forces decision position stance response
demands demand refusal proposal offer sanctions allies ally intelligence cabinet troops soldiers lawmakers
regulators team squad coach players goalkeeper striker captain manager
`);

/** Nouns of relations between states: "talks between Talvik and Ulvania", "ties with Talvik", "a deal with Ulvania". */
const RELATION_NOUNS = set(`
talks negotiations relations ties agreement agreements deal deals dispute disputes tensions treaty accord accords
cooperation summit meeting meetings alliance partnership rapprochement standoff
`);

/** Words before a name that put things in a place: "in Talvik", "across Ulvania", "visited Talvik". */
const LOCATIVE_BEFORE = set(`
in into to from across throughout near inside within around outside toward towards via through visit visits visited
visiting born
`);

/** Determiners after which a name is a modifier of the noun that follows: "a Talvik delegation", "her Talvik remarks". */
const MODIFIER_DETERMINERS = set('a an his her its their our my your this that these those');

/** Words after which a name is a complement, not the subject of the verb that follows it. */
const PREPOSITIONS = set('in into to from across throughout near inside within around outside toward towards via through of at on for by with between against about over under than');

/** What a country has as a place: "Talvik's capital", "Ulvania's coast". */
const PLACE_HAS = set(`
capital economy population border borders coast coastline territory provinces regions north south east west
mountains cities villages
`);

/** The first of a pair before "and": "relations between Talvik and " (group 1 the noun before "between"). */
const BETWEEN_PAIR = /\b([A-Za-z]+)\s+between\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+and\s+(?:the\s+)?$/;

/**
 * Verbs after a name (`aux`: after an auxiliary) that say it acts: an act, or a reporting verb (not one mostly about
 * something else), in the past or after an auxiliary; "Talvik says" too where `sForm` allows (not after "the").
 */
function actorVerb(lower: string, aux: boolean, sForm: boolean): boolean {
  if (ACTOR_PAST.has(lower) || (aux && ACTOR_AFTER_AUX.has(lower))) return true;
  const v = reportingVerb(lower);
  if (v === undefined || v.weak || v.cls === 'evidence') return false;
  return v.form === 'past' || (v.form === 's' && sForm) || (aux && (v.form === 'base' || v.form === 'pp'));
}

/** Party words that stand before a person's name: "Ulvania Republican Tom Reed". */
const PARTY_BEFORE_NAME: ReadonlySet<string> = new Set([...PARTY_WORDS, 'independent']);

/** After a name ending at `end`: a title or party word, then a capitalised word; or a possessive and a given name's capital. */
function personOfPlace(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  let w = c === 32 ? nextWord(text, end) : null;
  if (!w && (c === 39 || c === 0x2019) && text.charCodeAt(end + 1) === 115 && text.charCodeAt(end + 2) === 32) {
    // ("Talvik's Jane Roe": two capitalised words, no government's or place's noun between.)
    const a = nextWord(text, end + 2);
    const b = a ? nextWord(text, a.end) : null;
    return !!a && !!b && upperWord(text, a.start) && upperWord(text, b.start) && text.charCodeAt(a.end) === 32 && givenName(a.lower) !== undefined;
  }
  if (!w || !upperWord(text, w.start)) return false;
  if (!TITLE_WORDS.has(w.lower) && !PARTY_BEFORE_NAME.has(w.lower)) return false;
  // (Past the abbreviation's full stop: "Sen. Jane Roe".)
  w = nextWord(text, text.charCodeAt(w.end) === 46 ? w.end + 1 : w.end);
  return !!w && upperWord(text, w.start);
}
const upperWord = (text: string, i: number): boolean => { const c = text.charCodeAt(i); return c >= 65 && c <= 90; };

/** One mention's vote: +1 an actor frame, -1 a place frame, 0 neither. */
export function actorFrame(text: string, start: number, end: number): 1 | -1 | 0 {
  // "VELLMAR 2024-05-17", "VELLMAR, Talvik —": a dateline's town is where the story was filed.
  if ((start === 0 || text.charCodeAt(start - 1) === 10) && datelineAt(text, start, end)) return -1;
  const c = text.charCodeAt(end);
  // "Talvik's government" / "Talvik's capital".
  if ((c === 39 || c === 0x2019) && text.charCodeAt(end + 1) === 115) {
    const own = nextWord(text, end + 2);
    if (own) {
      if (GOVERNMENT_POSSESSIONS.has(own.lower)) return 1;
      if (own.lower === 'foreign' || own.lower === 'defence' || own.lower === 'defense' || own.lower === 'interior') {
        const nx = nextWord(text, own.end);
        if (nx && (nx.lower === 'ministry' || nx.lower === 'office' || nx.lower === 'department')) return 1;
      }
      if (PLACE_HAS.has(own.lower)) return -1;
    }
  }
  // "Talvik Sen. Jane Roe", "Ulvania Republican Tom Reed", "Talvik's Jane Roe": a place that modifies a person's title
  // or party, or owns a person by name, says where the person is from; the frame around it is the person's.
  if (personOfPlace(text, end)) return -1;
  // "Talvik-led", "Talvik-backed"; "Talvik-based" is a place.
  if (c === 45) {
    const nx = /^-(led|backed|brokered|sponsored|based)\b/.exec(text.slice(end, end + 12));
    if (nx) return nx[1] === 'based' ? -1 : 1;
  }
  // "Dorvale, Talvik agreed": a region or country right after a town and a comma says where the town is; the verb is
  // the town's (or its officials').
  // (The pattern ends in a comma and a blank: test only there, without a slice elsewhere.)
  const blank = text.charCodeAt(start - 1);
  if (start >= 2 && text.charCodeAt(start - 2) === 44 && (blank === 32 || blank === 9) && TOWN_COMMA.test(text.slice(Math.max(0, start - 40), start))) return -1;
  let pv = prevWord(text, start);
  // After a determiner the name may modify a noun ("the Talvik attacks", "her Talvik remarks"): an -s form there is
  // the noun's plural, and after "a", "her", "this" … no verb follows at all.
  const the = pv !== null && pv.lower === 'the';
  const modifier = pv !== null && MODIFIER_DETERMINERS.has(pv.lower);
  if (the && pv) pv = prevWord(text, pv.start);
  // After a preposition the name is a complement: "in Talvik" is a place, and the verb after it has another subject;
  // so is the second of a pair after one ("residents of Talvik and Ulvania protested").
  const complement = pv !== null && (PREPOSITIONS.has(pv.lower) || (pv.lower === 'and' && pairAfterPreposition(text, pv.start)));
  let nx = complement || modifier ? null : nextWord(text, end);
  // "Talvik said", "Talvik has also signed": the subject of an act (one comma-free verb group).
  let aux = false;
  for (let n = 0; nx && n < 3 && AUXILIARIES.has(nx.lower); n++) { aux = true; nx = nextWord(text, nx.end); }
  if (nx && actorVerb(nx.lower, aux, !the)) return 1;
  if (!pv) return 0;
  if (LOCATIVE_BEFORE.has(pv.lower) || PLACE_MODIFIERS.has(pv.lower)) return -1;
  // "talks with Talvik", "sanctions against Ulvania", "relations between Talvik and Ulvania".
  // "sanctions against Talvik", "a match against Ulvania": a side, not a place.
  // (Not a name that modifies a capitalised one after it: "ran against Dorvale Sen. Jane Roe" names her state.)
  if (pv.lower === 'against') return /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3)) ? 0 : 1;
  if (pv.lower === 'with' || pv.lower === 'between' || pv.lower === 'on') {
    const p2 = prevWord(text, pv.start);
    if (p2 && (RELATION_NOUNS.has(p2.lower) || (pv.lower === 'on' && (p2.lower === 'sanctions' || p2.lower === 'embargo')))) return 1;
    return 0;
  }
  if (pv.lower === 'and') {
    const pair = BETWEEN_PAIR.exec(text.slice(Math.max(0, start - 80), start));
    if (pair && RELATION_NOUNS.has(pair[1].toLowerCase())) return 1;
  }
  return 0;
}

/** Is the name that ends right before `pos` (" and") a preposition's complement ("of Rio de Talvik and …")? */
function pairAfterPreposition(text: string, pos: number): boolean {
  let w = prevWord(text, pos);
  // Back over the first name's words (capitalised, or short particles inside it), four at most.
  for (let n = 0; w && n < 4; n++) {
    const c = text.charCodeAt(w.start);
    const cap = c >= 65 && c <= 90;
    if (!cap && !(n > 0 && w.lower.length <= 3 && !PREPOSITIONS.has(w.lower))) break;
    w = prevWord(text, w.start);
  }
  if (w && w.lower === 'the') w = prevWord(text, w.start);
  return w !== null && PREPOSITIONS.has(w.lower);
}

/** Mentions read per entity: enough to vote, bounded. */
const MAX_VOTERS = 12;

type VotingMention = { start: number; end: number; kind: string };

/** The mentions that vote on an entity's kind: its first named ones (not pronouns or nominals). */
function* voters(mentions: readonly VotingMention[]): Generator<VotingMention> {
  let n = 0;
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'surname' && m.kind !== 'variant') continue;
    if (n++ >= MAX_VOTERS) return;
    yield m;
  }
}

/** Does the text treat this country or city as an actor more often than as a place? (Its named mentions vote.) */
export function actsAsOrganization(text: string, mentions: readonly VotingMention[]): boolean {
  let actor = 0;
  let place = 0;
  for (const m of voters(mentions)) {
    const v = actorFrame(text, m.start, m.end);
    if (v > 0) actor++;
    else if (v < 0) place++;
  }
  return actor > place;
}

/** What a side does in a match, right after its name ("Talvik beat Ulvania", "Talvik has qualified"). */
const MATCH_VERBS = set(`
beat beaten defeated defeat defeats drew draw draws drawn scored score scores qualified qualify qualifies eliminated
eliminate eliminates edged thrashed routed lost won tied equalised equalized conceded concede concedes dominated
trailed advanced faced face faces meet meets played play plays topped top tops substituted substitutes
`);
/** What a side has, after its possessive or as its noun: "Talvik's goalkeeper", "the Talvik squad". */
const SIDE_HAS = set(`
team squad coach players player goalkeeper keeper striker strikers captain manager defence defense midfield goal goals
forward forwards defender defenders midfielder midfielders fans supporters
`);
/** What is scored or played for a side, before "for": "the lead for Ulvania", "a goal for Ulvania", "equalise for Ulvania". */
const FOR_SIDE = set('lead goal goals equaliser equalizer winner equalise equalize equalised equalized scored scores score debut caps cap');
/** Words right before a side: "against Ulvania", "beat Ulvania". */
const SIDE_BEFORE = set('against versus vs beat defeated eliminated edged thrashed routed faced face faces meet meets play plays played');
/** A match score: "2-1", "3–0" (one or two digits each, so no year range). */
const SCORE = /(?:^|[^\d-–])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d-–])/;

/**
 * One mention's sports vote: +1 when the name is a side in a match ("Talvik beat Ulvania", "Talvik's goalkeeper",
 * "against Talvik", "Talvik 2-1 Ulvania", "Talvik and Ulvania drew"), 0 otherwise.
 */
export function sideFrame(text: string, start: number, end: number): 0 | 1 {
  const c = text.charCodeAt(end);
  if ((c === 39 || c === 0x2019) && (text.charCodeAt(end + 1) === 115 || text.charCodeAt(end + 1) === 83)) {
    const own = nextWord(text, end + 2);
    return own && SIDE_HAS.has(own.lower) ? 1 : 0;
  }
  // A score right after the name, or right before it: "Talvik 2–1 Ulvania", "beat Ulvania 3-0".
  if (SCORE.test(text.slice(end, end + 8)) && /^\s*\d/.test(text.slice(end, end + 3))) return 1;
  let nx = nextWord(text, end);
  for (let n = 0; nx && n < 3 && AUXILIARIES.has(nx.lower); n++) nx = nextWord(text, nx.end);
  if (nx && (MATCH_VERBS.has(nx.lower) || SIDE_HAS.has(nx.lower))) return 1;
  // "… 1-0 Ulvania": the side after a score.
  if (/\d\s?[-–]\s?\d{1,2}\s+$/.test(text.slice(Math.max(0, start - 9), start)) && SCORE.test(text.slice(Math.max(0, start - 9), start))) return 1;
  const pv = prevWord(text, start);
  if (!pv) return 0;
  if (SIDE_BEFORE.has(pv.lower)) return 1;
  // "doubled the lead for Ulvania", "a second goal for Ulvania", "to equalise for Ulvania".
  if (pv.lower === 'for') {
    const p2 = prevWord(text, pv.start);
    return p2 && FOR_SIDE.has(p2.lower) ? 1 : 0;
  }
  // "lost to Ulvania", "fell 2-1 to Ulvania".
  if (pv.lower === 'to') {
    const p2 = prevWord(text, pv.start);
    if (p2 && (p2.lower === 'lost' || p2.lower === 'fell' || /^\d{1,2}[-–]\d{1,2}$/.test(p2.lower))) return 1;
  }
  return 0;
}

/**
 * Does the article field this country as a side in matches (a national team)? Only in a text that gives a match score,
 * and when at least two (`minSides`) of its named mentions are a side and they outnumber its place frames ("in Talvik").
 */
/** After a side: a score and the other side, or a result verb and a score. */
const SIDES_SCORE = /^(?:\s+\d{1,2}\s?[-–]\s?\d{1,2}\s+[A-Z]|\s+(?:lost|won|drew|beat|defeated|led|trailed)\s+\d{1,2}\s?[-–]\s?\d{1,2}(?![\d\-–]))/;
/** Verbs of a result, right after a side or before the other: "Drastovo beat Quenlark", "lost to Quenlark 2-1". */
const RESULT_VERBS = set('beat beaten defeated drew thrashed routed edged eliminated equalised equalized');

/**
 * A result frame, stronger than a side frame: a score right after the name ("Drastovo 2-1 …"), or a result verb right
 * after it or right before it ("Drastovo beat Quenlark", "defeated Quenlark"), or "lost to" with a score.
 */
export function resultFrame(text: string, start: number, end: number): boolean {
  // "Drastovo 2–1 Quenlark", "Quenlark lost 2-1", "Drastovo won 3-0": a score between two sides or after a result.
  if (SIDES_SCORE.test(text.slice(end, end + 24))) return true;
  let nx = nextWord(text, end);
  for (let n = 0; nx && n < 3 && AUXILIARIES.has(nx.lower); n++) nx = nextWord(text, nx.end);
  if (nx && RESULT_VERBS.has(nx.lower)) return true;
  const pv = prevWord(text, start);
  if (pv && RESULT_VERBS.has(pv.lower)) return true;
  return pv !== null && pv.lower === 'to' && /\b(?:lost|fell)\s+\d{1,2}\s?[-–]\s?\d{1,2}\s+to\s+$/.test(text.slice(Math.max(0, start - 20), start));
}

/** Nouns right before a name that call it a club: "first division side Dorvale", "his club Dorvale", "French champions Dorvale". */
const CLUB_NOUNS_BEFORE = set('club side champions');

/**
 * A named mention right after a club's noun, which is no complement's ("the stadium of the club Dorvale" still is one):
 * the news names a club by its town so ("Premier League side Dorvale", "his club Dorvale announced").
 */
export function namedAsClub(text: string, mentions: readonly VotingMention[]): boolean {
  for (const m of voters(mentions)) {
    const pv = prevWord(text, m.start);
    if (!pv || !CLUB_NOUNS_BEFORE.has(pv.lower) || text.charCodeAt(pv.start) < 97) continue;
    const p2 = prevWord(text, pv.start);
    if (p2 && (p2.lower === 'of' || p2.lower === 'the')) continue;
    return true;
  }
  return false;
}

export function playsAsSide(text: string, mentions: readonly VotingMention[], minSides = 2): boolean {
  let side = 0;
  let place = 0;
  for (const m of voters(mentions)) {
    if (sideFrame(text, m.start, m.end) > 0) side++;
    else if (actorFrame(text, m.start, m.end) < 0) place++;
  }
  return side >= minSides && side > place && SCORE.test(text);
}

/** What follows a university's one-word name: "a Dorvale student", "Dorvale's law school", "the Dorvale campus". */
const CAMPUS_AFTER = /^(?:['’]s)?\s+(?:students?|graduates?|grads?|alumn(?:us|a|i|ae)|undergraduates?|freshm[ae]n|sophomores?|professors?|faculty|campus|(?:graduate|law|business|medical|journalism)\s+school|(?:Graduate|Law|Business|Medical|Journalism)\s+School)\b/;
/** Study or teaching before "at"/"from" and a university's name, in the same clause: "studied law at Dorvale", "an M.F.A. from Dorvale". */
const CAMPUS_BEFORE = /\b(?:stud(?:y|ied|ies|ying)|graduated|degree|diploma|doctorate|M\.?F\.?A\.?|M\.?B\.?A\.?|Ph\.?D\.?|professor|lecturer|taught|teaches|teaching|enrolled|tenure)(?![A-Za-z])[^;:!?"“”]{0,40}?\b(?:at|from)\s+$/i;
/** A university's name before a campus's: "the University of Dorvale at ", "University of Dorvale, ". */
const UNIVERSITY_OF_BEFORE = /\bUniversity\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,|\s+at)\s+$/;
/** A place's frame: "in Dorvale", "near Dorvale", "Dorvale, Ohio", "Dorvale, Ohio,". */
const PLACE_BEFORE = /\b(?:in|near|outside|across|around|into|to|toward|towards|of|visited|visit|visiting)\s+$/i;
/** The words PLACE_BEFORE, CAMPUS_BEFORE and UNIVERSITY_OF_BEFORE may end in (before the blanks that end them). */
const PLACE_BEFORE_WORDS = set('in near outside across around into to toward towards of visited visit visiting');
const CAMPUS_BEFORE_WORDS = set('at from');

const PLACE_AFTER = /^,\s+(?:[A-Z][a-z]*\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[\s,.;])/;

/**
 * A city's one-word name used for its university ("she studied at Dorvale", "a Dorvale student"): at least one of its
 * named mentions stands in a study frame and none in a place's ("in Dorvale", "Dorvale, Ohio").
 */
export function namesUniversity(text: string, mentions: readonly VotingMention[]): boolean {
  let campus = 0;
  for (const m of voters(mentions)) {
    const before = text.slice(Math.max(0, m.start - 70), m.start);
    const after = text.slice(m.end, m.end + 40);
    // ("the University of Dorvale at Qollby": a campus named inside a longer name is none on its own.)
    // (Each pattern on `before` ends in a word of its own and blanks: tried only when `before` ends so.)
    const tail = tailBeforeBlanks(before);
    const low = tail === null ? '' : tail.word.toLowerCase();
    if ((tail !== null && PLACE_BEFORE_WORDS.has(low) && PLACE_BEFORE.test(before)) ||
      (tail !== null && (tail.comma || tail.word === 'at') && UNIVERSITY_OF_BEFORE.test(before)) ||
      PLACE_AFTER.test(after) || text.slice(m.start, m.end) === text.slice(m.start, m.end).toUpperCase()) return false;
    if (CAMPUS_AFTER.test(after) || (tail !== null && CAMPUS_BEFORE_WORDS.has(low) && CAMPUS_BEFORE.test(before))) campus++;
  }
  return campus > 0;
}
