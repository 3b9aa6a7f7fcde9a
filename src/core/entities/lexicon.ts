// General English word lists for the rule-based entity pass. Nothing here comes from any evaluation
// article: honorifics, role nouns, organization heads; given names and places come from data packages through
// src/core/lexicon (generated tables, parsed on first use).
import { givenNameGender } from '../lexicon/givenNames';
import { isDemonymName, isPlaceName, isPlacePhraseFirst, placeTier } from '../lexicon/places';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Membership test shared by hand sets and generated tables. */
export interface Lookup { has(word: string): boolean }

/** Honorifics: gender (m/f/x) when they carry one. Stored without the period. */
/** Last words of a newspaper's title, which name it alone after its full name ("the Post", "the Times"). */
export const NEWSPAPER_TITLE_WORDS = set(`post times journal globe herald tribune gazette sun star mail express mirror telegraph
chronicle examiner inquirer courier sentinel dispatch bulletin observer`);

export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | 'x'> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'], ['dame', 'f'], ['lady', 'f'], ['lord', 'm'],
  ['dr', 'x'], ['prof', 'x'], ['professor', 'x'], ['rev', 'x'], ['reverend', 'x'], ['father', 'm'], ['sister', 'f'],
  ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['pope', 'm'], ['sheikh', 'm'], ['rabbi', 'x'],
  // French, German, Spanish and Italian ones, met in English text before foreign names.
  ['monsieur', 'm'], ['madame', 'f'], ['mademoiselle', 'f'], ['mme', 'f'], ['mlle', 'f'], ['herr', 'm'], ['frau', 'f'],
  ['señor', 'm'], ['señora', 'f'], ['señorita', 'f'], ['signor', 'm'], ['signora', 'f'],
]);

/** Title words that can stand before a person's name ("Sen. Warren", "Secretary of State Antony Blinken"). */
export const TITLE_WORDS = set(`
president vice prime minister secretary deputy assistant undersecretary under chief senator sen rep representative gov
governor lt mayor judge justice general gen col colonel adm admiral maj major capt captain sgt sergeant cmdr commander
director chairman chairwoman chairperson chair speaker leader ambassador administrator mp mep dj attorney commissioner spokesman spokeswoman
spokesperson officer executive ceo cfo coo founder cofounder co-founder treasurer envoy chancellor premier delegate
congressman congresswoman councilman councilwoman councilor councillor alderman sheriff superintendent inspector
detective det atty supt insp hon pres nominee candidate host anchor correspondent editor publisher legislator lawmaker
president-elect lady whip marshal secretary-general dean provost principal coach manager owner adviser advisor
aide strategist economist pollster analyst lawyer professor prof dr mr mrs ms miss sir dame lord rev reverend father
sister king queen prince princess pope sheikh rabbi ayatollah emir crown pastor archbishop imam cardinal
emperor empress tsar tsarina tsarevna tsarevich czar czarina kaiser
assemblyman assemblywoman assemblymember actress actor singer rapper comedian
supervisor comptroller auditor magistrate trustee selectman selectwoman vice-president governor-elect counsel
editor-in-chief commander-in-chief attorney-general solicitor-general surgeon-general inspector-general director-general
coroner recorder assessor registrar constable prosecutor
presidents senators sens ministers governors representatives reps justices judges
`);

/** Role nouns: the head of a title, and what a nominal mention ("the senator") may name. */
export const ROLE_NOUNS = set(`
president minister secretary senator governor mayor judge justice general colonel admiral director chairman chairwoman
chair speaker leader ambassador attorney commissioner spokesman spokeswoman spokesperson officer executive ceo founder
treasurer envoy chancellor premier congressman congresswoman councilman councilwoman sheriff superintendent inspector
detective nominee candidate host anchor correspondent editor publisher whip coach manager owner adviser advisor aide
strategist economist pollster analyst lawyer professor representative rep sen gov lt king queen prince princess pope
businessman businesswoman billionaire narrator announcer moderator reporter columnist writer author researcher scientist
historian physicist scholar activist organizer chief deputy diplomat lawmaker legislator official administrator counsel prosecutor
governor-elect president-elect vice-president dean provost principal actor actress singer rapper star commentator
supervisor comptroller auditor magistrate trustee selectman selectwoman
`);

