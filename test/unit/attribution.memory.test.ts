import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// The attribution pass keeps a cache of the words it has seen across documents. A cached word must not keep its
// article alive (V8 makes a longer substring a view into its whole source text): over a stream of articles the cache
// would then hold the texts of thousands of them. Measured in a child process that can force garbage collection.
describe('attribution pass: memory across documents', () => {
  it('keeps no article text alive through its word cache', function () {
    this.timeout(120_000);
    const core = resolve(__dirname, '../../src/core/index.js');
    const script = `
      const { analyze } = require(${JSON.stringify(core)});
      const filler = 'The committee met again on the question of funding and said little about it afterwards. '.repeat(300);
      // Each article brings a new long word (13 letters and more), as real archives do; each article is about 27 KB.
      const article = (i) => 'Officials said the ' + 'reorganization' + i.toString(36) + ' would go ahead. ' + filler;
      const heap = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed; };
      for (let i = 0; i < 50; i++) analyze(article(i)); // warm up
      const before = heap();
      for (let i = 50; i < 1550; i++) analyze(article(i));
      console.log(JSON.stringify({ grown: heap() - before }));
    `;
    const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8', timeout: 110_000 });
    assert.equal(r.status, 0, r.stderr);
    const { grown } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { grown: number };
    // 1,500 articles of 27 KB (UTF-16: 54 KB each) kept alive would be about 80 MB; the words themselves are a few hundred KB.
    assert.ok(grown < 8e6, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over 1,500 articles`);
  });
});
