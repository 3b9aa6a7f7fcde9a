// The annotation schema of NAME.ann: which brat types, relations, notes and attributes stand for what in
// DocumentAnalysis. The brat export (formats/brat.ts) and the curated layer share it.
import { LOW_CONFIDENCE, type EntityKind, type TimexType } from '../types';

export const QUOTE = 'Quote';
/** Reported speech (and the reported clause of a mixed statement): attributed content without quotation marks. */
export const STATEMENT = 'Statement';
export const SPEAKER = 'Speaker';
export const CUE = 'Cue';
export const DATE = 'Date';
export const SAID_BY = 'Said_by';
export const CUE_OF = 'Cue_of';
export const NOTES = 'AnnotatorNotes';
/** Binary attribute: a person checked this annotation (confirmed or corrected it). */
export const CHECKED = 'Checked';
/** How sure the analysis is of a quote's or statement's source, as a level an annotator can filter on in brat. */
export const CONFIDENCE = 'Confidence';

export type ConfidenceLevel = 'High' | 'Medium' | 'Low';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= 0.9 ? 'High' : confidence >= LOW_CONFIDENCE ? 'Medium' : 'Low';
}

// An unclassified name (no evidence of its kind) is brat's `Name`, as the export has written it since entity typing.
export const ENTITY_TYPE: Readonly<Record<EntityKind, string>> = { person: 'Person', organization: 'Organization', place: 'Place', group: 'Group', unclassified: 'Name' };
export const ENTITY_KIND: Readonly<Record<string, EntityKind>> = { Person: 'person', Organization: 'organization', Place: 'place', Group: 'group', Name: 'unclassified' };

export const CONTENT_TYPES: ReadonlySet<string> = new Set([QUOTE, STATEMENT]);
export const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

/** Between the canonical name and the title in a note: names hold commas ("Blinken, Austin and their counterparts"). */
const TITLE_SEPARATOR = ' — ';

/** "Antony Blinken — US Secretary of State": an entity mention's note holds the canonical name and title. */
export function entityNote(name: string, title?: string): string {
  return title ? `${name}${TITLE_SEPARATOR}${title}` : name;
}

export function parseEntityNote(note: string): { name: string; title?: string } {
  const at = note.indexOf(TITLE_SEPARATOR);
  const name = (at < 0 ? note : note.slice(0, at)).trim();
  const title = at < 0 ? '' : note.slice(at + TITLE_SEPARATOR.length).trim();
  return title ? { name, title } : { name };
}

/** "DATE 2021-03-18": a date's note holds its TimeML type and value ("unresolved" when there is none). */
export function dateNote(type: TimexType, value: string | null): string {
  return `${type} ${value ?? 'unresolved'}`;
}

export function parseDateNote(note: string): { type: TimexType; value: string | null } | null {
  const m = /^\s*(DATE|TIME|DURATION|SET)\s+(\S+)\s*$/.exec(note);
  if (!m) return null;
  return { type: m[1] as TimexType, value: m[2] === 'unresolved' ? null : m[2] };
}

/** brat's annotation.conf for these types, written beside NAME.ann so the folder opens in brat as it is. */
export const ANNOTATION_CONF = `# News Annotator: the types of its brat standoff files (NAME.ann beside NAME.txt).
# Notes (AnnotatorNotes) hold an entity's canonical name (and title) and a date's TimeML type and value.

[entities]
${QUOTE}
${STATEMENT}
${SPEAKER}
${CUE}
${DATE}
${Object.values(ENTITY_TYPE).join('\n')}

[relations]
${SAID_BY}\tArg1:${QUOTE}|${STATEMENT}, Arg2:${SPEAKER}
${CUE_OF}\tArg1:${CUE}, Arg2:${QUOTE}|${STATEMENT}
# Quotes hold names, speakers are names: any annotation may overlap any other.
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
${CHECKED}\tArg:${[QUOTE, STATEMENT, DATE, ...Object.values(ENTITY_TYPE)].join('|')}
${CONFIDENCE}\tArg:${QUOTE}|${STATEMENT}, Value:High|Medium|Low
`;
