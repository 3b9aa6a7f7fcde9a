// One unit of work of the command line, as a worker thread runs it: LOAD a document (bytes → text, metadata),
// ANALYZE it with the core, RENDER it in the chosen format. New per-document options plug in at one of these
// steps: reading a curated NAME.ann belongs in loadFile, an --explain view in render. What comes back is plain
// data: the main thread prints it and writes the output files in input order, while the worker goes on with the
// next document.
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { analyze, analyzeInTwo, quoteSide, type QuoteSide } from '../core/analyze';
import { loadCurated } from '../core/curated';
import { parseIsoDate } from '../core/documentDate';
import { toBrat } from '../core/formats/brat';
import { toEval } from '../core/formats/evalJson';
import { explainAttributions } from '../core/formats/explain';
import { toJson, toJsonLine } from '../core/formats/json';
import { toTable } from '../core/formats/table';
import { decodeText, type TextEncodingName } from '../core/text/decode';
import type { AnalyzeOptions, Diagnostic, DocumentAnalysis } from '../core/types';
import { curatedPathOf, metaPathOf, type PlannedOutputs } from './inputs';
import type { CliOptions } from './options';
import { describeFsError } from './write';

/** Larger files are refused rather than risk the machine's memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface FileJob {
  readonly kind: 'file';
  readonly path: string;
  readonly name: string;
  readonly outputs?: PlannedOutputs;
}

export interface RecordsJob {
  readonly kind: 'records';
  readonly source: string;
  readonly firstLine: number;
  readonly lines: readonly string[];
}

export type Job = FileJob | RecordsJob;

export interface JobResult {
  /** What goes to stdout for this job ('' when its output goes to files); the main thread adds JSON array punctuation. */
  readonly stdout: string;
  /** Output files to write, [path, content], in order. */
  readonly files: readonly (readonly [string, string])[];
  /** One line each, without the program's prefix. */
  readonly problems: readonly string[];
  /** Documents or records this job took in (annotated or not). */
  readonly items: number;
  /** Documents or records annotated. */
  readonly documents: number;
  /** Documents or records that failed (and make the exit status 1). */
  readonly failed: number;
  readonly quotes: number;
  readonly attributions: number;
  readonly dates: number;
  /** Input size, for the progress line's MB/s. */
  readonly bytes: number;
}

/** A document ready for analysis: what LOAD produced. */
interface LoadedDocument {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly warning?: string;
  readonly meta?: unknown;
  /** NAME.ann beside the article, corrected by hand: then it is the document's annotation. */
  readonly curated?: { readonly path: string; readonly text: string };
  readonly bytes: number;
  /** Notes for the problem lines that do not fail the document (ignored metadata). */
  readonly notes: readonly string[];
}

class DocumentError extends Error {}

