import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { parseRecord, runFileJob } from '../../src/cli/document';
import { collectDocuments, planOutputs } from '../../src/cli/inputs';
import { lineBatches } from '../../src/cli/jsonl';
import { parseCommandLine, type CliOptions } from '../../src/cli/options';
import { inFolder, plainPrefix } from '../../src/cli/paths';
import { Progress, summaryLine, type Totals } from '../../src/cli/progress';
import { writeFileAtomic, writeOutputs, type WriteFs } from '../../src/cli/write';

const options = (args: string[]): CliOptions => {
  const c = parseCommandLine(args);
  assert.equal(c.kind, 'annotate');
  return c.options;
};

/** A file system whose disk fills up: every write of more than `room` bytes fails half-way with ENOSPC. */
function fullDisk(room: number): WriteFs & { created: string[] } {
  const created: string[] = [];
  return {
    created,
    writeFileSync(path, data, opts) {
      created.push(path);
      fs.writeFileSync(path, data.slice(0, room), opts); // what a real disk holds when it runs out
      if (data.length > room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
    renameSync: fs.renameSync,
    unlinkSync: fs.unlinkSync,
  };
}

describe('command line parts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-parts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('atomic output files', () => {
    it('a full disk leaves the previous file whole and no temporary file behind', () => {
      const target = join(dir, 'a.json');
      writeFileSync(target, '{"previous":true}');
      assert.throws(() => writeFileAtomic(target, JSON.stringify({ quotes: 'x'.repeat(1000) }), fullDisk(100)), /ENOSPC/);
      assert.equal(readFileSync(target, 'utf8'), '{"previous":true}');
      assert.deepEqual(readdirSync(dir), ['a.json']);
    });

    it('a document whose output cannot be written fails with one line, and the next document is still written', () => {
      writeFileSync(join(dir, 'big.txt'), `date 2021-03-19\n${'Smith said on Monday: “We will win.” '.repeat(200)}\n`);
      writeFileSync(join(dir, 'small.txt'), 'date 2021-03-19\nOK.\n');
      mkdirSync(join(dir, 'out'));
      const opts = options(['--format', 'eval', '--out', join(dir, 'out'), dir]);
      const disk = fullDisk(2000);
      const big = runFileJob({ kind: 'file', path: join(dir, 'big.txt'), name: 'big', outputs: { main: join(dir, 'out', 'big.json') } }, opts);
      assert.equal(big.files.length, 1);
      assert.match(writeOutputs(big.files, disk) ?? '', /^cannot write .*big\.json: no space left on the device \(ENOSPC\)$/);
      const small = runFileJob({ kind: 'file', path: join(dir, 'small.txt'), name: 'small', outputs: { main: join(dir, 'out', 'small.json') } }, opts);
      assert.equal(writeOutputs(small.files, disk), undefined);
      assert.deepEqual(readdirSync(join(dir, 'out')), ['small.json'], 'no truncated big.json, no temporary file');
      assert.doesNotThrow(() => JSON.parse(readFileSync(join(dir, 'out', 'small.json'), 'utf8')));
    });
  });

  describe('paths', () => {
    it('inFolder(dir, name) is join(dir, name) for plain names, whatever shape the folder has', () => {
      const folders = ['', '.', './', '..', '../', 'a', 'a/', 'a//b', 'a/./b/', 'a/..', 'a/../..', '/', '//x', '/x/./y/', 'a\\b', '~/n.txt'];
      const names = ['x.txt', '.hidden', '..x.json', 'x.meta.json', 'a b'];
      for (const dir of folders) {
        for (const name of names) assert.equal(inFolder(dir, name), join(dir, name), `${dir} + ${name}`);
      }
      // the prefix under either platform's join, or none where a name would change the rest (a bare UNC server)
      for (const path of [posix, win32]) {
        for (const dir of [...folders, 'C:', 'C:\\', 'C:\\x\\..\\y', '\\\\server\\share']) {
          const prefix = plainPrefix(dir, path.join);
          if (prefix === undefined) continue;
          for (const name of names) assert.equal(prefix + name, path.join(dir, name), `${dir} + ${name}`);
        }
      }
      assert.equal(plainPrefix('//x', win32.join), undefined);
      assert.equal(plainPrefix('C:\\x', win32.join), 'C:\\x\\');
      for (const dir of folders) assert.notEqual(plainPrefix(dir, posix.join), undefined, dir);
    });
  });

  describe('collecting inputs', () => {
    it('lists a folder of 130,000 .txt files without spreading them into a call', function () {
      this.timeout(300_000);
      // In memory where the machine has it: 130,000 files on a busy disk take minutes to make and remove.
      const big = mkdtempSync(join(fs.existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'na-many-'));
      try {
        for (let i = 0; i < 130_000; i++) fs.closeSync(fs.openSync(join(big, `${String(i).padStart(6, '0')}.txt`), 'w'));
        const lines: string[] = [];
        const docs = collectDocuments([big], (l) => lines.push(l));
        assert.deepEqual(lines, []);
        assert.equal(docs.length, 130_000);
        assert.equal(docs[0].name, '000000');
        assert.equal(docs[129_999].name, '129999');
      } finally {
        rmSync(big, { recursive: true, force: true });
      }
    });

    it('reads a file named twice (directly and through its folder) once', () => {
      writeFileSync(join(dir, 'a.txt'), 'x');
      const docs = collectDocuments([dir, join(dir, 'a.txt'), join(dir, '.', 'a.txt')], () => {});
      assert.equal(docs.length, 1);
    });

    it('tells LOAD which NAME.meta.json the planner saw, which is then read without asking again, and one gone since is no note', () => {
      for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.txt`), 'Smith said on Monday that talks would go on.\n');
      writeFileSync(join(dir, 'a.meta.json'), '{"date": "2020-05-01"}');
      writeFileSync(join(dir, 'c.meta.json'), '{"date": "2020-05-02"}');
      mkdirSync(join(dir, 'out'));
      const planned = planOutputs(collectDocuments([dir], () => {}), 'eval', join(dir, 'out')).map((d) => (d.refused === undefined ? d : assert.fail(d.refused)));
      assert.deepEqual(planned.map((d) => [d.name, d.outputs?.metaFound ?? false]), [['a', true], ['b', false], ['c', true]]);
      rmSync(join(dir, 'c.meta.json'));
      const opts = options(['--format', 'table', '--passes', 'none', dir]);
      const jobs = planned.map((d) => ({ kind: 'file' as const, path: d.path, name: d.name, outputs: d.outputs }));
      const [a, b, c] = jobs.map((job) => runFileJob(job, opts));
      assert.match(a.stdout, /document date: 2020-05-01 \(meta\)/);
      assert.doesNotMatch(b.stdout + c.stdout, /\(meta\)/);
      assert.deepEqual([a.problems, b.problems, c.problems], [[], [], []]);
    });
  });

  describe('JSON Lines input', () => {
    const chunks = async function* (parts: string[]) {
      for (const p of parts) yield p;
    };
    const all = async (parts: string[], limits = { maxLines: 3, maxChars: 1000 }) => {
      const out = [];
      for await (const b of lineBatches(chunks(parts), 'test', limits)) out.push(b);
      return out;
    };

    it('cuts lines across chunk boundaries, strips CR, keeps numbering over blank lines', async () => {
      const batches = await all(['{"a"', ':1}\r\n\n{"b":2}\n{"c', '":3}\n{"d":4}']);
      assert.deepEqual(batches.flatMap((b) => b.lines), ['{"a":1}', '', '{"b":2}', '{"c":3}', '{"d":4}']);
      assert.deepEqual(batches.map((b) => b.firstLine), [1, 4, 5]);
    });

    it('splits batches at the line and character limits', async () => {
      const lines = Array.from({ length: 10 }, (_, i) => `line${i}`);
      const batches = await all([`${lines.join('\n')}\n`]);
      assert.deepEqual(batches.map((b) => b.lines.length), [3, 3, 3, 1]);
      const byChars = await all([`${'x'.repeat(600)}\n${'y'.repeat(600)}\nz\n`]);
      assert.deepEqual(byChars.map((b) => b.lines.length), [2, 1]);
    });

    it('joins one huge line from many chunks in linear time', async function () {
      this.timeout(60_000);
      const piece = 'a'.repeat(64 * 1024);
      const parts = Array.from({ length: 800 }, () => piece); // 50 MB on one line
      const batches = await all([...parts, '\n']);
      assert.equal(batches.length, 1);
      assert.equal(batches[0].lines[0].length, 800 * piece.length);
    });

    it('parses records and says what is wrong with a bad one', () => {
      assert.deepEqual(parseRecord('{"id": 7, "text": "Hi.", "date": "2021-01-31"}'), { id: 7, text: 'Hi.', date: '2021-01-31' });
      assert.deepEqual(parseRecord('{"id": "a", "text": "Hi."}'), { id: 'a', text: 'Hi.' });
      assert.match((parseRecord('[1]') as { error: string }).error, /not a JSON object/);
      assert.match((parseRecord('{"id": "a", "text": 3}') as { error: string }).error, /"text" must be a string/);
      assert.deepEqual(parseRecord('{"id": {"x": 1}, "text": ""}'), { id: { x: 1 }, error: '"id" must be a string or a number' });
      assert.match((parseRecord('{"id": 1, "text": "", "date": "2021-02-29"}') as { error: string }).error, /real calendar date/);
    });
  });

  describe('progress line', () => {
    const totals = (items: number, bytes: number, failed = 0): Totals => ({ items, documents: items - failed, failed, quotes: 0, attributions: 0, dates: 0, bytes });
    const fakeStream = (isTTY: boolean) => {
      const writes: string[] = [];
      return { writes, stream: { isTTY, columns: 120, write: (t: string) => writes.push(t) } };
    };

    it('shows nothing in the first second, then documents done/total, MB/s and the time left', () => {
      let now = 0;
      const { writes, stream } = fakeStream(true);
      const p = new Progress(stream, () => now);
      p.expect(10);
      now = 500;
      p.update(totals(1, 1e6));
      assert.deepEqual(writes, []);
      now = 2000;
      p.update(totals(4, 4e6, 1));
      assert.equal(writes.length, 1);
      assert.equal(writes[0], '\rannotating: 4/10 documents · 2.0 MB/s · ETA 0:03 · 1 failed\x1b[K');
      now = 2100;
      p.update(totals(5, 5e6));
      assert.equal(writes.length, 1, 'redrawn at most every 200 ms');
      p.clear();
      assert.equal(writes[1], '\r\x1b[K');
    });

    it('uses the bytes read for the time left when the document count is unknown (a JSONL file)', () => {
      let now = 0;
      const { writes, stream } = fakeStream(true);
      const p = new Progress(stream, () => now);
      p.expect(undefined, 10e6);
      now = 4000;
      p.update(totals(100, 2e6), 2e6);
      assert.match(writes[0], /annotating: 100 documents · 0\.5 MB\/s · ETA 0:16/);
    });

    it('never draws when the stream is not a terminal', () => {
      let now = 0;
      const { writes, stream } = fakeStream(false);
      const p = new Progress(stream, () => now);
      p.expect(10);
      now = 5000;
      p.update(totals(5, 5e6));
      p.clear();
      assert.deepEqual(writes, []);
    });

    it('summarises a run in one line', () => {
      assert.equal(summaryLine({ items: 3, documents: 2, failed: 1, quotes: 1, attributions: 4, dates: 0, bytes: 9 }, 1.234), '2 documents, 1 quote, 4 attributions, 0 dates, 1 error, 1.23 s');
    });
  });
});