/** Lower-case words that may sit inside a title before a name ("White House press secretary Josh Earnest"). */
export const TITLE_MODIFIERS = set(`
former acting interim incoming outgoing retired late then current longtime veteran top senior junior chief deputy
assistant associate executive vice press presidential vice-presidential campaign party national state federal foreign
defense defence security police fire health finance economic trade interior justice home homeland energy education
political communications legislative democratic republican independent majority minority ranking general managing
news radio television tv talk show radio-show policy legal special principal chief-of-staff staff council city county
district regional local international global world white house senate congressional ad debate
`);

/** Words that complete "Secretary of …", "Minister of …" inside a title. */
export const DEPARTMENT_WORDS = set(`
state defense defence foreign affairs finance treasury justice interior health human services homeland security
commerce labor labour energy education agriculture transportation transport housing urban development veterans
environment trade industry economy home office war navy army air force staff unification information culture
public works the and
`);

/**
 * Firms' legal forms, as business news writes them after the name ("Kelmar AG", "Vantor S.p.A.", "Dalgren Cos."):
 * organization heads, and a possessive before one is inside the firm's name ("Dalgren's Inc.").
 */
export const FIRM_FORMS = set(`
inc corp co ltd plc llc cos lp llp l.p ag a.g gmbh s.a sa s.p.a spa n.v nv b.v bv oy oyj ab s.a.b cie bhd pty
`);

/** The same legal forms written out, which end a firm's name as the abbreviations do ("Qollvex Corporation"). */
export const FIRM_FORMS_WRITTEN = set('corporation company incorporated limited');

export const ORG_HEADS = new Set([...FIRM_FORMS, ...set(`
party committee department ministry university college school institute institution inc corp corporation co company
companies llc ltd plc group bank news times post journal herald tribune gazette review magazine press network networks
council agency foundation association society commission board bureau office service services administration authority
campaign center centre church court congress senate house assembly parliament army navy force forces corps police union
league federation alliance coalition club fund trust endowment partners associates holdings industries airlines airways
motors systems technologies labs laboratories hospital clinic museum library caucus watch project initiative channel
radio television tv broadcasting studios pictures records entertainment media monitor observer daily weekly enterprises
organization organisation nations cabinet government guard reserve pac council commission tribunal academy team brigade
battalion regiment command bloc front movement secretariat conference forum exchange capital securities ventures
consulting solutions communications electric energy oil petroleum pharmaceuticals insurance mutual bancorp fed
star sun mail globe express mirror telegraph chronicle examiner inquirer courier sentinel dispatch bulletin
camp partnership partnerships laboratory subcommittee healthcare resources embassy consulate strategies mining
coal chemical chemicals foods brands logistics software telecom telecommunications railways railroad shipping
publishing books images apparel automotive aerospace minerals metals pharma fc afc rovers wanderers international
panel taskforce directorate inspectorate register insider brothers
consortium syndicate cooperative guild brotherhood militia orchestra choir seminary conservatory polytechnic
confederation cartel airline brigades observatory research organizations organisations chamber diocese archdiocese
computer computers scientific instruments electronics semiconductor semiconductors
institutes academies scouts chiefs
brewing brewery breweries worldwide investors financial realty properties stores restaurants resorts legislature
beacon ledger enquirer courant picayune
newsroom newsdesk aviation
`)]);


/**
 * Single names of institutions whose head word is not an organization head: government seats, news agencies,
 * international bodies and armed or political movements that world news names by one word (firms come from the
 * company list of lexicon/companies.ts).
 */
export const INSTITUTIONS = set(`
pentagon kremlin congress senate parliament vatican nato interpol politifact reuters bloomberg twitter facebook google
microsoft apple amazon youtube instagram netflix
xinhua interfax kyodo yonhap itar-tass tass bernama
europol frontex opec unesco unicef fifa uefa greenpeace oxfam
hamas hezbollah taliban fatah al-qaeda al-shabaab
`);

