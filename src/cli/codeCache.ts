// Loads the command's bundle (dist/cli-core.js) through V8's code cache (dist/cli-core.cache, written at build time):
// every thread that analyses (the main one with --jobs 1, each worker otherwise) would otherwise parse the 2 MB
// bundle and compile each function it calls to bytecode on its own (~3 % of a 200-article run's instructions).
// Node 20 has no compile cache of its own (module.enableCompileCache came in Node 22), hence vm.Script.
//
// The cache file is the bundle's build id followed by V8's cached data. V8 itself checks only the source's length, its
// own version and its flags, so a cache left over from another build of the same length would be taken: the id keeps
// that from happening. The id is the SHA-1 of the bundle as built, stamped into its first line when the cache is
// written (the line comes from esbuild.mjs with zeros), so a load reads 40 digits instead of hashing 2 MB in every
// thread (~28M instructions). A bundle edited by hand after the build keeps its id: rebuild it. A missing, stale or
// refused cache costs nothing but the compilation it would have saved.
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const HASH_BYTES = 20;

/** The bundle's first line, then the id as 40 hex digits; esbuild.mjs writes it with zeros, writeCache stamps it. */
export const BUILD_ID_LINE = `// news-annotator build ${'0'.repeat(2 * HASH_BYTES)}\n`;
const ID_START = BUILD_ID_LINE.length - 1 - 2 * HASH_BYTES;
const ID_PREFIX = Buffer.from(BUILD_ID_LINE.slice(0, ID_START));

/** The id in the bundle's first line, or undefined when it has none. */
export function buildIdOf(bytes: Buffer): Buffer | undefined {
  if (bytes.length < BUILD_ID_LINE.length || !bytes.subarray(0, ID_START).equals(ID_PREFIX)) return undefined;
  const hex = bytes.toString('latin1', ID_START, ID_START + 2 * HASH_BYTES);
  return /^[0-9a-f]+$/.test(hex) && bytes[ID_START + 2 * HASH_BYTES] === 0x0a ? Buffer.from(hex, 'hex') : undefined;
}

/** The bundle with its id stamped: the SHA-1 of its bytes with the id zeroed (so stamping twice changes nothing). */
function stamped(bytes: Buffer): Buffer {
  if (!buildIdOf(bytes)) throw new Error(`no build id line at the start of the bundle (${BUILD_ID_LINE.trim()})`);
  // Required here, not at the top: node:crypto takes ~6 ms to load, in every thread that loads the bundle, and only
  // the build (writeCache) hashes.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const out = Buffer.from(bytes);
  out.write('0'.repeat(2 * HASH_BYTES), ID_START, 'latin1');
  out.write(createHash('sha1').update(out).digest('hex'), ID_START, 'latin1');
  return out;
}

function compile(file: string, bytes: Buffer, cachedData?: Buffer): Script {
  // The bundle read as the CommonJS loader would: the shebang line (if any) dropped, the module wrapper around it.
  // esbuild.mjs leaves it all ASCII, where latin1 reads the same string as UTF-8 without decoding it (~5 ms a thread
  // of the ~13 ms that decoding 2 MB costs); any other byte and it is read as UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8').replace(/^#!.*/, '');
  return new Script(Module.wrap(source), { filename: file, cachedData });
}

/**
 * Runs a compiled bundle as a CommonJS module and returns its exports. `as` is the file the bundle takes itself for
 * (`__filename`, `__dirname`): the bin, so that worker threads start through the bin and its cache too.
 */
function run(script: Script, file: string, as: string): Record<string, unknown> {
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  wrapper.call(mod.exports, mod.exports, (id: string) => mod.require(id), mod, as, dirname(as));
  mod.loaded = true;
  return mod.exports as Record<string, unknown>;
}

/** What became of the cache: used, or why not. */
export type CacheState = 'used' | 'missing' | 'stale' | 'refused';

/** The bundle's exports, compiled with the cache when it is the bundle's and V8 takes it. */
export function loadWithCache(file: string, cacheFile: string, as: string): { exports: Record<string, unknown>; cache: CacheState } {
  const bytes = readFileSync(file);
  let cachedData: Buffer | undefined;
  let state: CacheState = 'missing';
  try {
    const cache = readFileSync(cacheFile);
    const id = buildIdOf(bytes);
    if (id && cache.length > HASH_BYTES && cache.subarray(0, HASH_BYTES).equals(id)) cachedData = cache.subarray(HASH_BYTES);
    else state = 'stale';
  } catch {
    // no cache: compile from source
  }
  const script = compile(file, bytes, cachedData);
  if (cachedData) state = script.cachedDataRejected ? 'refused' : 'used';
  return { exports: run(script, file, as), cache: state };
}

/**
 * Stamps the build id into `file`, compiles it afresh and whole (under the flags the command sets, which the caller
 * has set), lets `warm` run it, then saves V8's data behind the id.
 */
export async function writeCache(file: string, cacheFile: string, as: string, warm: (exports: Record<string, unknown>) => Promise<void>): Promise<number> {
  const bytes = stamped(readFileSync(file));
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
  // Compiled whole, not function by function as they are first called: the cache then holds the bytecode of every
  // function, also of those the seed articles never reach (chrono-node's rarer parsers, rules for other kinds of
  // text), which each thread would otherwise parse and compile when a corpus first calls them. --lazy is back before
  // V8 writes the cache, which carries the hash of the flags then in force: the command runs under --lazy.
  let script: Script;
  setFlagsFromString('--no-lazy');
  try {
    script = compile(file, bytes);
  } finally {
    setFlagsFromString('--lazy');
  }
  await warm(run(script, file, as));
  const data = Buffer.concat([buildIdOf(bytes)!, script.createCachedData()]);
  writeFileSync(`${cacheFile}.tmp`, data);
  renameSync(`${cacheFile}.tmp`, cacheFile);
  return data.length;
}
