// Evidence from the words around a name that it names an organization or a place, for names whose own words prove
// nothing: an apposition ("Kelmora, a mining company"), a possessive ("Talvik's foreign minister", "Kelmora's
// shares"), a modifier or complement ("southern Talvik", "the capital of Talvik", "analysts at Morrow Sachs"), a
// following noun ("Xinhua news agency"). Each cue reads at most a few words on each side of the mention.
import {
  ORGANIZATION_NOUNS, ORGANIZATION_OF_HEADS, ORGANIZATION_POSSESSIONS, PLACE_MODIFIERS, PLACE_OF_HEADS, PLACE_POSSESSIONS, WORKPLACE_ROLES,
} from '../lexicon/nameCues';
import { PLACES, ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import { bare, normPlace } from './names';
import { isUpperAt, isWordChar, nextWord, prevWord } from './tokens';
import { isCommonWord } from '../lexicon/commonWords';
import { isDemonymName, placeTier, STATE_ABBREVIATIONS, WORD_STATE_ABBREVIATIONS } from '../lexicon/places';

export type CueKind = 'person' | 'organization' | 'place';

/** Words that end an apposition's noun phrase before its head would come ("a company based in …", "a unit of …"). */
const PHRASE_ENDS = new Set(['of', 'in', 'on', 'for', 'with', 'that', 'which', 'who', 'based', 'and', 'or', 'to', 'at', 'from', 'by', 'whose', 'where',
  'near', 'outside', 'about', 'some', 'located', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  // A relative clause with no "that": "…, the online service it uses", "…, the firm the campaign hired".
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you']);
/** Heads of an apposition that make the name a place: "Qarvosh, a village near the border", "Vellnor, the capital,". */
const PLACE_APPOSITION_NOUNS = new Set(['village', 'town', 'city', 'suburb', 'district', 'province', 'region', 'island', 'islands',
  'neighborhood', 'neighbourhood', 'county', 'capital', 'hamlet', 'township', 'municipality', 'settlement', 'port', 'enclave',
  'prefecture', 'governorate', 'oblast', 'canton', 'commune', 'borough', 'archipelago']);
/** Lower-case nouns right after a name that make it a place's: "the Ulvar region", "Kessan province" (not "town hall"). */
const FOLLOWING_PLACE_NOUNS = new Set(['region', 'province', 'district', 'prefecture', 'governorate', 'municipality', 'township',
  'oblast', 'canton', 'area']);
/** Bodies whose districts are no places of a name: "House district", "Senate district", "school district". */
const DISTRICT_BODIES = new Set(['house', 'senate', 'assembly', 'congressional', 'legislative', 'school', 'council', 'court', 'police', 'fire', 'water']);
/** Lower-case nouns right after a name that make it a firm's or an outlet's ("Qollvex shares", "a Qollvex poll"). */
const FOLLOWING_ORGANIZATION_NOUNS = new Set(['newspaper', 'shares', 'stock', 'executives', 'employees', 'workers', 'shareholders',
  'subscribers', 'stores', 'headquarters', 'striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'goalkeeper', 'goalie', 'squad',
  'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman', 'ceo',
  // ("its Qollvex Aviation unit", "the Dalmont subsidiary": a part of a firm is a firm.)
  'unit', 'subsidiary', 'subsidiaries', 'affiliate', 'affiliates']);
/**
 * Who works or studies at an outlet or a school: "a Qollvex reporter", "a Dalmont graduate". (Not "staff": a candidate
 * has a staff.) Not after a sentence's first word or a compound ("Investigative reporter …", "Mexican-American
 * reporter …"), where the word describes the role.
 */
const FOLLOWING_MEMBER_NOUNS = new Set(['reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'employee',
  'anchor', 'professor', 'professors', 'graduate', 'graduates', 'alumnus', 'alumni', 'alumna']);
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** "the company, " or "the firm (" right before a name: the group is the body's noun. */
const REVERSED_APPOSITION = /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+([a-z-]+)\s*[,(]\s*$/;
/** Verbs that give a firm's results, and the results: "posted a net loss", "reported record profits". */
const RESULT_VERBS = new Set(['posted', 'posts', 'reported', 'reports', 'booked', 'books', 'recorded', 'records', 'announced', 'swung']);
const FIRM_RESULTS = /^\s+(?:to\s+)?(?:(?:a|an|its)\s+)?(?:[a-z$\d.,-]+\s+){0,3}?(?:loss|losses|profit|profits|earnings|revenue|revenues|sales)\b/;
/** Offices after "chief" that a firm or a body has: "Qollvex chief executive", "… chief operating officer". */
const CHIEF_OFFICES = new Set(['executive', 'executives', 'operating', 'financial', 'economist', 'technology', 'scientist', 'strategist']);
/** What an outlet runs, after "a X" or "the X": "a Qollvex article", "the Qollvex editorial". (Not "report": "the Roe report".) */
const OUTLET_PIECES = new Set(['article', 'articles', 'editorial', 'editorials', 'op-ed', 'podcast', 'broadcast', 'broadcasts', 'newsletter',
  'headline', 'headlines', 'newscast']);
/** What a body issues, after "a X" ("a Qollvex statement said"): people's are "her statement", "a statement from Roe". */
const BODY_STATEMENTS = new Set(['statement', 'statements', 'communique', 'communiqué']);
const POLL_DETERMINERS = new Set(['a', 'an', 'the', 'new', 'latest', 'recent', 'last', 'its', 'another']);
/** Verbs after which "its" points back to the name: "X said its …". */
const ITS_VERBS = new Set(['said', 'says', 'reported', 'reports', 'announced', 'announces', 'added', 'stated', 'confirmed', 'expects', 'expected', 'plans', 'posted', 'cut', 'raised', 'lost', 'doubled']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * The head noun of an apposition right after a name: ", a mining company," → "company"; ", the country's largest
 * lender" → "lender"; up to five words after the determiner, cut at a preposition, a relative word or punctuation.
 */
export function appositionHead(text: string, end: number): string | null {
  const k = end;
  if (text.charCodeAt(k) !== 44) return null; // ','
  const det = nextWord(text, k + 1);
  if (!det || !DETERMINERS.has(det.lower)) return null;
  let head: string | null = null;
  let pos = det.end;
  for (let n = 0; n < 5; n++) {
    const w = nextWord(text, pos);
    if (!w) break;
    let low = w.lower;
    if (low.endsWith("'s") || low.endsWith('’s')) { pos = w.end; continue; }
    if (PHRASE_ENDS.has(low)) break;
    // A digit-led word ("3,000") or a closing mark ends nothing; keep reading words only.
    if (!isWordChar(low.charCodeAt(0))) break;
    if (low.endsWith('.')) low = low.slice(0, -1);
    head = low;
    pos = w.end;
    const c = text.charCodeAt(pos);
    if (c !== 32 && c !== 9) break; // punctuation after the word ends the phrase
  }
  return head;
}

/** Organization nouns that also name a person's trade ("a retired letter carrier", "a veteran pollster"). */
const TRADE_NOUNS = new Set(['carrier', 'pollster', 'operator', 'developer', 'producer', 'publisher', 'broadcaster', 'miner', 'band',
  'label', 'service', 'site', 'tank', 'body', 'party']);

/**
 * "X, a fast-growing British conglomerate,": an apposition of an article, lower-case words (or nationalities) and an
 * organization noun that ends it, which calls the name a body in so many words. Not "X, his company" (the owner),
 * "X, a Qollvex Club donor" or "X, a University of Y professor" (the body is another's name).
 */
export function articleOrgApposition(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const det = nextWord(text, end + 1);
  if (!det || (det.lower !== 'a' && det.lower !== 'an' && det.lower !== 'the')) return false;
  let pos = det.end;
  for (let n = 0; n < 5; n++) {
    const w = nextWord(text, pos);
    if (!w) return false;
    const c = text.charCodeAt(w.start);
    if (c < 97 || c > 122) { if (!isDemonymName(w.lower) && !PLACES.has(w.lower)) return false; }
    pos = w.end;
    const after = text.charCodeAt(pos);
    if (after === 32 || after === 9) continue;
    // Punctuation ends the apposition: its last word is the head.
    return (after === 44 || after === 46 || after === 59 || after === 41) && ORGANIZATION_NOUNS.has(w.lower) && !TRADE_NOUNS.has(w.lower);
  }
  return false;
}

/** The kind an apposition head names: a role (person), an organization noun, or null. */
export function appositionKind(head: string | null): CueKind | null {
  if (!head) return null;
  if (ORGANIZATION_NOUNS.has(head)) return 'organization';
  if (ROLE_NOUNS.has(head) || TITLE_WORDS.has(head)) return 'person';
  return null;
}

/** From `i`, past spaces and tabs in direction `dir`: the index of the first other character. */
function skipSpaces(text: string, i: number, dir: 1 | -1): number {
  let k = i;
  while (k >= 0 && k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k += dir;
  return k;
}

/** An ASCII lower-case letter at `i`. */
// (Bounds checked first: skipSpaces may stop at -1 or the length, and a read past either end throws V8's optimized code away.)
const lowerAt = (text: string, i: number): boolean => { if (i < 0 || i >= text.length) return false; const c = text.charCodeAt(i); return c >= 97 && c <= 122; };

/** The first word after a name's possessive ('s or ’s right at `end`), lower case, or null. */
function possessed(text: string, end: number): { lower: string; end: number } | null {
  const a = text.charCodeAt(end);
  if ((a !== 39 && a !== 0x2019) || (text.charCodeAt(end + 1) !== 115 && text.charCodeAt(end + 1) !== 83)) return null;
  if (isWordChar(text.charCodeAt(end + 2))) return null;
  return nextWord(text, end + 2);
}

/**
 * Organization or place evidence around the mention text[start, end), or null. Only cues that a person's name
 * cannot have: what this returns may overrule a name's shape, never a title or a given name.
 */
export function contextCue(text: string, start: number, end: number): CueKind | null {
  // Every cue needs a comma or an apostrophe right after the name, or a lower-case word on one side: most mentions
  // have none, and cost two character reads.
  const after = text.charCodeAt(end);
  if (after === 44) {
    const head = appositionHead(text, end);
    const ap = appositionKind(head);
    if (ap === 'organization') return ap;
    if (head !== null && PLACE_APPOSITION_NOUNS.has(head)) return 'place';
  }
  const own = after === 39 || after === 0x2019 ? possessed(text, end) : null;
  if (own) {
    if (ORGANIZATION_POSSESSIONS.has(own.lower)) return 'organization';
    if (own.lower === 'chief') {
      const nx = nextWord(text, own.end);
      if (nx && (nx.lower === 'executive' || nx.lower === 'executives')) return 'organization';
    }
    if (PLACE_POSSESSIONS.has(own.lower)) {
      // "Talvik's foreign minister", "Talvik's prime minister": the office, not a foreign policy.
      if (own.lower === 'foreign' || own.lower === 'interior' || own.lower === 'defence' || own.lower === 'defense' || own.lower === 'prime') {
        const nx = nextWord(text, own.end);
        return nx && (nx.lower === 'minister' || nx.lower === 'ministry') ? 'place' : null;
      }
      return 'place';
    }
  }
  // "the Qollvex/Dorvel poll", "a Dorvel/Qollvex Times survey": pollsters and their outlets joined by a slash.
  if ((after === 47 || text.charCodeAt(start - 1) === 47) && slashPoll(text, end)) return 'organization';
  // "Xinhua news agency", "a Gallup poll", "Carrier workers": what a firm has or makes, right after the name, in lower case.
  const nx = !own && lowerAt(text, skipSpaces(text, end, 1)) ? nextWord(text, end) : null;
  if (nx) {
    if (nx.lower === 'news') {
      const n2 = nextWord(text, nx.end);
      if (n2 && (n2.lower === 'agency' || n2.lower === 'service')) return 'organization';
    } else if (POLL_NOUNS.has(nx.lower) || OUTLET_PIECES.has(nx.lower) || BODY_STATEMENTS.has(nx.lower)) {
      // "a new Qollvex poll", not "Exit polls" opening a sentence.
      const pv = prevWord(text, start);
      if (pv && POLL_DETERMINERS.has(pv.lower)) return 'organization';
    } else if (FOLLOWING_ORGANIZATION_NOUNS.has(nx.lower)) return 'organization';
    // (Not a body's district: "the 24th House district", "a Senate district".)
    else if (FOLLOWING_PLACE_NOUNS.has(nx.lower) && !DISTRICT_BODIES.has(text.slice(start, end).toLowerCase()) &&
      !/^[^\s]*[-\u2010]/.test(text.slice(nx.end, nx.end + 2))) return 'place';
    else if (nx.lower === 'chief') {
      // "Qollvex chief executive Tom Reed", also opening a sentence (not "Former chief executive …": a common word).
      const n2 = nextWord(text, nx.end);
      if (n2 && CHIEF_OFFICES.has(n2.lower) && !text.slice(start, end).includes(' ') && !isCommonWord(text.slice(start, end).toLowerCase())) return 'organization';
    }
    else if (FOLLOWING_MEMBER_NOUNS.has(nx.lower) && !text.slice(start, end).includes('-')) {
      // (At a sentence's start only a word that is no common English word nor shaped like an adjective: "Law professor
      // …", "Investigative reporter …" name a field.)
      const w = text.slice(start, end).toLowerCase();
      if (!sentenceBreakBefore(text, start) || (!w.includes(' ') && !isCommonWord(w) && !/(?:ive|ous|ful|ical)$/.test(w))) return 'organization';
    }
  }
  // "Qollvex said its profits fell": a name whose own statement says "its" is no person.
  // "Qollvex and its partners": people have no "its".
  if (nx && (ITS_VERBS.has(nx.lower) || nx.lower === 'and')) {
    const n2 = nextWord(text, nx.end);
    if (n2 && n2.lower === 'its') return 'organization';
  }
  // "Qollvex was founded in 1998", "Qollvex, founded by two engineers,": people are born, bodies are founded.
  if ((after === 44 || nx) && foundedAfter(text, end)) return 'organization';
  // "Qollvex posted a quarterly loss", "… reported record profits": a firm's results.
  if (nx && RESULT_VERBS.has(nx.lower) && FIRM_RESULTS.test(text.slice(nx.end, nx.end + 40))) return 'organization';
  // "Qollvex merged with …", "Qollvex acquired Dalmont Foods": what only firms do, the second a firm bought by name.
  if (nx && (nx.lower === 'merged' || nx.lower === 'merges') && nextWord(text, nx.end)?.lower === 'with') return 'organization';
  if (nx && (nx.lower === 'acquired' || nx.lower === 'acquires')) {
    const n2 = nextWord(text, nx.end);
    if (n2 && isUpperAt(text, n2.start)) return 'organization';
  }
  // "the company, Qollvex, …": the body's noun, then the name in apposition.
  if (after === 44 || after === 41) {
    const ap = REVERSED_APPOSITION.exec(text.slice(Math.max(0, start - 40), start));
    if (ap && ORGANIZATION_NOUNS.has(ap[1].toLowerCase())) return 'organization';
  }
  // The word before counts in lower case only: "Western Journalism" is a name, "western Talvik" a place.
  const pv = lowerAt(text, skipSpaces(text, start - 1, -1)) ? prevWord(text, start) : null;
  if (!pv || isUpperAt(text, pv.start)) return null;
  if (PLACE_MODIFIERS.has(pv.lower)) return 'place';
  // "she co-founded Qollvex", "a merger with Qollvex", "employed by Qollvex", "acquired by Qollvex" (not a name that
  // modifies a compound: "employed by Qollvex-linked schools").
  const compound = /^[^\s]*[-\u2010]/.test(text.slice(end, end + 24));
  if (!compound && FOUNDING_VERBS.has(pv.lower)) return 'organization';
  if (!compound && (pv.lower === 'with' || pv.lower === 'by')) {
    const p2 = prevWord(text, pv.start);
    if (p2 && (pv.lower === 'with' ? MERGER_WORDS : BUYER_PARTICIPLES).has(p2.lower)) return 'organization';
  }
  // "the party Qollvex", "the Talvik news agency Qollvex": a body's noun right before the name, after a determiner
  // (one modifier between them at most), is the name's.
  if (ORGANIZATION_NOUNS.has(pv.lower) && text.charCodeAt(pv.end) === 32) {
    const p2 = prevWord(text, pv.start);
    const p3 = p2 && !DETERMINERS.has(p2.lower) ? prevWord(text, p2.start) : null;
    if (p2 && (DETERMINERS.has(p2.lower) || (p3 && (p3.lower === 'the' || p3.lower === 'a' || p3.lower === 'an')))) return 'organization';
    // Two lower-case modifiers between: "the public relations giant Qollvex", "a conservative news site Qollvex".
    const p4 = p3 && !DETERMINERS.has(p3.lower) && !isUpperAt(text, p3.start) && p2 && !isUpperAt(text, p2.start) ? prevWord(text, p3.start) : null;
    if (p4 && (p4.lower === 'the' || p4.lower === 'a' || p4.lower === 'an')) return 'organization';
    // "US team Qollvex", "German carmaker Qollvex": a country or a nationality right before the body's noun, no article.
    if (p2 && isUpperAt(text, p2.start) && text.charCodeAt(p2.end) === 32 && (PLACES.has(normPlace(bare(p2.lower))) || isDemonymName(p2.lower))) return 'organization';
  }
  // ("members of Varrin's class": the possessive's noun is the complement, not the name.)
  if ((pv.lower === 'of' || pv.lower === 'at' || pv.lower === 'in') && !own) {
    let p2 = prevWord(text, pv.start);
    if (p2 && p2.lower === 'the') p2 = null;
    if (p2 && ORGANIZATION_OF_HEADS.has(p2.lower)) return 'organization';
    if (p2 && pv.lower === 'at' && WORKPLACE_ROLES.has(p2.lower)) return 'organization';
    // "a professor of economics at Dalmont", "a lecturer in politics at Dalmont": the role's field between.
    if (p2 && pv.lower === 'at' && workplaceRoleBefore(text, p2)) return 'organization';
    if (p2 && pv.lower === 'of' && PLACE_OF_HEADS.has(p2.lower)) return 'place';
  }
  return null;
}

/** After a name: more names after slashes, if any, then a poll's noun ("/Dorvel Times poll", " survey"). */
const SLASH_POLL_TAIL = /^(?:\/\p{Lu}[\p{L}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}.&'’-]*){0,3})*[ \t]+(?:poll|polls|survey|surveys)\b/u;

/** The name ending at `end` is one of two or more joined by slashes, the run then a poll's noun (the caller saw a slash). */
function slashPoll(text: string, end: number): boolean {
  return SLASH_POLL_TAIL.test(text.slice(end, end + 80));
}

/** Verbs right before a name that make it a body: "co-founded Qollvex". (People are not founded.) */
const FOUNDING_VERBS = new Set(['founded', 'co-founded', 'cofounded', 'founds', 'co-founds']);
/** Nouns and verbs before "with" that make the name after it a firm: "a merger with Qollvex". */
const MERGER_WORDS = new Set(['merger', 'mergers', 'merged', 'merge', 'merging']);
/** "In a statement, ", "In a news release on Monday, " right before a name. */
const STATEMENT_BEFORE = /\b[Ii]n\s+(?:a|an|its|the)\s+(?:written\s+|brief\s+|joint\s+|news\s+|press\s+)?(?:statement|release|communiqu[eé])(?:\s+on\s+\w+)?,?\s+$/;

/** Participles before "by" whose agent is a body: "employed by Qollvex", "acquired by Qollvex". */
const BUYER_PARTICIPLES = new Set(['employed', 'acquired', 'bankrolled']);
/** What is said of a body's start after its name, as a passive or a participle: "was founded", ", established in". */
const FOUNDED_WORDS = new Set(['founded', 'co-founded', 'cofounded', 'established', 'incorporated', 'headquartered']);
const PASSIVE_AUX = new Set(['was', 'is', 'were', 'are', 'been', 'be']);

/**
 * "Qollvex was founded in 1998", "Qollvex has been headquartered in …", "Qollvex, established in 1871,": a passive
 * of founding right after the name (up to two auxiliaries and an adverb), or the participle in apposition.
 */
function foundedAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 44) {
    const w = nextWord(text, end + 1);
    return !!w && FOUNDED_WORDS.has(w.lower);
  }
  let w = nextWord(text, end);
  let aux = false;
  for (let n = 0; w && n < 3 && (PASSIVE_AUX.has(w.lower) || w.lower === 'has' || w.lower === 'had' || w.lower === 'originally' || w.lower === 'first'); n++) {
    if (PASSIVE_AUX.has(w.lower)) aux = true;
    w = nextWord(text, w.end);
  }
  return aux && !!w && FOUNDED_WORDS.has(w.lower);
}

/** Only spaces between `start` and a sentence's or a line's end before it (or the text's start). */
function sentenceBreakBefore(text: string, start: number): boolean {
  const k = skipSpaces(text, start - 1, -1);
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 58 || c === 0x201c || c === 34;
}

/**
 * A workplace role with its field right before the lower-case word `w` that precedes "at": "professor of (political)
 * economics", "lecturer in politics" (one to three lower-case words after "of"/"in").
 */
function workplaceRoleBefore(text: string, w: { lower: string; start: number }): boolean {
  let cur = w;
  for (let n = 0; n < 3; n++) {
    if (isUpperAt(text, cur.start)) return false;
    const p = prevWord(text, cur.start);
    if (!p || isUpperAt(text, p.start)) return false;
    if (p.lower === 'of' || p.lower === 'in') {
      const role = prevWord(text, p.start);
      return !!role && WORKPLACE_ROLES.has(role.lower);
    }
    cur = p;
  }
  return false;
}

/** A US state's news-style abbreviation with its period(s) at `start` ("Mass.", "Ga.", "N.C."), then a space, punctuation or the end. */
function stateAbbreviationAt(text: string, start: number): boolean {
  let k = start;
  while (k < text.length && k - start < 8 && (isWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k++;
  const form = text.slice(start, k);
  if (!form.endsWith('.')) return false;
  const key = form.replace(/\./g, '').toLowerCase();
  return STATE_ABBREVIATIONS.has(key) || WORD_STATE_ABBREVIATIONS.has(key);
}

/**
 * Cues for a single capitalised word no rule has typed, besides contextCue: "Dorvale, Ohio," (a town, then the
 * region or country it lies in). (Not a known town after "from" or "to": towns share their names with surnames and
 * common words.)
 */
export function singleWordCue(text: string, start: number, end: number): CueKind | null {
  const cue = contextCue(text, start, end);
  if (cue) return cue;
  return townSlot(text, end, false) ? 'place' : null;
}

/** "and"/"or" between two conjuncts, after the first one (a comma allowed before it). */
const CONJUNCTION_AFTER = /^,?\s+(?:and|or)\s+(?=\p{Lu})/u;
/** A place of one to three capitalised words, "and" or "or" (a comma of a list allowed before "and"), up to the name. */
const PLACE_BEFORE_CONJUNCTION = /(?:^|[\s(])(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}),?\s+(?:and|or)\s+$/u;
/** One to three capitalised words (no line break). */
const PLACE_AFTER_CONJUNCTION = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}/u;
/** What cannot go on a name: punctuation, a line's end, a lower-case word, the text's end. */
const NAME_STOPS = /^(?:[,.;:)!?\r\n]|\s+[a-z]|\s*$)/;

/** "from Qollby to …": a journey's start, which its end shows to be a place. */
const FROM_TO_AFTER = /^\s+to\s+(?=\p{Lu})/u;
/** "… from Berlin to ": a journey's known start, up to its end. */
const PLACE_FROM_BEFORE = /\bfrom\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+to\s+$/u;

/**
 * "Tampa and Qollby", "Qollby or Berlin", "from Qollby to Athens": a name joined by "and"/"or" to a country, region or
 * city of the gazetteer (towns need context of their own), or the other end of a journey from or to one, is a place
 * too, as the members of such a pair are alike.
 */
export function placeConjunct(text: string, start: number, end: number): boolean {
  // (Not a word cut from a longer name: "South Carolina and Super Tuesday".)
  if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
  const window = text.slice(Math.max(0, start - 50), start);
  const from = PLACE_FROM_BEFORE.exec(window);
  const before = from ?? PLACE_BEFORE_CONJUNCTION.exec(window);
  if (before) {
    // (The last one to three words: "Mayor Tampa and …" holds the city.)
    const words = before[1].toLowerCase().split(/\s+/);
    for (let k = 1; k <= words.length; k++) if (PLACES.has(normPlace(words.slice(-k).join(' ')))) return true;
  }
  let conj = CONJUNCTION_AFTER.exec(text.slice(end, end + 6));
  if (!conj && prevWord(text, start)?.lower === 'from') conj = FROM_TO_AFTER.exec(text.slice(end, end + 6));
  if (!conj) return false;
  const after = PLACE_AFTER_CONJUNCTION.exec(text.slice(end + conj[0].length, end + conj[0].length + 50));
  if (!after) return false;
  // The whole run when nothing capitalised goes on after it, else its words up to a sentence's period ("Paris. She"),
  // never a place's name that opens a longer one ("Berlin Wall").
  const words = after[0].toLowerCase().split(/[ \t]+/);
  const runEnd = end + conj[0].length + after[0].length;
  const whole = NAME_STOPS.test(text.slice(runEnd, runEnd + 3));
  for (let k = words.length; k >= 1; k--) {
    if ((k === words.length ? whole : words[k - 1].endsWith('.')) && PLACES.has(normPlace(words.slice(0, k).join(' ')))) return true;
  }
  return false;
}

/** Verbs of going or being sent somewhere, before "to": "fled to Qollby", "returned to Qollby". */
const WHITHER_VERBS = new Set(`travelled traveled travelling traveling sailed flew fled emigrated immigrated journeyed
returned returning relocated deported exiled banished evacuated`.split(/\s+/));
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its']);

/**
 * "fled to Qollby", "returned to Qollby", "his native Qollby": where someone goes, is sent or was born. (Not "moved to"
 * or "went to": a new job or a school as often.)
 */
export function whitherCue(text: string, start: number): boolean {
  const pv = prevWord(text, start);
  if (!pv || (pv.lower !== 'to' && pv.lower !== 'native')) return false;
  const p2 = prevWord(text, pv.start);
  return !!p2 && (pv.lower === 'to' ? WHITHER_VERBS.has(p2.lower) : POSSESSIVE_DETERMINERS.has(p2.lower));
}

/**
 * A town's slot after the name ending at `end`: a comma, then one or two words that name a place of the gazetteer
 * (only a region or a country when `regionOnly`: "…, Ohio,", "…, New Hampshire.") or a state's news-style abbreviation, then
 * punctuation.
 */
export function townSlot(text: string, end: number, regionOnly: boolean): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const nx = nextWord(text, end + 1);
  if (!nx || !isUpperAt(text, nx.start)) return false;
  // "Dorvale, Mass., …", "Dorvale, N.C.": a state's news-style abbreviation with its period.
  if (stateAbbreviationAt(text, nx.start)) return true;
  const endsAt = (e: number) => { const c = text.charCodeAt(e); return Number.isNaN(c) || c === 44 || c === 46 || c === 59 || c === 41 || c === 10; };
  const known = (phrase: string) => {
    const p = normPlace(phrase);
    if (!regionOnly) return PLACES.has(p);
    const tier = placeTier(p);
    return tier === 'region' || tier === 'country';
  };
  if (endsAt(nx.end) && known(nx.lower)) return true;
  const two = nextWord(text, nx.end);
  return !!two && isUpperAt(text, two.start) && endsAt(two.end) && known(`${nx.lower} ${two.lower}`);
}

/**
 * "according to Qollvex", "told Qollvex", "an interview with Qollvex", "Qollvex reported": where news names its
 * sources, outlets and pollsters above all. People are told things too, so this only types a single word nothing
 * else types or links to a person (a surname alone is rarely met before its full name).
 */
export function sourceCue(text: string, start: number, end: number): boolean {
  const pv = lowerAt(text, skipSpaces(text, start - 1, -1)) ? prevWord(text, start) : null;
  if (pv) {
    if (pv.lower === 'told') return true;
    // "first reported by Qollvex", "a debate hosted by Qollvex": a name after such a participle and "by".
    if (pv.lower === 'by') {
      const p2 = prevWord(text, pv.start);
      if (p2 && BY_SOURCE_VERBS.has(p2.lower)) return true;
    }
    if (pv.lower === 'to' || pv.lower === 'with') {
      const p2 = prevWord(text, pv.start);
      if (p2 && (pv.lower === 'to' ? p2.lower === 'according' : p2.lower === 'interview' || p2.lower === 'interviews')) return true;
    }
    // "a spokeswoman for Qollvex": a body's voice (a candidate has one too, hence only here).
    if (pv.lower === 'for') {
      const p2 = prevWord(text, pv.start);
      if (p2 && SPOKES_NOUNS.has(p2.lower)) return true;
    }
    // "she joined Qollvex in 2015": an employer.
    if (pv.lower === 'joined' || pv.lower === 'joins') return true;
  }
  if (!lowerAt(text, skipSpaces(text, end, 1))) return false;
  const nx = nextWord(text, end);
  if (nx === null) return false;
  if (nx.lower !== 'reported' && nx.lower !== 'reports') return false;
  // After a capitalised word ("Western Journalism reported") the word is the end of a longer name.
  const before = prevWord(text, start);
  return before === null || before.lower === 'the' || !isUpperAt(text, before.start);
}

const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);
/** What a body says things in: "X said in a statement", "… in a news release" ("news" is read as the noun's word). */
const STATEMENT_NOUNS = new Set(['statement', 'release', 'news', 'press', 'filing', 'communique', 'communiqué']);

/** Participles before "by" whose agent is an outlet or a pollster more often than a person. */
const BY_SOURCE_VERBS = new Set(['reported', 'published', 'hosted', 'broadcast', 'aired', 'conducted', 'commissioned', 'sponsored', 'owned']);

/**
 * "Qollvex said in a statement", "… said in a news release": what a body issues, also at a sentence's start (where
 * news puts it). People issue statements too, so like sourceCue this only types a single word nothing else types or
 * links to a person; not a plural ("Officials said in a statement").
 */
export function statementCue(text: string, start: number, end: number): boolean {
  if (!lowerAt(text, skipSpaces(text, end, 1))) return false;
  const nx = nextWord(text, end);
  if (!nx || (nx.lower !== 'said' && nx.lower !== 'says')) return false;
  if (/(?:ies|ers|ists|ans|ants|ents|ors|[^s]s)$/.test(text.slice(start, end).toLowerCase())) return false;
  // "In a statement, Qollvex said …": the statement named first.
  if (STATEMENT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const n2 = nextWord(text, nx.end);
  const n3 = n2 && n2.lower === 'in' ? nextWord(text, n2.end) : null;
  const n4 = n3 && (n3.lower === 'a' || n3.lower === 'its') ? nextWord(text, n3.end) : null;
  return !!n4 && STATEMENT_NOUNS.has(n4.lower);
}

/** Lower-case nouns after a name for the people who speak or sit for a body: "Qollvex spokesman", "Qollvex lawmakers". */
const VOICE_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'lawmakers', 'legislators', 'leader', 'leaders', 'members',
  // A body's armed men or envoys: "Qollvex fighters", "Qollvex negotiators".
  'fighters', 'militants', 'gunmen', 'rebels', 'guerrillas', 'commanders', 'negotiators', 'delegates', 'staffers']);

/**
 * "Qollvex spokesman Tom Reed", "Qollvex lawmakers": a body's voices. A candidate has them too ("Roe spokesman"), so
 * like sourceCue this only types a single word nothing else types or links to a person.
 */
export function voiceCue(text: string, end: number): boolean {
  return voiceNoun(text, end) !== null;
}

/**
 * "Qollvex spokesman Tom Reed said" opening a sentence: of a body's voices only its spokespeople, whose noun names no
 * one's family or party ("Family members", "Party leaders" open sentences as common words).
 */
export function spokesCue(text: string, end: number): boolean {
  const nx = voiceNoun(text, end);
  return nx !== null && SPOKES_NOUNS.has(nx);
}

/** The voice noun right after `end` in lower case, or null. */
function voiceNoun(text: string, end: number): string | null {
  if (!lowerAt(text, skipSpaces(text, end, 1))) return null;
  const nx = nextWord(text, end);
  return nx !== null && VOICE_NOUNS.has(nx.lower) ? nx.lower : null;
}
