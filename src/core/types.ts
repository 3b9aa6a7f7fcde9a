// The analysis model: plain, immutable data shared by the CLI, the formats and the extension.
// Every offset is a UTF-16 string offset into the exact text given to analyze(), end exclusive.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

export type DocumentDateSource = 'dateline' | 'meta' | 'filename' | 'option' | 'none';

export interface DocumentDate {
  /** YYYY-MM-DD, or null when no date could be found. */
  readonly value: string | null;
  readonly source: DocumentDateSource;
  /** The dateline's span in the text, when the date came from one. */
  readonly span?: Span;
}

export type MentionKind = 'name' | 'surname' | 'variant' | 'pronoun' | 'nominal' | 'group';

export interface Mention extends TextSpan {
  readonly kind: MentionKind;
}

/** Mention kinds that are a proper name as written; pronouns, nominals ("a spokesman") and group mentions are not. */
export const NAMED_MENTIONS: ReadonlySet<MentionKind> = new Set(['name', 'surname', 'variant']);

/**
 * Whether the text names an entity at least once. One known only as "a police spokesman" or "the nominee" is a
 * speaker of its article, not a name for the People, Organizations and Places lists: two articles' "spokesman" are
 * not one person.
 */
export function isNamed(entity: { readonly mentions: readonly { readonly kind: MentionKind }[] }): boolean {
  return entity.mentions.some((m) => NAMED_MENTIONS.has(m.kind));
}

/**
 * 'unclassified': a capitalised name with no evidence for any kind (not a person by default); kept out of People.
 */
export type EntityKind = 'person' | 'organization' | 'place' | 'group' | 'unclassified';

/**
 * What decided an entity's kind (the strongest evidence the entity pass acted on; src/core/entities/evidence.ts):
 * people: 'title' (a title, honorific or gendered role), 'person-mark' (kin, an age, "who", a role in apposition),
 * 'nominal' (a role nominal resolved to it), 'given-name', 'pronoun', 'surname-reuse', 'name-shape' (two or three words
 * never written in lower case); organizations: 'org-head' (a head or legal form, "… Party", "… Corp.", "Ministry of …"),
 * 'institution', 'company-list' (a well-known firm's one word), 'firm-frames' ("shares of X"), 'firm-words', 'acronym'
 * (an acronym nothing defines), 'affiliation' ("Jane Roe of X"), 'actor' (a city acting), 'side' (a team in a match
 * report), 'body-after-the' ("the House"); places: 'gazetteer', 'facility', 'preposition' ("in X", "X-based"); any:
 * 'cue' (what only an organization or a place has around a mention), 'source-cue' ("according to X", "X spokesman"),
 * 'article' (a run after "the" that no given name opens), 'context-model' (the learned vote over the words around its mentions; `contextP` is its probability), 'name-rule' (the
 * run's own reading in names.ts: a head, an article, a title-case line); groups: 'people-plural', 'family'; not listed:
 * 'article-only', 'lone-head', 'title-word', 'low-vote' (a context vote under the listing level), 'outvoted' (a person
 * from pronouns alone, which the context vote of its mentions contradicts), 'cut-name' (the tail of a hyphenated
 * name cut after its first word: "Dade County" of "Miami-Dade County"), 'none'.
 */
export type KindEvidence =
  | 'title' | 'person-mark' | 'nominal' | 'given-name' | 'pronoun' | 'surname-reuse' | 'name-shape'
  | 'org-head' | 'institution' | 'company-list' | 'firm-frames' | 'firm-words' | 'acronym' | 'affiliation' | 'actor' | 'side' | 'body-after-the'
  | 'gazetteer' | 'facility' | 'preposition' | 'article' | 'cue' | 'source-cue' | 'context-model' | 'name-rule'
  | 'people-plural' | 'family' | 'article-only' | 'lone-head' | 'title-word' | 'low-vote' | 'outvoted' | 'cut-name' | 'none';

export interface Entity {
  /** Stable within one analysis: derived from kind and canonical name. */
  readonly id: string;
  readonly kind: EntityKind;
  /** Canonical name: the fullest form the text uses. */
  readonly name: string;
  /** Title or role when the text gives one ("US Secretary of State"). */
  readonly title?: string;
  /** What decided `kind` (left out where the analysis did not come from the entity pass: a curated file). */
  readonly evidence?: KindEvidence;
  /** The context model's mean probability for `kind`, where its vote decided (evidence 'context-model' or 'low-vote'). */
  readonly contextP?: number;
  /** Every mention in reading order. */
  readonly mentions: readonly Mention[];
  /** Ids of the quotes attributed to this entity, in reading order. */
  readonly quoteIds: readonly string[];
  /** Ids of every attribution (direct, reported or mixed) whose source is this entity, in reading order. */
  readonly attributionIds?: readonly string[];
}

export type AttributionKind =
  | 'cue' // a reporting verb or phrase links the quote to the speaker
  | 'continuation' // no cue of its own: continues the previous attribution
  | 'colon' // "X said:" / "X:" introduces it
  | 'transcript' // "NAME: …" speaker labels
  | 'none';

/**
 * Which rule or model decided an attribution's source; `annotate --explain` prints it. Open-ended on purpose:
 * new strategies may be added, the extension shows unknown ones as written.
 */
