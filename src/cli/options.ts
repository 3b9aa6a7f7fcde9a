// Command-line arguments → one typed options object (Node's util.parseArgs), and the help text that documents them.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { parseIsoDate } from '../core/documentDate';

export const FORMATS = ['table', 'json', 'jsonl', 'eval', 'brat'] as const;
export type Format = (typeof FORMATS)[number];
export const INPUT_KINDS = ['files', 'jsonl'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];
export const PASSES = ['quotes', 'attributions', 'entities', 'dates'] as const;
export type Passes = { readonly [P in (typeof PASSES)[number]]: boolean };

/** Exit statuses, as documented in the help text and the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130, brokenPipe: 141 } as const;

/** Everything a run needs to know; plain data, so it travels to the worker threads as it is. */
export interface CliOptions {
  readonly format: Format;
  readonly input: InputKind;
  readonly out?: string;
  readonly date?: string;
  readonly jobs: number;
  readonly passes: Passes;
  readonly quiet: boolean;
  /** Annotate with the automatic analysis even where a curated NAME.ann is beside the article. */
  readonly ignoreCurated: boolean;
  /** Print how each attribution was decided instead of a format (files only, on stdout). */
  readonly explain: boolean;
  /** Files and folders (`--input files`), or JSONL files with `-` for stdin (`--input jsonl`; none = stdin). */
  readonly inputs: readonly string[];
}

export type Command = { readonly kind: 'annotate'; readonly options: CliOptions } | { readonly kind: 'help' } | { readonly kind: 'version' };

export class UsageError extends Error {}

/** Every option the command takes; HELP documents each of them (a test holds them together). */
export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  date: { type: 'string', short: 'd' },
  input: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  passes: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'ignore-curated': { type: 'boolean' },
  explain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

export const HELP = `usage: news-annotator [annotate] [options] FILE_OR_DIR...
       news-annotator annotate --input jsonl [options] [FILE.jsonl | -]

Annotates plain-text news articles: speakers and their quotes, attributions, dates normalized to
TimeML values against the article's own date, people, organizations and places.
A folder stands for every .txt file directly in it.

options
  -f, --format FORMAT  table (default): speakers, quotes and dates per document, on stdout
                       json: the full analysis; on stdout, or NAME.analysis.json per file in --out
                       jsonl: one compact JSON line per document or input record, on stdout
                       eval: NAME.json per NAME.txt in --out, the scorer's format (shared/eval/FORMAT.md)
                       brat: NAME.ann (+ NAME.txt, annotation.conf) per file in --out, for the brat tool
  -o, --out DIR        write one output file per document into DIR (created when missing); outputs are
                       written atomically, never over an input, and two inputs never share an output
  -d, --date YYYY-MM-DD  the document date of every document; otherwise the text's dateline, then
                       NAME.meta.json beside the file, then a date in the file name
      --input KIND     files (default): FILE_OR_DIR arguments are articles
                       jsonl: one JSON record a line, {"id": ..., "text": "...", "date": "YYYY-MM-DD"?},
                       from the files given or stdin; answers in --format jsonl (default) or table,
                       one line per non-blank input line, in input order
  -j, --jobs N         documents analysed in parallel on N threads (default: ${availableParallelism()}, the number of
                       CPUs): files on the main thread and N-1 workers, JSONL on N workers (1: the main thread
                       alone); output order and content are the same for any N
      --passes LIST    comma-separated passes to run: quotes, attributions, entities, dates, all
                       (default) or none (only the document date)
      --ignore-curated  the automatic analysis even where a curated NAME.ann (corrected by hand) is
                       beside NAME.txt; otherwise that file is the document's annotation, and each of
                       its unusable lines is one problem line, NAME.ann:LINE: why
      --explain        instead of a format, print per attribution the strategy, the cue's scores, the
                       source candidates and why the winner won (of the automatic analysis, on stdout)
  -q, --quiet          no summary line at the end (problems are still reported)
  -h, --help           this text
  -V, --version        the version

Each file is read as UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or
else Windows-1252 (Latin-1); the encoding used is in the output and anything but UTF-8 is warned about.
Offsets are UTF-16 string offsets into the decoded text (after any byte-order mark), end exclusive.

On a terminal, a progress line on stderr shows documents done, MB/s and the time left; a summary line
(documents, quotes, attributions, dates, errors, seconds) ends every run on stderr unless --quiet.
Every problem is one line on stderr: missing or unreadable inputs, binary data, files that are not
regular files (FIFOs, devices: skipped), outputs that would overwrite an input or each other, or a
brat export that would overwrite a curated NAME.ann (that file is left as it is).

exit status
  0    every input was annotated (and written)
  1    some input failed: missing, unreadable, binary, not a regular file, a bad JSONL record, an output
       that could not be written or was refused, a failed analysis pass; everything else was still done
  2    usage error (unknown option, invalid --date, --format eval or brat without --out, ...)
  130  interrupted (Ctrl-C, SIGTERM); the outputs already written are whole
  141  stdout was closed by the reader (as with SIGPIPE)

examples
  news-annotator annotate seeds/
  news-annotator annotate --format eval --out out/ ../shared/eval/polnear-dev
  cat records.jsonl | news-annotator annotate --input jsonl --format jsonl > annotated.jsonl`;

