import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { resolve } from 'node:path';

const CLI = resolve(__dirname, '../../src/cli/main.js');
const RECORDS = 1_000_000;
const LIMIT_MB = 300;

// Short records of the kinds a pipeline sends: a quote with a speaker, a date, a plain sentence.
const TEXTS = [
  'Smith said on Monday: “We will win.”',
  'The council met yesterday.',
  '“Not now,” Jones told reporters.',
  'Prices rose 3 percent in March.',
];

describe('JSON Lines stream at scale', function () {
  // A million analyses: about a minute on two quiet cores, several on a busy machine.
  this.timeout(30 * 60_000);

  it(`streams ${RECORDS.toLocaleString('en')} records through in order with peak RSS under ${LIMIT_MB} MB`, async () => {
    // The CLI runs in a child process that reports its own peak RSS (worker threads included) when it is done.
    const probe = `require(${JSON.stringify(CLI)}).main(process.argv.slice(1)).then((code) => {
      process.stderr.write('peak-rss-kb ' + process.resourceUsage().maxRSS + '\\n');
      process.exitCode = code;
    });`;
    const child = spawn(process.execPath, ['-e', probe, '--', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '2', '--quiet'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));

    // Fed lazily: the generator only runs as fast as the child reads, so this process holds no backlog either.
    function* records() {
      for (let i = 0; i < RECORDS; i++) yield `${JSON.stringify({ id: i, text: TEXTS[i % TEXTS.length], date: '2021-03-19' })}\n`;
    }
    const feeding = pipeline(Readable.from(records(), { objectMode: false }), child.stdin);

    let count = 0;
    let outOfOrder = 0;
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      const id = /^\{"id":(\d+),/.exec(line);
      if (!id || Number(id[1]) !== count) outOfOrder++;
      count++;
    }
    await feeding;
    const code = await new Promise<number | null>((done) => (child.exitCode !== null ? done(child.exitCode) : child.on('exit', done)));

    assert.equal(code, 0, stderr);
    assert.equal(count, RECORDS);
    assert.equal(outOfOrder, 0, 'every line answers the record of the same position');
    const peak = /peak-rss-kb (\d+)/.exec(stderr);
    assert.ok(peak, `no peak RSS reported: ${stderr}`);
    const mb = Number(peak[1]) / 1024;
    console.log(`      peak RSS for ${RECORDS.toLocaleString('en')} records, --jobs 2: ${mb.toFixed(0)} MB`);
    assert.ok(mb < LIMIT_MB, `peak RSS ${mb.toFixed(0)} MB`);
  });
});