export type AttributionStrategy =
  | 'cue-before' // "X said:" / "X said that …" before the content
  | 'cue-after' // "…," X said / "…," said X after the content
  | 'colon' // "X:" introduces the content
  | 'continuation' // no cue of its own: continues the previous attribution
  | 'according-to' // "according to X"
  | 'transcript' // "NAME: …" speaker labels
  | 'subject' // the subject of the sentence holding the content, no reporting cue
  | 'model' // a trained ranker chose among candidates
  | 'curated' // set by hand (the .ann file)
  | 'none';

/** Direct: the content is a quotation. Reported: no quotation mark. Mixed: a reported clause that quotes in part. */
export type StatementKind = 'direct' | 'reported' | 'mixed';

/**
 * One attributed statement, PARC style: what was said or claimed (content, in one or more fragments), who said it
 * (source mention, resolved to an entity when possible) and by which cue.
 */
export interface Attribution {
  /** Stable within one analysis: "a1", "a2"… in reading order of the first content fragment. */
  readonly id: string;
  readonly kind: StatementKind;
  /** Content fragments in reading order; a direct quote's content includes its quotation marks. */
  readonly content: readonly TextSpan[];
  /** The mention the statement hangs on ("Blinken", "she", "officials"), null when none was found. */
  readonly source: Mention | null;
  /** The entity the source mention resolves to, null when unresolved. */
  readonly sourceId: string | null;
  /** The reporting cue ("said", "according to", "told reporters"), when there is one. */
  readonly cue: TextSpan | null;
  /** Probability in [0, 1] that the source is right (calibrated on training data). */
  readonly confidence: number;
  readonly strategy: AttributionStrategy;
  /** Ids of the direct quotes whose span lies inside this statement's content. */
  readonly quoteIds: readonly string[];
}

export interface Quote extends TextSpan {
  readonly id: string;
  /** The mention the attribution hangs on ("Blinken", "she", "a spokesman"), null when unattributed. */
  readonly speaker: Mention | null;
  /** The entity the speaker mention resolves to, null for unresolved mentions. */
  readonly speakerId: string | null;
  /** The reporting cue ("said", "told", "according to"), when there is one. */
  readonly cue: TextSpan | null;
  readonly attribution: AttributionKind;
  /** The quote opened in a paragraph and continues into the next one(s). */
  readonly multiParagraph?: boolean;
  /** Probability in [0, 1] that the speaker is right; absent means not estimated. */
  readonly confidence?: number;
  /** The attribution this quote belongs to, when attributions were computed. */
  readonly attributionId?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends TextSpan {
  readonly id: string;
  readonly type: TimexType;
  /** TimeML value ("2021-03-18", "P2Y", "PRESENT_REF", "XXXX-WI"); null when it could not be resolved. */
  readonly value: string | null;
  /** True when the value depends on the document date (relative expressions). */
  readonly relative: boolean;
}

export interface Diagnostic {
  readonly severity: 'info' | 'warning' | 'error';
  /** Machine-readable kind ("pass-failed", "empty", "binary", "no-date", "encoding"…), when there is one. */
  readonly code?: string;
  readonly message: string;
  readonly span?: Span;
}

/**
 * Below this confidence an attribution is unsure ("probably Blinken?"). The editor reads it through the
 * newsAnnotator.lowConfidence setting, whose default this is; files (brat's Confidence level, the CLI's
 * table) use it as it is, so they do not depend on anyone's settings.
 */
export const LOW_CONFIDENCE = 0.5;

/** A line of a curated NAME.ann that could not be used; it stays in the file as it was. */
export interface CuratedProblem {
  /** 1-based line of the .ann file. */
  readonly line: number;
  readonly message: string;
}

/** Present when the analysis is the hand-curated annotation (NAME.ann) rather than the automatic one. */
export interface CurationInfo {
  /** Ids of the quotes, attributions, dates and entities a person checked (confirmed or corrected). */
  readonly checked: readonly string[];
  readonly problems: readonly CuratedProblem[];
}

export interface DocumentAnalysis {
  readonly textLength: number;
  readonly documentDate: DocumentDate;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly quotes: readonly Quote[];
  /** Every attributed statement (direct, reported, mixed) in reading order; empty when the pass did not run. */
  readonly attributions: readonly Attribution[];
  readonly entities: readonly Entity[];
  readonly dates: readonly TimeExpression[];
  readonly diagnostics: readonly Diagnostic[];
  /** Set when NAME.ann (brat standoff, corrected by hand) is the document's annotation. */
  readonly curated?: CurationInfo;
}

export interface AnalyzeOptions {
  /** File name or path, used for a date in the name (nyt_2016-09-08_…, APW19980213.1320). */
  readonly fileName?: string;
  /** Contents of NAME.meta.json, already parsed: {"date": "YYYY-MM-DD" | ISO date-time}. */
  readonly meta?: unknown;
  /** Overrides every other source of the document date (YYYY-MM-DD). */
  readonly documentDate?: string;
  /** Which passes to run; all by default. */
  readonly passes?: { readonly quotes?: boolean; readonly attributions?: boolean; readonly entities?: boolean; readonly dates?: boolean };
}
