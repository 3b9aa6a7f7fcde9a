#!/usr/bin/env node
// Trains the entity pass's context model (src/core/entities/context.ts) by distant supervision and writes
// src/core/entities/context.model.json. The texts are unlabeled news read in place (../shared/eval/polnear-train and
// ../shared/eval/timebank; their gold files are never opened); the labels are the kinds the pass's own evidence
// proves (provenKind: given names and titles, organization heads, the gazetteer), spread to every named mention of
// the entity. The model, a multinomial logistic regression over context features, then types names with no such
// evidence from how the text uses them.
// Deterministic: documents in name order, every tenth held out for validation, shuffles from a fixed seed, weights
// rounded.   node scripts/train-entities.mjs [--epochs 6] [--average 3] [--min-count 3] [--l2 1e-6] [--seed 13] [--threshold 0.55]
// [--threshold-once 0.65] [--out FILE] [--quiet]
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './lib/random.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
const corpora = [join(shared, 'eval', 'polnear-train'), join(shared, 'eval', 'timebank')];
const EPOCHS = Number(opt('epochs', 6));
const MIN_COUNT = Number(opt('min-count', 3));
const L2 = Number(opt('l2', 1e-6));
const RATE = Number(opt('rate', 0.2));
// The vote thresholds are fixed, not re-chosen at each run: picked as "the lowest grid step where held-out votes are
// right 90% of the time", they sat a point or less above 90% (0.55: 90.5%, one mention 0.65: 91.0%), so a retrain
// after an unrelated rule change could step one to the next value and flip names the change never touched (one
// mention 0.65 -> 0.70: gum-news list 0.834/0.799 -> 0.833/0.797). The table below still shows where 90% falls.
const THRESHOLD = Number(opt('threshold', 0.55));
// A name the text gives once is typed by no vote (2: off, as overrule). The held-out distant labels say 90% right at
// 0.65 and 95% at 0.85, but they are names the rules already prove (gazetteer places, headed bodies); read by hand,
// the one-mention names the vote alone typed in polnear-train lists were right 14 of 66 times (two random samples of
// the --format json lists, 26 and 40 names), and 1 of 12 at 0.85 or more: shows, events, slogans, buildings, cut names.
// With more mentions the vote reads several contexts (8 of 14 right in the same reading) and keeps its 0.55.
const THRESHOLD_ONCE = Number(opt('threshold-once', 2));
/** Features whose largest weight is below this are dropped from the shipped model (it is in the extension's bundle). */
const PRUNE = Number(opt('prune', 0.05));
const OUT = resolve(opt('out', join(root, 'src', 'core', 'entities', 'context.model.json')));
const quiet = args.includes('--quiet');
const log = (...m) => { if (!quiet) console.error(...m); };

for (const c of corpora) {
  if (!existsSync(c) || !readdirSync(c).some((f) => f.endsWith('.txt'))) {
    console.error(`train-entities: the texts are missing: expected ${c} (../shared beside the repository, or NEWS_ANNOTATOR_SHARED)`);
    process.exit(1);
  }
}