function readRegularFile(path: string): Buffer {
  let fd: number;
  try {
    // Non-blocking, so a FIFO that slipped past the listing opens at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new DocumentError(`cannot read: ${describeFsError(err)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new DocumentError('not a regular file; skipped');
    if (stat.size > MAX_FILE_BYTES) throw new DocumentError(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped`);
    return readToEnd(fd, stat.size);
  } catch (err) {
    throw err instanceof DocumentError ? err : new DocumentError(`cannot read: ${describeFsError(err)}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of an open regular file of `size` bytes (as fstat said), read as readFileSync(fd) reads them (up to that
 * size) but without the second fstat that readFileSync makes.
 */
function readToEnd(fd: number, size: number): Buffer {
  // An empty size can still have bytes to read (a file under /proc): readFileSync reads it in chunks until the end.
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let pos = 0;
  while (pos < size) {
    const n = readSync(fd, bytes, pos, size - pos, null);
    if (n === 0) break;
    pos += n;
  }
  return pos < size ? bytes.subarray(0, pos) : bytes;
}

/** LOAD: the article's bytes decoded, NAME.meta.json beside it, and the curated NAME.ann beside it. */
function loadFile(job: FileJob, options: CliOptions): LoadedDocument {
  const bytes = readRegularFile(job.path);
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') throw new DocumentError(`${decoded.warning ?? 'binary data'}; skipped`);
  const notes: string[] = [];
  let meta: unknown;
  const metaPath = metaPathOf(job);
  // Asked about only when the output planner did not see it there already (its lstat of the path, which it makes to
  // protect the file): a read that fails all the same is a file gone since then, unless the path is still there.
  const seen = job.outputs?.metaFound === true;
  if (seen || existsSync(metaPath)) {
    let metaText: string | undefined;
    try {
      metaText = readFileSync(metaPath, 'utf8');
      meta = JSON.parse(metaText);
    } catch (err) {
      if (metaText !== undefined || !seen || existsSync(metaPath)) {
        notes.push(`${metaPath}: ${err instanceof SyntaxError ? 'not valid JSON' : `cannot read (${describeFsError(err)})`}, ignored`);
      }
    }
  }
  // --explain describes the automatic pass, so a curated file has nothing to add there.
  let curated: LoadedDocument['curated'];
  const annPath = curatedPathOf(job);
  if (!options.ignoreCurated && !options.explain && existsSync(annPath)) {
    try {
      curated = { path: annPath, text: readFileSync(annPath, 'utf8') };
    } catch (err) {
      // Falling back to the automatic analysis would silently drop a person's corrections.
      throw new DocumentError(`cannot read the curated ${annPath}: ${describeFsError(err)} (--ignore-curated for the automatic analysis)`);
    }
  }
  return { text: decoded.text, encoding: decoded.encoding, warning: decoded.warning, meta, curated, bytes: bytes.length, notes };
}

/**
 * ANALYZE: the core's analysis (or the curated one), with how the text was decoded among its diagnostics, in two steps
 * (analyzeInTwo): the entity pass now, the rest with the quote side another thread answered (or none: run here).
 */
function analyzeLoadedInTwo(doc: LoadedDocument, fileName: string | undefined, options: CliOptions, date?: string): (side?: QuoteSide | null) => DocumentAnalysis {
  const analyzeOptions = { fileName, meta: doc.meta, documentDate: date ?? options.date, passes: options.passes };
  const second = analyzeInTwo(doc.text, analyzeOptions);
  return (side) => finishLoaded(doc, analyzeOptions, second(side));
}

function finishLoaded(doc: LoadedDocument, analyzeOptions: AnalyzeOptions, automatic: DocumentAnalysis): DocumentAnalysis {
  const analysis = doc.curated ? loadCurated(doc.text, doc.curated.text, analyzeOptions, automatic) : automatic;
  if (!doc.warning) return analysis;
  const encoding: Diagnostic = { severity: 'warning', code: 'encoding', message: `Encoding: ${doc.warning}.` };
  return { ...analysis, diagnostics: [encoding, ...analysis.diagnostics] };
}

const errorsOf = (analysis: DocumentAnalysis) => analysis.diagnostics.filter((d) => d.severity === 'error');

function counts(analysis: DocumentAnalysis) {
  return { quotes: analysis.quotes.length, attributions: analysis.attributions.length, dates: analysis.dates.length };
}

/** RENDER: the text for stdout, or the files to write, of one analysed document. */
function render(analysis: DocumentAnalysis, doc: LoadedDocument, title: string, options: CliOptions, outputs?: PlannedOutputs): { stdout: string; files: [string, string][] } {
  // The analysis is the automatic one here: LOAD reads no curated file for --explain.
  if (options.explain) return { stdout: `${explainAttributions(doc.text, {}, title, analysis)}\n\n`, files: [] };
  switch (options.format) {
    case 'table':
      return { stdout: `${toTable(analysis, title, doc.encoding)}\n\n`, files: [] };
    case 'jsonl':
      return { stdout: `${toJsonLine(analysis, { id: title, encoding: doc.encoding })}\n`, files: [] };
    case 'json':
      return outputs ? { stdout: '', files: [[outputs.main, toJson(analysis, title, doc.encoding)]] } : { stdout: toJson(analysis, title, doc.encoding), files: [] };
    case 'eval':
      return { stdout: '', files: [[outputs!.main, JSON.stringify(toEval(analysis))]] };
    case 'brat': {
      const files: [string, string][] = [[outputs!.main, toBrat(doc.text, analysis)]];
      if (outputs!.textCopy) files.push([outputs!.textCopy, doc.text]);
      return { stdout: '', files };
    }
  }
}

const EMPTY = { stdout: '', files: [], problems: [], items: 1, documents: 0, failed: 0, quotes: 0, attributions: 0, dates: 0, bytes: 0 };

/** A file job's document loaded ahead (SplitRunner), or why it could not be. */
export type LoadedFile = { readonly doc: LoadedDocument } | { readonly error: DocumentError };

export function loadFileJob(job: FileJob, options: CliOptions): LoadedFile {
  try {
    return { doc: loadFile(job, options) };
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    return { error: err };
  }
}

/**
 * The quotes, attributions and dates passes of a file job's document, for another thread (SplitRunner): the same text
 * and analysis options as analyzeLoadedInTwo gives analyze().
 */
export interface QuoteSideJob {
  readonly kind: 'quote-side';
  readonly text: string;
  readonly fileName: string;
  readonly meta: unknown;
  /** Whether the dates pass runs there too (else the thread that asked runs it). */
  readonly dates: boolean;
}

export function quoteSideJob(job: FileJob, loaded: LoadedFile, dates = true): QuoteSideJob | null {
  return 'doc' in loaded ? { kind: 'quote-side', text: loaded.doc.text, fileName: job.path, meta: loaded.doc.meta, dates } : null;
}

/**
 * The worker's answer to a quote-side job: quoteSide() as JSON text (null when analyze() would not run the passes).
 * A string crosses to the other thread as one copy, and JSON.parse builds its objects there for less than the
 * structured clone's deserializer (over polnear-train's answers, warm: ~0.04 against ~0.07 CPU s, on the main thread,
 * which is the busier one). Nothing is lost: the answer holds only strings, finite numbers, booleans, null, arrays and
 * plain objects, with no key set to undefined (a test checks it), so the analysis is the same.
 */
export function runQuoteSideJob(job: QuoteSideJob, options: CliOptions): string | null {
  const side = quoteSide(job.text, { fileName: job.fileName, meta: job.meta, documentDate: options.date, passes: options.passes }, job.dates);
  return side && JSON.stringify(side);
}

/** `loaded` and `side`: the document loaded ahead and its quotes, attributions and dates passes run elsewhere (SplitRunner). */
export function runFileJob(job: FileJob, options: CliOptions, loaded?: LoadedFile, side?: QuoteSide | null): JobResult {
  return startFileJob(job, options, loaded)(side);
}

/**
 * runFileJob in two steps: this call loads the document (unless `loaded`) and runs its segmentation and entity pass,
 * the function it returns the rest with the quote side answered by another thread (SplitRunner runs the first step
 * while it waits for that answer). The result is runFileJob's.
 */
export function startFileJob(job: FileJob, options: CliOptions, loaded?: LoadedFile): (side?: QuoteSide | null) => JobResult {
  const got = loaded ?? loadFileJob(job, options);
  if ('error' in got) return () => ({ ...EMPTY, problems: [`${job.path}: ${got.error.message}`], failed: 1 });
  const doc = got.doc;
  const second = analyzeLoadedInTwo(doc, job.path, options);
  return (side) => finishFileJob(job, options, doc, second(side));
}

function finishFileJob(job: FileJob, options: CliOptions, doc: LoadedDocument, analysis: DocumentAnalysis): JobResult {
  const problems: string[] = [...doc.notes];
  if (doc.warning) problems.push(`${job.path}: ${doc.warning}`);
  if (!doc.text.trim()) problems.push(`${job.path}: empty file, nothing to annotate`);
  // Bad lines of a curated file are reported where they are; the rest of it is still the annotation.
  for (const p of analysis.curated?.problems ?? []) problems.push(`${doc.curated!.path}:${p.line}: ${p.message}`);
  const errors = errorsOf(analysis);
  for (const d of errors) problems.push(`${job.path}: ${d.message}`);
  const out = render(analysis, doc, job.path, options, job.outputs);
  if (options.format === 'brat' && job.outputs && !job.outputs.textCopy && doc.encoding !== 'utf-8') {
    problems.push(`${job.path}: brat reads ${job.name}.txt as UTF-8, but it is ${doc.encoding}; annotate into another --out folder for a UTF-8 copy that fits the .ann offsets`);
  }
  return { ...out, problems, items: 1, documents: 1, failed: errors.length ? 1 : 0, ...counts(analysis), bytes: doc.bytes };
}

type RecordOutcome = { readonly id: unknown; readonly text: string; readonly date?: string } | { readonly id: unknown; readonly error: string };

/** A JSONL input line → the record it holds, or why it holds none. */
export function parseRecord(line: string): RecordOutcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `not valid JSON (${(err as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { id: null, error: 'not a JSON object' };
  const record = value as { id?: unknown; text?: unknown; date?: unknown };
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (id === null) return { id: record.id ?? null, error: '"id" must be a string or a number' };
  if (typeof record.text !== 'string') return { id, error: '"text" must be a string' };
  if (record.date !== undefined && record.date !== null) {
    if (typeof record.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(record.date) || !parseIsoDate(record.date)) {
      return { id, error: '"date" must be a real calendar date as YYYY-MM-DD' };
    }
    return { id, text: record.text, date: record.date };
  }
  return { id, text: record.text };
}

export function runRecordsJob(job: RecordsJob, options: CliOptions): JobResult {
  const out: string[] = [];
  const problems: string[] = [];
  let items = 0;
  let documents = 0;
  let failed = 0;
  let quotes = 0;
  let attributions = 0;
  let dates = 0;
  let bytes = 0;
  job.lines.forEach((line, i) => {
    if (!line.trim()) return;
    const lineNo = job.firstLine + i;
    items++;
    bytes += line.length;
    const record = parseRecord(line);
    if ('error' in record) {
      failed++;
      problems.push(`${job.source} line ${lineNo}${record.id !== null ? ` (id ${JSON.stringify(record.id)})` : ''}: ${record.error}`);
      if (options.format === 'jsonl') out.push(`${JSON.stringify({ id: record.id, line: lineNo, error: record.error })}\n`);
      return;
    }
    const analysis = analyze(record.text, { documentDate: record.date ?? options.date, passes: options.passes });
    const errors = errorsOf(analysis);
    for (const d of errors) problems.push(`${job.source} line ${lineNo} (id ${JSON.stringify(record.id)}): ${d.message}`);
    if (errors.length) failed++;
    documents++;
    quotes += analysis.quotes.length;
    attributions += analysis.attributions.length;
    dates += analysis.dates.length;
    out.push(options.format === 'table' ? `${toTable(analysis, String(record.id))}\n\n` : `${toJsonLine(analysis, { id: record.id })}\n`);
  });
  return { stdout: out.join(''), files: [], problems, items, documents, failed, quotes, attributions, dates, bytes };
}

export function runJob(job: Job, options: CliOptions): JobResult {
  return job.kind === 'file' ? runFileJob(job, options) : runRecordsJob(job, options);
}
