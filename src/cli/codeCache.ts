// Loads the command's bundle (dist/cli-core.js) through V8's code cache (dist/cli-core.cache, written at build time):
// every thread that analyses (the main one with --jobs 1, each worker otherwise) would otherwise parse the 2 MB
// bundle and compile each function it calls to bytecode on its own (~3 % of a 200-article run's instructions).
// Node 20 has no compile cache of its own (module.enableCompileCache came in Node 22), hence vm.Script.
//
// The cache file is the SHA-1 of the bundle's bytes followed by V8's cached data. V8 itself checks only the source's
// length, its own version and its flags, so a cache left over from another build of the same length would be taken:
// the hash keeps that from happening. A missing, stale or refused cache costs nothing but the compilation it would
// have saved.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const HASH_BYTES = 20;

const digest = (bytes: Buffer): Buffer => createHash('sha1').update(bytes).digest();

function compile(file: string, bytes: Buffer, cachedData?: Buffer): Script {
  // The bundle read as the CommonJS loader would: the shebang line (if any) dropped, the module wrapper around it.
  const source = bytes.toString('utf8').replace(/^#!.*/, '');
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
    if (cache.length > HASH_BYTES && cache.subarray(0, HASH_BYTES).equals(digest(bytes))) cachedData = cache.subarray(HASH_BYTES);
    else state = 'stale';
  } catch {
    // no cache: compile from source
  }
  const script = compile(file, bytes, cachedData);
  if (cachedData) state = script.cachedDataRejected ? 'refused' : 'used';
  return { exports: run(script, file, as), cache: state };
}

/**
 * Writes the cache of `file`: compiles it afresh (under the flags the command sets, which the caller has set), lets
 * `warm` run it (what runs is compiled, and the cache keeps it), then saves V8's data behind the bundle's hash.
 */
export async function writeCache(file: string, cacheFile: string, as: string, warm: (exports: Record<string, unknown>) => Promise<void>): Promise<number> {
  const bytes = readFileSync(file);
  const script = compile(file, bytes);
  await warm(run(script, file, as));
  const data = Buffer.concat([digest(bytes), script.createCachedData()]);
  writeFileSync(`${cacheFile}.tmp`, data);
  renameSync(`${cacheFile}.tmp`, cacheFile);
  return data.length;
}
