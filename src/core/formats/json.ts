import type { DocumentAnalysis } from '../types';

export const JSON_FORMAT_VERSION = 1;

/** The full analysis as a self-describing JSON document. */
export function toJson(analysis: DocumentAnalysis, source?: string): string {
  // `curated` says whether a person's NAME.ann is the annotation (the automatic analysis has none).
  return JSON.stringify({ format: 'news-annotator', version: JSON_FORMAT_VERSION, source, curated: false, ...analysis }, null, 2);
}
