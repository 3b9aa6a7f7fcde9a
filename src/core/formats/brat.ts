import type { DocumentAnalysis } from '../types';
import { ANNOTATION_CONF, fromAnalysis, serializeAnn } from '../curated';

/**
 * brat standoff (.ann): T lines for Speaker, Quote, Statement (reported speech), Cue, Date, Person,
 * Organization, Place, Group; Said_by and Cue_of relations; notes carry canonical names and date values.
 * The schema and the writer live in curated/ (a curated NAME.ann is the same format).
 */
export function toBrat(text: string, analysis: DocumentAnalysis): string {
  return serializeAnn(fromAnalysis(text, analysis), text);
}

/** brat's annotation.conf for the types above, so the output opens in brat as is. */
export const BRAT_ANNOTATION_CONF = ANNOTATION_CONF;