// The core's training entry, bundled once so features and labels are exactly those the pass computes.
const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-train-entities-'));
const bundle = join(scratch, 'training.cjs');
await esbuild.build({ entryPoints: [join(root, 'src/core/entities/training.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const core = createRequire(import.meta.url)(bundle);
rmSync(scratch, { recursive: true, force: true });
const CLASSES = core.CONTEXT_CLASSES;

// ---------- data: every entity with its distant label ----------
const files = corpora.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)));
const docs = files.map((file, i) => {
  const text = readFileSync(file, 'utf8');
  const metaFile = file.replace(/\.txt$/, '.meta.json');
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : undefined;
  return { file, text, heldOut: i % 10 === 9, entities: core.entityExamples(text, { fileName: file.split('/').pop(), meta }) };
});
const train = docs.filter((d) => !d.heldOut);
const valid = docs.filter((d) => d.heldOut);
const examples = (set) => set.flatMap((d) => d.entities.filter((e) => e.label).flatMap((e) => e.mentions.map((m) => ({ y: CLASSES.indexOf(e.label), f: m.features }))));
const trainEx = examples(train);
log(`train-entities: ${docs.length} texts (${train.length} train, ${valid.length} held out); ${trainEx.length} labelled mentions for training`);

// ---------- features ----------
const counts = new Map();
for (const ex of trainEx) for (const f of ex.f) counts.set(f, (counts.get(f) ?? 0) + 1);
const names = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
const id = new Map(names.map((f, i) => [f, i]));
const encode = (fs) => Int32Array.from(fs.map((f) => id.get(f)).filter((x) => x !== undefined));
const data = trainEx.map((ex) => ({ y: ex.y, x: encode(ex.f) }));
const perClass = CLASSES.map((_, k) => data.filter((d) => d.y === k).length);
log(`train-entities: ${names.length} features (seen ${MIN_COUNT}+ times); mentions per class ${CLASSES.map((c, k) => `${c} ${perClass[k]}`).join(', ')}`);
// Classes weighted to count alike: political news names people far more often than places.
const classWeight = perClass.map((n) => data.length / (CLASSES.length * Math.max(1, n)));

// ---------- multinomial logistic regression, SGD with AdaGrad steps ----------
const K = CLASSES.length;
const W = new Float64Array(names.length * K);
const G = new Float64Array(names.length * K).fill(1e-8);
const bias = new Float64Array(K);
const bg = new Float64Array(K).fill(1e-8);
const rnd = mulberry32(Number(opt('seed', 13)));
// The shipped weights are the mean of the weights over the steps of the last AVERAGE epochs, not the last step's
// (a smoother fit: the last step's weights typed more one-mention common-word runs as places, "Standard Time"). It
// does not stop a reshuffle from flipping names that vote right at a threshold (another --seed moves 8-10 of 2,521
// polnear-train texts' lists either way, all such one-mention names). Lazy averaging: U sums each update times its
// step number, and the mean is W - U / steps.
const AVERAGE = Math.min(EPOCHS, Number(opt('average', 3)));
const U = new Float64Array(names.length * K);
const ub = new Float64Array(K);
let step = 0;
const probs = (x) => {
  const s = Array.from(bias);
  for (const f of x) for (let k = 0; k < K; k++) s[k] += W[f * K + k];
  const m = s.reduce((a, b) => Math.max(a, b), -Infinity);
  let z = 0;
  for (let k = 0; k < K; k++) { s[k] = Math.exp(s[k] - m); z += s[k]; }
  return s.map((v) => v / z);
};
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const averaging = epoch >= EPOCHS - AVERAGE;
  const order = Array.from(data.keys());
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  let loss = 0;
  for (const i of order) {
    if (averaging) step++;
    const { x, y } = data[i];
    const p = probs(x);
    const cw = classWeight[y];
    loss -= cw * Math.log(Math.max(p[y], 1e-12));
    for (let k = 0; k < K; k++) {
      const g = cw * (p[k] - (k === y ? 1 : 0));
      bg[k] += g * g;
      const db = (RATE / Math.sqrt(bg[k])) * g;
      bias[k] -= db;
      if (averaging) ub[k] -= step * db;
      for (const f of x) {
        const j = f * K + k;
        const gj = g + L2 * W[j];
        G[j] += gj * gj;
        const d = (RATE / Math.sqrt(G[j])) * gj;
        W[j] -= d;
        if (averaging) U[j] -= step * d;
      }
    }
  }
  log(`  epoch ${epoch + 1}: mean loss ${(loss / data.length).toFixed(4)}`);
}

if (step > 0) {
  for (let j = 0; j < W.length; j++) W[j] -= U[j] / step;
  for (let k = 0; k < K; k++) bias[k] -= ub[k] / step;
}

// ---------- the model as shipped: small weights dropped, the rest rounded ----------
const weights = {};
for (let i = 0; i < names.length; i++) {
  const w = [0, 1, 2].map((k) => W[i * K + k]);
  if (w.reduce((a, b) => Math.max(a, Math.abs(b)), 0) < PRUNE) continue;
  weights[names[i]] = w.map((v) => Math.round(v * 100) / 100);
}
const model = { bias: Array.from(bias, (v) => Math.round(v * 100) / 100), weights, threshold: 0, thresholdOnce: 0, overrule: 0 };

