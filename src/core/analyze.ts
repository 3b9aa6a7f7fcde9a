import { tagDates } from './dates';
import { findDocumentDate } from './documentDate';
import { collectEntities, entityList, type EntityState } from './entities';
import { linkSources, type Links, type RawAttribution, type RawQuote } from './link';
import { findQuotes } from './quotes/attribution';
import { pairQuoteMarks, type QuoteSpan } from './quotes/marks';
import { findAttributions } from './attribution';
import { safeOptions } from './options';
import { segment } from './text/segment';
import type { AnalyzeOptions, Attribution, Diagnostic, DocumentAnalysis, Entity, Quote, TimeExpression } from './types';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Share of NUL or other control characters above which a text is treated as binary. */
const BINARY_CONTROL_SHARE = 0.1;

export function looksBinary(text: string): boolean {
  // The first 8 KB, read in place (no copy).
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

function guard<T>(pass: string, diagnostics: Diagnostic[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    // A pass that fails loses only its own results; the rest of the analysis stands.
    diagnostics.push({ severity: 'error', code: 'pass-failed', message: `${pass} pass failed: ${err instanceof Error ? err.message : String(err)}` });
    return fallback;
  }
}

/**
 * A quote with its links, made whole in one object literal per shape, in the key order of the quote's fields and then
 * speakerId, attributionId and confidence (the order the JSON has always had). Adding the three keys to the quotes
 * pass's objects one store at a time cost a map transition and a grown property store each.
 */
function linkedQuote(q: RawQuote, speakerId: string | null, a: Attribution | undefined): Quote {
  const { id, start, end, text, speaker, cue, attribution } = q;
  if (q.multiParagraph === undefined) {
    return a
      ? { id, start, end, text, speaker, cue, attribution, speakerId, attributionId: a.id, confidence: a.confidence }
      : { id, start, end, text, speaker, cue, attribution, speakerId };
  }
  const multiParagraph = q.multiParagraph;
  return a
    ? { id, start, end, text, speaker, cue, attribution, multiParagraph, speakerId, attributionId: a.id, confidence: a.confidence }
    : { id, start, end, text, speaker, cue, attribution, multiParagraph, speakerId };
}

/**
 * What the quotes, attributions and dates passes found in one document, with the diagnostics their guards pushed:
 * computed apart by quoteSide() (in another thread: src/cli/inline.ts, SplitRunner) and handed to analyze(), which then
 * runs the other passes only. These passes read nothing the others make (the quotation marks the entity pass pairs
 * are the same pairQuoteMarks(text, paragraphs) the quote pass makes without it; the dates pass reads the text, the
 * sentences and the document date), so the analysis is the same. The dates pass's diagnostics are kept apart, as
 * analyze() lists them after the linking's.
 */
export interface QuoteSide {
  readonly quotes: RawQuote[];
  readonly attributions: RawAttribution[];
  readonly diagnostics: Diagnostic[];
  /** The dates pass's expressions (empty when it is off) and diagnostics; null: not run here (analyze() runs it). */
  readonly dates: TimeExpression[] | null;
  readonly dateDiagnostics: Diagnostic[];
}

/** What every pass starts from: the options, the document date, and the segmentation (or the early result). */
interface Prepared {
  readonly options: ReturnType<typeof safeOptions>;
  readonly text: string;
  readonly diagnostics: Diagnostic[];
  readonly documentDate: DocumentAnalysis['documentDate'];
  /** The whole analysis already: an empty or binary text. */
  readonly early: DocumentAnalysis | null;
  readonly paragraphs: DocumentAnalysis['paragraphs'];
  readonly sentences: DocumentAnalysis['sentences'];
}

function prepare(input: string, given?: AnalyzeOptions | null): Prepared {
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
    diagnostics.push({ severity: 'warning', code: 'empty', message: 'The document is empty.' });
    return { options, text, diagnostics, documentDate, early: empty, paragraphs: [], sentences: [] };
  }
  if (looksBinary(text)) {
    diagnostics.push({ severity: 'error', code: 'binary', message: 'The document looks like binary data, not text; nothing was annotated.' });
    return { options, text, diagnostics, documentDate, early: empty, paragraphs: [], sentences: [] };
  }
  if (documentDate.source === 'none') {
    diagnostics.push({ severity: 'info', code: 'no-date', message: 'No document date (dateline, meta.json or file name): relative dates stay unresolved.' });
  }

  // The dateline is not part of the first sentence.
  const bodyStart = dateline ? dateline.span.end : 0;
  const { paragraphs, sentences } = guard('segmentation', diagnostics, { paragraphs: [], sentences: [] }, () => segment(text, bodyStart));
  return { options, text, diagnostics, documentDate, early: null, paragraphs, sentences };
}

/**
 * The quotes and attributions passes of analyze(input, given) alone, and its dates pass unless `withDates` is false
 * (null when analyze() would not run them).
 */
export function quoteSide(input: string, given?: AnalyzeOptions | null, withDates = true): QuoteSide | null {
  const { options, text, early, paragraphs, sentences, documentDate } = prepare(input, given);
  if (early) return null;
  const passes = options.passes ?? {};
  const { quotes, attributions, diagnostics } = quotePasses(text, paragraphs, sentences, passes);
  const dateDiagnostics: Diagnostic[] = [];
  const dates = withDates ? datesPass(text, documentDate, sentences, passes, dateDiagnostics) : null;
  return { quotes, attributions, diagnostics, dates, dateDiagnostics };
}

