#!/usr/bin/env node
// Trains the attribution pass's models from ../shared/eval/polnear-train (read in place, never copied) and writes
// src/core/attribution/model.json:
//   cue      averaged perceptron (--cue-bags: the mean of several): is this token the head of a cue?
//   source   averaged ranking perceptron: which mention around the cue is the source?
//   keep     logistic regression: a second look at each whole reported statement (features seen fewer than 3 times dropped;
//            the weights are the mean of the epoch-end weights from epoch 10 on, so the last few hundred steps of
//            stochastic gradient do not decide where the fixed keep threshold cuts)
//   confidence  logistic regression over the pass's own meta features (and the keep model's; its weights averaged as the
//            keep model's are), then an isotonic map
//            fitted on out-of-fold logits of cross-validated output (5 folds by article), so a confidence is the
//            share of such attributions that had the right content and source on articles the models had not seen
//            (the lower end of its one-sided 95% interval: a cautious share, never a hopeful one).
// The log gives, per keep threshold, the held-out content overlap F1, end-to-end F1, source accuracy and reported
// recall, and the threshold the one-standard-error rule would pick; the threshold kept is the fixed operating point -1.5
// of the keep model labelled by source (see where it is chosen below; --keep se picks by the rule).
// Deterministic: articles in name order, folds by position, shuffles from a fixed seed, weights rounded.
//   node scripts/train.mjs [--folds 5] [--epochs 8] [--cue-epochs 8] [--cue-bags 1] [--out FILE] [--corpus DIR] [--limit N] [--refit-seed N] [--quiet]
//                          [--cue-precision 0.69[,0.66…]] [--dump FILE] [--oracle-cues] [--cue-only] [--vocab-ratio 0.05]
//                          [--sure-goal 0.965] [--keep T|se] [--keep-l2 1e-4] [--keep-average-from 10] [--keep-label content|source] [--no-nest-label]
//                          [--why [--why-examples N] [--why-phrases]]
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from './lib/random.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
const corpus = resolve(opt('corpus', join(shared, 'eval', 'polnear-train')));
const FOLDS = Number(opt('folds', 5));
const EPOCHS = Number(opt('epochs', 8));
const LIMIT = Number(opt('limit', 0));
// --cue-bags B --cue-epochs E: the cue classifier as the mean of B averaged perceptrons of E epochs, each on a shuffle of
// its own (default one of 8 epochs, the committed model). Held out at refit seed 0, 4 of 4 epochs raised the cue-head
// recall at the operating precision 0.69 from 0.7703 to 0.7776, and at keep -0.5 all but precision (P overlap/e2e/source/
// reported recall 0.839 0.7921/0.6979/0.6712/0.6738 -> 0.837 0.7953/0.6991/0.6759/0.6826; seed 7 0.7923/0.6986/
// 0.6747/0.6772 -> 0.836 0.7941/0.6986/0.6757/0.6813; polnear-dev 0.823/0.724/0.747/0.716 -> 0.826/0.727/0.749/0.722),
// but its model gives the seed article a third extra statement (keep -0.25 too), which the seed test forbids.
const CUE_EPOCHS = Number(opt('cue-epochs', EPOCHS));
const CUE_BAGS = Number(opt('cue-bags', 1));
// --refit-seed N: other shuffles for the fold models (the final model keeps its seed), to see how far the held-out
// figures move on a refit alone before reading a change into them. At main 1e317ab (keep -1.5; overlap F1/e2e F1/source
// acc/reported recall) seeds 0, 7, 1, 2 gave 0.7926/0.7090/0.6885/0.6850, 0.7931/0.7066/0.6882/0.6873,
// 0.7920/0.7056/0.6863/0.6854, 0.7927/0.7069/0.6874/0.6861: seed 0's end-to-end F1 is the highest of the four, and
// changes of a few dozen statements moved it by up to 0.002 either way, so compare over several seeds
const REFIT_SEED = Number(opt('refit-seed', 0));
const OUT = resolve(opt('out', join(root, 'src', 'core', 'attribution', 'model.json')));
const quiet = args.includes('--quiet');
const DUMP = opt('dump', null);
// The keep model's labels of nested statements (see below; --no-nest-label for the plain pairing). Held out at refit
// seeds 0 / 7 at keep -1.5 (overlap F1 / e2e F1 / source acc / reported recall): 0.7914/0.7060/0.6838/0.6804 and
// 0.7924/0.7054/0.6855/0.6841 became 0.7925/0.7071/0.6865/0.6847 and 0.7927/0.7055/0.6869/0.6866. Given to every inner statement, not
// only to those with a reporting verb for a cue, it did a little more at seed 0 (0.7930/0.7078/0.6874/0.6854; seed 7
// 0.7929/0.7055/0.6870/0.6871), but kept a participle that modifies a noun in the seed article ("… diplomacy focusing on
// …", keep score -1.52 → 0.11): a third extra statement, at every keep threshold up to 0, and with --keep-l2 3e-4 or 1e-3.
const NEST_LABEL = !args.includes('--no-nest-label');
// --oracle-cues: the held-out pass runs on the gold cue heads, to measure content and source rules alone
const ORACLE = args.includes('--oracle-cues');
// The cue threshold keeps the held-out cue precision 0.69 (it was 0.72): reported recall was the figure furthest from its
// goal, and a lower cue threshold lets the keep model see more statements. At keep -0.5, held out at refit seeds 0 / 7 /
// 13, overlap F1 / end-to-end F1 / source acc / reported recall went from 0.7864/0.6931/0.6566/0.6522,
// 0.7869/0.6933/0.6566/0.6520, 0.7850/0.6919/0.6523/0.6449 (0.72) to 0.69's figures in the commit that set it (seed 7
// 0.7914/0.6919/0.6651/0.6725, seed 13 0.7888/0.6905/0.6606/0.6641): end-to-end F1 gives 0.0014 for 0.02 of reported
// recall. 0.66 went further (seed 13 0.7921/0.6890/0.6700/0.6858) but its held-out ≥ 0.9 confidence bin fell to 94.9 %.
const CUE_PRECISION = String(opt('cue-precision', '0.69'));
// --vocab-ratio: a word joins the cue candidates when at least this share of its occurrences head a gold cue. Lower
// ratios add gold heads at a worse rate than the pool's 1 in 3.3 (scripts/cue-classes.mjs: 0.04 adds 97 for 2,103 other
// tokens, 0.02 309 for 9,294) and lost held out at keep -1.5 (overlap F1/e2e F1/source acc/reported recall, refit seed 0
// 0.7926/0.7090/0.6885/0.6850 at 0.05): 0.04 0.7926/0.7084/0.6891/0.6861, seed 7 0.7931/0.7066/0.6882/0.6873 ->
// 0.7916/0.7058/0.6862/0.6846; 0.02 0.7921/0.7064/0.6886/0.6871.
const VOCAB_RATIO = Number(opt('vocab-ratio', 0.05));
const KEEP_L2 = Number(opt('keep-l2', 1e-4));
// --keep-average-from E: the keep model's weights are averaged over the epoch ends from E on (30: the last iterate, as
// before). Held out at refit seed 0 the averaged model's curve over keep thresholds is the last iterate's, moved: at
// -0.5 it keeps more (P 0.841 -> 0.836), as at -0.6 before. The confidence model is averaged the same way: its isotonic
// map is fitted on the fold models' scores and read through the final model's, and a last iterate's scale moves with
// the last few hundred examples it saw.
const KEEP_AVERAGE_FROM = Number(opt('keep-average-from', 10));
// --keep-label: what the keep model learns to keep. content: a statement the scorer pairs with a gold one; source: such
// a statement whose source is right too (or whose gold has none). A paired statement with a wrong source is a false
// positive of end-to-end F1 and adds nothing to source accuracy, so 'source' (the default) drops those first and lets
// a lower keep threshold find more right ones; see the operating point below for the figures.
const KEEP_LABEL = opt('keep-label', 'source');
const log = (...m) => { if (!quiet) console.error(...m); };

