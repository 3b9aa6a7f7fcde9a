// Small hand tables of news-writing conventions around names that no data package lists. General English, nothing
// taken from any evaluation article; each table has a test in test/unit/lexicon.test.ts.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that label a picture credit or a source line ("Image: …", "Photo: …"): before a colon they end a name. */
export const CREDIT_LABELS = set(`
image images photo photos photograph picture pictures credit credits source sources video file caption courtesy
graphic graphics map illustration footage screenshot
`);

/**
 * Heads of buildings and sites (ACE/OntoNotes "facility"): "Johnson Space Center", "Metro Convention Centre", "Museum
 * of Flight". A name ending in one is a place; "center"/"centre" only when no "for"/"of" complement follows, which
 * names an institute ("Center for Strategic Studies").
 */
export const FACILITY_HEADS = set(`
museum museums planetarium hotel motel inn hall tower towers station terminal airport airfield stadium arena
ballpark gymnasium gym theatre theater cinema opera mall bridge tunnel dam pier wharf palace castle fortress fort
cathedral chapel mosque masjid temple synagogue shrine basilica abbey monastery cemetery mausoleum memorial monument statue
zoo aquarium gardens garden park plaza square complex campus prison jail penitentiary factory plant refinery mine room
center centre courthouse playhouse lighthouse auditorium coliseum colosseum amphitheatre amphitheater velodrome
racecourse racetrack speedway raceway hippodrome
`);

/**
 * Rooms and buildings named with a body's head: the head is the room's or the building's, a place, not an office or a
 * body ("the Oval Office", "the Dorvale Opera House"). The two last words of the name, lower case.
 */
const ROOM_NAMES = set('oval-office opera-house court-house custom-house customs-house meeting-house');

/** The two last words of a name, lower case, name a room ("… Oval Office"). */
export const roomName = (prev: string, head: string): boolean => ROOM_NAMES.has(`${prev}-${head}`);

/** Facility heads that name an institution when "for"/"of" follows ("Center for Disease Control"). */
export const FACILITY_HEADS_INSTITUTION_WITH_OF = set('center centre');

/**
 * Fields of study, as a degree, a chair or a course names them ("a degree in Linguistics", "majored in Economics"):
 * after "in" no place. Words ending in -ology, -onomy, -ography or -ics (not "Olympics", "Hispanics") are fields too
 * (academicField).
 */
const ACADEMIC_FIELDS = set(`
science sciences studies engineering history philosophy law medicine literature art arts music theology divinity
journalism education nursing pharmacy dentistry architecture design business management finance accounting marketing
chemistry biology biochemistry anatomy geology ecology psychology sociology anthropology archaeology physics
mathematics statistics economics linguistics politics government humanities classics rhetoric drama theatre theater
`);
const NOT_FIELDS = set('olympics paralympics hispanics baltics');

/** A field of study, lower case ("economics", "computer science" by its last word). */
export const academicField = (lower: string): boolean =>
  !NOT_FIELDS.has(lower) && (ACADEMIC_FIELDS.has(lower) || /^[a-z]{3,}(?:ology|onomy|ography|ics)$/.test(lower));

/**
 * Words before "in" whose complement is a field of study or a belief, not a place: "a degree in …", "majored in …",
 * "a chair in …", "believed in …".
 */
export const FIELD_BEFORE_IN = set(`
degree degrees major majors majored majoring minor minors minored minoring doctorate doctorates phd diploma diplomas
bachelor's master's bachelors masters ba bs ma msc bsc mba certificate professorship chair specializing specialising
specialized specialised believe believes believed believing believer believers belief faith
`);

/** Honours and degrees written after a name ("MP", "CBE", "PhD", "RA"): no part of it, and no body. */
export const POST_NOMINALS = set('mp mep msp qc kc cbe obe mbe kbe dbe gbe ra frs md phd dds rn esq ma mba bsc msc');

/** University systems named by an acronym before a campus's place ("UC Dorvale", "SUNY Dorvale"): the campus is a school. */
export const UNIVERSITY_SYSTEMS = set('uc csu suny cuny');