/** The dates pass under its guard (no dates when it is off); its diagnostics go to `diagnostics`. */
function datesPass(
  text: string, documentDate: Prepared['documentDate'], sentences: Prepared['sentences'], passes: NonNullable<Prepared['options']['passes']>,
  diagnostics: Diagnostic[],
): TimeExpression[] {
  if (passes.dates === false) return [];
  return guard('dates', diagnostics, [], () => tagDates(text, { documentDate: documentDate.value, sentences, diagnostics }));
}

/** The quotes and attributions passes under their guards; `marks`, the quotation marks already paired, if any. */
function quotePasses(
  text: string, paragraphs: Prepared['paragraphs'], sentences: Prepared['sentences'], passes: NonNullable<Prepared['options']['passes']>,
  marks?: QuoteSpan[],
): Pick<QuoteSide, 'quotes' | 'attributions' | 'diagnostics'> {
  const diagnostics: Diagnostic[] = [];
  const quotes: RawQuote[] = passes.quotes !== false || passes.attributions !== false ? guard('quotes', diagnostics, [], () => findQuotes(text, { paragraphs, sentences, marks })) : [];
  const attributions: RawAttribution[] = passes.attributions !== false ? guard('attributions', diagnostics, [], () => findAttributions({ text, paragraphs, sentences, quotes })) : [];
  return { quotes, attributions, diagnostics };
}

/**
 * The whole analysis of one document. Never throws: problems become diagnostics. `side`, when given, is what
 * quoteSide(input, given) answered, and the quotes, attributions and dates passes are not run again.
 */
export function analyze(input: string, given?: AnalyzeOptions | null, side?: QuoteSide | null): DocumentAnalysis {
  return analyzeInTwo(input, given)(side);
}

/**
 * analyze() in two steps, for a thread that waits for another's quoteSide() answer (SplitRunner): this call runs
 * the segmentation and the entity pass, the function it returns the rest with `side`. analyze(input, given, side)
 * is analyzeInTwo(input, given)(side), so the analysis is the same.
 */
export function analyzeInTwo(input: string, given?: AnalyzeOptions | null): (side?: QuoteSide | null) => DocumentAnalysis {
  const { options, text, diagnostics, documentDate, early, paragraphs, sentences } = prepare(input, given);
  if (early) return () => early;
  const passes = options.passes ?? {};

  // Passes run in order, each under its own guard: entities (reading only the cheap pairing of quotation marks),
  // quotes and attributions, the linking of speakers and sources to entities, dates.
  // The quotation marks are paired once: the entity pass reads them as quote regions, the quotes pass as its spans.
  let marks: QuoteSpan[] | undefined;
  let state: EntityState | null = null;
  if (passes.entities !== false) {
    state = guard('entities', diagnostics, null, () => {
      marks = pairQuoteMarks(text, paragraphs);
      return collectEntities(text, { paragraphs, sentences, quoteRegions: marks });
    });
  }
  return (side) => rest(side, text, options, diagnostics, documentDate, paragraphs, sentences, marks, state);
}

function rest(
  side: QuoteSide | null | undefined, text: string, options: Prepared['options'], diagnostics: Diagnostic[], documentDate: Prepared['documentDate'],
  paragraphs: Prepared['paragraphs'], sentences: Prepared['sentences'], marks: QuoteSpan[] | undefined, state: EntityState | null,
): DocumentAnalysis {
  const passes = options.passes ?? {};
  const wantQuotes = passes.quotes !== false;
  const found = side ?? quotePasses(text, paragraphs, sentences, passes, marks);
  const rawQuotes = found.quotes;
  const rawAttributions = found.attributions;
  for (const d of found.diagnostics) diagnostics.push(d);
  let links: Links | null = null;
  if (state) {
    const s = state;
    links = guard('linking', diagnostics, null, () => linkSources(s, rawQuotes, rawAttributions));
  }
  // Without links (linking failed) the entities still stand, only unlinked.
  const entities: Entity[] = links ? links.entities : state ? guard('entities', diagnostics, [], () => entityList(state!)) : [];
  // The passes made these objects for this document alone: each takes its links in place rather than being copied by
  // a spread. A new key lands last and an existing one keeps its place either way, so the JSON is the same.
  const attributions = rawAttributions as Writable<Attribution>[];
  for (let i = 0; i < attributions.length; i++) attributions[i].sourceId = links?.sourceIds[i] ?? null;
  // Each quote names the statement it belongs to and takes its confidence.
  const statementOf = new Map<string, Attribution>();
  for (const a of attributions) for (const id of a.quoteIds) statementOf.set(id, a);
  const quotes: Quote[] = wantQuotes ? new Array<Quote>(rawQuotes.length) : [];
  for (let i = 0; i < quotes.length; i++) quotes[i] = linkedQuote(rawQuotes[i], links?.speakerIds[i] ?? null, statementOf.get(rawQuotes[i].id));
  let dates: TimeExpression[];
  if (side?.dates) {
    dates = side.dates;
    for (const d of side.dateDiagnostics) diagnostics.push(d);
  } else dates = datesPass(text, documentDate, sentences, passes, diagnostics);
  return { textLength: text.length, documentDate, paragraphs, sentences, quotes, attributions, entities, dates, diagnostics };
}
