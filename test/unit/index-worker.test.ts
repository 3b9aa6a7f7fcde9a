// The workspace index's worker side, in plain Node: hashing, the disk cache, unreadable files, and the
// same jobs through the real worker pool.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createIndexRunner } from '../../src/extension/index/runner';
import { analysisPath, cacheKey, indexFiles, readCachedAnalysis, summaryPath, type IndexJob, type IndexResult } from '../../src/extension/index/worker';

const ARTICLE = 'date 2023-06-01\n"The port will close," Harbour Master Lena Fromm said on Monday.\n';

describe('index worker: analyse, cache, reuse', () => {
  let dir: string;
  let cacheDir: string;
  const file = (name: string) => ({ uri: `file://${path.join(dir, name)}`, path: path.join(dir, name) });
  const job = (...names: string[]): IndexJob => ({ files: names.map(file), cacheDir, version: 'v1' });
  const ok = (r: IndexResult) => {
    assert.ok(r.ok, `not indexed: ${JSON.stringify(r)}`);
    return r;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-index-'));
    cacheDir = path.join(dir, '.cache');
    fs.writeFileSync(path.join(dir, 'a.news.txt'), ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyses a file once, then answers from the cache', async () => {
    const [first] = indexFiles(job('a.news.txt'));
    const r1 = ok(first);
    assert.equal(r1.cached, false);
    assert.ok(r1.summary.statements.some((s) => /port will close/.test(s.text)), JSON.stringify(r1.summary.statements));
    assert.ok(fs.existsSync(summaryPath(cacheDir, r1.key)) && fs.existsSync(analysisPath(cacheDir, r1.key)));
    const r2 = ok(indexFiles(job('a.news.txt'))[0]);
    assert.equal(r2.cached, true);
    assert.equal(r2.key, r1.key);
    assert.deepEqual(r2.summary, r1.summary);
    const full = await readCachedAnalysis(cacheDir, r1.key);
    assert.equal(full?.textLength, ARTICLE.length);
    // No temporary file is left behind.
    assert.deepEqual(fs.readdirSync(path.dirname(summaryPath(cacheDir, r1.key))).filter((n) => n.endsWith('.tmp')), []);
  });

  it('keys the cache by content, meta file and analyser version', async () => {
    const k1 = ok(indexFiles(job('a.news.txt'))[0]).key;
    assert.notEqual(ok(indexFiles({ ...job('a.news.txt'), version: 'v2' })[0]).key, k1);
    fs.writeFileSync(path.join(dir, 'a.news.meta.json'), '{"date": "2020-01-01"}');
    const withMeta = ok(indexFiles(job('a.news.txt'))[0]);
    assert.notEqual(withMeta.key, k1);
    assert.equal(withMeta.cached, false);
    assert.equal(withMeta.summary.documentDate.value, '2023-06-01', 'the dateline still wins over meta.json');
    fs.appendFileSync(path.join(dir, 'a.news.txt'), 'More text.\n');
    assert.notEqual(ok(indexFiles(job('a.news.txt'))[0]).key, withMeta.key);
    assert.equal(cacheKey('v', 'a', undefined, new Uint8Array([1])), cacheKey('v', 'a', undefined, new Uint8Array([1])));
  });

  it('rewrites a damaged cache entry instead of failing', async () => {
    const r = ok(indexFiles(job('a.news.txt'))[0]);
    fs.writeFileSync(summaryPath(cacheDir, r.key), '{ not json');
    const again = ok(indexFiles(job('a.news.txt'))[0]);
    assert.equal(again.cached, false);
    assert.deepEqual(JSON.parse(fs.readFileSync(summaryPath(cacheDir, r.key), 'utf8')), again.summary);
  });

  it('answers each file of a batch on its own: a missing one does not fail the others', async () => {
    const results = indexFiles(job('gone.txt', 'a.news.txt'));
    assert.deepEqual(results.map((r) => r.ok), [false, true]);
    assert.equal((results[0] as { missing: boolean }).missing, true);
  });

  it('indexes bytes sent by the host (files of other schemes) and works without a cache folder', async () => {
    const bytes = new TextEncoder().encode(ARTICLE);
    const [r] = indexFiles({ files: [{ uri: 'vscode-vfs://x/y/b.txt', bytes }], version: 'v1' });
    assert.equal(ok(r).cached, false);
    assert.ok(!fs.existsSync(cacheDir));
  });

  it('summarises a curated NAME.ann as the editor shows it, and keeps the automatic analysis cached under its own key', async () => {
    const text = 'date 2023-06-01\n“The port will close,” Lena Fromm said. Jonas Berg was there.\n';
    fs.writeFileSync(path.join(dir, 'c.txt'), text);
    const annPath = path.join(dir, 'c.ann');
    const withAnn = (): IndexJob => ({ files: [{ ...file('c.txt'), annPath }], cacheDir, version: 'v1' });
    const automatic = ok(indexFiles(withAnn())[0]);
    const sourceOf = (r: IndexResult) => ok(r).summary.statements.find((x) => x.text.startsWith('“The port'))?.source;
    assert.equal(sourceOf(automatic), 'Lena Fromm', 'no NAME.ann yet: the automatic analysis');
    const q = text.indexOf('“');
    const berg = text.indexOf('Jonas Berg');
    const ann = [
      `T1\tQuote ${q} ${q + 22}\t“The port will close,”`,
      `T2\tSpeaker ${berg} ${berg + 10}\tJonas Berg`,
      'R1\tSaid_by Arg1:T1 Arg2:T2',
      `T3\tPerson ${berg} ${berg + 10}\tJonas Berg`,
      '#1\tAnnotatorNotes T2\tJonas Berg',
      'A1\tChecked T1',
      '',
    ].join('\n');
    fs.writeFileSync(annPath, ann);
    const curated = ok(indexFiles(withAnn())[0]);
    assert.notEqual(curated.key, automatic.key);
    assert.equal(curated.cached, false);
    assert.equal(sourceOf(curated), 'Jonas Berg');
    assert.equal(curated.summary.statements.find((x) => x.source === 'Jonas Berg')?.confidence, 1, 'checked by hand');
    // The automatic analysis stays what the cache holds under its key (the editor layers NAME.ann over it).
    assert.equal((await readCachedAnalysis(cacheDir, automatic.key))?.quotes[0].speaker?.text, 'Lena Fromm');
    assert.ok(!fs.existsSync(analysisPath(cacheDir, curated.key)));
    assert.equal(ok(indexFiles(withAnn())[0]).cached, true);
    // Another correction is another summary; the file gone, the automatic one again, from the cache.
    fs.writeFileSync(annPath, ann.replace('A1\tChecked T1\n', ''));
    assert.notEqual(ok(indexFiles(withAnn())[0]).key, curated.key);
    fs.rmSync(annPath);
    const back = ok(indexFiles(withAnn())[0]);
    assert.deepEqual([back.key, back.cached, sourceOf(back)], [automatic.key, true, 'Lena Fromm']);
    // Bytes sent by the host carry NAME.ann along too.
    const sent = indexFiles({ files: [{ uri: 'vscode-vfs://x/y/c.txt', bytes: new TextEncoder().encode(text), annBytes: new TextEncoder().encode(ann) }], version: 'v1' });
    assert.equal(sourceOf(sent[0]), 'Jonas Berg');
  });

  it('runs the same jobs in the worker pool', async function () {
    this.timeout(60_000);
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `n${i}.txt`), ARTICLE.replace('Monday', `day ${i}`));
    const runner = createIndexRunner(require.resolve('../../src/extension/index/runner'), 2);
    try {
      async function* jobs() {
        yield job('n0.txt', 'n1.txt');
        yield job('n2.txt', 'n3.txt', 'n4.txt');
      }
      const uris: string[] = [];
      for await (const s of runner.map(jobs(), { ordered: false })) {
        assert.ok(s.ok, s.ok ? '' : s.error.message);
        for (const r of s.value) uris.push(ok(r).uri);
      }
      assert.deepEqual(uris.sort(), [0, 1, 2, 3, 4].map((i) => file(`n${i}.txt`).uri).sort());
    } finally {
      await runner.destroy();
    }
  });
});