// ---------- entity votes on held-out texts (distant labels, every mention voting) ----------
/**
 * Accuracy and coverage of the entity vote at a threshold, over labelled entities of `set`; with `typing`, only the
 * votes the pass acts on (an organization or a place: it never makes a person by context).
 */
function voteFigures(set, threshold, only = () => true, typing = false) {
  let n = 0; let covered = 0; let right = 0;
  for (const d of set) {
    for (const e of d.entities) {
      if (!e.label || !only(e)) continue;
      n++;
      const v = core.entityVote(model, d.text, e.mentions);
      if (!v || v.p < threshold || (typing && v.kind === 'person')) continue;
      covered++;
      if (v.kind === e.label) right++;
    }
  }
  return { n, covered, right, coverage: covered / Math.max(1, n), accuracy: right / Math.max(1, covered) };
}
// Held-out accuracy by threshold, over every labelled entity and over the names the text gives once (one context is
// less evidence than several, so those have their own, higher threshold). A threshold whose held-out votes fall
// below 88% right is reported: the fixed value needs a look.
const grid = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const rows = grid.map((t) => ({ t, ...voteFigures(valid, t) }));
for (const r of rows) log(`  held out, vote ≥ ${r.t.toFixed(2)}: ${r.right}/${r.covered} right (${(100 * r.accuracy).toFixed(1)}%), coverage ${(100 * r.coverage).toFixed(1)}% of ${r.n} labelled entities`);
const singleRows = grid.map((t) => ({ t, ...voteFigures(valid, t, (e) => e.mentions.length === 1) }));
for (const r of singleRows) log(`  held out, one mention, vote ≥ ${r.t.toFixed(2)}: ${r.right}/${r.covered} right (${(100 * r.accuracy).toFixed(1)}%), coverage ${(100 * r.coverage).toFixed(1)}% of ${r.n} labelled entities`);
// The same for the votes that type a name (organization or place), the figures the thresholds are read from.
for (const [what, only] of [['every name', () => true], ['one mention', (e) => e.mentions.length === 1]]) {
  for (const t of grid) {
    const r = voteFigures(valid, t, only, true);
    log(`  held out, ${what}, organization or place vote ≥ ${t.toFixed(2)}: ${r.right}/${r.covered} right (${(100 * r.accuracy).toFixed(1)}%)`);
  }
}
model.threshold = THRESHOLD;
model.thresholdOnce = THRESHOLD_ONCE;
for (const [what, t, only] of [['every name', THRESHOLD, () => true], ['one mention', THRESHOLD_ONCE, (e) => e.mentions.length === 1]].filter(([, t]) => t <= 1)) {
  const f = voteFigures(valid, t, only);
  if (f.accuracy < 0.88) console.error(`train-entities: warning: held out, ${what}, vote ≥ ${t}: only ${(100 * f.accuracy).toFixed(1)}% right; look at the threshold`);
}
// Overruling weak evidence (a pronoun, a name's shape) measured worse than leaving it: off (a vote never reaches 2).
model.overrule = 2;
const trainFig = voteFigures(train, 0);
const validFig = voteFigures(valid, 0);
log(`train-entities: entity vote accuracy, every labelled entity: train ${(100 * trainFig.accuracy).toFixed(1)}% (${trainFig.n}), held out ${(100 * validFig.accuracy).toFixed(1)}% (${validFig.n}); threshold ${model.threshold} (one mention ${model.thresholdOnce}), overrule ${model.overrule}`);

const tmp = `${OUT}.tmp`;
writeFileSync(tmp, `${JSON.stringify(model)}\n`);
renameSync(tmp, OUT);
log(`train-entities: ${Object.keys(weights).length} features kept → ${OUT} (${(readFileSync(OUT).length / 1024).toFixed(0)} KB)`);
