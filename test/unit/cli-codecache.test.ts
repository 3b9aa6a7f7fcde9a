import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_ID_LINE, buildIdOf, loadWithCache, writeCache } from '../../src/cli/codeCache';

describe('the CLI bundle loaded through V8\'s code cache (src/cli/codeCache.ts)', () => {
  let dir: string;
  let file: string;
  let cache: string;
  const as = join(tmpdir(), 'elsewhere', 'bin.js');
  // as esbuild.mjs writes a bundle: the build id line first, zeros until the cache is written
  const source = (n: number) => `${BUILD_ID_LINE}exports.value = ${n};\nexports.file = __filename;\nexports.dir = __dirname;\nexports.twice = function (x) { return 2 * x; };\n`;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-codecache-'));
    file = join(dir, 'core.js');
    cache = join(dir, 'core.cache');
    writeFileSync(file, source(42));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a cache that the next load uses, the module taking itself for the file it is told', async () => {
    let warmed = 0;
    const size = await writeCache(file, cache, as, async (exports) => {
      warmed = (exports.twice as (x: number) => number)(21);
    });
    assert.equal(warmed, 42);
    assert.equal(size, readFileSync(cache).length);
    // In another process: this one holds the source compiled, and V8 would not even look at the cache.
    const child = spawnSync(process.execPath, ['-e', `const { loadWithCache } = require(${JSON.stringify(require.resolve('../../src/cli/codeCache'))});
const { exports, cache } = loadWithCache(...${JSON.stringify([file, cache, as])});
console.log(JSON.stringify({ cache, value: exports.value, file: exports.file, dir: exports.dir, ten: exports.twice(5) }));`], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), { cache: 'used', value: 42, file: as, dir: join(tmpdir(), 'elsewhere'), ten: 10 });
  });

  it('loads a bundle without loading node:crypto, which only the build needs', async () => {
    await writeCache(file, cache, as, async () => {});
    // In another process that has loaded no crypto of its own (a script file: `node -e` loads it), as every thread
    // that loads the bundle would pay for it.
    const script = join(dir, 'load.cjs');
    writeFileSync(script, `const { loadWithCache } = require(${JSON.stringify(require.resolve('../../src/cli/codeCache'))});
const loaded = loadWithCache(...${JSON.stringify([file, cache, as])});
console.log(JSON.stringify({ cache: loaded.cache, value: loaded.exports.value, crypto: process.moduleLoadList.includes('NativeModule crypto') }));`);
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), { cache: 'used', value: 42, crypto: false });
  });

  it('stamps the bundle with the SHA-1 of its build, once', async () => {
    await writeCache(file, cache, as, async () => {});
    const stamped = readFileSync(file);
    const id = buildIdOf(stamped)!;
    assert.equal(id.toString('hex'), createHash('sha1').update(source(42)).digest('hex'));
    assert.notEqual(id.toString('hex'), '0'.repeat(40));
    assert.deepEqual(readFileSync(cache).subarray(0, 20), id);
    assert.equal(stamped.toString().slice(BUILD_ID_LINE.length), source(42).slice(BUILD_ID_LINE.length));
    await writeCache(file, cache, as, async () => {});
    assert.deepEqual(readFileSync(file), stamped);
    writeFileSync(file, 'exports.value = 1;\n');
    await assert.rejects(writeCache(file, cache, as, async () => {}), /no build id line/);
  });

  it('holds the bytecode of functions the warm-up never called, so no thread compiles them', async () => {
    // A function nothing calls, of 200 statements: compiled only if the whole bundle is, its bytecode is far larger than
    // what V8 keeps of a function it has only pre-parsed.
    const body = Array.from({ length: 200 }, (_, i) => `  t = (t * 31 + ${i}) % 1000003; if (t === ${i}) u.push('w${i}');`).join('\n');
    const withUnused = `${source(42)}exports.unused = function (t, u) {\n${body}\n  return u;\n};\n`;
    const sizeOf = async (text: string) => {
      writeFileSync(file, text);
      return writeCache(file, cache, as, async () => {});
    };
    const grown = (await sizeOf(withUnused)) - (await sizeOf(source(42)));
    // bytecode and constants of 200 statements: several bytes each (pre-parse data alone: a few dozen bytes in all)
    assert.ok(grown > 2000, `the cache grew by ${grown} bytes only`);
  });

  it('compiles from source when the cache is missing, belongs to another build of the same length, or is refused', async () => {
    assert.equal(loadWithCache(file, cache, as).cache, 'missing');
    await writeCache(file, cache, as, async () => {});
    // same length, other code, not stamped yet: V8 alone (which checks the length) would take the old bytecode
    writeFileSync(file, source(43));
    assert.equal(loadWithCache(file, cache, as).cache, 'stale');
    // the same, built: its own id, which the old cache does not carry
    await writeCache(file, join(dir, 'other.cache'), as, async () => {});
    const stale = loadWithCache(file, cache, as);
    assert.equal(stale.cache, 'stale');
    assert.equal(stale.exports.value, 43);
    // the right id in front of data V8 cannot use (a source this process has not compiled yet: V8 does not even
    // look at cached data for a source it holds compiled)
    const id = 'ab'.repeat(20);
    writeFileSync(file, source(44).replace('0'.repeat(40), id));
    writeFileSync(cache, Buffer.concat([Buffer.from(id, 'hex'), Buffer.from('not V8 code cache data, only bytes')]));
    const refused = loadWithCache(file, cache, as);
    assert.equal(refused.cache, 'refused');
    assert.equal(refused.exports.value, 44);
  });
});
