// Which files a run reads and which files it writes, decided before anything is written: folders expand to their
// .txt files, non-regular files are skipped, and every output is checked against every input by real path, so no
// output lands on an input (through a symlink or not) and no two inputs share an output.
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { inFolder } from './paths';
import type { Format } from './options';

export interface InputDocument {
  /** The path as the user named it (or folder + entry), used in messages and output. */
  readonly path: string;
  /** Resolved through every symlink: what the file really is. */
  readonly real: string;
  /** The base name without `.txt`: NAME of NAME.json, NAME.ann… */
  readonly name: string;
}

export interface PlannedOutputs {
  /** Output file per kind; absent kinds are not written (for brat: no NAME.txt copy beside itself). */
  readonly main: string;
  readonly textCopy?: string;
  /** NAME.meta.json was there when the outputs were planned (so LOAD reads it without asking again). */
  readonly metaFound?: boolean;
}

/** A document with its planned outputs, or the reason it is skipped. */
export type PlannedDocument = InputDocument & ({ readonly outputs?: PlannedOutputs; readonly refused?: undefined } | { readonly refused: string });

const errCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

function kindOf(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  if (entry.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * Expands the arguments into documents, in argument order, folders sorted by name. Problems (missing, not a
 * regular file, empty folder) go to `problem`, one line each. The same file named twice is read once.
 */
export function collectDocuments(inputs: readonly string[], problem: (line: string) => void): InputDocument[] {
  const docs: InputDocument[] = [];
  const seen = new Set<string>();
  const add = (path: string, real: string) => {
    if (seen.has(real)) return;
    seen.add(real);
    docs.push({ path, real, name: basename(path, extname(path)) });
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch (err) {
      problem(errCode(err) === 'ENOENT' ? `${input}: no such file or folder` : `${input}: cannot read (${errCode(err)})`);
      continue;
    }
    if (stat.isFile()) {
      add(input, realpathSync(input));
      continue;
    }
    if (!stat.isDirectory()) {
      problem(`${input}: ${kindOf(stat)}, not a regular file; skipped`);
      continue;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(input, { withFileTypes: true });
    } catch (err) {
      problem(`${input}: cannot list the folder (${errCode(err)})`);
      continue;
    }
    const realDir = realpathSync(input);
    const names = entries.filter((e) => e.name.endsWith('.txt')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (!names.length) problem(`${input}: folder has no .txt files`);
    for (const entry of names) {
      const path = inFolder(input, entry.name);
      if (entry.isFile()) {
        add(path, inFolder(realDir, entry.name));
        continue;
      }
      // Only a symlink needs a stat of its own; the listing already tells every other kind.
      let target;
      try {
        target = entry.isSymbolicLink() ? statSync(path) : entry;
      } catch (err) {
        problem(`${path}: ${errCode(err) === 'ENOENT' ? 'a broken symlink' : `cannot read (${errCode(err)})`}; skipped`);
        continue;
      }
      if (target.isFile()) add(path, realpathSync(path));
      else problem(`${path}: ${kindOf(target)}, not a regular file; skipped`);
    }
  }
  return docs;
}

/** NAME.meta.json beside the article as named (so a symlinked article finds the metadata beside the link). */
export function metaPathOf(doc: { readonly path: string; readonly name: string }): string {
  return inFolder(dirname(doc.path), `${doc.name}.meta.json`);
}

/** NAME.ann beside the article as named: the curated annotation, corrected by hand, when it exists. */
export function curatedPathOf(doc: { readonly path: string; readonly name: string }): string {
  return inFolder(dirname(doc.path), `${doc.name}.ann`);
}

// Names that other articles' companions use: an output named so would be read as metadata or gold.
const RESERVED_SUFFIXES = ['.meta.json', '.gold.json'];

/**
 * Decides each document's output files in `outReal` (the real path of --out). A document is refused when one of
 * its outputs would overwrite a file this run reads (an article or its metadata, compared by real path), take a
 * companion file's name (x.meta.txt → x.meta.json), overwrite the output of an earlier document, or (brat) overwrite
 * a curated NAME.ann: a person's corrections are never replaced by an export, with or without --ignore-curated.
 */
export function planOutputs(docs: readonly InputDocument[], format: Format, outReal: string): PlannedDocument[] {
  const realDirs = new Map<string, string>();
  // The real path, and whether something is there (what existsSync(real) says), from one lstat but for symlinks.
  const lookUp = (path: string): { real: string; exists: boolean } => {
    // Only a symlink can lead elsewhere: any other entry's real path is its folder's real path + its name.
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (!link) return { real: path, exists: false };
    if (link.isSymbolicLink()) {
      const real = safeRealpath(path);
      return { real, exists: existsSync(real) };
    }
    const dir = dirname(path);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) realDirs.set(dir, (realDir = safeRealpath(dir)));
    return { real: inFolder(realDir, basename(path)), exists: true };
  };
  const realOf = (path: string): string => lookUp(path).real;
  const protectedPaths = new Map<string, string>(); // real path → what it is
  const metaFound = new Set<InputDocument>();
  const curated = new Map<string, string>(); // real path → a curated NAME.ann as named
  for (const doc of docs) {
    protectedPaths.set(doc.real, `the input ${doc.path}`);
    const meta = metaPathOf(doc);
    const found = lookUp(meta);
    if (found.exists) {
      protectedPaths.set(found.real, `the metadata ${meta}`);
      metaFound.add(doc);
    }
    if (format === 'brat') {
      const ann = curatedPathOf(doc);
      const annFound = lookUp(ann);
      if (annFound.exists) curated.set(annFound.real, ann);
    }
  }
  const claimed = new Map<string, string>(); // output path → the document it belongs to
  const outputName = (name: string) => (format === 'eval' ? `${name}.json` : format === 'json' ? `${name}.analysis.json` : `${name}.ann`);
  return docs.map((doc): PlannedDocument => {
    const main = inFolder(outReal, outputName(doc.name));
    const wanted = [main];
    // brat wants the text beside the .ann; none is copied when it is already there (the input itself, or a link to it).
    const copy = format === 'brat' ? inFolder(outReal, `${doc.name}.txt`) : undefined;
    const textCopy = copy !== undefined && realOf(copy) !== doc.real ? copy : undefined;
    if (textCopy) wanted.push(textCopy);
    for (const target of wanted) {
      const reserved = RESERVED_SUFFIXES.find((s) => target.endsWith(s));
      if (reserved) return { ...doc, refused: `its output ${target} would be taken for ${reserved === '.meta.json' ? 'metadata' : 'a gold file'}; skipped (rename the article)` };
      const real = realOf(target);
      const ann = curated.get(real);
      if (ann) return { ...doc, refused: `its output ${target} would overwrite ${ann}, curated by hand, left as it is; skipped (export to another --out folder)` };
      const input = protectedPaths.get(real);
      if (input) return { ...doc, refused: `its output ${target} would overwrite ${input}; skipped` };
      const earlier = claimed.get(target);
      if (earlier) return { ...doc, refused: `its output ${target} would overwrite the output of ${earlier}; skipped (annotate same-named files into separate --out folders)` };
    }
    for (const target of wanted) claimed.set(target, doc.path);
    return { ...doc, outputs: metaFound.has(doc) ? { main, textCopy, metaFound: true } : { main, textCopy } };
  });
}

/** The real path of an existing path, else the path itself. */
function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
