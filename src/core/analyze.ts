import { tagDates } from './dates';
import { findDocumentDate } from './documentDate';
import { safeOptions } from './options';
import { findQuotesAndEntities } from './quotes';
import { segment } from './text/segment';
import { attributionsFromQuotes } from './quotes/statements';
import type { AnalyzeOptions, Attribution, Diagnostic, DocumentAnalysis, Entity, Quote, TimeExpression } from './types';

/** Share of NUL or other control characters above which a text is treated as binary. */
const BINARY_CONTROL_SHARE = 0.1;

export function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}

function guard<T>(pass: string, diagnostics: Diagnostic[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    // A pass that fails loses only its own results; the rest of the analysis stands.
    diagnostics.push({ severity: 'error', message: `${pass} pass failed: ${err instanceof Error ? err.message : String(err)}` });
    return fallback;
  }
}

/** The whole analysis of one document. Never throws: problems become diagnostics. */
export function analyze(input: string, given?: AnalyzeOptions | null): DocumentAnalysis {
  const options = safeOptions(given);
  const text = typeof input === 'string' ? input : '';
  const diagnostics: Diagnostic[] = [];
  const { date: documentDate, dateline } = guard('document date', diagnostics, { date: { value: null, source: 'none' as const }, dateline: null }, () =>
    findDocumentDate(text, options),
  );
  const empty: DocumentAnalysis = {
    textLength: text.length, documentDate, paragraphs: [], sentences: [], quotes: [], attributions: [], entities: [], dates: [], diagnostics,
  };
  if (text.trim().length === 0) {
    diagnostics.push({ severity: 'warning', message: 'The document is empty.' });
    return empty;
  }
  if (looksBinary(text)) {
    diagnostics.push({ severity: 'error', message: 'The document looks like binary data, not text; nothing was annotated.' });
    return empty;
  }
  if (documentDate.source === 'none') {
    diagnostics.push({ severity: 'info', message: 'No document date (dateline, meta.json or file name): relative dates stay unresolved.' });
  }

  // The dateline is not part of the first sentence.
  const bodyStart = dateline ? dateline.span.end : 0;
  const { paragraphs, sentences } = guard('segmentation', diagnostics, { paragraphs: [], sentences: [] }, () => segment(text, bodyStart));
  const passes = options.passes ?? {};

  let quotes: Quote[] = [];
  let entities: Entity[] = [];
  if (passes.quotes !== false || passes.entities !== false) {
    const found = guard('quotes', diagnostics, { quotes: [], entities: [] }, () => findQuotesAndEntities(text, { paragraphs, sentences }));
    quotes = passes.quotes === false ? [] : found.quotes;
    entities = passes.entities === false ? [] : found.entities;
  }
  const attributions: Attribution[] = passes.attributions === false ? [] :
    guard('attributions', diagnostics, [], () => attributionsFromQuotes(quotes));
  let dates: TimeExpression[] = [];
  if (passes.dates !== false) {
    dates = guard('dates', diagnostics, [], () => tagDates(text, { documentDate: documentDate.value, sentences }));
  }
  return { textLength: text.length, documentDate, paragraphs, sentences, quotes, attributions, entities, dates, diagnostics };
}
