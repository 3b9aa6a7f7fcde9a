// Places and demonyms: the generated gazetteer (countries, regions, cities, towns from maintained data packages)
// plus the few world regions no package lists. The generated tables are sorted strings searched in place: nothing
// is built per name, so the first lookup costs an offset scan, not tens of thousands of map entries.
import {
  CITY_NAMES, COUNTRY_NAMES, DEMONYM_NAMES, PLACE_MAX_WORDS, PLACE_PHRASE_FIRST, REGION_NAMES, TOWN_NAMES,
} from './gazetteer.generated';

/** How sure a name alone makes a place: towns ("Kent", "Police") need context such as "in Kent". */
export type PlaceTier = 'country' | 'region' | 'city' | 'town';

/** Continents, world regions and common short forms that no country or city package lists. */
export const WORLD_REGIONS: readonly string[] = [
  'europe', 'asia', 'africa', 'antarctica', 'australasia', 'oceania', 'america', 'americas', 'eurasia', 'scandinavia',
  'balkans', 'caucasus', 'caribbean', 'sahel', 'britain', 'england', 'scotland', 'wales', 'gaza', 'crimea', 'tibet', 'kosovo',
  'middle east', 'near east', 'far east', 'latin america', 'north america', 'south america', 'central america',
  'east asia', 'south asia', 'southeast asia', 'central asia', 'western europe', 'eastern europe', 'central europe',
  'north africa', 'west africa', 'east africa', 'southern africa', 'sub-saharan africa', 'horn of africa',
  'soviet union', 'west bank', 'gaza strip', 'persian gulf', 'south china sea', 'korean peninsula', 'silicon valley',
  'capitol hill', 'wall street', 'east coast', 'west coast', 'us', 'usa', 'uk', 'uae', 'prc', 'drc', 'dc',
];
/**
 * US state abbreviations of news style ("San Bernardino, Calif."), each with its state: only those that are no common
 * word, given name or other name ("Miss.", "Mass.", "Ind.", "Del.", "Tex.", "Ark." are left out).
 */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ariz', 'Arizona'], ['calif', 'California'], ['colo', 'Colorado'], ['conn', 'Connecticut'], ['fla', 'Florida'],
  ['okla', 'Oklahoma'], ['tenn', 'Tennessee'], ['wyo', 'Wyoming'], ['minn', 'Minnesota'], ['mich', 'Michigan'],
  ['wis', 'Wisconsin'], ['neb', 'Nebraska'], ['nev', 'Nevada'], ['ky', 'Kentucky'], ['vt', 'Vermont'],
  // Two-letter forms ("Raleigh, N.C."): the periods are dropped before the lookup, so "NC" is the state too.
  ['ny', 'New York'], ['nc', 'North Carolina'], ['sc', 'South Carolina'], ['nd', 'North Dakota'], ['sd', 'South Dakota'],
  ['nh', 'New Hampshire'], ['nj', 'New Jersey'], ['nm', 'New Mexico'], ['ri', 'Rhode Island'], ['wva', 'West Virginia'],
]);
/**
 * The state abbreviations left out above for being common words too ("Mass.", "Ill.", "Wash."): a state only in the
 * news style's own slot, after a town and a comma and before a period ("Randolph, Mass., …"; see names.ts).
 */
export const WORD_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['mass', 'Massachusetts'], ['ill', 'Illinois'], ['ala', 'Alabama'], ['wash', 'Washington'], ['ore', 'Oregon'],
  ['miss', 'Mississippi'], ['ind', 'Indiana'], ['del', 'Delaware'], ['tex', 'Texas'], ['ark', 'Arkansas'],
  ['kan', 'Kansas'], ['mont', 'Montana'], ['ga', 'Georgia'], ['md', 'Maryland'], ['pa', 'Pennsylvania'], ['va', 'Virginia'],
  ['mo', 'Missouri'],
]);
/**
 * US postal codes that are common words or other abbreviations too ("IN", "OR", "ME", "OK", "ID"): a state only in the
 * town-and-state slot, after a capitalised town and a comma ("Dorvale, OR, …"; see names.ts). The codes
 * STATE_ABBREVIATIONS or WORD_STATE_ABBREVIATIONS already spell out are left to them; "AL", "LA", "DE" (name
 * particles) and "CO" (a firm's form) are read before the slot is looked at, and are left out.
 */
export const SLOT_POSTAL_CODES: ReadonlyMap<string, string> = new Map([
  ['ak', 'Alaska'], ['ar', 'Arkansas'], ['ct', 'Connecticut'],
  ['hi', 'Hawaii'], ['id', 'Idaho'], ['il', 'Illinois'], ['in', 'Indiana'], ['ma', 'Massachusetts'],
  ['me', 'Maine'], ['ms', 'Mississippi'], ['mt', 'Montana'], ['ne', 'Nebraska'], ['oh', 'Ohio'], ['ok', 'Oklahoma'],
  ['or', 'Oregon'], ['ut', 'Utah'], ['wa', 'Washington'],
]);
/**
 * World names above that are states, by an abbreviation or a former name the country tables lack: a country's tier,
 * so that they stay places when the text makes them act ("the Soviet Union invaded …").
 */
