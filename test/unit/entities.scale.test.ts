import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { cpuTimed } from './support/cpuTime';

// Hostile inputs for the entity pass: nothing lost past a size, and cost per megabyte that does not grow with the
// input. Each timing is a ratio taken in one run (sizes interleaved, best of the repeats), never an absolute bound.

const ENTITIES_ONLY = { passes: { quotes: false, attributions: false, dates: false } } as const;
const MB = 1 << 20;

/** Deterministic made-up capitalised words ("Qovirak"), different each call. */
function wordMaker(seed: number): () => string {
  let x = seed;
  const syl = ['ka', 'ro', 'vi', 'tu', 'ne', 'sa', 'lo', 'mi', 'za', 'pe', 'du', 'qo', 'ri', 'fa', 'ge', 'hu'];
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    let v = x;
    let w = '';
    for (let k = 0; k < 4; k++) { w += syl[v & 15]; v >>>= 4; }
    w += syl[(x >>> 20) & 15] + syl[(x >>> 24) & 15];
    return w[0].toUpperCase() + w.slice(1);
  };
}

/** Repeats `unit()` until the text reaches `bytes` characters. */
function grow(bytes: number, unit: () => string, head = '', sep = ''): string {
  const parts: string[] = [head];
  let n = head.length;
  while (n < bytes) {
    const u = unit();
    parts.push(u, sep);
    n += u.length + sep.length;
  }
  return parts.join('');
}

function msOf(text: string): number {
  const { value: a, ms } = cpuTimed(() => analyze(text, ENTITIES_ONLY));
  assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error'), []);
  return ms;
}

/** Milliseconds per MB at about 0.5 MB and at 4 MB, measured in one run with the small size repeated around the large. */
function perMB(make: (bytes: number) => string): { small: number; large: number; ratio: number } {
  const small = make(MB / 2);
  const large = make(4 * MB);
  msOf(make(MB / 16)); // warm-up
  const s1 = msOf(small);
  const l = msOf(large);
  const s2 = msOf(small);
  const smallPer = Math.min(s1, s2) / (small.length / MB);
  const largePer = l / (large.length / MB);
  return { small: smallPer, large: largePer, ratio: largePer / smallPer };
}

/** Quadratic work shows as a ratio near 8 between 4 MB and 0.5 MB; 3 leaves room for a busy machine. */
const MAX_RATIO = 3;

describe('entities: hostile input at scale', function () {
  this.timeout(180000);

  it('keeps every mention of an entity named 140,000 times (no silent loss, no error)', () => {
    const text = 'Smith said. '.repeat(140000);
    const a = analyze(text, ENTITIES_ONLY);
    assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error'), []);
    const smith = a.entities.find((e) => e.name === 'Smith');
    assert.ok(smith, 'Smith is found');
    assert.equal(smith.mentions.length, 140000);
  });

  it('stays linear on a Title-Case run joined by "of"', () => {
    const word = wordMaker(1);
    const r = perMB((bytes) => grow(bytes, () => ` of ${word()}`, 'They visited the University', '') + '.');
    console.log(`      of-run: ${r.small.toFixed(0)} ms/MB at 0.5 MB, ${r.large.toFixed(0)} ms/MB at 4 MB, ratio ${r.ratio.toFixed(2)}`);
    assert.ok(r.ratio < MAX_RATIO, `cost per MB grew ${r.ratio.toFixed(2)}x from 0.5 MB to 4 MB`);
  });

  it('stays linear when many people share a surname', () => {
    const word = wordMaker(2);
    const r = perMB((bytes) => grow(bytes, () => `${word()} Smith spoke. Smith said hi. `));
    console.log(`      shared surname: ${r.small.toFixed(0)} ms/MB at 0.5 MB, ${r.large.toFixed(0)} ms/MB at 4 MB, ratio ${r.ratio.toFixed(2)}`);
    assert.ok(r.ratio < MAX_RATIO, `cost per MB grew ${r.ratio.toFixed(2)}x from 0.5 MB to 4 MB`);
  });

  it('stays linear when many people share a given name', () => {
    const word = wordMaker(3);
    const r = perMB((bytes) => grow(bytes, () => `John ${word()} spoke. John said hi. `));
    console.log(`      shared given name: ${r.small.toFixed(0)} ms/MB at 0.5 MB, ${r.large.toFixed(0)} ms/MB at 4 MB, ratio ${r.ratio.toFixed(2)}`);
    assert.ok(r.ratio < MAX_RATIO, `cost per MB grew ${r.ratio.toFixed(2)}x from 0.5 MB to 4 MB`);
  });

  it('costs about what ordinary text costs when every capitalised word is new', () => {
    const word = wordMaker(4);
    const make = (bytes: number) => grow(bytes, () => `Yesterday ${word()} said it was fine and ${word()} agreed. `);
    const plain = (bytes: number) => grow(bytes, () => 'Yesterday Alma Reyes said it was fine and Tom Hale agreed. ');
    const r = perMB(make);
    const p = perMB(plain);
    console.log(`      distinct words: ${r.small.toFixed(0)} / ${r.large.toFixed(0)} ms/MB (ratio ${r.ratio.toFixed(2)}); ordinary text ${p.large.toFixed(0)} ms/MB at 4 MB`);
    assert.ok(r.ratio < MAX_RATIO, `cost per MB grew ${r.ratio.toFixed(2)}x from 0.5 MB to 4 MB`);
    // Looking each new word up in a window of the text made this ~10x the ordinary cost.
    assert.ok(r.large < 5 * p.large, `${r.large.toFixed(0)} ms/MB against ${p.large.toFixed(0)} ms/MB for ordinary text`);
  });
});
