// What scripts/train.mjs needs from the core, in one entry point: the document prepared exactly as analyze()
// prepares it, and the feature functions and pipeline the trained weights plug into. Not used at run time.
import { findDocumentDate } from '../documentDate';
import { reportingVerb } from '../lexicon/reportingVerbs';
import { findQuotes } from '../quotes/attribution';
import { segment } from '../text/segment';
import { docTokens, tokenAt, type DocTokens } from './doc';
import type { RawQuote } from '../link';

export { contentOf } from './content';
export { cueCandidate, cueFeatures } from './features';
export { mentionAt, sourceCandidates } from './sources';
export { findAttributions, confidenceFeatures, keptOutsideOthers } from './index';
export { score, scoreIds, weightMap, calibrated } from './model';
export { hash } from './doc';
export { tokenAt };
export const docTokensFor = (i: { text: string; paragraphs: Prepared['paragraphs']; sentences: Prepared['sentences']; quotes: RawQuote[] }): DocTokens => docTokens(i.text, i.paragraphs, i.sentences, i.quotes);
export const isReportingVerb = (w: string): boolean => reportingVerb(w) !== undefined;

export interface Prepared {
  readonly text: string;
  readonly paragraphs: ReturnType<typeof segment>['paragraphs'];
  readonly sentences: ReturnType<typeof segment>['sentences'];
  readonly quotes: RawQuote[];
  readonly d: DocTokens;
}

/** Segmentation, quotes and tokens as analyze() makes them. */
export function prepare(text: string, options: { fileName?: string; meta?: unknown }): Prepared {
  const { dateline } = findDocumentDate(text, options);
  const { paragraphs, sentences } = segment(text, dateline ? dateline.span.end : 0);
  const quotes = findQuotes(text, { paragraphs, sentences });
  return { text, paragraphs, sentences, quotes, d: docTokens(text, paragraphs, sentences, quotes) };
}
export { defaultModel as defaultModelForTest } from './index';
export { tokenize as tokenizeForTest } from '../quotes/tokens';
