import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HELP, OPTIONS } from '../../src/cli/options';

// The compiled CLI next to this compiled test (out/test/unit → out/src/cli); its workers load the same file.
const CLI = resolve(__dirname, '../../src/cli/main.js');
const run = (args: string[], options: SpawnSyncOptions = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, ...options }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
/** Lines of stderr that are not the closing summary. */
const problems = (stderr: string) => stderr.split('\n').filter((l) => l && !/ \d+ documents?, \d+ quotes?, /.test(l));

const article = 'date 2021-03-19\nSmith said yesterday: “We will win.”\n';
const cp1252 = (s: string) => Buffer.from(s, 'latin1');

describe('command line', function () {
  // Each test starts a process with worker threads; give a loaded machine room.
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('arguments', () => {
    it('--help documents every option the parser accepts, and exits 0', () => {
      const r = run(['--help']);
      assert.equal(r.status, 0);
      assert.equal(r.stdout.trim(), HELP.trim());
      for (const [name, spec] of Object.entries(OPTIONS)) {
        assert.match(HELP, new RegExp(`--${name}\\b`), `--${name} is not in --help`);
        if ('short' in spec) assert.match(HELP, new RegExp(`-${spec.short}, --${name}\\b`), `-${spec.short} is not in --help`);
      }
      assert.match(HELP, /exit status[\s\S]*\b0\b[\s\S]*\b1\b[\s\S]*\b2\b/);
    });

    it('--version prints the package version', () => {
      const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string };
      assert.equal(run(['--version']).stdout.trim(), `news-annotator ${pkg.version}`);
    });

    it('takes the `annotate` command name or none', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      const named = run(['annotate', join(dir, 'a.txt')]);
      const bare = run([join(dir, 'a.txt')]);
      assert.equal(named.status, 0, named.stderr);
      assert.equal(named.stdout, bare.stdout);
      assert.match(named.stdout, /document date: 2021-03-19 \(dateline\)/);
    });

    it('an unknown option is one line and exit 2, no stack trace', () => {
      const r = run(['--frobnicate', dir]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /news-annotator: Unknown option '--frobnicate'/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });

    it('rejects an invalid --date and a bad --jobs with a clear message', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      let r = run(['--date', '2021-02-30', join(dir, 'a.txt')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /invalid --date "2021-02-30"/);
      r = run(['--jobs', '0', join(dir, 'a.txt')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /invalid --jobs "0"/);
    });

    it('needs --out for eval and brat', () => {
      const r = run(['--format', 'eval', dir]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /needs --out/);
    });
  });

  describe('formats', () => {
    it('prints a table by default, with the document date, its source and the encoding', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      const r = run([join(dir, 'a.txt')]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /document date: 2021-03-19 \(dateline\)\nencoding: utf-8\n/);
      assert.match(r.stdout, /quotes \(1\)/);
    });

    it('uses --date over every other source, and meta.json over the file name', () => {
      writeFileSync(join(dir, 'nyt_2016-09-08_x.txt'), 'Officials said on Monday that talks would resume.');
      writeFileSync(join(dir, 'nyt_2016-09-08_x.meta.json'), '{"date": "2016-09-10"}');
      assert.match(run([dir]).stdout, /document date: 2016-09-10 \(meta\)/);
      assert.match(run(['--date', '2020-01-01', dir]).stdout, /document date: 2020-01-01 \(option\)/);
      rmSync(join(dir, 'nyt_2016-09-08_x.meta.json'));
      assert.match(run([dir]).stdout, /document date: 2016-09-08 \(filename\)/);
    });

    it('reads the companions that are there: a broken link is no metadata, an unreadable one a note, an unreadable curated file a failure', () => {
      const file = join(dir, 'a.txt');
      writeFileSync(file, article);
      symlinkSync(join(dir, 'nowhere.json'), join(dir, 'a.meta.json'));
      const dangling = run([file]);
      assert.equal(dangling.status, 0, dangling.stderr);
      assert.deepEqual(problems(dangling.stderr), []);
      rmSync(join(dir, 'a.meta.json'));
      mkdirSync(join(dir, 'a.meta.json'));
      const folderMeta = run([file]);
      assert.equal(folderMeta.status, 0, folderMeta.stderr);
      assert.deepEqual(problems(folderMeta.stderr), [`news-annotator: ${join(dir, 'a.meta.json')}: cannot read (is a folder (EISDIR)), ignored`]);
      rmSync(join(dir, 'a.meta.json'), { recursive: true });
      writeFileSync(join(dir, 'a.meta.json'), '{"date": ');
      const badMeta = run([file]);
      assert.equal(badMeta.status, 0, badMeta.stderr);
      assert.deepEqual(problems(badMeta.stderr), [`news-annotator: ${join(dir, 'a.meta.json')}: not valid JSON, ignored`]);
      mkdirSync(join(dir, 'a.ann'));
      const folderAnn = run([file]);
      assert.equal(folderAnn.status, 1);
      assert.ok(problems(folderAnn.stderr).includes(`news-annotator: ${file}: cannot read the curated ${join(dir, 'a.ann')}: is a folder (EISDIR) (--ignore-curated for the automatic analysis)`), folderAnn.stderr);
      assert.equal(run(['--ignore-curated', file]).status, 0);
    });

    it('prints the full analysis as JSON: one object for one file, an array for several', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      const one = JSON.parse(run(['--format', 'json', join(dir, 'a.txt')]).stdout);
      assert.equal(one.format, 'news-annotator');
      assert.equal(one.encoding, 'utf-8');
      assert.equal(one.documentDate.value, '2021-03-19');
      writeFileSync(join(dir, 'b.txt'), 'No quotes here.');
      const many = JSON.parse(run(['--format', 'json', dir]).stdout);
      assert.deepEqual(many.map((d: { source: string }) => d.source), [join(dir, 'a.txt'), join(dir, 'b.txt')]);
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
  });

  describe('every core: --jobs', () => {
    it('gives the same output, in the same order, for any number of jobs', () => {
      const names = ['zeta', 'alpha', 'mid', 'b', 'long', 'empty', 'c', 'd'];
      names.forEach((name, i) => {
        // Sizes differ so that jobs finish out of order.
        const body = name === 'empty' ? '' : `${'Jones told reporters on Friday: “Not yet.” '.repeat(1 + ((i * 37) % 60))}\n`;
        writeFileSync(join(dir, `${name}_2020-0${1 + (i % 9)}-1${i}.txt`), body);
      });
      const outputs = [1, 2, 3].map((jobs) => {
        const table = run(['--jobs', String(jobs), dir]);
        const json = run(['--jobs', String(jobs), '--format', 'json', dir]);
        const evalOut = join(dir, `..`, `${jobs}-eval-${Date.now()}`);
        const e = run(['--jobs', String(jobs), '--format', 'eval', '--out', evalOut, dir]);
        const files = Object.fromEntries(readdirSync(evalOut).sort().map((f) => [f, readFileSync(join(evalOut, f), 'utf8')]));
        rmSync(evalOut, { recursive: true, force: true });
        assert.equal(table.status, 0, table.stderr);
        assert.equal(e.status, 0, e.stderr);
        return { table: table.stdout, json: json.stdout, files, problems: problems(table.stderr) };
      });
      assert.match(outputs[0].table, /== .*alpha[\s\S]*== .*b_[\s\S]*== .*zeta/);
      assert.equal(Object.keys(outputs[0].files).length, names.length);
      assert.deepEqual(outputs[1], outputs[0]);
      assert.deepEqual(outputs[2], outputs[0]);
    });

    it('drops the workers it started ahead when the arguments hold one document after all, and ends', () => {
      // The folder and the second path could be two documents, so workers boot while they are listed; the second
      // is missing, so the one article runs on the main thread and the early workers must not keep the process alive.
      writeFileSync(join(dir, 'only.txt'), 'Jones told reporters on Friday: “Not yet.”\n');
      const one = run(['--jobs', '1', '--format', 'jsonl', dir]);
      const r = run(['--jobs', '4', '--format', 'jsonl', dir, join(dir, 'missing.txt')], { timeout: 60_000 });
      assert.equal(r.signal, null, 'the process ended on its own');
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stdout, one.stdout);
      assert.match(r.stderr, /missing\.txt: no such file or folder/);
    });
  });

  describe('bad inputs and outputs (issue 14)', () => {
    it('reports bad files one line each, still does the good ones, and exits 1', () => {
      writeFileSync(join(dir, 'good.txt'), article);
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
      writeFileSync(join(dir, 'good.gold.json'), '{}');
      const out = join(dir, 'out');
      const r = run(['--format', 'eval', '--out', out, dir, join(dir, 'missing.txt')]);
      assert.equal(r.status, 1, 'a partial failure is a failure');
      assert.deepEqual(problems(r.stderr).map((l) => l.replace(dir, 'DIR')).sort(), [
        'news-annotator: DIR/binary.txt: binary data (NUL bytes), not text; skipped',
        'news-annotator: DIR/empty.txt: empty file, nothing to annotate',
        'news-annotator: DIR/missing.txt: no such file or folder',
      ]);
      assert.deepEqual(readdirSync(out).sort(), ['empty.json', 'good.json']);
      const evalDoc = JSON.parse(readFileSync(join(out, 'good.json'), 'utf8'));
      assert.equal(evalDoc.quotes.length, 1);
    });

    it('exits 0 only when every input was done', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      assert.equal(run(['--format', 'eval', '--out', join(dir, 'out'), join(dir, 'a.txt')]).status, 0);
      assert.equal(run([join(dir, 'nothing-here.txt')]).status, 1);
    });

    it('an unwritable --out is one line, not a stack trace', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      for (const out of [join(dir, 'a.txt', 'sub'), '/proc/news-annotator-test']) {
        const r = run(['--format', 'eval', '--out', out, join(dir, 'a.txt')]);
        assert.equal(r.status, 1);
        const lines = r.stderr.trim().split('\n');
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0], new RegExp(`^news-annotator: cannot write to the output folder ${out}: `));
      }
    });

    it('a write error on stdout (a full disk) is one line and exit 1', function () {
      if (!existsSync('/dev/full')) assert.fail('this test needs /dev/full (a device that answers every write with ENOSPC)');
      writeFileSync(join(dir, 'a.txt'), article);
      const r = spawnSync(`"${process.execPath}" "${CLI}" "${join(dir, 'a.txt')}" > /dev/full`, { shell: '/bin/sh', encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /^news-annotator: cannot write to stdout: no space left on the device \(ENOSPC\)\n$/);
    });

    it('an output that cannot be written is one line; the run goes on, leaves no temporary file, and exits 1', () => {
      for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.txt`), article);
      const out = join(dir, 'out');
      mkdirSync(join(out, 'b.json'), { recursive: true }); // a folder where b's output should go: the rename fails
      const r = run(['--jobs', '2', '--format', 'eval', '--out', out, dir]);
      assert.equal(r.status, 1);
      assert.deepEqual(problems(r.stderr), [`news-annotator: ${join(dir, 'b.txt')}: cannot write ${join(out, 'b.json')}: is a folder (EISDIR)`]);
      assert.deepEqual(readdirSync(out).sort(), ['a.json', 'b.json', 'c.json']);
      assert.equal(readdirSync(join(out, 'b.json')).length, 0);
      assert.equal(JSON.parse(readFileSync(join(out, 'c.json'), 'utf8')).quotes.length, 1);
    });

    it('stops quietly when the reader of stdout goes away (exit 141, no stack trace)', () => {
      // Some 650 KB of output, ten times a pipe's buffer, so the CLI is still writing when head has gone, however
      // late head is scheduled on a loaded machine.
      const long = `${article}${'Smith said yesterday: “We will win.”\n'.repeat(200)}`;
      for (let i = 0; i < 30; i++) writeFileSync(join(dir, `a${i}.txt`), long);
      const r = spawnSync(`"${process.execPath}" "${CLI}" "${dir}" | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`, { shell: '/bin/bash', encoding: 'utf8', timeout: 60_000 });
      assert.match(r.stdout, /^== /);
      assert.equal(r.stderr, 'status 141\n');
    });

    it('an interrupted run leaves only whole outputs and no temporary files, and exits 130', async () => {
      const body = `date 2021-03-19\n${'Smith said on Monday: “We will win,” and Jones told reporters on Friday that talks would resume. '.repeat(200)}\n`;
      for (let i = 0; i < 300; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), body);
      const out = join(dir, 'out');
      const child = spawn(process.execPath, [CLI, '--jobs', '2', '--format', 'eval', '--out', out, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      let ended = false;
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => ((ended = true), done(code))));
      while (!ended && (!existsSync(out) || readdirSync(out).filter((f) => f.endsWith('.json')).length < 3)) await new Promise((r) => setTimeout(r, 20));
      assert.ok(!ended, `the run ended before it could be interrupted: ${stderr}`);
      child.kill('SIGINT');
      assert.equal(await exited, 130, stderr);
      assert.match(stderr, /interrupted after \d+ document/);
      const left = readdirSync(out);
      assert.ok(left.length < 300, 'stopped before the end');
      for (const f of left) {
        assert.match(f, /^a\d{3}\.json$/, `${f} is not an output`);
        assert.doesNotThrow(() => JSON.parse(readFileSync(join(out, f), 'utf8')), `${f} is whole`);
      }
    });

    it('two inputs with the same name never overwrite each other: the second is refused', () => {
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, 'b'));
      writeFileSync(join(dir, 'a', 'same.txt'), 'date 2021-03-19\nAlpha said: “First.”\n');
      writeFileSync(join(dir, 'b', 'same.txt'), 'date 2021-03-19\nBeta said: “Second.”\n');
      const out = join(dir, 'out');
      const r = run(['--format', 'json', '--out', out, join(dir, 'a', 'same.txt'), join(dir, 'b', 'same.txt')]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /b\/same\.txt: its output .*same\.analysis\.json would overwrite the output of .*a\/same\.txt; skipped/);
      assert.deepEqual(readdirSync(out), ['same.analysis.json']);
      assert.match(readFileSync(join(out, 'same.analysis.json'), 'utf8'), /Alpha/);
    });

    it('brat into the input folder named through a symlink never overwrites the article', () => {
      mkdirSync(join(dir, 'in'));
      const utf8 = Buffer.from(article, 'utf8');
      const latin = cp1252('date 2021-03-19\nDupont a dit : \x93Non.\x94 C\x92est tout.\n');
      writeFileSync(join(dir, 'in', 'a.txt'), utf8);
      writeFileSync(join(dir, 'in', 'w.txt'), latin);
      symlinkSync(join(dir, 'in'), join(dir, 'link'));
      const r = run(['--format', 'brat', '--out', join(dir, 'link'), join(dir, 'in')]);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(readFileSync(join(dir, 'in', 'a.txt')), utf8);
      assert.deepEqual(readFileSync(join(dir, 'in', 'w.txt')), latin, 'the Windows-1252 bytes are untouched');
      assert.deepEqual(readdirSync(join(dir, 'in')).sort(), ['a.ann', 'a.txt', 'annotation.conf', 'w.ann', 'w.txt']);
      assert.match(r.stderr, /w\.txt: brat reads w\.txt as UTF-8, but it is windows-1252/);
    });

    it('an output never lands on an input or its metadata (x.meta.txt next to x.txt)', () => {
      writeFileSync(join(dir, 'x.txt'), 'Officials said on Monday that talks would resume.');
      writeFileSync(join(dir, 'x.meta.json'), '{"date": "2016-09-10"}');
      writeFileSync(join(dir, 'x.meta.txt'), 'An article whose name ends in .meta.');
      const r = run(['--format', 'eval', '--out', dir, dir]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /x\.meta\.txt: its output .*x\.meta\.json would be taken for metadata; skipped/);
      assert.equal(readFileSync(join(dir, 'x.meta.json'), 'utf8'), '{"date": "2016-09-10"}');
      assert.match(readFileSync(join(dir, 'x.json'), 'utf8'), /"dates":\[\{/);
      // Named directly, the article whose output is the metadata is refused too.
      const direct = run(['--format', 'eval', '--out', dir, join(dir, 'x.meta.txt')]);
      assert.equal(direct.status, 1);
      assert.equal(readFileSync(join(dir, 'x.meta.json'), 'utf8'), '{"date": "2016-09-10"}');
    });

    it('a FIFO named *.txt is skipped with a message instead of hanging the run', function () {
      writeFileSync(join(dir, 'a.txt'), article);
      const mk = spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
      if (mk.error || mk.status !== 0) assert.fail(`this test needs mkfifo (coreutils): ${mk.error?.message ?? mk.stderr}`);
      for (const args of [[dir], [join(dir, 'pipe.txt'), join(dir, 'a.txt')]]) {
        const r = run(args, { timeout: 30_000 });
        assert.equal(r.error, undefined, 'the run must not hang');
        assert.equal(r.status, 1);
        assert.match(r.stderr, /pipe\.txt: a FIFO, not a regular file; skipped/);
        assert.match(r.stdout, /a\.txt/);
      }
    });
  });

  describe('encodings (issue 14)', () => {
    it('a Windows-1252 article keeps its curly quotes; the encoding is shown and warned about', () => {
      writeFileSync(join(dir, 'w.txt'), cp1252('date 2021-03-19\nThe mayor said: \x93We will rebuild the bridge.\x94\n'));
      const r = run([join(dir, 'w.txt')]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /encoding: windows-1252/);
      assert.match(r.stdout, /quotes \(1\)/);
      assert.match(r.stdout, /“We will rebuild the bridge\.”/);
      assert.match(r.stderr, /w\.txt: not valid UTF-8 \(byte 0x93 at offset \d+\); read as Windows-1252/);
      const json = JSON.parse(run(['--format', 'json', join(dir, 'w.txt')]).stdout);
      assert.equal(json.encoding, 'windows-1252');
      assert.ok(json.diagnostics.some((d: { code?: string }) => d.code === 'encoding'));
    });

    it('a Latin-1 French article is annotated, not refused as binary', () => {
      const text = 'PARIS, 3 mars 2021 - Le ministre a déclaré : « Nous sommes prêts. » Réunion prévue à Orléans.\n';
      writeFileSync(join(dir, 'fr.txt'), cp1252(text));
      const r = run(['--format', 'json', join(dir, 'fr.txt')]);
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      assert.equal(json.encoding, 'windows-1252');
      assert.equal(json.textLength, text.length);
      assert.doesNotMatch(r.stderr, /binary/);
    });

    it('UTF-16 with a byte-order mark is read, and says so', () => {
      const text = 'date 2021-03-19\nSmith said yesterday: “We will win.”\n';
      writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const be = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      be.swap16();
      writeFileSync(join(dir, 'be.txt'), be);
      const r = run([dir]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /be\.txt\ndocument date: 2021-03-19 \(dateline\)\nencoding: utf-16be\n/);
      assert.match(r.stdout, /le\.txt\ndocument date: 2021-03-19 \(dateline\)\nencoding: utf-16le\n/);
      assert.equal((r.stdout.match(/quotes \(1\)/g) ?? []).length, 2);
      assert.match(r.stderr, /be\.txt: read as UTF-16BE/);
    });
  });

  describe('JSON Lines stream', () => {
    const records = [
      { id: 'r1', text: 'Smith said on Monday: “We will win.”', date: '2021-03-19' },
      { id: 2, text: 'No quote in this one.' },
      { id: 'r3', text: 'Jones told reporters: “Not today.”', date: '2021-02-30' },
    ];
    const stdin = `${records.map((r) => JSON.stringify(r)).join('\n')}\n\nnot json\n{"text": "no id"}\n${JSON.stringify({ id: 'last', text: 'Brown said: “Done.”' })}`;

    it('answers one line per record, in input order; a bad line gives an error record, not a crash', () => {
      const r = run(['--input', 'jsonl'], { input: stdin });
      assert.equal(r.status, 1, 'some records failed');
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => l.id), ['r1', 2, 'r3', null, null, 'last']);
      assert.equal(lines[0].documentDate.value, '2021-03-19');
      assert.equal(lines[0].quotes.length, 1);
      assert.equal(lines[0].dates[0].value, '2021-03-15');
      assert.match(lines[2].error, /"date" must be a real calendar date/);
      assert.deepEqual([lines[3].line, lines[4].line], [5, 6]);
      assert.match(lines[3].error, /not valid JSON/);
      assert.match(lines[4].error, /"id" must be a string or a number/);
      assert.equal(lines[5].quotes.length, 1);
      assert.equal(problems(r.stderr).length, 3);
    });

    it('gives the same stream for any number of jobs, from stdin or a file', () => {
      const many = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `Witness ${i} said on Friday: “I saw it.”`, date: '2020-05-0' + (1 + (i % 9)) })).join('\n');
      writeFileSync(join(dir, 'in.jsonl'), many);
      const one = run(['--input', 'jsonl', '--jobs', '1'], { input: many, maxBuffer: 1 << 30 });
      const two = run(['--input', 'jsonl', '--jobs', '2', join(dir, 'in.jsonl')], { maxBuffer: 1 << 30 });
      assert.equal(one.status, 0, one.stderr);
      assert.equal(two.stdout, one.stdout);
      assert.deepEqual(one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id), Array.from({ length: 3000 }, (_, i) => i));
    });

    it('a file given as --format jsonl input is one line per document', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      writeFileSync(join(dir, 'b.txt'), 'Plain.');
      const lines = run(['--format', 'jsonl', dir]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => [l.id, l.encoding]), [[join(dir, 'a.txt'), 'utf-8'], [join(dir, 'b.txt'), 'utf-8']]);
    });
  });

  describe('progress and summary', () => {
    it('on a terminal, a run longer than a second shows a progress line on stderr, then clears it', () => {
      // `script` (util-linux, in every Debian) gives the command a pseudo-terminal.
      const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
      if (probe.error) assert.fail(`this test needs \`script\` (Debian package bsdutils) for a terminal: ${probe.error.message}`);
      const body = `date 2021-03-19\n${'Smith said on Monday: “We will win,” and Jones told reporters on Friday that talks would resume in March. '.repeat(150)}\n`;
      for (let i = 0; i < 120; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), body);
      const r = spawnSync('script', ['-qefc', `"${process.execPath}" "${CLI}" --jobs 1 --format eval --out "${join(dir, 'out')}" "${dir}" >/dev/null`, '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const ERASE = '\x1b[K';
      assert.match(r.stdout.split(ERASE)[0], /\rannotating: \d+\/120 documents · [\d.]+ MB\/s( · ETA \d+:\d\d)?$/);
      assert.ok(r.stdout.includes(`\r${ERASE}news-annotator: 120 documents, `), 'the progress line is cleared before the summary');
    });

    it('when stderr is not a terminal: no progress line, one summary line at the end (none with --quiet)', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      const r = run([join(dir, 'a.txt')]);
      assert.ok(!r.stderr.includes('\r') && !r.stderr.includes('\x1b['), 'no terminal control characters');
      assert.match(r.stderr, /^news-annotator: 1 document, 1 quote, 1 attribution, 2 dates, 0 errors, \d+\.\d\d s\n$/);
      assert.equal(run(['--quiet', join(dir, 'a.txt')]).stderr, '');
    });
  });

  describe('curated NAME.ann beside the article (issue 10)', () => {
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
      // The new CLI counts a refused output as a failed input (exit 1), whether or not the curated file was used.
      assert.equal(exported.status, 1);
      const ignored = run(['--format', 'brat', '--ignore-curated', '--out', dir, dir]);
      assert.equal(ignored.status, 1);
      assert.equal(readFileSync(join(dir, 'a.ann'), 'utf8'), `${ann}\n`);
    });

    it('reads NAME.ann beside the article in every worker: the same output for any --jobs, and in JSONL', () => {
      for (const name of ['a', 'b', 'c', 'd']) writeFileSync(join(dir, `${name}.txt`), 'date 2021-03-19\n“We will win,” Smith said. Jones was there.\n');
      const text = readFileSync(join(dir, 'b.txt'), 'utf8');
      const q = text.indexOf('“');
      const jones = text.indexOf('Jones');
      writeFileSync(join(dir, 'b.ann'), [`T1\tQuote ${q} ${q + 14}\t“We will win,”`, `T2\tSpeaker ${jones} ${jones + 5}\tJones`, 'R1\tSaid_by Arg1:T1 Arg2:T2', '#1\tAnnotatorNotes T2\tJones', ''].join('\n'));
      const outputs = ['1', '3'].map((jobs) => run(['--jobs', jobs, '--format', 'jsonl', dir]));
      assert.equal(outputs[0].stdout, outputs[1].stdout);
      const speakers = outputs[0].stdout.trimEnd().split('\n').map((l) => JSON.parse(l)).map((d) => [d.curated !== false, d.quotes[0].speaker.text]);
      assert.deepEqual(speakers, [[false, 'Smith'], [true, 'Jones'], [false, 'Smith'], [false, 'Smith']]);
    });

    it('--explain prints how each attribution was decided, and refuses a format or --out', () => {
      writeFileSync(join(dir, 'a.txt'), article);
      const r = run(['--explain', join(dir, 'a.txt')]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^== .*a\.txt: 1 attribution\(s\)\n\na\d+ direct · [\w-]+ · confidence \d\.\d\d\n {2}content: “+We will win\.”/);
      assert.match(r.stdout, /\n {2}source: “Smith”/);
      const bad = run(['--explain', '--format', 'json', join(dir, 'a.txt')]);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--explain prints to stdout instead of a format/);
    });
  });
});
