// The command line: the same core.analyze over files and folders, written in one of four formats.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { analyze, looksBinary, parseIsoDate } from '../core';
import { loadCurated } from '../core/curated';
import { BRAT_ANNOTATION_CONF, toBrat } from '../core/formats/brat';
import { toEval } from '../core/formats/evalJson';
import { explainAttributions } from '../core/formats/explain';
import { toJson } from '../core/formats/json';
import { toTable } from '../core/formats/table';

// The bundle doubles as a library for scripts/bench.mjs.
export { analyze };

const FORMATS = ['table', 'json', 'eval', 'brat'] as const;
type Format = (typeof FORMATS)[number];

/** Larger files are refused rather than risk the machine's memory. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

const USAGE = `usage: annotate [--format table|json|eval|brat] [--out DIR] [--date YYYY-MM-DD] [--explain] [--ignore-curated] FILE_OR_DIR...
  table  (default) speakers with their quotes and dates with their values, on stdout
  json   the full analysis; on stdout, or NAME.analysis.json per file in --out
  eval   NAME.json per NAME.txt in --out, the scorer's format (../shared/eval/FORMAT.md)
  brat   NAME.ann (+ NAME.txt and annotation.conf) per file in --out, for the brat annotation tool
--explain prints, per attribution, the strategy, the cue's scores, the source candidates and why the winner won
A directory stands for every .txt file in it. The document date comes from --date, else the
text's dateline, else NAME.meta.json, else a date in the file name. A curated NAME.ann beside
NAME.txt (corrected by hand) is the document's annotation; --ignore-curated uses the automatic one.`;

interface Options {
  format: Format;
  out?: string;
  date?: string;
  ignoreCurated?: boolean;
  explain?: boolean;
  inputs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const opts: Options = { format: 'table', inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${arg.split('=')[0]} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') throw new UsageError('');
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (table, json, eval or brat)`);
      opts.format = f as Format;
    } else if (arg === '--out' || arg.startsWith('--out=')) opts.out = value();
    else if (arg === '--ignore-curated') opts.ignoreCurated = true;
    else if (arg === '--date' || arg.startsWith('--date=')) {
      const d = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || !parseIsoDate(d)) throw new UsageError(`invalid --date "${d}": expected a real calendar date as YYYY-MM-DD`);
      opts.date = d;
    } else if (arg === '--explain') opts.explain = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else opts.inputs.push(arg);
  }
  if (!opts.inputs.length) throw new UsageError('no file or folder given');
  if ((opts.format === 'eval' || opts.format === 'brat') && !opts.out) throw new UsageError(`--format ${opts.format} needs --out DIR`);
  return opts;
}

/** Expands folders to their .txt files (sorted); reports inputs that do not exist. */
function collectFiles(inputs: string[], problems: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) {
      problems.push(`${input}: no such file or folder`);
      continue;
    }
    if (statSync(input).isDirectory()) {
      const txt = readdirSync(input).filter((f) => f.endsWith('.txt')).sort();
      if (!txt.length) problems.push(`${input}: folder has no .txt files`);
      files.push(...txt.map((f) => join(input, f)));
    } else files.push(input);
  }
  return files;
}

function readMeta(file: string): unknown {
  const metaPath = join(dirname(file), `${basename(file, extname(file))}.meta.json`);
  if (!existsSync(metaPath)) return undefined;
  try {
    return JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch {
    process.stderr.write(`${metaPath}: not valid JSON, ignored\n`);
    return undefined;
  }
}

export function main(argv: string[]): number {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.message) process.stderr.write(`annotate: ${err.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      return err.message ? 2 : 0;
    }
    throw err;
  }
  const problems: string[] = [];
  const files = collectFiles(opts.inputs, problems);
  if (opts.out) mkdirSync(opts.out, { recursive: true });
  if (opts.format === 'brat' && opts.out) writeFileSync(join(opts.out, 'annotation.conf'), BRAT_ANNOTATION_CONF);

  let done = 0;
  const jsonDocs: string[] = [];
  for (const file of files) {
    let buf: Buffer;
    try {
      if (statSync(file).size > MAX_FILE_BYTES) {
        problems.push(`${file}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, skipped`);
        continue;
      }
      buf = readFileSync(file);
    } catch (err) {
      problems.push(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      continue;
    }
    const text = buf.toString('utf8');
    if (buf.includes(0) || looksBinary(text)) {
      problems.push(`${file}: binary data, not a text file; skipped`);
      continue;
    }
    if (!text.trim()) problems.push(`${file}: empty file, nothing to annotate`);
    const options = { fileName: file, meta: readMeta(file), documentDate: opts.date };
    if (opts.explain) {
      process.stdout.write(`${explainAttributions(text, options, file)}\n\n`);
      done++;
      continue;
    }
    const annPath = join(dirname(file), `${basename(file, extname(file))}.ann`);
    const curated = !opts.ignoreCurated && existsSync(annPath) ? readFileSync(annPath, 'utf8') : null;
    const analysis = curated === null ? analyze(text, options) : loadCurated(text, curated, options);
    for (const p of analysis.curated?.problems ?? []) problems.push(`${annPath}:${p.line}: ${p.message}`);
    for (const d of analysis.diagnostics) if (d.severity === 'error') problems.push(`${file}: ${d.message}`);
    const name = basename(file, extname(file));
    switch (opts.format) {
      case 'table':
        process.stdout.write(`${toTable(analysis, file)}\n\n`);
        break;
      case 'json':
        if (opts.out) writeFileSync(join(opts.out, `${name}.analysis.json`), toJson(analysis, file));
        else jsonDocs.push(toJson(analysis, file));
        break;
      case 'eval':
        writeFileSync(join(opts.out!, `${name}.json`), JSON.stringify(toEval(analysis)));
        break;
      case 'brat':
        // A person's corrections are never overwritten by an export.
        if (resolve(join(opts.out!, `${name}.ann`)) === resolve(annPath) && existsSync(annPath)) {
          problems.push(`${annPath}: curated by hand, left as it is (export to another folder)`);
          continue;
        }
        writeFileSync(join(opts.out!, `${name}.ann`), toBrat(text, analysis));
        if (resolve(dirname(file)) !== resolve(opts.out!)) writeFileSync(join(opts.out!, `${name}.txt`), text);
        break;
    }
    done++;
  }
  if (jsonDocs.length) process.stdout.write(jsonDocs.length === 1 ? `${jsonDocs[0]}\n` : `[\n${jsonDocs.join(',\n')}\n]\n`);
  for (const p of problems) process.stderr.write(`annotate: ${p}\n`);
  if (opts.out && done) process.stderr.write(`annotate: ${done} file(s) written to ${opts.out} (${opts.format})\n`);
  return done > 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
