import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The compiled CLI next to this compiled test (out/test/unit → out/src/cli).
const CLI = resolve(__dirname, '../../src/cli/annotate.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-annotator-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const article = 'date 2021-03-19\nSmith said yesterday: “We will win.”\n';

  it('prints a table by default, with the document date and its source', () => {
    writeFileSync(join(dir, 'a.txt'), article);
    const r = run([join(dir, 'a.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /document date: 2021-03-19 \(dateline\)/);
    assert.match(r.stdout, /quotes \(\d+\)/);
  });

  it('reports bad files one line each and still processes the good ones', () => {
    writeFileSync(join(dir, 'good.txt'), article);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
    writeFileSync(join(dir, 'good.gold.json'), '{}');
    const out = join(dir, 'out');
    const r = run(['--format', 'eval', '--out', out, dir, join(dir, 'missing.txt')]);
    assert.equal(r.status, 0, 'some files could be done');
    assert.match(r.stderr, /binary\.txt: binary data/);
    assert.match(r.stderr, /empty\.txt: empty file/);
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.deepEqual(readdirSync(out).sort(), ['empty.json', 'good.json']);
    const evalDoc = JSON.parse(readFileSync(join(out, 'good.json'), 'utf8'));
    assert.ok(Array.isArray(evalDoc.quotes) && Array.isArray(evalDoc.dates));
  });

  it('exits non-zero when nothing could be done', () => {
    const r = run([join(dir, 'nothing-here.txt')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no such file/);
  });

  it('rejects an invalid --date with a clear message', () => {
    writeFileSync(join(dir, 'a.txt'), article);
    const r = run(['--date', '2021-02-30', join(dir, 'a.txt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /invalid --date "2021-02-30"/);
  });

  it('uses --date over every other source, and meta.json over the file name', () => {
    writeFileSync(join(dir, 'nyt_2016-09-08_x.txt'), 'Officials said on Monday that talks would resume.');
    writeFileSync(join(dir, 'nyt_2016-09-08_x.meta.json'), '{"date": "2016-09-10"}');
    assert.match(run([dir]).stdout, /document date: 2016-09-10 \(meta\)/);
    assert.match(run(['--date', '2020-01-01', dir]).stdout, /document date: 2020-01-01 \(option\)/);
    rmSync(join(dir, 'nyt_2016-09-08_x.meta.json'));
    assert.match(run([dir]).stdout, /document date: 2016-09-08 \(filename\)/);
  });

  it('writes brat standoff with the text and annotation.conf beside it', () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), article);
    const out = join(dir, 'brat');
    const r = run(['--format', 'brat', '--out', out, join(dir, 'in')]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['a.ann', 'a.txt', 'annotation.conf']);
    assert.equal(readFileSync(join(out, 'a.txt'), 'utf8'), article);
    for (const line of readFileSync(join(out, 'a.ann'), 'utf8').split('\n').filter(Boolean)) {
      assert.match(line, /^(T\d+\t\w+ \d+ \d+(;\d+ \d+)*\t.*|R\d+\t\w+ Arg1:T\d+ Arg2:T\d+|#\d+\tAnnotatorNotes T\d+\t.*|A\d+\tConfidence T\d+ (?:High|Medium|Low))$/);
    }
  });

  it('prints the full analysis as JSON', () => {
    writeFileSync(join(dir, 'a.txt'), article);
    const r = run(['--format', 'json', join(dir, 'a.txt')]);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.format, 'news-annotator');
    assert.equal(doc.documentDate.value, '2021-03-19');
  });

  it('needs --out for eval and brat', () => {
    const r = run(['--format', 'eval', dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /needs --out/);
  });

  it('reads a curated NAME.ann beside the article as its annotation, and the automatic one with --ignore-curated', () => {
    const text = 'date 2021-03-19\n“We will win,” Smith said. Jones was there.\n';
    writeFileSync(join(dir, 'a.txt'), text);
    const q = text.indexOf('“');
    const jones = text.indexOf('Jones');
    const ann = [
      `T1\tQuote ${q} ${q + 14}\t“We will win,”`,
      `T2\tSpeaker ${jones} ${jones + 5}\tJones`,
      'R1\tSaid_by Arg1:T1 Arg2:T2',
      `T3\tPerson ${jones} ${jones + 5}\tJones`,
      '#1\tAnnotatorNotes T2\tJones',
      'A1\tChecked T1',
      'T9\tBroken 1',
    ].join('\n');
    writeFileSync(join(dir, 'a.ann'), `${ann}\n`);
    const curated = run(['--format', 'json', dir]);
    assert.equal(curated.status, 0, curated.stderr);
    const c = JSON.parse(curated.stdout);
    assert.deepEqual(c.curated.checked, ['T1']);
    assert.equal(c.quotes[0].speaker.text, 'Jones');
    assert.match(curated.stderr, /a\.ann:7: broken text-bound line/);
    const automatic = JSON.parse(run(['--format', 'json', '--ignore-curated', dir]).stdout);
    assert.equal(automatic.curated, false);
    assert.equal(automatic.quotes[0].speaker.text, 'Smith');
    // An export into the article's own folder leaves the curated file alone.
    const exported = run(['--format', 'brat', '--out', dir, dir]);
    assert.match(exported.stderr, /curated by hand, left as it is/);
    assert.equal(readFileSync(join(dir, 'a.ann'), 'utf8'), `${ann}\n`);
  });
});