if (!existsSync(corpus) || !readdirSync(corpus).some((f) => f.endsWith('.gold.json'))) {
  console.error(`train: the training corpus is missing: expected gold articles in ${corpus} (../shared/eval/polnear-train beside the repository, or NEWS_ANNOTATOR_SHARED)`);
  process.exit(1);
}
const scorePath = join(shared, 'eval', 'score.mjs');
const scorer = existsSync(scorePath) ? await import(pathToFileURL(scorePath).href) : null;

// The core's training entry, bundled once so the features are exactly those the pass computes.
const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-train-'));
const bundle = join(scratch, 'training.cjs');
await esbuild.build({ entryPoints: [join(root, 'src/core/attribution/training.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const core = createRequire(import.meta.url)(bundle);
rmSync(scratch, { recursive: true, force: true });

// ---------- data ----------
let names = readdirSync(corpus).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
if (LIMIT) names = names.slice(0, LIMIT);
log(`train: ${names.length} articles from ${corpus}`);
const docs = names.map((name, index) => {
  const text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(corpus, `${name}.gold.json`), 'utf8'));
  const metaFile = join(corpus, `${name}.meta.json`);
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : undefined;
  const p = core.prepare(text, { fileName: `${name}.txt`, meta });
  const { d } = p;
  // gold cue head: the first word of the cue that is not an auxiliary or an adverb ("has said" → said), or its
  // reporting verb or noun cue when that word is neither ("has yet to endorse" → endorse; core cueHead)
  const heads = new Map(); // token → gold attributions
  for (const a of gold.attributions) {
    if (!a.cue || !a.content?.length) continue;
    const h = core.cueHead(d, a.cue.start, a.cue.end);
    if (h < 0) continue;
    if (!heads.has(h)) heads.set(h, []);
    heads.get(h).push(a);
  }
  return { name, index, fold: index % FOLDS, text, gold, meta, p, heads };
});

// ---------- vocabulary of cue heads ----------
function cueVocab(set) {
  const headCount = new Map();
  const wordCount = new Map();
  for (const doc of set) {
    const toks = doc.p.d.toks;
    for (let i = 0; i < toks.length; i++) if (toks.word(i)) wordCount.set(toks.lower(i), (wordCount.get(toks.lower(i)) ?? 0) + 1);
    for (const h of doc.heads.keys()) {
      const w = doc.p.d.toks.lower(h);
      headCount.set(w, (headCount.get(w) ?? 0) + 1);
    }
  }
  return [...headCount].filter(([w, n]) => n >= 2 && n / (wordCount.get(w) ?? 1) >= VOCAB_RATIO).map(([w]) => w).sort();
}

// ---------- features interned ----------
const featureIds = new Map();
const featureNames = [];
const intern = (f) => {
  let id = featureIds.get(f);
  if (id === undefined) {
    id = featureNames.length;
    featureIds.set(f, id);
    featureNames.push(f);
  }
  return id;
};
const internAll = (fs) => Int32Array.from(fs, intern);

// ---------- averaged perceptron ----------
function shuffled(n, rnd) {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
class Averaged {
  constructor() { this.w = new Map(); this.u = new Map(); this.c = 1; }
  dot(fs) { let s = 0; for (const f of fs) s += this.w.get(f) ?? 0; return s; }
  add(fs, x) {
    for (const f of fs) {
      this.w.set(f, (this.w.get(f) ?? 0) + x);
      this.u.set(f, (this.u.get(f) ?? 0) + this.c * x);
    }
  }
  tick() { this.c++; }
  /** The averaged weights by feature name, rounded, small ones dropped. */
  final(minAbs = 1e-3) {
    const out = {};
    const keys = [...this.w.keys()].map((f) => [featureNames[f], f]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, f] of keys) {
      const v = this.w.get(f) - this.u.get(f) / this.c;
      if (Math.abs(v) >= minAbs) out[name] = Math.round(v * 1e4) / 1e4;
    }
    return out;
  }
}

/** Features seen fewer than MIN_COUNT times in training get no weight: they would only memorize (and bloat model.json). */
const MIN_COUNT = 3;
function dropRare(examples) {
  const counts = new Map();
  for (const ex of examples) for (const f of ex.fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  return examples.map((ex) => ({ ...ex, fs: ex.fs.filter((f) => counts.get(f) >= MIN_COUNT) }));
}

/**
 * Binary: examples {fs, y}; positive class scores above 0. The mean of `bags` averaged perceptrons, each on its own
 * shuffle: one perceptron's weights on a rare cue word depend on where its few examples fell in the order, and the
 * mean of a few orders is steadier (see CUE_BAGS).
 */
function trainBinary(examples, epochs, seed, bags = 1) {
  examples = dropRare(examples);
  if (bags === 1) return trainPerceptron(examples, epochs, seed);
  const sum = new Map();
  for (let b = 0; b < bags; b++) {
    for (const [k, v] of Object.entries(trainPerceptron(examples, epochs, seed + 7919 * b))) sum.set(k, (sum.get(k) ?? 0) + v / bags);
  }
  const out = {};
  for (const k of [...sum.keys()].sort()) {
    const v = Math.round(sum.get(k) * 1e4) / 1e4;
    if (Math.abs(v) >= 1e-3) out[k] = v;
  }
  return out;
}
/** One averaged perceptron over examples already cut of rare features. */
function trainPerceptron(examples, epochs, seed) {
  const m = new Averaged();
  const rnd = mulberry32(seed);
  for (let e = 0; e < epochs; e++) {
    for (const i of shuffled(examples.length, rnd)) {
      const ex = examples[i];
      const y = ex.y ? 1 : -1;
      if (y * m.dot(ex.fs) <= 0) m.add(ex.fs, y);
      m.tick();
    }
  }
  return m.final();
}

/** Ranking: groups {cands: fs[], pos: Set of indices}. */
function trainRanker(groups, epochs, seed) {
  const counts = new Map();
  for (const g of groups) for (const fs of g.cands) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  groups = groups.map((g) => ({ ...g, cands: g.cands.map((fs) => fs.filter((f) => counts.get(f) >= MIN_COUNT)) }));
  const m = new Averaged();
  const rnd = mulberry32(seed);
  for (let e = 0; e < epochs; e++) {
    for (const i of shuffled(groups.length, rnd)) {
      const g = groups[i];
      let best = -1, bestScore = -Infinity, bestPos = -1, bestPosScore = -Infinity;
      g.cands.forEach((fs, k) => {
        const s = m.dot(fs);
        if (s > bestScore) { bestScore = s; best = k; }
        if (g.pos.has(k) && s > bestPosScore) { bestPosScore = s; bestPos = k; }
      });
      if (!g.pos.has(best)) { m.add(g.cands[bestPos], 1); m.add(g.cands[best], -1); }
      m.tick();
    }
  }
  return m.final();
}

// ---------- examples ----------
const SLACK = 50;
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const sourceRight = (sys, gold) => !!sys && overlaps(sys, gold) && sys.end - sys.start <= gold.end - gold.start + SLACK;

function cueExamples(doc, vocab) {
  const { d } = doc.p;
  const out = [];
  for (let i = 0; i < d.toks.length; i++) {
    if (!core.cueCandidate(d, i, vocab)) continue;
    out.push({ fs: internAll(core.cueFeatures(d, i)), y: doc.heads.has(i), doc: doc.index, tok: i });
  }
  return out;
}

/** Source ranking groups for the gold cues of a document, set up as the pass sets them up. */
function sourceGroups(doc) {
  const { d, quotes } = doc.p;
  const groups = [];
  const cueFlags = new Uint8Array(d.toks.length);
  for (const h of doc.heads.keys()) cueFlags[h] = 1;
  const quoteByCue = new Map();
  for (const q of quotes) if (q.cue && !quoteByCue.has(q.cue.start)) quoteByCue.set(q.cue.start, q);
  for (const [h, list] of doc.heads) {
    const a = list.find((x) => x.source);
    if (!a) continue;
    const q = quoteByCue.get(d.toks.start(h));
    let cands;
    if (q && a.content.some((c) => overlaps(c, q))) {
      const qa = core.tokenAt(d, q.start);
      let qb = qa;
      while (qb < d.toks.length && d.toks.start(qb) < q.end) qb++;
      let last = h;
      while (last + 1 < d.toks.length && d.toks.end(last + 1) <= q.cue.end) last++;
      cands = core.sourceCandidates(d, h, last, [{ from: qa, to: qb }], null, q.speaker);
    } else {
      const rule = core.contentOf(d, h, cueFlags);
      if (!rule) continue;
      cands = core.sourceCandidates(d, h, rule.cueLast, rule.fragments, rule.ruleSource, q ? q.speaker : null);
    }
    const pos = new Set();
    cands.forEach((c, k) => { if (sourceRight(core.mentionAt(d, c.head), a.source)) pos.add(k); });
    groups.push({ cands: cands.map((c) => internAll(c.features)), pos, doc: doc.index, reachable: pos.size > 0 });
  }
  return groups;
}

// ---------- models ----------
function fitModels(trainDocs, seed) {
  const vocabList = cueVocab(trainDocs);
  const vocab = new Set(vocabList.map((w) => core.hash(w) & 0x3fffffff));
  const cueEx = trainDocs.flatMap((doc) => cueExamples(doc, vocab));
  const cueWeights = trainBinary(cueEx, CUE_EPOCHS, seed, CUE_BAGS);
  const groups = trainDocs.flatMap(sourceGroups).filter((g) => g.reachable);
  const sourceWeights = trainRanker(groups, EPOCHS, seed + 1);
  return { vocabList, vocab, cueWeights, sourceWeights };
}

/** Cue-head threshold with the best F1 over pooled held-out scores. */
function bestThreshold(scored, goldHeads) {
  const sorted = [...scored].sort((a, b) => b.s - a.s);
  let tp = 0, best = { f1: 0, t: 0 };
  sorted.forEach((x, k) => {
    if (x.y) tp++;
    const p = tp / (k + 1), r = tp / goldHeads;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    if (f1 > best.f1 && (k + 1 === sorted.length || sorted[k + 1].s < x.s)) best = { f1, t: x.s, p, r };
  });
  return best;
}

// ---------- logistic regression and isotonic map for the confidence ----------
function trainLogistic(examples, epochs = 30, rate = 0.1, l2 = 1e-4, rare = false, averageFrom = epochs) {
  if (rare) examples = dropRare(examples);
  const w = new Map();
  const sum = new Map();
  let snapshots = 0;
  const rnd = mulberry32(7);
  for (let e = 0; e < epochs; e++) {
    const lr = rate / (1 + e * 0.2);
    for (const i of shuffled(examples.length, rnd)) {
      const ex = examples[i];
      let z = 0;
      for (const f of ex.fs) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (ex.y ? 1 : 0) - p;
      for (const f of ex.fs) { const v = w.get(f) ?? 0; w.set(f, v + lr * (g - l2 * v)); }
    }
    if (e >= averageFrom) {
      for (const [f, v] of w) sum.set(f, (sum.get(f) ?? 0) + v);
      snapshots++;
    }
  }
  const final = snapshots ? new Map([...sum].map(([f, v]) => [f, v / snapshots])) : w;
  const out = {};
  for (const f of [...final.keys()].sort()) {
    const v = Math.round(final.get(f) * 1e4) / 1e4;
    if (v !== 0) out[f] = v;
  }
  return out;
}
/** The confidence from which an attribution is shown as sure (the calibration table's top bin). */
const SURE = 0.9;
/** Pool-adjacent-violators: a non-decreasing step map from score to the share of positives (its lower bound). */
function isotonic(points, top = -Infinity) {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const blocks = [];
  for (const p of sorted) {
    blocks.push({ x: p.x, sum: p.y ? 1 : 0, n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2].sum / blocks[blocks.length - 2].n >= blocks[blocks.length - 1].sum / blocks[blocks.length - 1].n) {
      const b = blocks.pop();
      const a = blocks[blocks.length - 1];
      a.sum += b.sum; a.n += b.n;
    }
  }
  // each step gives the lower end of a one-sided 95% (Wilson) interval on its share, never less than the step before:
  // a confidence is a share the evidence supports, not a hope (a small block of lucky successes gets no 1.0)
  const z = 1.645;
  let floor = 0;
  const y = blocks.map((b) => {
    const p = b.sum / b.n;
    const lb = (p + (z * z) / (2 * b.n) - z * Math.sqrt((p * (1 - p)) / b.n + (z * z) / (4 * b.n * b.n))) / (1 + (z * z) / b.n);
    floor = Math.max(floor, lb);
    return Math.round(floor * 1e4) / 1e4;
  });
  // below `top` no score is "sure": steps there stay under SURE, and a step reaching across `top` is cut at it
  const x = [];
  const out = [];
  blocks.forEach((b, k) => {
    const next = k + 1 < blocks.length ? blocks[k + 1].x : Infinity;
    if (b.x < top) {
      x.push(b.x);
      out.push(Math.min(y[k], SURE - 0.01));
      if (next > top && top > -Infinity) { x.push(top); out.push(y[k]); }
    } else {
      x.push(b.x);
      out.push(y[k]);
    }
  });
  // rounding may bring two steps onto one score: the later (higher) one holds there
  const rx = [];
  const ry = [];
  x.forEach((v, k) => {
    const r = Math.round(v * 1e4) / 1e4;
    if (rx.length && rx[rx.length - 1] === r) ry[ry.length - 1] = out[k];
    else { rx.push(r); ry.push(out[k]); }
  });
  return { x: rx, y: ry };
}

/**
 * The lowest score from which the share of right attributions (of everything scoring at least that) is still `goal`:
 * only from there may a confidence reach SURE.
 */
function sureFrom(points, goal) {
  const sorted = [...points].sort((a, b) => b.x - a.x);
  let right = 0, t = Infinity;
  sorted.forEach((p, k) => {
    if (p.y) right++;
    if (right / (k + 1) >= goal && (k + 1 === sorted.length || sorted[k + 1].x < p.x)) t = p.x;
  });
  return t;
}

/** System attributions paired with gold as the scorer pairs them: largest character overlap first, one to one. */
function pairWithGold(sys, gold) {
  const size = (c) => c.reduce((n, s) => n + s.end - s.start, 0);
  const ov = (a, b) => { let n = 0; for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)); return n; };
  const cands = [];
  gold.forEach((g, i) => { if (g.content?.length) sys.forEach((a, j) => { const o = ov(g.content, a.content); if (o > 0) cands.push([o, i, j]); }); });
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gu = new Set(), su = new Map();
  for (const [, i, j] of cands) { if (gu.has(i) || su.has(j)) continue; gu.add(i); su.set(j, i); }
  void size;
  return su; // system index → gold index
}

function asScorerDocs(list) {
  return list.map(({ doc, attributions }) => ({
    name: doc.name, gold: doc.gold, text: doc.text, textLength: doc.text.length,
    system: { attributions: attributions.map((a) => ({ content: a.content.map((c) => ({ start: c.start, end: c.end })), source: a.source && { start: a.source.start, end: a.source.end }, cue: a.cue && { start: a.cue.start, end: a.cue.end } })) },
  }));
}
/** The lowest score at which the held-out cue precision (of everything scoring at least that) is still `p`. */
function thresholdAtPrecision(scored, p) {
  const sorted = [...scored].sort((a, b) => b.s - a.s);
  let tp = 0, t = sorted.length ? sorted[0].s : 0;
  sorted.forEach((x, k) => {
    if (x.y) tp++;
    if (tp / (k + 1) >= p && (k + 1 === sorted.length || sorted[k + 1].s < x.s)) t = x.s;
  });
  return t;
}

/**
 * --why: each gold statement with a source that held-out output never found, by the step that lost it (the fold's own
 * models, the chosen operating point), and per cue head word within each step.
 */
function whyMissed(point, finalHeldOut) {
  const byDoc = new Map(point.heldOut.map((h) => [h.doc, h]));
  const foldOf = new Map(folds.map((x) => [x.f, x.m]));
  const steps = new Map();
  const SHOW = Number(opt('why-examples', 0));
  const note = (step, word, example) => {
    const e = steps.get(step) ?? { n: 0, words: new Map(), examples: [] };
    e.n++;
    if (example && e.examples.length < SHOW) e.examples.push(example);
    e.words.set(word, (e.words.get(word) ?? 0) + 1);
    steps.set(step, e);
  };
  const ov = (a, b) => { let n = 0; for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)); return n; };
  // direct, reported, or quoted with typewriter marks ('' … ''), which the scorer counts as reported and the quote pass does not pair
  const kindOf = (g, text) => {
    const c = g.content.map((x) => text.slice(x.start, x.end)).join('');
    return DIRECT_RE.test(c) ? 'direct' : c.includes("''") ? 'typewriter' : 'reported';
  };
  let total = 0;
  for (const { doc, attributions } of finalHeldOut) {
    const { d } = doc.p;
    const m = foldOf.get(doc.fold);
    const cueW = m.cueWeights;
    const held = byDoc.get(doc);
    const kp = point.keepProb.get(doc) ?? new Map();
    const pairs = pairWithGold(attributions, doc.gold.attributions);
    const paired = new Set(pairs.values());
    const headOf = new Map();
    for (const [h, list] of doc.heads) for (const a of list) headOf.set(a, h);
    // paired through another cue with a wrong source: does the system content run over the gold statement's own cue?
    for (const [j, gi] of pairs) {
      const g = doc.gold.attributions[gi];
      const a = attributions[j];
      if (!g.source || !g.cue || !a.cue || overlaps(a.cue, g.cue) || sourceRight(a.source, g.source)) continue;
      const kind = kindOf(g, doc.text);
      const over = a.content.some((c) => c.start <= g.cue.start && g.cue.end <= c.end) ? 'its cue inside the system content' : 'its cue outside';
      const own = held.attributions.findIndex((x) => x.cue && overlaps(x.cue, g.cue));
      const why = own < 0 ? 'own cue gave no statement' : kp.has(own) && kp.get(own) < point.keepThreshold ? 'own statement dropped by keep' : 'own statement nested or paired elsewhere';
      const h = headOf.get(g);
      const piece = (spans) => spans.map((c) => doc.text.slice(c.start, c.end)).join(' … ').replace(/\s+/g, ' ').slice(0, 240);
      const example = SHOW ? `${doc.name}: [${doc.text.slice(g.cue.start, g.cue.end)}] <${doc.text.slice(g.source.start, g.source.end)}> ${piece(g.content)} || system [${doc.text.slice(a.cue.start, a.cue.end)}] ${piece(a.content)}` : null;
      note(`paired through another cue (${kind}), ${over}, ${why}`, h === undefined ? '?' : d.toks.lower(h), example);
    }
    doc.gold.attributions.forEach((g, gi) => {
      if (!g.content?.length || !g.source || paired.has(gi)) return;
      total++;
      const kind = kindOf(g, doc.text);
      // the content lies inside a statement paired with another gold one: say so, then why its own cue gave none
      const inside = attributions.some((a) => ov(a.content, g.content) > 0) ? ', inside another statement' : '';
      const piece = (spans) => spans.map((c) => doc.text.slice(c.start, c.end)).join(' … ').replace(/\s+/g, ' ').slice(0, 200);
      const own = g.cue ? held.attributions.find((a) => a.cue && overlaps(a.cue, g.cue)) : null;
      const example = SHOW ? `${doc.name}: [${g.cue ? doc.text.slice(g.cue.start, g.cue.end) : '-'}] <${doc.text.slice(g.source.start, g.source.end)}> ${piece(g.content)}${own ? ` || system: ${piece(own.content)}` : ''}` : null;
      const say = (step, word) => note(`${kind}${inside}: ${step}`, word, example);
      if (!g.cue) { say('no gold cue', '-'); return; }
      const h = headOf.get(g);
      if (h === undefined) { say('cue head not a token', '-'); return; }
      const w = d.toks.lower(h);
      if (!core.cueCandidate(d, h, m.vocab)) {
        const multi = /\s/.test(doc.text.slice(g.cue.start, g.cue.end).trim());
        const where = core.isReportingVerb(w) ? 'a verb of the table' : 'outside the tables and vocabulary';
        say(`not a cue candidate (${where}${multi ? ', multi-word cue' : ''})`, multi && args.includes('--why-phrases') ? doc.text.slice(g.cue.start, g.cue.end).toLowerCase() : w);
        return;
      }
      let s = 0;
      for (const f of core.cueFeatures(d, h)) s += cueW[f] ?? 0;
      if (s < point.cueThreshold) { say('candidate, cue score below threshold', w); return; }
      const j = held.attributions.findIndex((a) => a.cue && overlaps(a.cue, g.cue));
      if (j < 0) { say('cue kept, no statement of its own (no content rule or left to a quote)', w); return; }
      const a = held.attributions[j];
      if (ov(a.content, g.content) === 0) { say('cue kept, content elsewhere', w); return; }
      if (kp.has(j) && kp.get(j) < point.keepThreshold) { say('dropped by the keep model', w); return; }
      say('dropped as nested in another statement', w);
    });
  }
  console.error(`why: ${total} gold statements with a source never found (held out)`);
  for (const [step, e] of [...steps].sort((a, b) => b[1].n - a[1].n)) {
    const top = [...e.words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 40).map(([w, n]) => `${w} ${n}`).join(', ');
    console.error(`why: ${String(e.n).padStart(5)}  ${step}${e.words.has('-') ? '' : `: ${top}`}`);
    for (const x of e.examples) console.error(`why:          ${x}`);
  }
}

