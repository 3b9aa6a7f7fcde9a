// Word lists for the quote pass: general English, not taken from any particular article.
import { formsOf, REPORTING_VERB_FORMS, reportingVerb } from '../lexicon/reportingVerbs';

/**
 * Verbs a direct quote can hang on: the reporting verbs of the shared table that say or take a stance, plus the few
 * feelings news writes as speech ("…,” she worried).
 */
export const CUE_VERBS: ReadonlySet<string> = new Set([
  ...[...REPORTING_VERB_FORMS].filter((f) => {
    const e = reportingVerb(f)!;
    return e.cls === 'speech' || e.cls === 'stance';
  }),
  ...formsOf('worry', 'fear', 'hope', 'reckon', 'rate'),
]);

/** Cues that are also common non-reporting words; accepted only next to a speaker and a quote. */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'go', 'goes', 'went', 'put', 'puts', 'read', 'reads', 'reading', 'begin', 'begins', 'began', 'point', 'points',
  'pointed', 'pointing', 'state', 'states', 'order', 'orders', 'ordered', 'rule', 'rules', 'ruled', 'title', 'titled',
  'headline', 'headlined', 'caption', 'captioned', 'object', 'objects', 'question', 'questions', 'text', 'texts',
  'message', 'messages', 'post', 'posts', 'speaking', 'speak', 'speaks', 'spoke', 'smile', 'smiled', 'laugh', 'laughed',
  'express', 'expressed', 'accept', 'accepted', 'echo', 'echoed', 'brief', 'briefed', 'term', 'termed', 'label',
  'labeled', 'labelled', 'dub', 'dubbed', 'reason', 'reasoned', 'toast', 'toasted', 'order', 'writing', 'written',
  // nouns as often as verbs: a cue only right next to a speaker and a quote
  'rate', 'rates', 'rated', 'praise', 'praises', 'blame', 'blames', 'appeal', 'appeals', 'request', 'requests', 'attack',
  'attacks', 'fear', 'fears', 'hope', 'hopes', 'worry', 'worries', 'defend', 'defends', 'defended', 'reject', 'rejects',
  'rejected', 'dismiss', 'dismisses', 'dismissed', 'lecture', 'lectures', 'forecast', 'forecasts', 'hint', 'hints',
  'refer', 'refers', 'referred', 'hail', 'hails', 'hailed', 'slam', 'slams', 'fret', 'frets', 'dispute', 'disputes',
  'jest', 'carp', 'lash', 'lashes', 'gripe', 'gripes', 'propose', 'proposes', 'proposed',
]);

/** Verbs that name a quoted thing without anyone saying it ("a book titled “X”", "the so-called “X”"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'titled', 'entitled', 'dubbed', 'so-called', 'nicknamed', 'named', 'headlined', 'captioned', 'branded', 'billed',
  'labeled', 'labelled', 'termed', 'known', 'slogan', 'hashtag', 'book', 'film', 'movie', 'song', 'album', 'show',
  'series', 'column', 'article', 'essay', 'headline', 'documentary', 'program', 'programme', 'episode', 'play',
  'novel', 'poem', 'magazine', 'newspaper', 'podcast', 'segment', 'report', 'memoir', 'op-ed', 'editorial',
  'campaign', 'operation', 'initiative', 'act', 'bill', 'website', 'blog', 'tv', 'radio', 'broadcast', 'forum',
]);

/** Participles that report speech and take the subject of the main clause ("…, saying that …"). */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(
  [...CUE_VERBS].filter((w) => w.endsWith('ing')),
);

