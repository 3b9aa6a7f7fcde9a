// What scripts/train.mjs needs from the core, in one entry point: the document prepared exactly as analyze()
// prepares it, and the feature functions and pipeline the trained weights plug into. Not used at run time.
import { findDocumentDate } from '../documentDate';
import { reportingVerb } from '../lexicon/reportingVerbs';
import { findQuotes } from '../quotes/attribution';
import { segment } from '../text/segment';
import { docTokens, tokenAt, VerbForm, type DocTokens } from './doc';
import type { RawQuote } from '../link';

export { contentOf } from './content';
export { cueCandidate, cueFeatures } from './features';
export { mentionAt, sourceCandidates } from './sources';
export { findAttributions, confidenceFeatures, keptOutsideOthers, cutAtInner } from './index';
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

/** Words a cue phrase may open with that are not its head ("has said", "to endorse", "the question of"). */
const HEAD_SKIP = new Set(('has have had also is was are were will would could should may might must can not be been being do does did never '
  + 'still just even then later already again publicly privately reportedly repeatedly openly recently previously once further first '
  + "to a an the it its it's that this his her their our my your since last long now more").split(' '));

/**
 * The head token of a gold cue spanning characters [start, end): the word the cue classifier learns to find. Its first word
 * that is no auxiliary, determiner or adverb ("has long said" → said); when that word is neither a reporting verb nor
 * a noun cue while a later word of the cue is, that word ("has yet to endorse" → endorse, "in a statement" →
 * statement, "tended to support" → support): the classifier scores only such words (and a vocabulary learned from
 * these heads), so a head on "yet" or "in" taught it nothing it could use, and made the table word a negative.
 */
export function cueHead(d: DocTokens, start: number, end: number): number {
  const toks = d.toks;
  const from = tokenAt(d, start);
  let to = from;
  while (to < toks.length && toks.start(to) < end) to++;
  if (to <= from) return -1;
  let h = from;
  for (let k = from; k < to; k++) {
    if (!toks.word(k)) continue;
    const w = toks.lower(k);
    if (HEAD_SKIP.has(w) || (w.endsWith('ly') && !isReportingVerb(w))) continue;
    h = k;
    break;
  }
  const table = (k: number): boolean => toks.word(k) && (d.form[k] !== VerbForm.None || d.noun[k] !== 0);
  if (table(h)) return h;
  for (let k = from; k < to; k++) if (table(k)) return k;
  return h;
}
