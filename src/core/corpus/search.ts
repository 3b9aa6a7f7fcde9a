// Finding statements (quotes and reported speech) across articles by their words or their speaker, and
// the filters the views share: one speaker, one kind, or the low-confidence ones.
import type { StatementKind } from '../types';
import { runSteps, STEP, type Steps } from './steps';
import type { SummaryStatement } from './summary';

export interface StatementRecord {
  readonly docId: string;
  readonly statement: SummaryStatement;
  /** Display name of the source: its entity's canonical name, else the mention as written. */
  readonly speaker: string | null;
  /** Text and speaker folded for matching (see foldForSearch). */
  readonly folded: string;
  readonly foldedSpeaker: string;
}

/**
 * Lower case, no accents, every run of anything but letters and digits one space, with a space at both
 * ends, so that " term" finds a word starting with the term.
 */
export function foldForSearch(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** @param aliases other names of the speaker that a search by speaker should find too */
export function statementRecord(docId: string, statement: SummaryStatement, speaker: string | null, aliases: readonly (string | null | undefined)[] = []): StatementRecord {
  const names = [speaker ?? statement.source ?? '', ...aliases].filter((n): n is string => !!n);
  return { docId, statement, speaker, folded: foldForSearch(statement.text), foldedSpeaker: foldForSearch(names.join(' ')) };
}

export interface ParsedQuery {
  /** Each must start a word of the text or of the speaker's name. */
  readonly terms: readonly string[];
  /** "…" in the query: each must occur in the text as written, word for word. */
  readonly phrases: readonly string[];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = query.replace(/["“”]([^"“”]*)["“”]?/g, (_m, p: string) => {
    const f = foldForSearch(p).trim();
    if (f) phrases.push(f);
    return ' ';
  });
  const terms = foldForSearch(rest).trim().split(' ').filter(Boolean);
  return { terms, phrases };
}

export interface StatementFilter {
  /** Only statements whose source is one of these (see sourceRef). */
  readonly sources?: ReadonlySet<string>;
  readonly kind?: StatementKind;
  /** Only statements whose confidence is below this. */
  readonly below?: number;
}

/** How a filter names one article's entity. */
export const sourceRef = (docId: string, entityId: string): string => `${docId}\u0000${entityId}`;

export function isFilterEmpty(f: StatementFilter): boolean {
  return f.sources === undefined && f.kind === undefined && f.below === undefined;
}

export function matchesFilter(docId: string, s: SummaryStatement, f: StatementFilter): boolean {
  if (f.kind !== undefined && s.kind !== f.kind) return false;
  if (f.below !== undefined && !(s.confidence !== undefined && s.confidence < f.below)) return false;
  if (f.sources !== undefined && !(s.sourceId !== null && f.sources.has(sourceRef(docId, s.sourceId)))) return false;
  return true;
}

export function matchesQuery(r: StatementRecord, q: ParsedQuery): boolean {
  for (const p of q.phrases) if (!r.folded.includes(` ${p} `)) return false;
  for (const t of q.terms) if (!r.folded.includes(` ${t}`) && !r.foldedSpeaker.includes(` ${t}`)) return false;
  return true;
}

export interface SearchResult {
  /** The first `limit` matches, in the order the records came. */
  readonly hits: readonly StatementRecord[];
  /** Every match, so a capped list can say how many it left out. */
  readonly total: number;
}

/** Statements matching the query and the filter. An empty query matches every statement the filter lets through. */
export function searchStatements(records: Iterable<StatementRecord>, query: string, limit: number, filter: StatementFilter = {}): SearchResult {
  return runSteps(searchSteps(records, query, limit, filter));
}

/** searchStatements, yielding every few hundred records (see steps.ts). */
export function* searchSteps(records: Iterable<StatementRecord>, query: string, limit: number, filter: StatementFilter = {}): Steps<SearchResult> {
  const q = parseQuery(query);
  const hits: StatementRecord[] = [];
  let total = 0;
  let n = 0;
  for (const r of records) {
    if (++n % (8 * STEP) === 0) yield;
    if (!matchesFilter(r.docId, r.statement, filter) || !matchesQuery(r, q)) continue;
    total++;
    if (hits.length < limit) hits.push(r);
  }
  return { hits, total };
}
