import * as assert from 'node:assert/strict';
import type { Job, JobResult } from '../../src/cli/document';
import { InlineRunner } from '../../src/cli/inline';

// Jobs of the main-thread runner (--jobs 1, a single document): each job names its own file, so a test can tell
// which result answers which job.
const fileJob = (path: string): Job => ({ kind: 'file', path, name: path });
const result = (path: string): JobResult => ({ stdout: `${path}\n`, files: [], problems: [], items: 1, documents: 1, failed: 0, quotes: 0, attributions: 0, dates: 0, bytes: path.length });

function handler(job: Job): JobResult {
  if (job.kind !== 'file') throw new Error('records are not used here');
  if (job.path.includes('bad')) throw new Error(`cannot analyse ${job.path}`);
  return result(job.path);
}

describe('CLI: the main-thread runner', () => {
  it('settles every job in input order, a throwing job as a failure that does not stop the others', async () => {
    const runner = new InlineRunner(handler);
    async function* inputs() {
      for (const p of ['a.txt', 'bad.txt', 'c.txt']) yield fileJob(p);
    }
    const seen: string[] = [];
    for await (const s of runner.map(inputs(), {})) {
      assert.equal(s.index, seen.length);
      seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}: ${s.error.message}`);
    }
    assert.deepEqual(seen, ['a.txt', 'failed job-failed: cannot analyse bad.txt', 'c.txt']);
  });

  it('stops pulling inputs once the signal aborts, and answers the job it held as aborted', async () => {
    const runner = new InlineRunner(handler);
    const stop = new AbortController();
    let pulled = 0;
    function* inputs() {
      for (const p of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
        pulled++;
        yield fileJob(p);
      }
    }
    const seen: string[] = [];
    for await (const s of runner.map(inputs(), { signal: stop.signal })) {
      seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}`);
      if (seen.length === 1) stop.abort();
    }
    assert.deepEqual(seen, ['a.txt', 'failed aborted']);
    assert.equal(pulled, 2);
  });

  it('run() rejects a throwing job with the pool\'s job-failed error', async () => {
    const runner = new InlineRunner(handler);
    assert.equal((await runner.run(fileJob('x.txt'))).stdout, 'x.txt\n');
    await assert.rejects(runner.run(fileJob('bad.txt')), (err: Error & { code?: string }) => err.code === 'job-failed' && /bad\.txt/.test(err.message));
  });
});
