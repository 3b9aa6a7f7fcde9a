import type { DocumentAnalysis } from '../types';
import { ANNOTATION_CONF, fromAnalysis, serializeAnn } from '../curated';

export { confidenceLevel } from '../curated';

/**
 * brat standoff (.ann): T lines for Speaker, Quote, Statement (reported or mixed content, one fragment per piece),
 * Cue, Date, Person, Organization, Place, Group, Name (unclassified); R lines from quote or statement to speaker (Said_by) and from cue to
 * quote or statement (Cue_of); A lines for the confidence of a statement or an attributed quote (and Checked for what
 * a person checked); notes carry canonical names and date values. The schema and the writer live in curated/: a
 * curated NAME.ann is the same format.
 */
export function toBrat(text: string, analysis: DocumentAnalysis): string {
  return serializeAnn(fromAnalysis(text, analysis), text);
}

/** brat's annotation.conf for the types above, so the output opens in brat as is. */
export const BRAT_ANNOTATION_CONF = ANNOTATION_CONF;
