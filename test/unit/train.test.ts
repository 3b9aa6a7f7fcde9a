import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findAttributions } from '../../src/core/attribution';
import { checkedModel } from '../../src/core/attribution/model';
import { segment } from '../../src/core/text/segment';

// scripts/train.mjs on a small corpus written for this test (no corpus text): two runs must give the same bytes.

const ROOT = resolve(__dirname, '../../..');

interface Spec { source: string; cue: string; content: string }
const PEOPLE = ['Ana Ortiz', 'Tom Hale', 'Lena Brook', 'Omar Reyes', 'Ruth Kim', 'the mayor', 'a spokesman', 'officials'];
const CLAIMS = ['the bridge would reopen in May', 'the budget was balanced', 'the talks had stalled', 'taxes would not rise', 'the plant would close'];

/** One article: sentences in three shapes, with their gold attributions located by offset. */
function article(k: number): { text: string; gold: unknown } {
  const sentences: { text: string; spec: Spec | null }[] = [];
  for (let i = 0; i < 6; i++) {
    const who = PEOPLE[(k + i) % PEOPLE.length];
    const what = CLAIMS[(k * 3 + i) % CLAIMS.length];
    const shape = (k + i) % 4;
    if (shape === 0) sentences.push({ text: `${who[0].toUpperCase()}${who.slice(1)} said that ${what}.`, spec: { source: who, cue: 'said', content: `that ${what}` } });
    else if (shape === 1) sentences.push({ text: `${what[0].toUpperCase()}${what.slice(1)}, ${who} told reporters.`, spec: { source: who, cue: 'told', content: `${what[0].toUpperCase()}${what.slice(1)}` } });
    else if (shape === 2) sentences.push({ text: `According to ${who}, ${what}.`, spec: { source: who, cue: 'According to', content: what } });
    else sentences.push({ text: `The river rose by two feet on day ${k + i}.`, spec: null });
  }
  let text = '';
  const attributions: unknown[] = [];
  for (const s of sentences) {
    const at = text.length;
    text += `${s.text}\n`;
    if (!s.spec) continue;
    const span = (needle: string) => {
      const start = at + s.text.indexOf(needle);
      assert.ok(start >= at, `${needle} in ${s.text}`);
      return { start, end: start + needle.length };
    };
    attributions.push({ content: [span(s.spec.content)], source: span(s.spec.source), cue: span(s.spec.cue) });
  }
  return { text, gold: { attributions, quotes: [] } };
}

describe('training the attribution models', () => {
  it('gives byte-identical weights when run twice on the same corpus, and a model the pass accepts', function () {
    this.timeout(180000);
    const corpus = mkdtempSync(join(tmpdir(), 'na-train-corpus-'));
    const out = mkdtempSync(join(tmpdir(), 'na-train-out-'));
    try {
      for (let k = 0; k < 12; k++) {
        const { text, gold } = article(k);
        const name = `doc${String(k).padStart(2, '0')}`;
        writeFileSync(join(corpus, `${name}.txt`), text);
        writeFileSync(join(corpus, `${name}.gold.json`), JSON.stringify(gold));
      }
      const run = (file: string) => {
        const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'train.mjs'), '--corpus', corpus, '--folds', '2', '--epochs', '3', '--out', join(out, file), '--quiet'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        return readFileSync(join(out, file), 'utf8');
      };
      const a = run('a.json');
      const b = run('b.json');
      assert.equal(a, b, 'two trainings differ');
      const model = checkedModel(JSON.parse(a));
      assert.ok(Object.keys(model.cue.weights).length > 0, 'no cue weights');
      assert.ok(Object.keys(model.source.weights).length > 0, 'no source weights');
      // the confidence map is a non-decreasing step map into [0, 1] that claims no certainty from a finite sample
      // (each step is the lower end of an interval on its share: even a step of all-right attributions stays below 1)
      const { x, y } = model.confidence.calibration;
      assert.ok(y.length > 0 && y.length === x.length, 'no calibration steps');
      for (let k = 1; k < y.length; k++) assert.ok(x[k] > x[k - 1] && y[k] >= y[k - 1], `step ${k} of ${JSON.stringify(model.confidence.calibration)}`);
      assert.ok(y[0] >= 0 && y[y.length - 1] < 1, `steps ${JSON.stringify(y)}`);
      // the model learned something: with it, the pass finds the statement of a sentence shaped like the corpus's
      const text = 'Ana Ortiz said that the budget was balanced.';
      const found = findAttributions({ text, ...segment(text), quotes: [] }, model);
      assert.deepEqual(found.map((x) => [x.cue?.text, x.source?.text, x.content.map((c) => c.text).join(' … ')]), [['said', 'Ana Ortiz', 'that the budget was balanced']]);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('averages cue classifiers trained on shuffles of their own (--cue-bags), reproducibly', function () {
    this.timeout(180000);
    const corpus = mkdtempSync(join(tmpdir(), 'na-train-corpus-'));
    const out = mkdtempSync(join(tmpdir(), 'na-train-out-'));
    try {
      for (let k = 0; k < 12; k++) {
        const { text, gold } = article(k);
        writeFileSync(join(corpus, `doc${String(k).padStart(2, '0')}.txt`), text);
        writeFileSync(join(corpus, `doc${String(k).padStart(2, '0')}.gold.json`), JSON.stringify(gold));
      }
      const cueWeights = (file: string, bags: string) => {
        const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'train.mjs'), '--corpus', corpus, '--folds', '2', '--epochs', '3', '--cue-bags', bags, '--out', join(out, file), '--quiet'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        return JSON.stringify(checkedModel(JSON.parse(readFileSync(join(out, file), 'utf8'))).cue.weights);
      };
      const one = cueWeights('one.json', '1');
      const three = cueWeights('three.json', '3');
      // bags on one shuffle would average to the single classifier's weights
      assert.notEqual(three, one, 'three bags gave the weights of one');
      assert.equal(cueWeights('three-again.json', '3'), three, 'two bagged trainings differ');
    } finally {
      rmSync(corpus, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses to run, saying why, when the corpus is missing', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'train.mjs'), '--corpus', join(tmpdir(), 'no-such-corpus-here'), '--quiet'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /training corpus is missing/);
  });
});