/** Words that make a capitalised run something other than an entity (laws, events, days). */
export const MISC_HEADS = set(`
act acts amendment bill law treaty accord accords agreement award awards prize war wars day eve night week month year
festival olympics games cup series summit convention election elections primary primaries debate debates doctrine
plan program programme index era age revolution crisis scandal report assessment survey study poll reform reforms
pact charter resolution medal grant grants holiday recession depression trophy
`);

/** Place cues inside a name run. */
export const PLACE_HEADS = set(`
street avenue road boulevard square park river lake mountain mountains island islands bay valley county province
city town village district region peninsula sea ocean strait straits coast gulf airport station bridge atoll reef canyon desert
harbor harbour beach falls springs heights hills forest palace monument memorial stadium arena cathedral mosque
temple plaza republic kingdom isle cape emirate principality commonwealth archipelago vale area territory prefecture
governorate borough township municipality zone belt side basin plateau glacier lagoon highlands plains wetlands estuary steppe
shelf creek canal peak fjord volcano ridge cove highway freeway expressway motorway parkway port
`);

/**
 * Common English words that open a sentence with a capital letter in front of a name without being part of it:
 * imperatives ("Follow", "Let"), determiners and pronouns ("Everything"), sentence adverbs and a few adjectives
 * ("Fellow", "Dear"). General vocabulary, no names.
 */
export const OPENERS = set(`
let follow meet watch see read ask tell thank thanks imagine remember consider take make get give keep look listen
join vote call send help stop note check sign subscribe contact email visit like share click try welcome say blame
forget trust believe elect support congratulations
everything nothing something anything everyone everybody nobody someone anybody whatever whenever wherever
fellow dear rival radical sadly thankfully fortunately unfortunately clearly obviously surely
certainly especially apparently hopefully luckily ironically interestingly notably frankly honestly basically
yes no not why even only just so very too also neither either notice hold poor total ethnic preliminary
two three four five six seven eight nine ten eleven twelve twenty hundreds thousands dozens
`);

/** Countries, regions and cities (the generated gazetteer, src/core/lexicon/places.ts): a place by its name alone. */
export const PLACES: Lookup = { has: isPlaceName };

/** Multi-word places ("new york", "middle east"), lower case, periods kept as written or dropped. */
export const PLACE_PHRASES: Lookup = { has: isPlaceName };

/** Nationality, party, religious and compass adjectives: capitalised but not entities by themselves. */
const HAND_DEMONYMS = set(`
american americans british chinese japanese korean koreans russian russians french german germans italian spanish
mexican mexicans canadian canadians indian iranian iranians iraqi israeli israelis palestinian palestinians syrian
ukrainian turkish saudi egyptian european europeans african asian arab arabs muslim muslims christian christians
jewish jews catholic catholics protestant evangelical evangelicals latino latinos latina hispanic hispanics black white
democrat democrats democratic republican republicans gop libertarian libertarians conservative conservatives liberal
liberals progressive progressives western eastern northern southern north south east west soviet afghan pakistani
indonesian filipino vietnamese thai australian brazilian argentine cuban venezuelan colombian nigerian kenyan
english scottish irish welsh dutch swiss swedish norwegian danish finnish polish greek austrian belgian portuguese
taiwanese nordic baltic atlantic pacific texan californian floridian virginian yorkers washingtonian
islamic islamist islamists jihadist jihadists sunni shiite kurdish
philippine filipina filipinos kazakh kazakhs uzbek uzbeks turkmen tajik tajiks azeri azeris serb serbs croat croats slovak
slovaks nepali nepalese emirati emiratis yemeni yemenis tibetan tibetans uyghur uyghurs uighur uighurs chechen chechens
bavarian tamils kashmiri kashmiris pashtun pashtuns baloch kosovar ecuadorian argentinian argentinians
`);
/** The hand list above and the generated demonyms ("Malawian", "North Korean"). */
export const DEMONYMS: Lookup = { has: (w) => HAND_DEMONYMS.has(w) || isDemonymName(w) };

/**
 * Languages whose name is no resident's word (those are demonyms: "English", "French"): "taught in Arabic", "a
 * Swahili word" name no place, body or person.
 */
export const LANGUAGE_NAMES = set(`
arabic swahili mandarin cantonese hebrew latin farsi persian urdu hindi pashto dari bengali tagalog yiddish esperanto
gaelic creole tamil punjabi amharic catalan basque malay sanskrit hausa yoruba zulu xhosa afrikaans flemish
`);

