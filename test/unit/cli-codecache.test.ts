import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWithCache, writeCache } from '../../src/cli/codeCache';

describe('the CLI bundle loaded through V8\'s code cache (src/cli/codeCache.ts)', () => {
  let dir: string;
  let file: string;
  let cache: string;
  const as = join(tmpdir(), 'elsewhere', 'bin.js');
  const source = (n: number) => `#!/usr/bin/env node\nexports.value = ${n};\nexports.file = __filename;\nexports.dir = __dirname;\nexports.twice = function (x) { return 2 * x; };\n`;

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

  it('compiles from source when the cache is missing, belongs to another build of the same length, or is refused', async () => {
    assert.equal(loadWithCache(file, cache, as).cache, 'missing');
    await writeCache(file, cache, as, async () => {});
    // same length, other code: V8 alone (which checks the length) would take the old bytecode
    writeFileSync(file, source(43));
    const stale = loadWithCache(file, cache, as);
    assert.equal(stale.cache, 'stale');
    assert.equal(stale.exports.value, 43);
    // the right hash in front of data V8 cannot use (a source this process has not compiled yet: V8 does not even
    // look at cached data for a source it holds compiled)
    writeFileSync(file, source(44));
    const hash = createHash('sha1').update(readFileSync(file)).digest();
    writeFileSync(cache, Buffer.concat([hash, Buffer.from('not V8 code cache data, only bytes')]));
    const refused = loadWithCache(file, cache, as);
    assert.equal(refused.cache, 'refused');
    assert.equal(refused.exports.value, 44);
  });
});
