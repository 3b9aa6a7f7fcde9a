// General English word lists for the rule-based entity pass. Nothing here comes from any evaluation
// article: common given names, honorifics, role nouns, organization heads and a small world gazetteer.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Common English given names, by the gender a pronoun would usually follow. */
export const MALE_NAMES = set(`
aaron adam adrian al alan albert alex alexander alfred andrew andy anthony antonio arthur austin barack barry ben benjamin
bernard bernie bill billy bob bobby brad bradley brandon brian bruce bryan carl carlos charles charlie chris christopher chuck
clarence colin craig dale dan daniel danny darrell dave david dean dennis derek dick don donald doug douglas duncan dwight
ed eddie edward eric ernest eugene evan frank franklin fred frederick gary gene geoffrey george gerald glenn gordon graham
greg gregory harold harry henry herbert howard hugh ian isaac jack jacob jake james jamie jason jay jeff jeffrey jeremy jerry
jesse jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh joshua juan justin keith ken kenneth kevin kyle
larry lawrence leo leonard lewis lloyd louis luis luke malcolm marco mario mark martin matt matthew max michael mick mike
mitch mitchell nathan neil nicholas nick noah norman oliver oscar patrick paul pete peter phil philip ralph randy ray raymond
reggie richard rick rob robert roger ron ronald ross roy russell ryan sam samuel scott sean seth shawn stanley stephen steve
steven stuart ted terry theodore thomas tim timothy todd tom tommy tony travis trevor troy tyler victor vincent wade walter
warren wayne wesley will william willie zach zachary vladimir xi boris emmanuel angelo giuseppe hans karl jean pierre
mohammed muhammad ahmed ali omar hassan ibrahim mustafa abdul yusuf ivan dmitry sergei igor mikhail hiroshi kenji
`);

export const FEMALE_NAMES = set(`
abigail alice alicia alison allison amanda amber amy andrea angela anita ann anna anne annie april ashley barbara betty
beth betsy beverly brenda bridget brittany candace carla carmen carol caroline carolyn catherine cathy charlotte cheryl
christina christine cindy claire clara claudia colleen connie courtney crystal cynthia dana danielle debbie deborah debra
denise diana diane donna dorothy edith eileen elaine eleanor elizabeth ellen emily emma erica erin eva evelyn faith
florence frances gabrielle gail gina gloria grace hannah heather heidi helen hillary holly irene jackie jacqueline jane
janet janice jean jennifer jenny jessica jill joan joanne jodi josephine joy joyce judith judy julia julie karen kate
katherine kathleen kathryn kathy katie kay kelly kimberly kristen laura lauren leslie lily linda lisa lois loretta
lori lucy lydia lynn margaret maria marie marilyn martha mary maxine megan melanie melissa meredith michelle monica
nancy natalie nicole nina nora olivia pamela patricia paula pauline peggy penny phyllis rachel rebecca regina rita
roberta rose rosemary ruth sally samantha sandra sara sarah sharon sheila shirley stephanie sue susan suzanne sylvia
tammy teresa theresa tiffany tina tracy valerie vanessa victoria virginia wanda wendy yvonne zoe angela marine theresa
ursula kamala nikki condoleezza sonia elena ruth hope madeleine
`);

/** Honorifics: gender (m/f/x) when they carry one. Stored without the period. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | 'x'> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'], ['dame', 'f'], ['lady', 'f'], ['lord', 'm'],
  ['dr', 'x'], ['prof', 'x'], ['professor', 'x'], ['rev', 'x'], ['reverend', 'x'], ['father', 'm'], ['sister', 'f'],
  ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['pope', 'm'], ['sheikh', 'm'], ['rabbi', 'x'],
]);

/** Title words that can stand before a person's name ("Sen. Warren", "Secretary of State Antony Blinken"). */
export const TITLE_WORDS = set(`
president vice prime minister secretary deputy assistant undersecretary under chief senator sen rep representative gov
governor lt mayor judge justice general gen col colonel adm admiral maj major capt captain sgt sergeant cmdr commander
director chairman chairwoman chairperson chair speaker leader ambassador attorney commissioner spokesman spokeswoman
spokesperson officer executive ceo cfo coo founder cofounder co-founder treasurer envoy chancellor premier delegate
congressman congresswoman councilman councilwoman councilor councillor alderman sheriff superintendent inspector
detective det atty supt insp hon pres nominee candidate host anchor correspondent editor publisher
president-elect first lady whip marshal secretary-general dean provost principal coach manager owner adviser advisor
aide strategist economist pollster analyst lawyer professor prof dr mr mrs ms miss sir dame lord rev reverend father
sister king queen prince princess pope sheikh rabbi ayatollah emir crown
presidents senators sens ministers governors representatives reps
`);