/** Common words that open sentences with a capital letter and are not names. */
export const STOPWORDS = set(`
a an the this that these those there here it its he she his her him they them their we our us you your i me my mine
and but or nor so yet for if when while after before since because although though as at by in on of to from with
without within into onto over under about above below between among through during until upon against across along
around behind beyond near not no yes all any both each every few many more most much other some such one two three
what which who whom whose why how where whether once then than also even just only still already again ever never
now today yesterday tomorrow tonight meanwhile however moreover instead indeed perhaps maybe besides nevertheless
asked according earlier later last next first second third finally despite including like unlike following given
mr mrs ms dr photo photos video watch read click sign share related update updated editor note advertisement
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
is are was were be been being has have had do does did will would shall should can could may might must
said says say told tells asked added noted according
i'm i've i'd i'll it's he's she's we're they're that's there's what's let's don't didn't doesn't can't won't
oh well okay ok thanks thank please sorry hey hi hello dear yeah
experts officials critics supporters analysts sources observers voters people police another several others
someone everyone anyone nobody no-one none whoever authorities protesters residents democrats republicans
clarification correction corrections abstract caption transcript advertisement sponsored breaking exclusive
`);

export const MONTHS_DAYS = set(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter thanksgiving
`);

/** Reporting verbs that follow a speaker's name ("Trump said"). */
export const SPEECH_VERBS = set(`
said says say told tells asked asks added adds noted notes wrote writes stated states explained explains argued argues
claimed claims insisted insists warned warns declared declares announced announces replied replies responded responds
tweeted tweets called calls suggested suggests continued continues recalled recalls acknowledged acknowledges admitted
admits pressed urged urges confirmed confirms denied denies spoke speaks criticized criticizes praised praises
described describes testified testifies predicted predicts observed observes remarked remarks countered counters
contended contends complained complains joked jokes laughed shouted yelled cried agreed agrees disagreed
believes believed thinks thought wants wanted has had is was will would
`);

/** Plural nouns that, as speakers, name a vague group ("officials said"), which stays unresolved. */
export const VAGUE_SPEAKERS = set(`
source sources official officials person people someone somebody one ones who which that it they this those these
experts expert critics critic analysts analyst observers observer witnesses witness residents resident others other
many some few several aides aide insiders insider spokesperson
`);

export const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/** Role nouns that carry a gender. */
export const GENDERED_ROLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['chairman', 'm'], ['chairwoman', 'f'], ['spokesman', 'm'], ['spokeswoman', 'f'], ['congressman', 'm'],
  ['congresswoman', 'f'], ['businessman', 'm'], ['businesswoman', 'f'], ['councilman', 'm'], ['councilwoman', 'f'],
  ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['actor', 'm'], ['actress', 'f'],
]);

/** Abbreviated titles and the role noun a nominal uses for them ("Sen." → "the senator"). */
export const TITLE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'], ['lt', 'lieutenant'],
  ['col', 'colonel'], ['adm', 'admiral'], ['pres', 'president'], ['atty', 'attorney'], ['congressman', 'representative'],
  ['congresswoman', 'representative'], ['chairwoman', 'chairman'], ['chair', 'chairman'], ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'], ['ceo', 'executive'], ['nominee', 'candidate'], ['candidate', 'nominee'],
]);

/** Particles inside a name ("de Blasio", "van der Berg", "St. Louis"). */
/** Generations after a person's name ("Jr.", "III"): part of the name, never its surname. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** The two US parties' words, which describe a body or a person after them ("a Republican Congress", "GOP Sen. X"). */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['democratic', 'republican', 'gop', 'democrat']);
export const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'ben', 'st.']);
/** Lower-case words that may join the words of an organization name ("Bank of America"). */
export const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on']);

// Word-list membership as bits, computed once per distinct word: the rules ask the same lists about the same token
// many times, and a bit test costs far less than hashing a fresh string into several sets.
// Bits 0-7 are also kept for the word without its trailing period, 15 bits higher ("Sen." → "sen").
export const LX_STOP = 1 << 0;
export const LX_TITLE = 1 << 1;
export const LX_HONORIFIC = 1 << 2;
export const LX_ORG_HEAD = 1 << 3;
export const LX_MALE_NAME = 1 << 4;
export const LX_MONTH_DAY = 1 << 5;
export const LX_MISC_HEAD = 1 << 6;
export const LX_FEMALE_NAME = 1 << 7;
/** In PLACES once periods are dropped ("U.S." → "us"). */
export const LX_PLACE = 1 << 8;
export const LX_DEMONYM = 1 << 9;
export const LX_PLACE_HEAD = 1 << 10;
export const LX_PARTICLE = 1 << 11;
export const LX_CONNECTOR = 1 << 12;
export const LX_MALE_PRONOUN = 1 << 13;
export const LX_FEMALE_PRONOUN = 1 << 14;
export const LX_BARE = 15;
const BARE_MASK = 0xff;
/** A capitalised function word the tokenizer drops unless a capitalised word follows ("The", "But"). */
export const LX_SKIPPABLE = 1 << 23;
/** First word of a multi-word place ("new" of "new york"), with or without its periods. */
export const LX_PHRASE_FIRST = 1 << 24;
/** A common word that may open a sentence before a name (OPENERS). */
export const LX_OPENER = 1 << 25;
/** A given name of either gender ("Jordan"), or of a known one (with LX_MALE_NAME or LX_FEMALE_NAME). */
export const LX_GIVEN = 1 << 26;
/** A town or minor district: a place only where the context says so ("in Kent"). */
export const LX_TOWN = 1 << 27;

/**
 * Words that are names of things, not given names, whatever the name lists say ("Will", "Grant", "Major"). "Bill"
 * stays a given name: as a law it ends a run ("Farm Bill"), as a name it opens one ("Bill Clinton").
 */
const NOT_GIVEN: Lookup = {
  has: (w) => STOPWORDS.has(w) || MONTHS_DAYS.has(w) || TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || ORG_HEADS.has(w) ||
    PLACE_HEADS.has(w) || (MISC_HEADS.has(w) && w !== 'bill') || HAND_DEMONYMS.has(w) || OPENERS.has(w) || COMMON_GIVEN.has(w),
};
/** Given names that are far more often common words in news text. */
const COMMON_GIVEN = set(`
will may hope grant rose art page summer april june august christian king north star joy faith sandy dawn guy
major rich sunny chase price rush young long green brown gay sterling royal early lane miles
`);

/**
 * Answers already found, across documents (bounded, like placeTier's): merging and emitPerson ask again about the same
 * words for every mention, and each new answer costs ten set lookups and two binary searches over the name lists.
 */
const GIVEN_CACHE = new Map<string, 'm' | 'f' | 'x' | null>();

/** 'm', 'f', 'x' (either) for a given name, undefined otherwise. */
export function givenName(lower: string): 'm' | 'f' | 'x' | undefined {
  let g = GIVEN_CACHE.get(lower);
  if (g === undefined) {
    g = NOT_GIVEN.has(lower) ? null : givenNameGender(lower) ?? null;
    if (GIVEN_CACHE.size >= 50000) GIVEN_CACHE.clear();
    GIVEN_CACHE.set(lower, g);
  }
  return g ?? undefined;
}

function lexBits(w: string): number {
  let f = 0;
  if (STOPWORDS.has(w)) f |= LX_STOP;
  if (TITLE_WORDS.has(w)) f |= LX_TITLE;
  if (HONORIFICS.has(w)) f |= LX_HONORIFIC;
  if (ORG_HEADS.has(w)) f |= LX_ORG_HEAD;
  const tier = placeTier(w.includes('.') ? w.replace(/\./g, '') : w);
  // ("Latina": a resident's word a town's name spells too is the resident's word, "a wise Latina", "Latina magazine".)
  if (tier !== undefined && !(tier !== 'country' && tier !== 'region' && HAND_DEMONYMS.has(w))) f |= tier === 'town' ? LX_TOWN : LX_PLACE;
  if (MONTHS_DAYS.has(w)) f |= LX_MONTH_DAY;
  if (MISC_HEADS.has(w)) f |= LX_MISC_HEAD;
  if (DEMONYMS.has(w)) f |= LX_DEMONYM;
  if (PLACE_HEADS.has(w)) f |= LX_PLACE_HEAD;
  const given = givenName(w);
  if (given === 'm') f |= LX_MALE_NAME;
  else if (given === 'f') f |= LX_FEMALE_NAME;
  if (given !== undefined) f |= LX_GIVEN;
  if (PARTICLES.has(w)) f |= LX_PARTICLE;
  if (CONNECTORS.has(w)) f |= LX_CONNECTOR;
  if (MALE_PRONOUNS.has(w)) f |= LX_MALE_PRONOUN;
  if (FEMALE_PRONOUNS.has(w)) f |= LX_FEMALE_PRONOUN;
  return f;
}

/** Capitalised function words that lead nowhere (pronouns stay: they are read as such). */
const SKIPPABLE = new Set([...STOPWORDS].filter((w) => !MALE_PRONOUNS.has(w) && !FEMALE_PRONOUNS.has(w) && !/^(mr|mrs|ms|dr)$/.test(w)));


const LEX_CACHE = new Map<string, number>();
/** Word-list bits of a lower-case word (see the LX_ constants). */
export function lexFlags(lower: string): number {
  let f = LEX_CACHE.get(lower);
  if (f === undefined) {
    const own = lexBits(lower);
    f = own | (((lower.charCodeAt(lower.length - 1) === 46 ? lexBits(lower.slice(0, -1)) : own) & BARE_MASK) << LX_BARE);
    if (SKIPPABLE.has(lower)) f |= LX_SKIPPABLE;
    if (isPlacePhraseFirst(lower) || isPlacePhraseFirst(lower.replace(/\./g, ''))) f |= LX_PHRASE_FIRST;
    if (OPENERS.has(lower)) f |= LX_OPENER;
    if (LEX_CACHE.size > 100000) LEX_CACHE.clear(); // bounded on huge, name-rich inputs
    LEX_CACHE.set(lower, f);
  }
  return f;
}

// Interned lower-case words. Every capitalised word of a document needs its lower-case form and its bits; a small
// open-addressing table keyed by a hash of the word's characters answers both without allocating a lower-case copy
// or hashing a fresh string into a Map. ASCII words only; the rest go through lexFlags.
const SLOTS = 1 << 15;
const SLOT_MASK = SLOTS - 1;
const internKeys: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const internHashes = new Int32Array(SLOTS);
const internBits = new Int32Array(SLOTS);
let internCount = 0;
/** The word-list bits of the word internLower returned last. */
export let internedLex = 0;

/**
 * The first slot for a word hash: its high bits after a multiplicative mix. The low bits of a ×31 polynomial hash
 * follow the last letters only, so words sharing an ending ("-son", "-ton") piled into long probe chains.
 */
const slotOf = (h: number): number => (Math.imul(h, 0x9e3779b1) >>> 17) & SLOT_MASK;

/** The lower-case form of an ASCII word (the same string object for the same word), or null for other words. */
export function internLower(raw: string): string | null {
  let h = 0;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  let slot = slotOf(h);
  for (let k = internKeys[slot]; k !== undefined; k = internKeys[slot]) {
    if (internHashes[slot] === h && k.length === n && sameLower(k, raw)) {
      internedLex = internBits[slot];
      return k;
    }
    slot = (slot + 1) & SLOT_MASK;
  }
  if (internCount >= SLOTS >> 1) {
    // Full enough to slow probing: start over (only on huge, name-rich inputs).
    internKeys.fill(undefined);
    internCount = 0;
    slot = slotOf(h);
  }
  const lower = raw.toLowerCase();
  internKeys[slot] = lower;
  internHashes[slot] = h;
  internedLex = internBits[slot] = lexFlags(lower);
  internCount++;
  return lower;
}

function sameLower(lower: string, raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (lower.charCodeAt(i) !== c) return false;
  }
  return true;
}

/** Words that make "Chief" an office: "Chief Executive", "Chief Operating (Officer)". */
export const CHIEF_OFFICES: ReadonlySet<string> = new Set(['executive', 'operating', 'financial', 'technology']);