/** Fields of study and advocacy: a center named for one is an institute, not a building ("Dalmont Policy Center"). */
const CENTER_FIELDS = set('research policy studies survey legal law rights justice analysis polling statistics');

/** The two last words of a name, lower case, are a field and "center": "Varrin Research Center" is an institute. */
export const fieldCenter = (prev: string, head: string): boolean =>
  FACILITY_HEADS_INSTITUTION_WITH_OF.has(head) && CENTER_FIELDS.has(prev);

/**
 * All-capital words that are abbreviations of common things, not names of organizations: titles ("CEO", "POTUS",
 * "MP"), units and time zones ("GMT", "MPH"), common nouns ("VIP", "IQ", "TV", "GDP"), Latin and chat abbreviations.
 */
export const COMMON_ACRONYMS = set(`
ceo cfo coo cto cio vp evp svp md potus flotus scotus mp mep mla mpp pm am gmt utc bst est edt cst cdt pst pdt
mph kph km kg lb lbs ft vip iq tv dvd cd pc gdp gnp hiv aids dna rna ivf ipo faq diy asap aka fyi rip ok id pin atm
suv gps usb lcd led sms pdf url html www hq q&a qc kc ppe pr ad bc ce bce rsvp ps nb etc vs ltd plc inc llc jr sr phd
ba bsc ma msc mba md lol omg wtf ie eg pac lgbt lgbtq lgbtqia foia wwi wwii
ptsd adhd ocd std stds sids copd mri ct ekg ecg icu er or iv pvc lsat gre gmat dvr vcr rv vr atv uav ufo vat gst
hvac lte wifi qa ssn ssns gpa bmi
mfa bs nda ndas cpi psa psas smh msm imo tbh btw nsfw zip pic pics dm dms era
mvp rbi rbis
ngo ngos cctv ai hr gmo gmos rpg rpgs ied ieds wmd wmds icbm icbms hd cpu gpu ram vpn ip api mms sars mers covid
h1n1 bse tb sti stis hpv als emt emts cpr aed dui dwi asd awol pow pows kia apc apcs lng co2 ghg ev evs bbq dj djs rov rovs auv auvs
var ko tko rss gif jpeg hdtv oled lpg cng etf etfs eps roi apr iou gcse gcses sim awacs mrap
`);

/**
 * Acronyms of laws, treaties and government programmes that news writes bare ("the ACA", "TPP", "NAFTA"): no bodies.
 * Written without dots, lower case; a bill's letters and number ("HB2", "SB 1070") are read by billCode.
 */
export const LAW_ACRONYMS = set(`
aca ppaca daca dapa jcpoa ndaa nafta cafta usmca tpp ttip fara tarp nclb essa rfra fisa doma hipaa ferpa cares
`);

/** "HB2", "SB1070", "HR3590": a bill's chamber letters and number, written together. */
export const billCode = (plain: string): boolean => /^(?:hb|sb|ab|hr|hf|sf|lb)\d{1,5}$/.test(plain);

/** Prefixes that make a hyphenated word a description, not a name ("Pro-Beijing", "Anti-Trump", "Ex-Minister"). */
export const DESCRIPTIVE_PREFIXES = set('pro anti pan ex non neo post pre mid self all semi quasi');

/**
 * Roman numerals of an ordinal or a sequel ("part XVII", "Louis XIV"), up to 39: never a name by themselves. Only I,
 * V and X: "DC", "MD", "CD" are names and abbreviations far more often than numbers.
 */
export function isRomanNumeral(upper: string): boolean {
  return upper.length >= 2 && /^X{0,3}(IX|IV|V?I{0,3})$/.test(upper);
}

/**
 * Head nouns that say an apposition or a following noun describes an organization: "Kelmora, a mining company",
 * "Xinhua news agency", "the country's largest lender". General business and institution vocabulary.
 */
