// The workspace index's work, done in pool worker threads (Node only, no `vscode`): read an article, the
// NAME.meta.json beside it and its curated NAME.ann (when a person corrected it), hash them with the
// analyser version, and return the cached summary for that hash or analyse the text, write the cache
// (temp file + rename) and return the new summary: of the curated annotation when there is one, as the
// editor shows it. The extension host thread only ever receives small summaries. File access is synchronous on purpose: a
// worker has nothing else to do meanwhile, and the promise forms cost several times more per small file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { analyze } from '../../core';
import { loadCurated } from '../../core/curated';
import { summarize, type DocumentSummary } from '../../core/corpus/summary';
import type { DocumentAnalysis } from '../../core/types';
import { fileText } from '../logic/fileText';

export interface IndexFile {
  readonly uri: string;
  /** File-system path, for files the worker reads itself. */
  readonly path?: string;
  /** The file's bytes, for files only the host can read (non-`file:` schemes). */
  readonly bytes?: Uint8Array;
  /** NAME.meta.json's bytes, read by the host alongside `bytes`. */
  readonly metaBytes?: Uint8Array;
  /** Where the article's curated NAME.ann would be (beside it, or under newsAnnotator.curatedFolder), for the worker to read. */
  readonly annPath?: string;
  /** NAME.ann's bytes, read by the host alongside `bytes`. */
  readonly annBytes?: Uint8Array;
}

export interface IndexJob {
  readonly files: readonly IndexFile[];
  /** Where summaries and analyses are cached (one folder per analyser version); no cache without it. */
  readonly cacheDir?: string;
  readonly version: string;
}

export type IndexResult =
  | { readonly uri: string; readonly ok: true; readonly key: string; readonly summary: DocumentSummary; readonly cached: boolean; readonly analyzeMs: number }
  | { readonly uri: string; readonly ok: false; readonly error: string; readonly missing: boolean };

/** The meta file beside an article: NAME.txt → NAME.meta.json (only for .txt articles). */
export function metaPathOf(path: string): string | undefined {
  return /\.txt$/i.test(path) ? path.replace(/\.txt$/i, '.meta.json') : undefined;
}

/** The parsed meta file, or undefined when absent or not JSON (the dateline or the file name decides then). */
export function parseMeta(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** Cache key: everything the analysis depends on (analyser version, file name, meta, text). */
export function cacheKey(version: string, fileName: string, meta: Uint8Array | undefined, bytes: Uint8Array): string {
  const h = createHash('sha1');
  h.update(`${version}\0${fileName}\0`);
  if (meta) h.update(meta);
  h.update('\0');
  h.update(bytes);
  return h.digest('hex');
}

/**
 * Key of the summary of a curated article: the automatic analysis' key and NAME.ann's bytes. The automatic
 * analysis stays cached under its own key (the editor layers the curated file over it, as it does for an
 * open article), so a correction costs a new summary, not a new analysis.
 */
export function curatedKey(key: string, ann: Uint8Array): string {
  const h = createHash('sha1');
  h.update(`${key}\0curated\0`);
  h.update(ann);
  return h.digest('hex');
}

export const summaryPath = (cacheDir: string, key: string): string => join(cacheDir, key.slice(0, 2), `${key}.summary.json`);
export const analysisPath = (cacheDir: string, key: string): string => join(cacheDir, key.slice(0, 2), `${key}.analysis.json`);

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomically(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function readOptional(path: string | undefined): Uint8Array | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function readCachedAnalysisSync(cacheDir: string | undefined, key: string): DocumentAnalysis | undefined {
  if (!cacheDir) return undefined;
  try {
    return JSON.parse(readFileSync(analysisPath(cacheDir, key), 'utf8')) as DocumentAnalysis;
  } catch {
    return undefined;
  }
}

function indexOne(file: IndexFile, job: IndexJob): IndexResult {
  let bytes: Uint8Array;
  try {
    bytes = file.bytes ?? readFileSync(file.path!);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { uri: file.uri, ok: false, error: err instanceof Error ? err.message : String(err), missing: code === 'ENOENT' || code === 'ENOTDIR' };
  }
  const name = basename(file.path ?? decodeURIComponent(file.uri.split('/').pop() ?? file.uri));
  const metaBytes = file.bytes ? file.metaBytes : readOptional(metaPathOf(file.path!));
  const annBytes = file.bytes ? file.annBytes : readOptional(file.annPath);
  // The automatic analysis' key; a curated article's summary has its own (see curatedKey).
  const automaticKey = cacheKey(job.version, name, metaBytes, bytes);
  const key = annBytes ? curatedKey(automaticKey, annBytes) : automaticKey;
  const { cacheDir } = job;
  if (cacheDir) {
    try {
      const summary = JSON.parse(readFileSync(summaryPath(cacheDir, key), 'utf8')) as DocumentSummary;
      return { uri: file.uri, ok: true, key, summary, cached: true, analyzeMs: 0 };
    } catch {
      // Not cached yet (or a damaged entry, which is rewritten below).
    }
  }
  const text = fileText(bytes);
  const options = { fileName: name, meta: parseMeta(metaBytes) };
  const t0 = performance.now();
  // A curated article corrected again still has its automatic analysis cached.
  const cachedAutomatic = annBytes ? readCachedAnalysisSync(cacheDir, automaticKey) : undefined;
  const automatic = cachedAutomatic && cachedAutomatic.textLength === text.length ? cachedAutomatic : analyze(text, options);
  const analysis = annBytes ? loadCurated(text, new TextDecoder('utf-8').decode(annBytes), options, automatic) : automatic;
  const analyzeMs = performance.now() - t0;
  const summary = summarize(analysis);
  if (cacheDir) {
    try {
      mkdirSync(join(cacheDir, key.slice(0, 2)), { recursive: true });
      mkdirSync(join(cacheDir, automaticKey.slice(0, 2)), { recursive: true });
      // The full analysis first: a summary on disk promises that its (automatic) analysis is there too.
      if (automatic !== cachedAutomatic) writeAtomically(analysisPath(cacheDir, automaticKey), JSON.stringify(automatic));
      writeAtomically(summaryPath(cacheDir, key), JSON.stringify(summary));
    } catch {
      // A read-only or full disk costs the cache, not the result.
    }
  }
  return { uri: file.uri, ok: true, key, summary, cached: false, analyzeMs };
}

/** One pool job: a batch of files, each answered on its own (one unreadable file does not fail the batch). */
export function indexFiles(job: IndexJob): IndexResult[] {
  const out: IndexResult[] = [];
  for (const file of job.files) {
    try {
      out.push(indexOne(file, job));
    } catch (err) {
      out.push({ uri: file.uri, ok: false, error: err instanceof Error ? err.message : String(err), missing: false });
    }
  }
  return out;
}

/** The cached full analysis of a key, or undefined when it is not (or no longer) there (read asynchronously: the host calls it). */
export async function readCachedAnalysis(cacheDir: string, key: string): Promise<DocumentAnalysis | undefined> {
  try {
    return JSON.parse(await readFile(analysisPath(cacheDir, key), 'utf8')) as DocumentAnalysis;
  } catch {
    return undefined;
  }
}