const WORLD_COUNTRIES = new Set(['soviet union', 'uae', 'prc', 'drc']);
const WORLD = new Set(WORLD_REGIONS);
for (const a of STATE_ABBREVIATIONS.keys()) WORLD.add(a);
const WORLD_FIRST = new Set(WORLD_REGIONS.filter((r) => r.includes(' ')).map((r) => r.split(' ')[0]));

/** A word's hash for the name filter: FNV-1a over UTF-16 units, then a final mix so the top bits depend on every unit. */
function nameHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
}

/**
 * A sorted, '|'-separated list of names, binary-searched without slicing it. A bit per name hash answers first: most
 * words asked about are no name, and the binary searches of the four place tables cost a process more than the rest
 * of a new word's lookups.
 */
export class SortedNames {
  private starts: Int32Array | null = null;
  private filter: Int32Array = new Int32Array(1);
  /** 32 minus the filter's size in bits (a power of two): the hash's top bits pick the bit. */
  private shift = 27;

  constructor(private readonly joined: string) {}

  private index(): Int32Array {
    if (this.starts) return this.starts;
    const s = this.joined;
    let n = s.length > 0 ? 1 : 0;
    for (let i = s.indexOf('|'); i >= 0; i = s.indexOf('|', i + 1)) n++;
    const starts = new Int32Array(n + 1);
    let k = 0;
    if (n > 0) starts[k++] = 0;
    for (let i = s.indexOf('|'); i >= 0; i = s.indexOf('|', i + 1)) starts[k++] = i + 1;
    starts[n] = s.length + 1;
    // About 16 bits a name: one name in 16 or fewer that is not listed passes the filter.
    let bits = 5;
    while (1 << bits < n * 16 && bits < 30) bits++;
    this.shift = 32 - bits;
    this.filter = new Int32Array(1 << (bits - 5));
    for (let j = 0; j < n; j++) {
      const h = nameHash(s, starts[j], starts[j + 1] - 1) >>> this.shift;
      this.filter[h >>> 5] |= 1 << (h & 31);
    }
    return (this.starts = starts);
  }

  has(word: string): boolean {
    const starts = this.index();
    const h = nameHash(word, 0, word.length) >>> this.shift;
    if ((this.filter[h >>> 5] & (1 << (h & 31))) === 0) return false;
    const s = this.joined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = compareAt(s, starts[mid], starts[mid + 1] - 1, word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }
}

/** Compares s[from, to) with word by UTF-16 code units, as Array.prototype.sort ordered the list. */
function compareAt(s: string, from: number, to: number, word: string): number {
  const n = Math.min(to - from, word.length);
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(from + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return to - from - word.length;
}

const countries = new SortedNames(COUNTRY_NAMES);
const regions = new SortedNames(REGION_NAMES);
const cities = new SortedNames(CITY_NAMES);
const towns = new SortedNames(TOWN_NAMES);
const demonyms = new SortedNames(DEMONYM_NAMES);
const phraseFirst = new SortedNames(PLACE_PHRASE_FIRST);

/**
 * Answers already found, across documents (bounded): the same names and phrases come back in every article, and
 * four binary searches over the tables cost more than one map lookup.
 */
const TIERS = new Map<string, PlaceTier | null>();

/** The tier of a lower-case place name ("france", "new york", "kent"), periods dropped by the caller. */
export function placeTier(lower: string): PlaceTier | undefined {
  let t = TIERS.get(lower);
  if (t === undefined) {
    t = countries.has(lower) || WORLD_COUNTRIES.has(lower) ? 'country' : regions.has(lower) || WORLD.has(lower) ? 'region' : cities.has(lower) ? 'city' :
      towns.has(lower) ? 'town' : null;
    if (TIERS.size >= 50000) TIERS.clear();
    TIERS.set(lower, t);
  }
  return t ?? undefined;
}

/** A place by its name alone: a country, region or city; towns need context. */
export function isPlaceName(lower: string): boolean {
  const t = placeTier(lower);
  return t !== undefined && t !== 'town';
}

/** "french", "north korean", "americans". */
export function isDemonymName(lower: string): boolean {
  return demonyms.has(lower);
}

/** First word of a place name of two words or more ("new" of "new york"). */
export function isPlacePhraseFirst(lower: string): boolean {
  return phraseFirst.has(lower) || WORLD_FIRST.has(lower);
}

/** The longest place name, in words. */
export function longestPlaceWords(): number {
  return Math.max(PLACE_MAX_WORDS, 4);
}
