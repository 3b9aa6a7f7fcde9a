// The entity pass: names → alias merging → pronouns and nominals → Entity[]. It reads no quote-pass result (quoted
// stretches come from the cheap mark pairing), so it runs, and fails, on its own; linking attribution sources to
// these entities is a separate step (speakers.ts).
import type { RawQuote } from '../quotes/attribution';
import { segment } from '../text/segment';
import type { Entity, KindEvidence, Mention, Span } from '../types';
import { resolveCoreference, resolveNominals } from './coref';
import { actsAsOrganization, namedAsClub, namesUniversity, playsAsSide, resultFrame } from './actors';
import { affiliationFrame, type PersonSpans } from './affiliation';
import { CONTEXT_CLASSES, entityVote, type ContextModel } from './context';
import trainedContext from './context.model.json';
import { bodyAfterThe, isLoneHead, lastWord, provenKind, typedBy } from './evidence';
import { lowerCaseWords } from './lowerWords';
import { mergeCandidates, type EntityRec, type MentionRec, type Registry } from './merge';
import { bare, findCandidates, isClubWord, LEADING_HEADS, normPlace, resultLineSide } from './names';
import { placeTier } from '../lexicon/places';
import { FACILITY_HEADS_INSTITUTION_WITH_OF, WORKPLACE_ROLES } from '../lexicon/nameCues';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import { linkMentions } from './speakers';
import { insideSpans, isUpperAt, prevWord, quoteRegions, tokenize, type Token } from './tokens';

export interface EntityContext {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** Quoted stretches (any mark pairing will do): names inside quotes are read differently. */
  readonly quoteRegions?: readonly Span[];
  /** Let the context model type names the rules leave open (default true; training turns it off). */
  readonly useModel?: boolean;
}

/** What the pass found, before linking: the linking step adds speaker mentions and quote ids, then entityList() reads it. */
export interface EntityState {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Every mention (names, pronouns, nominals) sorted by start, with its entity. */
  readonly mentions: readonly { m: MentionRec; e: EntityRec }[];
  readonly registry: Registry;
}

export interface EntityResult {
  /** People, organizations, places and groups, each with every mention; speakers carry their quote ids. */
  readonly entities: Entity[];
  /** For each quote (same index), the id of the entity its speaker mention resolves to, or null. */
  readonly speakerIds: (string | null)[];
}

/** Two lists in reading order, merged. */
function mergeSorted<T extends { m: { start: number } }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    if (j >= b.length || (i < a.length && a[i].m.start <= b[j].m.start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/**
 * The slug of an ASCII name in one loop (the regular-expression chain below costs more than the rest of the id work):
 * letters and digits lower-cased, apostrophes dropped, any other run of characters one dash, no dash at either end.
 * Null for a non-ASCII name.
 */
function asciiSlug(name: string): string | null {
  // Common case first: letters and digits with single spaces between words ("Antony Blinken").
  let simple = name.length > 0 && name.charCodeAt(0) !== 32 && name.charCodeAt(name.length - 1) !== 32;
  let spaces = false;
  for (let i = 0; i < name.length && simple; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) spaces = true;
    simple = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c === 32 && name.charCodeAt(i + 1) !== 32);
  }
  if (simple) return spaces ? name.toLowerCase().replace(/ /g, '-') : name.toLowerCase();
  let out = '';
  let dash = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 39) continue;
    const lowC = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lowC >= 97 && lowC <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out.length > 0) out += '-';
      dash = false;
      out += String.fromCharCode(lowC);
    } else dash = true;
  }
  return out;
}

