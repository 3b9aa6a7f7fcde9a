// The extension's analyzer in plain Node: big texts go to a worker thread, and a worker that dies is
// replaced (its request tried once more) instead of sending every later big text to the host thread.
import * as assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { Analyzer, WORKER_THRESHOLD } from '../../src/extension/store/analyzer';

const BIG = `date 2021-03-19\n${'"We will build the bridge," Mayor Ines Lagos said on Tuesday.\n'.repeat(Math.ceil(WORKER_THRESHOLD / 60) + 10)}`;

/** The analyzer's current worker (private): the test kills it as a crash would. */
const workerOf = (a: Analyzer) => (a as unknown as { worker: Worker | undefined }).worker;

describe('extension: analyzer worker', function () {
  this.timeout(120_000);
  let analyzer: Analyzer;
  const log: string[] = [];

  beforeEach(() => {
    log.length = 0;
    analyzer = new Analyzer(require.resolve('../../src/extension/store/analyzer'), (m) => log.push(m));
  });
  afterEach(() => analyzer.dispose());

  it('analyses small texts in-thread and big ones in the worker, with the same summary', async () => {
    const small = await analyzer.run('date 2021-03-19\n"Yes," Lagos said.', {});
    assert.equal(small.inWorker, false);
    const big = await analyzer.run(BIG, {});
    assert.equal(big.inWorker, true);
    assert.ok(big.analysis.quotes.length > 1000);
    assert.equal(big.summary.statements.length, big.analysis.quotes.length);
  });

  it('restarts a crashed worker and retries the request it was running', async () => {
    await analyzer.run(BIG, {}); // the worker is up
    const first = workerOf(analyzer)!;
    const pending = analyzer.run(BIG, {});
    await first.terminate(); // dies mid-request, as on an uncaught error or out of memory
    const retried = await pending;
    assert.equal(retried.inWorker, true, 'the request ran again in a new worker');
    assert.ok(retried.analysis.quotes.length > 1000);
    assert.equal(analyzer.workersStarted, 2);
    assert.ok(log.some((m) => /exited/.test(m)), log.join('\n'));
    // And later big texts still go to a worker, not the host thread.
    const later = await analyzer.run(`${BIG}\nMore.`, {});
    assert.equal(later.inWorker, true);
    assert.notEqual(workerOf(analyzer), first);
  });

  it('fails a request that kills two workers, and still serves the next one in a worker', async () => {
    await analyzer.run(BIG, {});
    const pending = analyzer.run(BIG, {});
    await workerOf(analyzer)!.terminate();
    // Wait for the replacement to take the retried request, then kill that one too.
    while (analyzer.workersStarted < 2) await new Promise((r) => setTimeout(r, 10));
    await workerOf(analyzer)!.terminate();
    await assert.rejects(pending, /exited/);
    const next = await analyzer.run(BIG, {});
    assert.equal(next.inWorker, true);
  });
});