// ---------- cross-validation ----------
const t0 = Date.now();
const cueScores = [];
let goldHeadCount = 0, unreachableHeads = 0;
const folds = [];
const rankStats = { groups: 0, reachable: 0, right: 0 };
for (let f = 0; f < FOLDS; f++) {
  const trainSet = docs.filter((d) => d.fold !== f);
  const testSet = docs.filter((d) => d.fold === f);
  const m = fitModels(trainSet, 1000 + f + REFIT_SEED);
  const weights = { cue: m.cueWeights };
  for (const doc of testSet) {
    for (const ex of cueExamples(doc, m.vocab)) {
      let s = 0;
      for (const id of ex.fs) s += weights.cue[featureNames[id]] ?? 0;
      cueScores.push({ s, y: ex.y });
    }
    goldHeadCount += doc.heads.size;
    for (const h of doc.heads.keys()) if (!core.cueCandidate(doc.p.d, h, m.vocab)) unreachableHeads++;
  }
  // held-out ranking accuracy on the gold cues: is the top candidate a right source?
  for (const doc of testSet) {
    for (const g of sourceGroups(doc)) {
      rankStats.groups++;
      if (!g.reachable) continue;
      rankStats.reachable++;
      let best = -1, bestScore = -Infinity;
      g.cands.forEach((fs, k) => { let sc = 0; for (const id of fs) sc += m.sourceWeights[featureNames[id]] ?? 0; if (sc > bestScore) { bestScore = sc; best = k; } });
      if (g.pos.has(best)) rankStats.right++;
    }
  }
  folds.push({ f, m, testSet });
  log(`train: fold ${f + 1}/${FOLDS} fitted (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
const thr = bestThreshold(cueScores, goldHeadCount);
log(`train: sources of gold cues: ${rankStats.groups}, right one among the candidates for ${(rankStats.reachable / rankStats.groups).toFixed(3)}, ranked first for ${(rankStats.right / rankStats.reachable).toFixed(3)} of those (held out)`);
log(`train: cue heads: ${goldHeadCount} gold, ${unreachableHeads} outside every candidate; best held-out F1 ${thr.f1.toFixed(3)} (P ${thr.p.toFixed(3)} R ${thr.r.toFixed(3)}) at ${thr.t.toFixed(3)}`);
{
  // the cue classifier at the operating precision: its recall there bounds the pass's reported recall
  const at = thresholdAtPrecision(cueScores, Number(CUE_PRECISION.split(',')[0]));
  const found = cueScores.filter((x) => x.y && x.s >= at).length;
  log(`train: cue heads at held-out precision ${CUE_PRECISION.split(',')[0]}: recall ${(found / goldHeadCount).toFixed(4)} (threshold ${at.toFixed(3)})`);
}
// The cue threshold is lower than the best cue F1's: the keep model takes a second look at each statement.
if (args.includes('--cue-only')) process.exit(0); // a quick look at the cue classifier alone
const noConfidence = { weights: {}, calibration: { x: [], y: [] } };
const keepAll = { weights: {}, threshold: -Infinity };
const DIRECT_RE = /["“”]/;

/** Attributions with each content that holds another statement cut where that one starts (core cutAtInner). */
function cutAtInner(text, list, inners) {
  const cuts = core.cutAtInner(text, list.map((a) => ({ kind: a.kind, fragments: a.content, cue: a.cue, source: a.source })), inners);
  return list.map((a, k) => (cuts[k] ? { ...a, content: cuts[k].map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end) })) } : a));
}

/** The issue's four attribution figures of held-out output, counted as the scorer counts them (one pairing). */
function figures(list) {
  let tp = 0, sys = 0, gold = 0, withSource = 0, right = 0, noSource = 0, repGold = 0, repFound = 0;
  for (const { doc, attributions } of list) {
    const golds = doc.gold.attributions;
    const pairs = pairWithGold(attributions, golds);
    sys += attributions.length;
    const reported = (g) => !DIRECT_RE.test(g.content.map((c) => doc.text.slice(c.start, c.end)).join(''));
    for (const g of golds) {
      if (!g.content?.length) continue;
      gold++;
      if (g.source) withSource++;
      if (reported(g)) repGold++;
    }
    for (const [j, i] of pairs) {
      const g = golds[i];
      tp++;
      if (reported(g)) repFound++;
      if (!g.source) { noSource++; continue; }
      if (sourceRight(attributions[j].source, g.source)) right++;
    }
  }
  const f1 = (a, p, r) => { const P = p ? a / p : 0, R = r ? a / r : 0; return P + R ? (2 * P * R) / (P + R) : 0; };
  return { precision: sys ? tp / sys : 0, overlap: f1(tp, sys, gold), endToEnd: f1(right, sys - noSource, withSource), source: withSource ? right / withSource : 0, reported: repGold ? repFound / repGold : 0 };
}
/**
 * What an operating point is chosen for: the mean of held-out content overlap F1 and end-to-end F1. Source accuracy
 * and reported recall are shown beside them but not chosen for: both count found statements only, so a lower
 * threshold always raises them, at a cost in precision that the F1s (and the seed article's extra statements) see.
 */
const objective = (x) => (x.overlap + x.endToEnd) / 2;
const show = (x) => `P ${x.precision.toFixed(3)} ${x.overlap.toFixed(4)}/${x.endToEnd.toFixed(4)}/${x.source.toFixed(4)}/${x.reported.toFixed(4)}`;

/**
 * The operating points of one cue threshold: its held-out output (every statement the cues give), the keep model's
 * cross-validated scores over it, and the figures at each keep threshold.
 */
function operatingPoint(cuePrecision) {
  const cueThreshold = thresholdAtPrecision(cueScores, cuePrecision);
  const heldOut = []; // {doc, attributions, traces}
  for (const { m, testSet } of folds) {
    const model = { version: 1, cue: { vocab: m.vocabList, weights: m.cueWeights, threshold: cueThreshold }, source: { weights: m.sourceWeights }, keep: keepAll, confidence: noConfidence };
    for (const doc of testSet) {
      const traces = [];
      const input = ORACLE ? { ...doc.p, cueTokens: [...doc.heads.keys()].sort((a, b) => a - b) } : doc.p;
      const attributions = core.findAttributions({ ...input, keepAll: true }, model, traces);
      heldOut.push({ doc, attributions, traces });
    }
  }
  // keep model: logistic regression on whole reported statements, label = the scorer pairs it with a gold
  // attribution (the model is itself cross-validated over the same folds)
  const keepEx = [];
  for (const h of heldOut) {
    // A statement inside another's content whose cue is a reporting verb ("X said that Y told him …") is also labelled
    // as paired with all such contents cut where the inner statement starts (core cutAtInner, as the annotators cut
    // them): paired as they come, the outer statement takes the inner one's gold statement (same overlap, earlier
    // statement) and the inner one was learned as a statement to drop
    const inners = [];
    const pairsWhole = pairWithGold(h.attributions, h.doc.gold.attributions);
    const pairsCut = NEST_LABEL ? pairWithGold(cutAtInner(h.doc.text, h.attributions, inners), h.doc.gold.attributions) : pairsWhole;
    h.attributions.forEach((a, j) => {
      if (!h.traces[j].keep.length) return;
      const label = (pairs) => {
        const g = pairs.has(j) ? h.doc.gold.attributions[pairs.get(j)] : null;
        return KEEP_LABEL === 'source' ? !!g && (!g.source || sourceRight(a.source, g.source)) : !!g;
      };
      const y = label(pairsWhole) || (!!inners[j] && h.doc.p.d.form[core.tokenAt(h.doc.p.d, a.cue.start)] !== 0 && label(pairsCut));
      keepEx.push({ fs: h.traces[j].keep, y, doc: h.doc, j });
    });
  }
  const keepProb = new Map(); // heldOut entry → attribution index → held-out keep score
  for (let f = 0; f < FOLDS; f++) {
    const w = trainLogistic(keepEx.filter((e) => e.doc.fold !== f), 30, 0.1, KEEP_L2, true, KEEP_AVERAGE_FROM);
    for (const e of keepEx.filter((x) => x.doc.fold === f)) {
      let z = 0;
      for (const x of e.fs) z += w[x] ?? 0;
      if (!keepProb.has(e.doc)) keepProb.set(e.doc, new Map());
      keepProb.get(e.doc).set(e.j, z);
    }
  }
  const filtered = (t) => heldOut.map((h) => {
    const kp = keepProb.get(h.doc) ?? new Map();
    const keep = h.attributions.map((_, j) => !kp.has(j) || kp.get(j) >= t);
    // then, as the pass does, a statement nested in another's content goes
    const left = [];
    h.attributions.forEach((a, j) => { if (keep[j]) left.push(j); });
    const outside = core.keptOutsideOthers(left.map((j) => ({ kind: h.attributions[j].kind, fragments: h.attributions[j].content, keepScore: kp.get(j) })));
    const kept = left.filter((_, k) => outside[k]);
    return { doc: h.doc, attributions: kept.map((j) => h.attributions[j]), traces: kept.map((j) => h.traces[j]) };
  });
  const curve = [];
  const points = [];
  for (const t of [-Infinity, -2.5, -2, -1.5, -1.25, -1, -0.75, -0.5, -0.25, 0, 0.5, 1, 1.5]) {
    const list = filtered(t);
    const x = figures(list);
    // the objective per fold, for its standard error
    const perFold = [];
    for (let f = 0; f < FOLDS; f++) perFold.push(objective(figures(list.filter((h) => h.doc.fold === f))));
    curve.push(`${t}: ${show(x)}`);
    points.push({ cuePrecision, cueThreshold, keepEx, keepThreshold: t, x, filtered, perFold, heldOut, keepProb });
  }
  log(`train: cue precision ${cuePrecision} (threshold ${cueThreshold.toFixed(3)}), keep threshold → held-out overlap F1/end-to-end F1/source acc/reported recall: ${curve.join(', ')}`);
  return points;
}

// The cue threshold is lower than the best cue F1's: the keep model takes a second look at each statement.
// Each cue threshold (--cue-precision 0.72,0.68,…: the held-out cue precision it keeps) is tried with each keep threshold.
const points = [];
for (const p of CUE_PRECISION.split(',').map(Number)) for (const x of operatingPoint(p)) points.push(x);
// Differences within one standard error of the best objective (over the folds) are fold noise: among such points the
// one keeping fewest statements (the highest keep threshold) wins, since an extra statement is what a reader sees
// first (the seed test allows two). The usual one-standard-error rule; the log shows, per keep threshold, how far
// below the best it lies fold by fold (paired), so the price of the choice is visible. Paired, the standard error is
// far smaller (0.0003 to 0.002 against the folds' 0.007): a paired rule picks keep -1.25, which gains 0.03 of held-out
// reported recall but gives the seed article 4 extra statements (the seed test allows 2).
// The keep threshold is a fixed operating point, -0.5: the one the one-standard-error rule chose (on held-out train
// only) for the rules of 594ccc9. That rule is a knife edge here: a content rule that raised every held-out figure at
// every keep threshold moved the next threshold (-0.25) to within 0.001 of the band's edge, and the rule flipped to it,
// worse on every figure. A model's operating point should not move on such noise, so it stays fixed; the log still
// says what the rule would pick. --keep se chooses by the rule instead, --keep T forces another threshold.
// Since the keep model reads whether a statement lies inside another's (nestedFeatures in index.ts) its whole curve
// moved up and its scores spread: at -0.5 held-out precision fell from 0.851 to 0.847 (more extra statements, the seed
// article 3 extra), at -0.25 it is 0.853 with every figure above the old point's, so the fixed point moved to -0.25
// (at refit seeds 0 / 7 / 13, overlap F1 / end-to-end F1 / source acc / reported recall 0.7802/0.6931/0.6489/0.6321,
// 0.7792/0.6925/0.6479/0.6310, 0.7764/0.6896/0.6414/0.6217, against -0.5 before: 0.7736/0.6889/0.6414/0.6198,
// 0.7740/0.6891/0.6417/0.6207, 0.7721/0.6859/0.6385/0.6174).
// Since gold cue heads come from the tables (core cueHead: "has yet to endorse" → endorse) the best objective lies at
// -0.5 / -0.75 again, and -0.5 keeps the seed article at two extra statements (it had three at -0.5 with the old
// heads), so the point is -0.5 again: held out at refit seeds 0 / 7 0.7864/0.6931/0.6566/0.6522 and
// 0.7869/0.6933/0.6566/0.6520 (at -0.25 with the new heads 0.7843/0.6929/0.6513/0.6419, 0.7846/0.6936/0.6514/0.6413).
// Since the keep model is labelled by source (--keep-label source: paired with a gold statement and its source right)
// the point is -1.5, where that model's objective is best at refit seeds 0 and 7. Against the content-labelled model at
// -0.5, held out at refit seeds 0 / 7 (P, overlap F1 / end-to-end F1 / source acc / reported recall): P 0.834
// 0.7941/0.7006/0.6790/0.6839 and P 0.835 0.7943/0.7020/0.6798/0.6831 became P 0.830 0.7905/0.7052/0.6838/0.6803 and
// P 0.830 0.7918/0.7058/0.6857/0.6839 (objective +0.0005 / +0.0007). At -2 source accuracy rose further (0.6907 /
// 0.6917) but the seed article got a third extra statement; at -1.5 it keeps two, as before.
let best = -Infinity;
for (const q of points) best = Math.max(best, objective(q.x));
const bestPoint = points.find((q) => objective(q.x) === best);
const foldMean = bestPoint.perFold.reduce((a, b) => a + b, 0) / FOLDS;
const SE = Math.sqrt(bestPoint.perFold.reduce((a, b) => a + (b - foldMean) ** 2, 0) / (FOLDS - 1)) / Math.sqrt(FOLDS);
const KEEP = opt('keep', '-1.5');
/** The point that `ok` admits with the highest keep threshold (then the best objective). */
const pick = (ok) => {
  let chosen = null;
  for (const q of points) {
    if (ok(q) && (!chosen || q.keepThreshold > chosen.keepThreshold || (q.keepThreshold === chosen.keepThreshold && objective(q.x) > objective(chosen.x)))) chosen = q;
  }
  return chosen;
};
const byRule = pick((q) => objective(q.x) >= best - SE);
const point = KEEP === 'se' ? byRule : pick((q) => q.keepThreshold === Number(KEEP));
if (!point) {
  console.error(`train: no operating point at keep ${KEEP}`);
  process.exit(1);
}
const below = points.filter((q) => q.cuePrecision === point.cuePrecision).map((q) => {
  const dif = q.perFold.map((v, f) => bestPoint.perFold[f] - v);
  const m = dif.reduce((a, b) => a + b, 0) / FOLDS;
  const sd = Math.sqrt(dif.reduce((a, b) => a + (b - m) ** 2, 0) / (FOLDS - 1));
  return `${q.keepThreshold}: ${m.toFixed(4)} ± ${(sd / Math.sqrt(FOLDS)).toFixed(4)}`;
});
log(`train: best objective ${best.toFixed(4)} (keep ${bestPoint.keepThreshold}), standard error over folds ${SE.toFixed(4)}; below the best, paired by fold: ${below.join(', ')}`);
log(`train: the one-standard-error rule would pick keep ${byRule.keepThreshold}; the operating point is keep ${point.keepThreshold}${KEEP === 'se' ? ' (--keep se)' : ''}`);
const { cueThreshold, keepEx } = point;
const bestKeep = { t: point.keepThreshold };
log(`train: cue precision ${point.cuePrecision}, keep threshold ${bestKeep.t}: held-out ${show(point.x)}`);
const keepWeights = trainLogistic(keepEx, 30, 0.1, KEEP_L2, true, KEEP_AVERAGE_FROM);
const finalHeldOut = point.filtered(bestKeep.t);

// confidence: meta features of held-out attributions against whether the scorer would count them right
const confEx = [];
for (const { doc, attributions, traces } of finalHeldOut) {
  const pairs = pairWithGold(attributions, doc.gold.attributions);
  attributions.forEach((a, j) => {
    const gi = pairs.get(j);
    const g = gi === undefined ? null : doc.gold.attributions[gi];
    if (g && !g.source) return; // no gold source: neither right nor wrong
    const y = !!g && sourceRight(a.source, g.source);
    confEx.push({ fs: traces[j].meta, y, doc });
  });
}
if (args.includes('--why')) whyMissed(point, finalHeldOut);
// The dump also holds, per article, every statement the held-out cues gave before the keep model and the nesting rule
// (`all`, each with its held-out keep score, null for direct ones): what the pass made and then dropped.
if (DUMP) {
  const allOf = new Map(point.heldOut.map((h) => [h.doc, h.attributions.map((a, j) => ({ ...a, keepScore: point.keepProb.get(h.doc)?.get(j) ?? null }))]));
  writeFileSync(DUMP, JSON.stringify(finalHeldOut.map(({ doc, attributions, traces }) => ({ name: doc.name, attributions, traces, all: allOf.get(doc) }))));
}
// Out-of-fold logits: each attribution scored by a confidence model fitted on the other folds. The isotonic map is
// fitted on these, not on in-sample logits, which are surer than a new article warrants.
for (let f = 0; f < FOLDS; f++) {
  const w = trainLogistic(confEx.filter((e) => e.doc.fold !== f), 30, 0.1, 1e-4, true, KEEP_AVERAGE_FROM);
  for (const e of confEx) if (e.doc.fold === f) { let z = 0; for (const x of e.fs) z += w[x] ?? 0; e.z = z; }
}
const confWeights = trainLogistic(confEx, 30, 0.1, 1e-4, true, KEEP_AVERAGE_FROM);
// A confidence of SURE or more is a promise (the editor shows no doubt): it is given only from the score where the
// out-of-fold share right of everything above reaches SURE_GOAL. The table below is honest: each fold is read through
// the map (and the cut) fitted on the other folds. The top bin moves by a point from one source model to the next
// (the cut sits where the out-of-fold share right only just reaches the goal): 0.965 was chosen when 0.96 gave 94.8 %;
// once verb-form nouns became source candidates ("the report shows") 0.965 gave 94.6 % and 0.96 95.3 %, so 0.96
// (--sure-goal to try another; the held-out table below is what to read). With the table cue heads and keep -0.5 the
// 0.96 goal gave 95.4 % held out (1,403 statements), 0.965 gives 96.1 % (843): 0.965, so the top bin keeps its margin
// over the 95 % it promises.
const SURE_GOAL = Number(opt('sure-goal', 0.965));
{
  const bins = [[0, 0.3], [0.3, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1.0001]].map(([lo, hi]) => ({ lo, hi, n: 0, right: 0 }));
  for (let f = 0; f < FOLDS; f++) {
    const pts = confEx.filter((e) => e.doc.fold !== f).map((e) => ({ x: e.z, y: e.y }));
    const iso = isotonic(pts, sureFrom(pts, SURE_GOAL));
    for (const e of confEx.filter((x) => x.doc.fold === f)) {
      const p = core.calibrated(iso, e.z);
      const b = bins.find((x) => p >= x.lo && p < x.hi);
      b.n++;
      if (e.y) b.right++;
    }
  }
  log(`train: held-out calibration: ${bins.map((b) => `${b.lo.toFixed(1)}+ ${b.right}/${b.n} = ${(b.n ? b.right / b.n : 0).toFixed(3)}`).join('; ')}`);
}
const confPoints = confEx.map((e) => ({ x: e.z, y: e.y }));
const calibration = isotonic(confPoints, sureFrom(confPoints, SURE_GOAL));

// cross-validated figures, scored as the scorer scores
let cvSummary = null;
if (scorer) {
  const s = scorer.scoreAttributions(asScorerDocs(finalHeldOut));
  const rep = s.kinds.reported;
  cvSummary = {
    contentOverlapF1: +s.overlap.f1.toFixed(3), sourceAccuracy: +s.sourceAccuracy.toFixed(3), endToEndF1: +s.endToEnd.f1.toFixed(3),
    reportedRecall: +(rep.found / rep.gold).toFixed(3), characterF1: +s.characters.f1.toFixed(3),
  };
  log(`train: ${FOLDS}-fold cross-validated attributions: ${JSON.stringify(cvSummary)}`);
}

// ---------- final models on every article ----------
const final = fitModels(docs, 42);
const model = {
  version: 1,
  trainedOn: { corpus: 'polnear-train', articles: docs.length, folds: FOLDS, epochs: EPOCHS, crossValidated: cvSummary, cueHeadF1: +thr.f1.toFixed(3) },
  cue: { vocab: final.vocabList, weights: final.cueWeights, threshold: Math.round(cueThreshold * 1e4) / 1e4 },
  source: { weights: final.sourceWeights },
  keep: { weights: keepWeights, threshold: bestKeep.t === -Infinity ? -1e9 : bestKeep.t },
  confidence: { weights: confWeights, calibration },
};
const json = `${JSON.stringify(model)}\n`;
const tmp = `${OUT}.tmp-${process.pid}`;
writeFileSync(tmp, json);
renameSync(tmp, OUT);
log(`train: wrote ${OUT} (${(json.length / 1024).toFixed(0)} KB; cue ${Object.keys(final.cueWeights).length}, source ${Object.keys(final.sourceWeights).length} weights) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
