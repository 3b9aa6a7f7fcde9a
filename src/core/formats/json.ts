import type { DocumentAnalysis } from '../types';

export const JSON_FORMAT_VERSION = 1;

/** What a front end knows of the document besides its analysis: where it came from, how its bytes were read. */
export interface JsonHeader {
  /** The record id of a JSONL input line. */
  readonly id?: unknown;
  readonly source?: string;
  /** The encoding the text was decoded from (utf-8, utf-16le, utf-16be, windows-1252). */
  readonly encoding?: string;
}

// The id leads, so a JSONL line says whose it is at a glance; undefined fields are left out by JSON.stringify.
// `curated` says whether a person's NAME.ann is the annotation (the automatic analysis has none; a curated one
// overrides it with its checked ids and problems).
const document = (analysis: DocumentAnalysis, header: JsonHeader) =>
  ({ id: header.id, format: 'news-annotator', version: JSON_FORMAT_VERSION, source: header.source, encoding: header.encoding, curated: false, ...analysis });

/** The full analysis as a self-describing JSON document. */
export function toJson(analysis: DocumentAnalysis, source?: string, encoding?: string): string {
  return JSON.stringify(document(analysis, { source, encoding }), null, 2);
}

/** The same document on one line, for JSON Lines streams. */
export function toJsonLine(analysis: DocumentAnalysis, header: JsonHeader): string {
  return JSON.stringify(document(analysis, header));
}