/** Subject pronouns that can be a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Words that may stand between a speaker and the cue ("Blinken also said", "she later told"). */
export const AUX_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'might', 'may',
  'should', 'previously', 'recently', 'once', 'again', 'simply', 'repeatedly', 'just', 'further', 'famously',
  'publicly', 'privately', 'reportedly', 'flatly', 'bluntly', 'quickly', 'finally', 'did', 'does', 'do', 'not', 'never',
  'often', 'frequently', 'already', 'still', 'even', 'first', 'initially', 'subsequently', 'angrily', 'calmly', 'quietly',
  'loudly', 'proudly', 'openly', 'bluntly', 'candidly', 'flatly', 'firmly', 'sharply', 'softly', 'gently', 'jokingly',
  'wryly', 'curtly', 'tersely', 'emphatically', 'sarcastically', 'succinctly', 'confidently', 'ominously', 'recently',
  'earlier', 'now', 'today', 'tonight', 'yesterday', 'afterward', 'afterwards', 'immediately', 'soon', 'herself',
  'himself', 'themselves', 'itself', 'too', 'however', 'similarly', 'likewise', 'instead', 'meanwhile', 'in', 'turn',
  'once', 'clearly', 'apparently', 'allegedly', 'supposedly', 'has', 'been', 'being', 'had', 'go', 'goes', 'went', 'on',
]);

/** Time words that may sit between cue and speaker or before a cue ("said Monday", "yesterday pressed"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday',
  'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'recently', 'week', 'month', 'year',
  'last', 'this', 'on', 'at', 'weekend', 'again', 'also', 'then', 'once', 'now',
]);

/** Words that end a speaker noun phrase when read backwards from the cue. */
export const NP_BREAKERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'because', 'when', 'while', 'if', 'as', 'to', 'of',
  'for', 'with', 'by', 'from', 'in', 'on', 'at', 'after', 'before', 'since', 'until', 'than', 'so', 'what', 'where',
  'why', 'how', 'not', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'says', 'told',
  'about', 'into', 'over', 'under', 'against', 'between', 'through', 'during', 'without', 'within', 'upon', 'whether',
  'though', 'although', 'unless', 'once', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'might',
  'must', 'it', 'its', 'there', 'here', 'also', 'this', 'these', 'those', 'then', 'even', 'just', 'yet', 'still',
]);

