import * as assert from 'node:assert/strict';
import { analyze, DocumentAnalysis } from '../../src/core';
import type { AnalyzeOptions } from '../../src/core';
import { analysisProblems } from './support/invariants';

/** Deterministic pseudo-random generator so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every invariant of support/invariants.ts, an error-severity diagnostic ("… pass failed") included. */
function checkSpans(text: string, a: DocumentAnalysis): void {
  assert.deepEqual(analysisProblems(text, a), [], `for the text starting ${JSON.stringify(text.slice(0, 80))}`);
}

const ALPHABET = 'abc XYZ Smith said “ ” " \' ‘ ’ . , : ; — - \n \r\n 1998 Monday March yesterday \u0000 \ud83d\ude00 \ud800 ';

describe('robustness: no input makes the core throw or a pass fail', () => {
  it('random text from a news-like alphabet', () => {
    const next = rng(42);
    const words = ALPHABET.split(' ');
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(next() * 400);
      const text = Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(next() < 0.5 ? ' ' : '');
      checkSpans(text, analyze(text));
    }
  });

  it('binary data gives a diagnostic and no annotations', () => {
    const next = rng(7);
    const text = Array.from({ length: 5000 }, () => String.fromCharCode(Math.floor(next() * 256))).join('');
    const a = analyze(text);
    assert.ok(a.diagnostics.some((d) => /binary/.test(d.message)));
    assert.equal(a.quotes.length + a.dates.length + a.entities.length, 0);
  });

  it('empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n\r\n']) {
      const a = analyze(text);
      assert.ok(a.diagnostics.some((d) => /empty/.test(d.message)));
    }
  });

  it('quote-heavy and unbalanced text never yields runaway spans', () => {
    const text = `${'“He said ” “ “ " "'.repeat(2000)}\n“Open quote without end, said Smith.\nNext paragraph, “another.`;
    const a = analyze(text);
    checkSpans(text, a);
    const paras = a.paragraphs;
    for (const q of a.quotes) {
      const p = paras.find((p) => q.start >= p.start && q.start < p.end);
      assert.ok(p && q.end <= p.end, 'a quote never runs past its paragraph');
    }
  });

  it('a huge document (about 3 MB) is analyzed in full, with no pass failing', function () {
    // Generous: a loaded CI machine must not turn a linear pass into a false failure.
    this.timeout(300000);
    const para = 'Smith said on Monday that the plan was “a disaster for everyone,” and Jones, the mayor, disagreed. ';
    const text = `date 2021-03-19\n${`${para.repeat(5)}\n`.repeat(6000)}`;
    const a = analyze(text);
    checkSpans(text, a);
    assert.equal(a.documentDate.value, '2021-03-19');
    // Every pass delivered: nothing was lost to a caught exception.
    assert.equal(a.quotes.length, 30000);
    assert.ok(a.dates.length >= 30000, `${a.dates.length} dates`);
    assert.ok(a.entities.some((e) => e.name === 'Smith' && e.mentions.length >= 30000), 'Smith and his mentions');
  });

  it('CRLF line endings keep offsets into the exact text', () => {
    const text = 'date 2021-03-19\r\nSmith said: “We will win.”\r\n\r\n“Never,” Jones replied yesterday.\r\n';
    const a = analyze(text);
    checkSpans(text, a);
    for (const p of a.paragraphs) assert.ok(!text.slice(p.start, p.end).includes('\r'));
  });

  it('a text without any dateline still gets analyzed, with an info diagnostic', () => {
    const a = analyze('Smith said yesterday: “We will win.”');
    assert.equal(a.documentDate.source, 'none');
    assert.ok(a.diagnostics.some((d) => /No document date/.test(d.message)));
  });

  it('treats any options value as options or none: analyze(text, null) is analyze(text) (D13)', () => {
    const text = 'date 2021-03-19\nSmith said yesterday: “We will win.”\n';
    const plain = analyze(text);
    checkSpans(text, plain);
    assert.ok(plain.quotes.length === 1 && plain.dates.length >= 1);
    const odd: unknown[] = [null, undefined, 42, 'options', true, [], () => 1, Symbol('x'), { passes: null }, { passes: 5 },
      { passes: { quotes: 'no' } }, { fileName: 42 }, { fileName: null }, { documentDate: 20210319 }, { meta: 'x' }, { meta: null },
      Object.create(null), new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } })];
    odd.forEach((options, i) => assert.deepEqual(analyze(text, options as AnalyzeOptions), plain, `odd options #${i}`));
    // Well-typed options still count.
    assert.equal(analyze('Smith said “no.”', { documentDate: '2020-01-02' }).documentDate.value, '2020-01-02');
    assert.equal(analyze(text, { passes: { dates: false } }).dates.length, 0);
  });
});