function parsePasses(value: string | undefined): Passes {
  const all: Passes = { quotes: true, attributions: true, entities: true, dates: true };
  if (value === undefined || value === 'all') return all;
  const none: Passes = { quotes: false, attributions: false, entities: false, dates: false };
  if (value === 'none') return none;
  const chosen = { ...none };
  for (const name of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (!(PASSES as readonly string[]).includes(name)) throw new UsageError(`unknown pass "${name}" in --passes (${PASSES.join(', ')}, all or none)`);
    chosen[name as keyof Passes] = true;
  }
  return chosen;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${option} "${value}" (${allowed.join(', ')})`);
  return value as T;
}

export function parseCommandLine(argv: readonly string[]): Command {
  // `annotate` is the one command and the default, so `news-annotator FILE` and older scripts keep working.
  const args = argv[0] === 'annotate' ? argv.slice(1) : [...argv];
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (err) {
    // parseArgs explains itself ("Unknown option '--x'"); drop its advice about '--' that suits no one here.
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };

  const input = oneOf('--input', v.input, INPUT_KINDS, 'files');
  const format = oneOf('--format', v.format, FORMATS, input === 'jsonl' ? 'jsonl' : 'table');
  if (v.date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(v.date) || !parseIsoDate(v.date))) {
    throw new UsageError(`invalid --date "${v.date}": expected a real calendar date as YYYY-MM-DD`);
  }
  let jobs = availableParallelism();
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!/^\d+$/.test(v.jobs) || jobs < 1 || jobs > 256) throw new UsageError(`invalid --jobs "${v.jobs}": expected a whole number from 1 to 256`);
  }
  if (v.out === '') throw new UsageError('--out needs a folder');
  if ((format === 'eval' || format === 'brat') && !v.out) throw new UsageError(`--format ${format} needs --out DIR`);
  if (input === 'jsonl' && format !== 'jsonl' && format !== 'table') throw new UsageError(`--input jsonl answers in --format jsonl or table, not ${format}`);
  if (input === 'jsonl' && v.out) throw new UsageError('--input jsonl writes to stdout; --out is for files and folders');
  if (format === 'jsonl' && v.out) throw new UsageError('--format jsonl writes to stdout; use --format json for one file per document in --out');
  if (v.explain && input !== 'files') throw new UsageError('--explain reads files and folders, not --input jsonl');
  if (v.explain && (v.format !== undefined || v.out !== undefined)) throw new UsageError('--explain prints to stdout instead of a format; leave out --format and --out');
  if (input === 'files' && !parsed.positionals.length) throw new UsageError('no file or folder given');
  return {
    kind: 'annotate',
    options: {
      format,
      input,
      out: v.out,
      date: v.date,
      jobs,
      passes: parsePasses(v.passes),
      quiet: v.quiet ?? false,
      ignoreCurated: v['ignore-curated'] ?? false,
      explain: v.explain ?? false,
      inputs: parsed.positionals,
    },
  };
}
