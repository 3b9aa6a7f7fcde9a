// The curated layer: NAME.ann (brat standoff) beside NAME.txt, corrected by hand. When it exists it is the
// document's annotation; the automatic analysis is a source of suggestions. Pure: callers read and write files.
import { analyze } from '../analyze';
import type { AnalyzeOptions, DocumentAnalysis } from '../types';
import { parseAnn } from './standoff';
import { curatedAnalysis } from './toAnalysis';

export * from './anchor';
export * from './compare';
export * from './corrections';
export * from './fromAnalysis';
export * from './offsets';
export * from './review';
export * from './schema';
export * from './standoff';
export { AnnIndex, curatedAnalysis, outer } from './toAnalysis';

/**
 * The curated annotation of `text` from the contents of its NAME.ann. Never throws: a file that cannot be
 * used at all leaves the automatic analysis with one problem saying why.
 */
export function loadCurated(text: string, annText: string, options: AnalyzeOptions = {}, automatic: DocumentAnalysis = analyze(text, options)): DocumentAnalysis {
  try {
    return curatedAnalysis(text, parseAnn(annText, text).doc, automatic);
  } catch (err) {
    return { ...automatic, curated: { checked: [], problems: [{ line: 0, message: `could not read the curated annotation: ${err instanceof Error ? err.message : String(err)}` }] } };
  }
}
