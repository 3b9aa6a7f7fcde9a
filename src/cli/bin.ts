// `news-annotator` (dist/cli.js): a small loader in front of the command's bundle (dist/cli-core.js, built from
// main.ts), which it compiles through V8's code cache (codeCache.ts). Run as a program it is the command; in a worker
// thread (the pool starts workers on this file) it loads the bundle, which serves jobs; required as a library (by
// scripts/bench.mjs) it exports the bundle's exports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { isMainThread } from 'node:worker_threads';
import { loadWithCache, writeCache } from './codeCache';
import { setCommandFlags } from './flags';

const core = join(__dirname, 'cli-core.js');
const cache = join(__dirname, 'cli-core.cache');

interface Core {
  runCommand(argv: readonly string[]): void;
  main(argv: readonly string[], io: unknown): Promise<number>;
}

if (isMainThread && require.main === module) {
  // The flags first: the cache was made under them.
  setCommandFlags();
  (loadWithCache(core, cache, __filename).exports as unknown as Core).runCommand(process.argv.slice(2));
} else {
  // A worker (the main thread has set the flags for the whole process) or a library.
  module.exports = loadWithCache(core, cache, __filename).exports;
  if (isMainThread) module.exports.writeCodeCache = writeCodeCache;
}

/**
 * Writes dist/cli-core.cache (esbuild.mjs runs it after bundling): the bundle compiled under the command's flags and
 * warmed by annotating `folder` (the seed articles) in each output format, so the functions a run calls are in it.
 */
async function writeCodeCache(folder: string): Promise<number> {
  setCommandFlags();
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const out = mkdtempSync(join(tmpdir(), 'news-annotator-cache-'));
  try {
    return await writeCache(core, cache, __filename, async (exports) => {
      // eval writes files (to a scratch folder), the others to stdout (a sink)
      for (const format of ['jsonl', 'json', 'table', 'eval']) {
        const io = { stdout: sink(), stderr: sink(), stdin: process.stdin };
        const where = format === 'eval' ? ['--out', out] : [];
        const code = await (exports as unknown as Core).main(['annotate', '-q', '-j', '1', '--format', format, ...where, folder], io);
        if (code !== 0) throw new Error(`warming the code cache: annotate --format ${format} exited with ${code}`);
      }
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