export const ORGANIZATION_NOUNS = set(`
company companies firm corporation conglomerate multinational agency newspaper paper tabloid daily broadcaster
network channel station outlet magazine publisher group bank lender insurer retailer carrier airline maker
manufacturer producer supplier developer operator miner automaker carmaker chipmaker drugmaker startup start-up
club team party organization organisation charity nonprofit non-profit union university institute ministry regulator
watchdog giant subsidiary brand chain studio label consultancy think-tank militia faction movement
site website pollster publication tank coalition alliance association foundation lobby committee council commission
bureau authority body provider school college
band orchestra choir ensemble troupe church denomination league federation confederation cartel gang cooperative
co-op consortium syndicate franchise service
`);

/** Words after a name's possessive that only an organization has: "Kelmora's chief executive", "Dalgren's shares". */
export const ORGANIZATION_POSSESSIONS = set(`
ceo shares stock shareholders stockholders subsidiary subsidiaries board revenue revenues profit profits earnings
customers subscribers founder co-founder members membership website headquarters
`);

/**
 * Words after a name's possessive that only a country or region has: "Talvik's foreign minister", "Talvik's capital".
 * (Not "government", "army" or "opposition": a leader has those too.)
 */
export const PLACE_POSSESSIONS = set(`
capital parliament economy population border borders citizens embassy territory coast coastline provinces
regions constitution foreign interior defence defense prime
`);

/** Lower-case words right before a name that make it a place: "southern Talvik", "neighbouring Ulvania". */
export const PLACE_MODIFIERS = set(`
northern southern eastern western central northeastern northwestern southeastern southwestern neighbouring
neighboring rural coastal war-torn landlocked
`);

/** Words before "of X" that make X a place: "the capital of Talvik", "the government of Ulvania". */
export const PLACE_OF_HEADS = set(`
capital government parliament people citizens residents outskirts province region city town village suburbs
republic kingdom north south east west coast mayor governor streets
`);

/** Words before "at"/"of" whose complement is an organization: "analysts at X", "shares of X", "employees of X". */
export const ORGANIZATION_OF_HEADS = set(`
analysts analyst economists economist researchers researcher scientists scientist executives executive employees
employee workers staff engineers engineer shares stake shareholders ceo chairman
members member founder founders spokesman spokeswoman spokesperson website subsidiary division
`);

/**
 * Jobs held at a firm or a school: a name after "a trader at", "a professor at" is the employer ("a strategist at
 * Dalgren Vance"). Only before "at" ("traders in Talvik" names a place).
 */
export const WORKPLACE_ROLES = set(`
trader traders strategist strategists broker brokers dealer dealers banker bankers manager managers professor professors
lecturer lecturers consultant consultants fellow fellows partner partners director directors editor editors
reporter reporters correspondent correspondents columnist columnists programmer programmers
`);

/** What appears "in" a publication: "an article in X", "an interview in X" make X no place. */
export const PUBLICATION_NOUNS = set(`
article articles story stories report reports interview interviews op-ed column columns piece editorial editorials
essay essays letter letters ad ads advertisement review reviews published study studies
`);

/**
 * Heads after which the name word alone names the organization later ("Qollvex Coal … Qollvex", "Dalmont University
 * … Dalmont"): firms, outlets and schools, whose first word is their own. Not government or advocacy heads
 * ("department", "committee", "watch", "corps", "pac"), which usually follow a common word ("State Department").
 */
export const ALIAS_HEADS = set(`
inc corp corporation co company companies llc ltd plc group bank news times post journal magazine university college
airlines airways motors partners holdings industries images media entertainment pictures records studios ventures
securities communications energy oil petroleum pharmaceuticals insurance mining coal foods brands logistics software
telecom railways shipping publishing books apparel automotive aerospace minerals metals pharma research
cos lp llp ag gmbh s.a sa s.p.a spa n.v nv b.v bv oy oyj ab cie bhd pty
united rovers wanderers athletic albion hotspur fc afc cf
`);

/**
 * Nouns a person's name modifies after "the": in "the Qollard administration" the article is the noun's, so it makes
 * the name no organization. (Not "campaign": "the Citizens United campaign" is as common as "the Qollard campaign".)
 */
export const PERSON_MODIFIED_NOUNS = set(`
administration administrations presidency family families era camp doctrine cabinet regime estate household loyalists
aides years
`);