/** Stable id from kind and canonical name: "person:antony-blinken". */
export function entityId(kind: string, name: string): string {
  const fast = asciiSlug(name);
  if (fast !== null) return `${kind}:${fast || 'unnamed'}`;
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${kind}:${slug || 'unnamed'}`;
}

/**
 * The pass and the linking of quote speakers in one call (tests and tools that have quotes at hand). Never throws: on
 * failure, no entities and null speakers.
 */
export function resolveEntities(text: string, ctx: EntityContext & { readonly quotes?: readonly RawQuote[] }): EntityResult {
  const quotes = Array.isArray(ctx?.quotes) ? ctx.quotes : [];
  if (typeof text !== 'string' || text.length === 0) return { entities: [], speakerIds: quotes.map(() => null) };
  const regions = quotes.filter((q) => q && q.end > q.start);
  const state = collectEntities(text, { paragraphs: ctx?.paragraphs, sentences: ctx?.sentences, quoteRegions: [...(ctx?.quoteRegions ?? []), ...regions] });
  const speakers = linkMentions(state, quotes.map((q) => q?.speaker ?? null));
  speakers.forEach((e, i) => { if (e) e.quoteIds.push(quotes[i].id); });
  return { entities: entityList(state, quotes.map((q) => q.id)), speakerIds: speakers.map((e) => (e ? entityIdOf(e) : null)) };
}

/** The entity pass proper: names, merging, pronouns and nominals. May throw; analyze() guards it. */
export function collectEntities(text: string, ctx: EntityContext): EntityState {
  let { paragraphs, sentences } = ctx ?? {};
  if (!paragraphs?.length || !sentences?.length) ({ paragraphs, sentences } = segment(text));
  const regions = quoteRegions(text, paragraphs, ctx?.quoteRegions ?? []);
  const tokens = tokenize(text, sentences, regions, { paragraphs });
  // Does the word also occur in lower case (a common word, not a name)?
  const seenLower = lowerCaseWords(text);
  const cands = findCandidates(text, tokens, seenLower);
  const merged = mergeCandidates(text, tokens, cands, seenLower);

  const pronouns = resolveCoreference(tokens, merged.personMentions);
  const nominals = resolveNominals(text, tokens, mergeSorted(merged.personMentions, pronouns), (pos) => insideSpans(regions, pos));
  const coref = mergeSorted(pronouns, nominals);
  for (const r of coref) r.e.mentions.push(r.m);
  const typer = (e: EntityRec) => {
    const t = typedBy(text, tokens, e, seenLower);
    e.evidence = t.evidence;
    return t.kind;
  };
  const model = ctx?.useModel === false || CONTEXT_MODEL.bias.length !== CONTEXT_CLASSES.length ? null : CONTEXT_MODEL;
  for (const e of merged.registry.all) {
    e.shown = typer(e);
    if (model) {
      byContext(text, tokens, e, model);
      outvoted(text, e, model);
    }
    // "the Varrin Dalmor" (a show, a site, a slogan as often as a body): the article alone lists no organization unless
    // the contexts vote for one.
    if (e.shown === 'organization' && articleOnlyBody(text, tokens, e)) {
      const p = model ? orgByContext(text, e, model) : null;
      if (p === null) retype(e, 'unclassified', 'article-only');
      else retype(e, 'organization', 'context-model', p);
    }
    // A city the article treats as an actor ("Talvik defeated Ulmo") names its club or its city hall.
    // So does a "… City", a "… Street" or a "… Hall" ("Vellmar City sued", "Qoll Street said"): its council, its
    // government, its firms.
    if (e.shown === 'place' && (isGazetteerPlace(e.name) || ACTING_PLACE_HEADS.has(lastWord(e.name))) && actsAsOrganization(text, e.mentions)) {
      // ("Paris claims" after "Valeska Paris": a city that acts under a surname of the text is that person.)
      if (!e.name.includes(' ') && toSurnameOwner(e, merged.all, merged.registry.all)) continue;
      retype(e, 'organization', 'actor');
    }
    // A country fielded as a side in a match report ("Talvik beat Ulvania 2-0") names its national team; so does a
    // region or a city the actor vote left a place (a home nation, a state's college team, a city's club).
    // (So is a place only its name's shape made one: "West Ham beat …".)
    else if (e.shown === 'place' && (isCountry(e.name) || isGazetteerPlace(e.name) || e.evidence === 'name-rule') && playsAsSide(text, e.mentions)) retype(e, 'organization', 'side');
    // So is a name nothing else types that the report fields as a side, once is enough when it is a result ("Drastovo
    // beat Quenlark 2-1"): a club. (A country or a town needs two sides: it is more often where the match is played.)
    else if (e.shown === 'unclassified' && playsAsSide(text, e.mentions, 1) && e.mentions.some((m) => resultFrame(text, m.start, m.end))) retype(e, 'organization', 'side');
    // "first division side Dorvale", "his club Dorvale": a town or an unknown name the text calls a club is the club
    // (not a country: "world champions Ulvania" is its national team, a place in some schemes).
    else if ((e.shown === 'unclassified' || (e.shown === 'place' && (isGazetteerPlace(e.name) || e.evidence === 'name-rule'))) && namedAsClub(text, e.mentions)) retype(e, 'organization', 'side');
    // "She studied law at Dorvale", "a Dorvale student": a city's one-word name for its university, a body.
    if ((e.shown === 'place' || e.shown === 'unclassified') && !e.name.includes(' ') && (e.shown === 'unclassified' || isGazetteerPlace(e.name)) &&
      namesUniversity(text, e.mentions)) retype(e, 'organization', 'cue');
    // "the director of the Dorvale Qoll Center", "a fellow at the Varrin Center": a center whose people the text names
    // by their post in it is an institute, not a building.
    if (e.shown === 'place' && FACILITY_HEADS_INSTITUTION_WITH_OF.has(lastWord(e.name)) && e.mentions.some((m) => m.kind === 'name' && postAt(text, m.start))) {
      retype(e, 'organization', 'cue');
    }
    // "declared dead at the Dorvale General Hospital", "a ceremony at the Qoll Presidential Library": a hospital, a
    // library or a church that the text only puts people in or sends them to is the building.
    if (e.shown === 'organization' && VENUE_HEADS.has(lastWord(e.name)) && e.name.includes(' ') && onlyAsVenue(text, e.name, e.mentions)) retype(e, 'place', 'facility');
    if ((e.shown === 'organization' || e.shown === 'place') && cutAfterHyphen(text, e)) retype(e, 'unclassified', 'cut-name');
    if (e.shown === 'unclassified' && bodyAfterThe(text, e)) retype(e, 'organization', 'body-after-the');
    else if (e.shown !== 'group' && isLoneHead(e.name)) retype(e, 'unclassified', 'lone-head');
    // "run as a Qoll Organization - …", "a Dorvale that is open to all", "the care of a Dr. Varrin,": a name the text
    // only ever uses as the head of an indefinite phrase names a kind or someone unknown, not one the list can show.
    if ((e.shown === 'person' || e.shown === 'organization' || e.shown === 'place') && indefiniteOnly(text, e.mentions)) retype(e, 'unclassified', 'none');
  }
  bodiesOfPeople(text, merged.all, merged.registry.all);
  familiesAsGroups(merged.registry.all);
  merged.registry.typer = typer;
  return { text, tokens, mentions: mergeSorted(merged.all, coref), registry: merged.registry };
}

/**
 * Files a one-word place's mentions under the person whose full name ends in it ("Valeska Dorvale … Dorvale claims"),
 * as surname mentions, when there is one such person (and no given name opens the place's own mentions); true when
 * it did. The place's record is left with no mention, so it is not listed.
 */
function toSurnameOwner(place: EntityRec, all: { m: MentionRec; e: EntityRec }[], entities: readonly EntityRec[]): boolean {
  const suffix = ` ${place.name.toLowerCase()}`;
  let owner: EntityRec | null = null;
  for (const p of entities) {
    if (p.kind !== 'person' || p === place || !p.name.toLowerCase().endsWith(suffix) || !p.mentions.some((m) => m.kind === 'name')) continue;
    if (owner && owner !== p) return false;
    owner = p;
  }
  if (!owner) return false;
  const moved = new Map<MentionRec, MentionRec>();
  for (const m of place.mentions) {
    const s: MentionRec = NAMED_KINDS.has(m.kind) ? { ...m, kind: 'surname' } : m;
    moved.set(m, s);
    owner.mentions.push(s);
  }
  for (const r of all) if (r.e === place) { r.m = moved.get(r.m) ?? r.m; r.e = owner; }
  place.mentions.length = 0;
  return true;
}

/** "Jane Roe of Qollvex Now", "Qollvex Now's Jane Roe": a name nothing typed, beside a person's, is the person's body. */
function bodiesOfPeople(text: string, mentions: readonly { m: MentionRec; e: EntityRec }[], all: readonly EntityRec[]): void {
  let people: PersonSpans | null = null;
  for (const e of all) {
    if (e.shown !== 'unclassified' || e.mentions.length === 0) continue;
    if (!people) {
      const starts = new Set<number>();
      const ends = new Set<number>();
      for (const { m, e: p } of mentions) {
        if (p.shown !== 'person' || !NAMED_KINDS.has(m.kind)) continue;
        starts.add(m.start);
        ends.add(m.end);
      }
      people = { starts, ends };
    }
    const p = people;
    // (A town the gazetteer knows is where the person is from: "Jane Roe of Dorvale".)
    const of = placeTier(normPlace(e.name.toLowerCase())) === undefined;
    if (e.mentions.some((m) => NAMED_KINDS.has(m.kind) && affiliationFrame(text, m.start, m.end, p, of))) retype(e, 'organization', 'affiliation');
  }
}

/** "the Varrins" after "Jane Varrin": a family, listed as a group, not an organization or a person. */
function familiesAsGroups(all: readonly EntityRec[]): void {
  let surnames: Set<string> | null = null;
  for (const e of all) {
    if (e.shown !== 'person') continue;
    const sp = e.name.lastIndexOf(' ');
    if (sp > 0) (surnames ??= new Set()).add(e.name.slice(sp + 1).toLowerCase());
  }
  if (!surnames) return;
  for (const e of all) {
    const n = e.name;
    if (e.shown === 'person' || e.shown === 'group' || n.includes(' ') || n.length < 4 || n.charCodeAt(n.length - 1) !== 115) continue;
    const low = n.toLowerCase();
    if (surnames.has(low.slice(0, -1)) || (low.endsWith('es') && surnames.has(low.slice(0, -2)))) retype(e, 'group', 'family');
  }
}

/**
 * "Miami-Dade County", "Chicago-Kent College of Law", "NATO-Russia Council": the tokenizer cuts a place or an acronym
 * off before a hyphen ("the U.S.-Mexico border"), so a name of two words or more whose every named mention starts right
 * after such a capitalised head is the cut tail of one longer name (unless the tail is a place of its own: "US-South
 * Korea talks"). Not listed: on polnear-train and timebank nine such names in ten were wrong (session 23 audit).
 */
function cutAfterHyphen(text: string, e: EntityRec): boolean {
  if (!e.name.includes(' ') || isGazetteerPlace(e.name) || isCountry(e.name)) return false;
  let named = 0;
  for (const m of e.mentions) {
    if (!NAMED_KINDS.has(m.kind)) continue;
    if (m.start < 2 || text.charCodeAt(m.start - 1) !== 45) return false;
    let w = m.start - 1;
    while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
    if (w === m.start - 1 || !/\p{Lu}/u.test(text[w])) return false;
    named++;
  }
  return named > 0;
}

/** A region or city of the gazetteer (not a country, a building or a site). */
const isGazetteerPlace = (name: string): boolean => {
  const n = normPlace(name.toLowerCase().split(/\s+/).map(bare).join(' '));
  // A country stays a place whatever it does: readers look for it there, and news NER schemes (CoNLL) keep it there.
  const tier = placeTier(n);
  return tier === 'region' || tier === 'city';
};

/** A country of the gazetteer. */
const isCountry = (name: string): boolean => placeTier(normPlace(name.toLowerCase().split(/\s+/).map(bare).join(' '))) === 'country';

/** A post in a body right before a name: "the director of the ", "a senior fellow at ", "founder of ". */
const POST_AT = /\b(?:director|directors|founder|co-founder|cofounder|president|fellow|fellows|scholar|scholars|researcher|researchers|expert|experts|analyst|analysts|economist|chairman|chairwoman|spokesman|spokeswoman|spokesperson)\s+(?:of|at|with)\s+(?:the\s+)?$/i;

function postAt(text: string, start: number): boolean {
  return POST_AT.test(text.slice(Math.max(0, start - 40), start));
}

/** Heads of bodies that are buildings too: where people are taken, treated, wed or gathered. */
const VENUE_HEADS = new Set(['hospital', 'library', 'church']);
/** Prepositions of where and whither before a venue: "at", "to", "in", "outside" … (skipping "the", "nearby"). */
const VENUE_PREPOSITIONS = new Set(['at', 'to', 'in', 'into', 'inside', 'outside', 'near', 'from']);
/** Words before "at"/"in" that make the venue a workplace or a body with members: "the organist at", "members of". */
const VENUE_STAFF = new Set(['pastor', 'pastors', 'priest', 'minister', 'reverend', 'rector', 'vicar', 'organist', 'doctor', 'doctors',
  'nurse', 'nurses', 'surgeon', 'surgeons', 'physician', 'physicians', 'librarian', 'librarians', 'historian', 'archivist', 'staff',
  'worked', 'works', 'working', 'employed', 'job', 'member', 'members']);

/** Verbs before "to" that send someone to a building: "taken to", "rushed to", "admitted to" (not "donated to"). */
const SENT_TO = new Set(['taken', 'rushed', 'brought', 'airlifted', 'transported', 'transferred', 'admitted', 'moved', 'carried',
  'flown', 'driven', 'went', 'go', 'goes', 'going', 'came', 'come', 'returned', 'walked', 'marched']);
/** Churches' names that are a denomination's ("the Catholic Church", "the Episcopal Church"): a body. */
const DENOMINATIONS = new Set(['catholic', 'roman', 'orthodox', 'anglican', 'episcopal', 'methodist', 'baptist', 'lutheran',
  'presbyterian', 'evangelical', 'pentecostal', 'mormon', 'christian', 'coptic', 'greek', 'russian', 'unitarian']);

/**
 * Every named mention is a preposition's place: no workplace's or post's ("a surgeon at", "Professor of Surgery at",
 * "director of"), no denomination's ("the Catholic Church").
 */
function onlyAsVenue(text: string, name: string, mentions: readonly MentionRec[]): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.slice(0, -1).every((w) => DENOMINATIONS.has(w))) return false;
  let n = 0;
  for (const m of mentions) {
    if (!NAMED_KINDS.has(m.kind)) continue;
    n++;
    let pv = prevWord(text, m.start);
    // ("taken to Dorvale's Qoll General Hospital": a town's possessive before the name says where it is.)
    if (pv && pv.possessive && isUpperAt(text, pv.start)) {
      pv = prevWord(text, pv.start);
      for (let k = 0; pv && k < 2 && isUpperAt(text, pv.start); k++) pv = prevWord(text, pv.start);
    }
    if (pv && pv.lower === 'the') pv = prevWord(text, pv.start);
    if (pv && pv.lower === 'nearby') pv = prevWord(text, pv.start);
    if (!pv || !VENUE_PREPOSITIONS.has(pv.lower) || postAt(text, m.start)) return false;
    let w = prevWord(text, pv.start);
    if (pv.lower === 'to' && !(w && SENT_TO.has(w.lower))) return false;
    // (A staff word up to five words back: "the Professor of Transplant Surgery at".)
    for (let k = 0; w && k < 5; k++, w = prevWord(text, w.start)) {
      if (VENUE_STAFF.has(w.lower) || WORKPLACE_ROLES.has(w.lower) || ROLE_NOUNS.has(w.lower)) return false;
    }
  }
  return n > 0;
}

/** Heads of places that stand for a body when they act: a city's council, a street's government or firms. */
const ACTING_PLACE_HEADS = new Set(['city', 'street', 'hall']);

const CONTEXT_MODEL = trainedContext as unknown as ContextModel;
const NAMED_KINDS = new Set(['name', 'surname', 'variant']);

/**
 * The context model's say: a name the rules leave unclassified takes the kind its mentions' contexts vote for, when
 * the vote is clear enough; a kind from weak evidence (a pronoun, a name's shape, "the X") yields only to a clear
 * vote against it. A kind the name itself proves (provenKind) is never overruled.
 */
function byContext(text: string, tokens: readonly Token[], e: EntityRec, model: ContextModel): void {
  const shown = e.shown ?? e.kind;
  // (Cheap checks first: most entities are typed and the model may not overrule them.)
  // (A single word no rule or cue typed stays unclassified: its contexts alone mislead more often than not.)
  if (shown === 'group' || e.kind === 'unclassified' || (shown !== 'unclassified' && model.overrule > 1)) return;
  const named = e.mentions.filter((m) => NAMED_KINDS.has(m.kind));
  if (named.length === 0 || provenKind(text, tokens, e) !== null) return;
  // ("the Pope in Talvik", "the Chancellor's visit": a title alone names a person by office, never a body or a place.)
  const low = e.name.toLowerCase();
  if (!low.includes(' ') && (TITLE_WORDS.has(low) || ROLE_NOUNS.has(low))) return;
  const vote = entityVote(model, text, named);
  if (!vote || vote.kind === shown) return;
  // Never a person by context alone: the People list takes a name only on evidence of its own (issue 13), and the
  // contexts of people ("X said", "X's") are those of organizations too.
  // (A name given once needs the vote its own held-out calibration asks for.)
  const threshold = voteThreshold(model, named.length);
  if (shown === 'unclassified') {
    if (vote.kind === 'person') return;
    if (vote.p >= Math.max(threshold, LISTING_VOTE)) retype(e, vote.kind, 'context-model', vote.p);
    else if (vote.p >= threshold) retype(e, 'unclassified', 'low-vote', vote.p);
    return;
  }
  if (vote.p >= model.overrule) retype(e, vote.kind, 'context-model', vote.p);
}

/** "a " or "an " (and an honorific) right before a name. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])[Aa]n? (?:(?:Mr|Mrs|Ms|Dr|Miss|Mademoiselle|Madame|Monsieur)\.? )?$/u;
/**
 * What ends an indefinite phrase whose head is the name: punctuation (not a comma before a capital: "a Dorvale, Ohio,
 * firm"), a dash, a relative word.
 */
const HEAD_END_AFTER = /^(?:[.;:!?)\]]|,(?!\s+\p{Lu})|\s+[-–—]|\s+(?:that|who|which|whose)\b|\s*$)/u;

/** Every named mention of the entity heads an indefinite phrase ("a Dr. Varrin,", "a Qoll Organization -"). */
function indefiniteOnly(text: string, mentions: readonly MentionRec[]): boolean {
  let named = 0;
  for (const m of mentions) {
    if (!NAMED_KINDS.has(m.kind)) continue;
    named++;
    if (!INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) || !HEAD_END_AFTER.test(text.slice(m.end, m.end + 8))) return false;
  }
  return named > 0;
}

/** Sets the kind shown, what decided it and, where the context model's vote did, its probability. */
function retype(e: EntityRec, kind: Entity['kind'], why: KindEvidence, contextP?: number): void {
  e.shown = kind;
  e.evidence = why;
  e.contextP = contextP;
}

/** Words that open a periodical's name: "the Daily Qoll", "the Weekly Varrin". */
const PERIODICAL_LEADS = new Set(['daily', 'weekly']);

/**
 * An organization of two words or more that only an article made one ("the Varrin Dalmor"): no head or suffix that
 * proves a body (provenKind), no complement ("the Municipality of Dorvale", "the Qoll Committee on Trade"), no "&",
 * no acronym, no plural last word (a team, a union: "the Dalmont Rovers", "the Qoll Workers"), no "… State" or
 * "… District", no periodical's lead. Shows, events, sites and slogans are named so as often as bodies.
 */
function articleOnlyBody(text: string, tokens: readonly Token[], e: EntityRec): boolean {
  if (e.kind !== 'organization' || !e.name.includes(' ')) return false;
  const words = e.name.split(/\s+/);
  const lastLow = words[words.length - 1].toLowerCase();
  // (Nor a name opened by another language's head, "the Universidad de Ulvania": a head, as the last word is in English.)
  if (/[^s'’]s$/.test(lastLow) || lastLow === 'state' || isClubWord(lastLow) || lastLow === 'district' || PERIODICAL_LEADS.has(words[0].toLowerCase()) || LEADING_HEADS.has(words[0].toLowerCase()) ||
    words.some((w) => w === '&' || w === 'of' || w === 'for' || w === 'on' || /^[A-Z][A-Z.&-]+$/.test(w))) return false;
  if (provenKind(text, tokens, e) !== null) return false;
  // (Nor a side of a results line: "Qollby United 4 Dorvale 1".)
  if (e.mentions.some((m) => m.kind === 'name' && resultLineSide(text, m.start, m.end))) return false;
  return e.mentions.some((m) => NAMED_KINDS.has(m.kind) && m.start >= 4 && /^the\s$/i.test(text.slice(m.start - 4, m.start)));
}

/**
 * The context model votes the entity's named mentions an organization, clearly enough to type a name on its own: the
 * vote's probability, else null.
 */
function orgByContext(text: string, e: EntityRec, model: ContextModel): number | null {
  const named = e.mentions.filter((m) => NAMED_KINDS.has(m.kind));
  const vote = named.length > 0 ? entityVote(model, text, named) : null;
  return vote && vote.kind === 'organization' && vote.p >= Math.max(voteThreshold(model, named.length), LISTING_VOTE) ? vote.p : null;
}

/** The vote an entity's contexts must reach to type it: a name given once needs its own calibrated threshold. */
const voteThreshold = (model: ContextModel, namedMentions: number): number =>
  namedMentions === 1 ? (model.thresholdOnce ?? model.threshold) : model.threshold;

/**
 * The least mean probability with which the context vote alone lists a name nothing else types. The model's own
 * threshold is calibrated on its distant labels (provenKind); judged by hand (scripts/entity-audit.mjs, polnear-train
 * and timebank, session 23), the names it listed between that threshold and 0.8 were mostly not organizations (a
 * show, a movement, an index, a product, a cut name), about three in ten right, those above it about three in five.
 */
const LISTING_VOTE = 0.8;

/**
 * A person from the weakest evidence, gendered pronouns alone for a one-word name ('pronoun'), yields to the vote of
 * the entity's own mentions: when the contexts of its named mentions vote for an organization or a place, the name is
 * not listed ('outvoted', unclassified; "he" was someone else's). Judged by hand on polnear-train and timebank
 * (scripts/entity-audit.mjs, session 23): such names were people about one time in five (a site, a paper, a product,
 * a family), against about three in four where the vote agrees.
 */
function outvoted(text: string, e: EntityRec, model: ContextModel): void {
  const shown = e.shown;
  if (e.evidence !== 'pronoun' || shown !== 'person') return;
  const named = e.mentions.filter((m) => NAMED_KINDS.has(m.kind));
  const vote = named.length > 0 ? entityVote(model, text, named) : null;
  if (vote && vote.kind !== shown) retype(e, 'unclassified', 'outvoted');
}

/** The kind an entity is listed as; one made later (by linking a quote speaker) without evidence is no person. */
function listedKind(e: EntityRec): Entity['kind'] {
  if (e.shown === null && e.typer) e.shown = e.typer(e);
  return e.shown ?? (e.kind === 'person' ? 'unclassified' : e.kind);
}

const kept = (e: EntityRec): boolean => e.mentions.length > 0 || e.quoteIds.length > 0;
/** The public id of an entity record; null when the record is not listed (no mention, no quote). */
export function entityIdOf(e: EntityRec): string | null {
  return kept(e) ? entityId(listedKind(e), e.name) : null;
}

/** Final entities: one per id (two keys may share a canonical name), mentions sorted and unique, quote ids in `quoteOrder`. */
export function entityList(state: EntityState, quoteOrderIds: readonly string[] = []): Entity[] {
  const { text, registry } = state;
  const byId = new Map<string, {
    kind: Entity['kind']; name: string; title?: string; evidence: KindEvidence | null; contextP: number | undefined; mentions: MentionRec[]; quoteIds: string[]; first: number;
  }>();
  for (const e of registry.all) {
    if (!kept(e)) continue;
    const kind = listedKind(e);
    const id = entityId(kind, e.name);
    let out = byId.get(id);
    if (!out) {
      out = { kind, name: e.name, title: e.title, evidence: e.evidence, contextP: e.contextP, mentions: [], quoteIds: [], first: Infinity };
      byId.set(id, out);
    }
    if (!out.title && e.title) out.title = e.title;
    // One by one: spreading a large array into push() overflows the call stack (RangeError past ~125,000 items).
    for (const m of e.mentions) out.mentions.push(m);
    for (const q of e.quoteIds) out.quoteIds.push(q);
  }
  const quoteOrder = new Map<string, number>();
  quoteOrderIds.forEach((id, i) => quoteOrder.set(id, i));
  const entities: Entity[] = [];
  for (const [id, e] of byId) {
    const mentions: Mention[] = [];
    let sorted = true;
    for (let k = 1; k < e.mentions.length && sorted; k++) sorted = e.mentions[k - 1].start < e.mentions[k].start;
    if (!sorted) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    let ps = -1;
    let pe = -1;
    for (const m of e.mentions) {
      if ((m.start === ps && m.end === pe) || m.start < 0 || m.end > text.length || m.end <= m.start) continue;
      ps = m.start;
      pe = m.end;
      mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.kind });
    }
    // Most entities carry no quote: skip the set and the sort for them.
    const quoteIds = e.quoteIds.length <= 1 ? e.quoteIds.slice() :
      [...new Set(e.quoteIds)].sort((a, b) => (quoteOrder.get(a) ?? 0) - (quoteOrder.get(b) ?? 0));
    const ent: Entity = { id, kind: e.kind, name: e.name, ...(e.title ? { title: e.title } : {}), evidence: e.evidence ?? 'none',
      ...(e.contextP !== undefined ? { contextP: Math.round(e.contextP * 1000) / 1000 } : {}), mentions, quoteIds };
    entities.push(ent);
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  return entities;
}