/** Determiners and possessives that open a nominal speaker ("a spokesman", "the senator", "his aide"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another', 'some', 'many', 'several',
  'two', 'three', 'four', 'five', 'both', 'most', 'other', 'few', 'each', 'every', 'any', 'no', 'all', 'this', 'that',
  'these', 'those', 'former',
]);

/** Person titles: a name run is cut after the last of these ("US Secretary of State Antony Blinken" → "Antony Blinken"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'secretary', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman',
  'gov', 'gov.', 'governor', 'mayor', 'minister', 'chairman', 'chairwoman', 'chairperson', 'director', 'judge', 'justice',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'rev', 'rev.', 'reverend',
  'gen', 'gen.', 'general', 'col', 'col.', 'colonel', 'lt', 'lt.', 'lieutenant', 'sgt', 'sgt.', 'sergeant', 'capt',
  'capt.', 'captain', 'chief', 'speaker', 'leader', 'attorney', 'ambassador', 'commissioner', 'officer', 'agent',
  'detective', 'sheriff', 'candidate', 'nominee', 'adm', 'adm.', 'admiral', 'maj', 'maj.', 'major', 'pvt', 'pvt.', 'cpl',
  'cpl.', 'sir', 'dame', 'lord', 'lady', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'ayatollah',
  'chancellor', 'premier', 'spokesman', 'spokeswoman', 'spokesperson', 'anchor', 'host', 'moderator', 'pollster',
  'strategist', 'adviser', 'advisor', 'aide', 'manager', 'ceo', 'founder', 'coach', 'commander', 'treasurer',
  'comptroller', 'auditor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'delegate', 'del', 'del.',
  'superintendent', 'dean', 'bishop', 'cardinal', 'rabbi', 'imam', 'pastor', 'whip', 'chair', 'mp', 'mep',
]);

/** Words that may follow a person title before the name ("Secretary of State", "Minister of Foreign Affairs"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'state', 'foreign', 'affairs', 'defense', 'defence', 'interior', 'treasury', 'homeland',
  'security', 'health', 'education', 'justice', 'labor', 'commerce', 'energy', 'agriculture', 'transportation',
  'veterans', 'finance', 'trade', 'staff', 'general', 'house', 'senate', 'majority', 'minority', 'national', 'press',
  'communications', 'campaign', 'operations', 'executive', 'officer', 'judiciary', 'intelligence', 'committee',
]);

/** Nouns that make a lower-case phrase a plausible speaker ("a spokesman", "officials", "the senator"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'aide', 'aides', 'adviser',
  'advisers', 'advisor', 'advisors', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'president',
  'candidate', 'nominee', 'minister', 'secretary', 'director', 'chairman', 'chairwoman', 'leader', 'leaders', 'expert',
  'experts', 'analyst', 'analysts', 'critic', 'critics', 'supporter', 'supporters', 'voter', 'voters', 'resident',
  'residents', 'campaign', 'statement', 'report', 'police', 'prosecutors', 'prosecutor', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'economist', 'economists', 'researcher', 'researchers', 'witness', 'witnesses', 'man', 'woman', 'people',
  'group', 'committee', 'ministry', 'department', 'agency', 'company', 'administration', 'government', 'officer',
  'officers', 'representative', 'representatives', 'member', 'members', 'person', 'friend', 'friends', 'manager',
  'executive', 'executives', 'judge', 'court', 'ruling', 'letter', 'memo', 'email', 'document', 'documents', 'study',
  'poll', 'survey', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'activist', 'activists', 'protester',
  'protesters', 'organizer', 'organizers', 'founder', 'host', 'anchor', 'moderator', 'reporter', 'reporters', 'doctor',
  'doctors', 'physician', 'pollster', 'strategist', 'strategists', 'operative', 'operatives', 'donor', 'donors', 'father',
  'mother', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'student', 'students', 'teacher', 'teachers',
  'worker', 'workers', 'owner', 'owners', 'customer', 'customers', 'user', 'users', 'fan', 'fans', 'commentator',
  'commentators', 'columnist', 'columnists', 'editor', 'editors', 'writer', 'writers', 'author', 'authors', 'historian',
  'historians', 'professor', 'professors', 'scientist', 'scientists', 'diplomat', 'diplomats', 'envoy', 'ambassador',
  'delegate', 'delegates', 'republicans', 'democrats', 'veteran', 'veterans', 'parent', 'parents', 'neighbor',
  'neighbors', 'agent', 'agents', 'investigator', 'investigators', 'regulator', 'regulators', 'staffer', 'staffers',
  'spokespeople', 'chief', 'insider', 'insiders', 'observer', 'observers', 'blogger', 'website', 'post', 'tweet',
  'article', 'editorial', 'newspaper', 'network', 'paper', 'magazine', 'team', 'party', 'panel', 'board', 'council',
  'office', 'bureau', 'union', 'association', 'organization', 'foundation', 'institute', 'center', 'firm', 'bank',
  'niece', 'nephew', 'cousin', 'uncle', 'aunt', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'child',
  'children', 'kid', 'kids', 'boy', 'girl', 'spouse', 'fiance', 'fiancee', 'relative', 'relatives', 'sibling',
  'groups', 'organizations', 'campaigns', 'companies', 'agencies', 'committees', 'unions', 'officials', 'countries',
  'governments', 'nations', 'parties', 'networks', 'newspapers', 'outlets', 'papers', 'studies', 'reports', 'polls',
  'counterpart', 'counterparts', 'ally', 'allies', 'partner', 'partners', 'colleague', 'colleagues', 'rival', 'rivals',
  'opponent', 'opponents', 'aide', 'staff', 'crowd', 'audience', 'protester', 'demonstrators', 'citizens', 'mom',
  'dad', 'widow', 'victim', 'victims', 'families', 'family', 'narrator', 'ad', 'video', 'book', 'memoir', 'site',
]);