/** Role nouns: the head of a title, and what a nominal mention ("the senator") may name. */
export const ROLE_NOUNS = set(`
president minister secretary senator governor mayor judge justice general colonel admiral director chairman chairwoman
chair speaker leader ambassador attorney commissioner spokesman spokeswoman spokesperson officer executive ceo founder
treasurer envoy chancellor premier congressman congresswoman councilman councilwoman sheriff superintendent inspector
detective nominee candidate host anchor correspondent editor publisher whip coach manager owner adviser advisor aide
strategist economist pollster analyst lawyer professor representative rep sen gov lt king queen prince princess pope
businessman businesswoman billionaire narrator announcer moderator reporter columnist writer author researcher scientist
historian physicist scholar activist organizer chief deputy diplomat lawmaker official administrator counsel prosecutor
governor-elect president-elect vice-president dean provost principal actor actress singer rapper star commentator
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

export const ORG_HEADS = set(`
party committee department ministry university college school institute institution inc corp corporation co company
companies llc ltd plc group bank news times post journal herald tribune gazette review magazine press network networks
council agency foundation association society commission board bureau office service services administration authority
campaign center centre church court congress senate house assembly parliament army navy force forces corps police union
league federation alliance coalition club fund trust endowment partners associates holdings industries airlines airways
motors systems technologies labs laboratories hospital clinic museum library caucus watch project initiative channel
radio television broadcasting studios pictures records entertainment media monitor observer daily weekly enterprises
organization organisation nations cabinet government guard reserve pac council commission tribunal academy team brigade
battalion regiment command bloc front movement secretariat conference forum exchange capital securities ventures
consulting solutions communications electric energy oil petroleum pharmaceuticals insurance mutual bancorp fed
camp partnership partnerships laboratory subcommittee healthcare resources embassy consulate strategies mining
`);

/** Single names of institutions whose head word is not an organization head. */
export const INSTITUTIONS = set(`
pentagon kremlin congress senate parliament vatican nato interpol politifact reuters bloomberg twitter facebook google
microsoft apple amazon youtube instagram netflix
`);

/** Words that make a capitalised run something other than an entity (laws, events, days). */
export const MISC_HEADS = set(`
act acts amendment bill law treaty accord accords agreement award awards prize war wars day eve night week month year
festival olympics games cup series summit convention election elections primary primaries debate debates doctrine
plan program programme index era age revolution crisis scandal report assessment survey study poll reform reforms
pact charter resolution medal grant grants holiday
`);

/** Place cues inside a name run. */
export const PLACE_HEADS = set(`
street avenue road boulevard square park river lake mountain mountains island islands bay valley county province
city town village district region peninsula sea ocean strait coast gulf airport station bridge atoll reef canyon desert
harbor harbour beach falls springs heights hills forest palace monument memorial stadium arena cathedral mosque
temple plaza republic
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

/** Countries, US states and major cities: a small general gazetteer (lower case, spaces between words). */
export const PLACES = set(`
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh
barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon
canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan
palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen
zambia zimbabwe tibet crimea gaza scotland wales england britain europe asia africa antarctica australasia america
us usa uk uae prc drc
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
london paris berlin madrid rome moscow beijing tokyo seoul pyongyang delhi mumbai shanghai tehran baghdad kabul
damascus cairo jerusalem istanbul ankara athens vienna brussels amsterdam geneva zurich stockholm oslo copenhagen
helsinki warsaw prague budapest kiev kyiv minsk riyadh dubai doha beirut amman islamabad karachi dhaka bangkok hanoi
manila jakarta sydney melbourne toronto ottawa montreal vancouver havana caracas lima bogota brasilia santiago
nairobi lagos johannesburg chicago boston philadelphia atlanta miami houston dallas denver seattle detroit phoenix
baltimore cleveland pittsburgh orlando tampa charlotte nashville memphis louisville milwaukee minneapolis portland
sacramento austin richmond brooklyn manhattan queens bronx harlem hollywood taipei singapore hongkong
`);

/** Multi-word places (lower case). */
export const PLACE_PHRASES = new Set([
  'north korea', 'south korea', 'new york', 'new jersey', 'new mexico', 'new hampshire', 'new zealand', 'north carolina',
  'south carolina', 'north dakota', 'south dakota', 'west virginia', 'rhode island', 'united states', 'united kingdom',
  'united arab emirates', 'saudi arabia', 'south africa', 'south sudan', 'sri lanka', 'costa rica', 'el salvador',
  'puerto rico', 'hong kong', 'new delhi', 'los angeles', 'san francisco', 'san diego', 'san antonio', 'las vegas',
  'new orleans', 'salt lake city', 'kansas city', 'st. louis', 'washington d.c.', 'washington dc', 'middle east',
  'latin america', 'north america', 'south america', 'central america', 'east asia', 'southeast asia', 'western europe',
  'eastern europe', 'east coast', 'west coast', 'great britain', 'soviet union', 'czech republic', 'dominican republic',
  'ivory coast', 'north macedonia', 'papua new guinea', 'sierra leone', 'burkina faso', 'cape verde', 'east timor',
  'silicon valley', 'wall street', 'capitol hill', 'the hague', 'west bank', 'gaza strip',
  'persian gulf', 'south china sea', 'korean peninsula', 'mexico city', 'rio de janeiro', 'buenos aires', 'tel aviv',
  'abu dhabi', 'kuala lumpur', 'cape town', 'st. petersburg', 'fort worth', 'new york city', 'long island',
]);

/** Demonyms and nationality/party adjectives: capitalised but not entities by themselves. */
export const DEMONYMS = set(`
american americans british chinese japanese korean koreans russian russians french german germans italian spanish
mexican mexicans canadian canadians indian iranian iranians iraqi israeli israelis palestinian palestinians syrian
ukrainian turkish saudi egyptian european europeans african asian arab arabs muslim muslims christian christians
jewish jews catholic catholics protestant evangelical evangelicals latino latinos latina hispanic hispanics black white
democrat democrats democratic republican republicans gop libertarian libertarians conservative conservatives liberal
liberals progressive progressives western eastern northern southern north south east west soviet afghan pakistani
indonesian filipino vietnamese thai australian brazilian argentine cuban venezuelan colombian nigerian kenyan
english scottish irish welsh dutch swiss swedish norwegian danish finnish polish greek austrian belgian portuguese
taiwanese nordic baltic atlantic pacific texan californian floridian virginian new yorkers washingtonian
islamic islamist islamists jihadist jihadists sunni shiite kurdish
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
someone everyone anyone nobody none whoever authorities protesters residents democrats republicans
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

function lexBits(w: string): number {
  let f = 0;
  if (STOPWORDS.has(w)) f |= LX_STOP;
  if (TITLE_WORDS.has(w)) f |= LX_TITLE;
  if (HONORIFICS.has(w)) f |= LX_HONORIFIC;
  if (ORG_HEADS.has(w)) f |= LX_ORG_HEAD;
  if (PLACES.has(w.includes('.') ? w.replace(/\./g, '') : w)) f |= LX_PLACE;
  if (MONTHS_DAYS.has(w)) f |= LX_MONTH_DAY;
  if (MISC_HEADS.has(w)) f |= LX_MISC_HEAD;
  if (DEMONYMS.has(w)) f |= LX_DEMONYM;
  if (PLACE_HEADS.has(w)) f |= LX_PLACE_HEAD;
  if (MALE_NAMES.has(w)) f |= LX_MALE_NAME;
  if (FEMALE_NAMES.has(w)) f |= LX_FEMALE_NAME;
  if (PARTICLES.has(w)) f |= LX_PARTICLE;
  if (CONNECTORS.has(w)) f |= LX_CONNECTOR;
  if (MALE_PRONOUNS.has(w)) f |= LX_MALE_PRONOUN;
  if (FEMALE_PRONOUNS.has(w)) f |= LX_FEMALE_PRONOUN;
  return f;
}

/** Capitalised function words that lead nowhere (pronouns stay: they are read as such). */
const SKIPPABLE = new Set([...STOPWORDS].filter((w) => !MALE_PRONOUNS.has(w) && !FEMALE_PRONOUNS.has(w) && !/^(mr|mrs|ms|dr)$/.test(w)));

const PHRASE_FIRST = new Set([...PLACE_PHRASES].map((p) => p.split(' ')[0]));

const LEX_CACHE = new Map<string, number>();
/** Word-list bits of a lower-case word (see the LX_ constants). */
export function lexFlags(lower: string): number {
  let f = LEX_CACHE.get(lower);
  if (f === undefined) {
    const own = lexBits(lower);
    f = own | (((lower.charCodeAt(lower.length - 1) === 46 ? lexBits(lower.slice(0, -1)) : own) & BARE_MASK) << LX_BARE);
    if (SKIPPABLE.has(lower)) f |= LX_SKIPPABLE;
    if (PHRASE_FIRST.has(lower) || PHRASE_FIRST.has(lower.replace(/\./g, ''))) f |= LX_PHRASE_FIRST;
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
  let slot = h & SLOT_MASK;
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
    slot = h & SLOT_MASK;
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
