// Inference for the trained parts of the attribution pass: linear scores over feature names, and the monotone maps
// (isotonic, fitted on cross-validated training output) that turn scores into probabilities. Training is
// scripts/train.mjs; its output is model.json beside this file.

import { PACKED, unpacked } from '../packed';

/** A linear model: weight per feature name or number (features not listed weigh 0). */
export type Weights = Readonly<Record<string, number>>;

/** A monotone step map from score to probability: y[k] holds from x[k] up to x[k + 1]. */
export interface Calibration {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export interface AttributionModel {
  readonly version: number;
  readonly cue: {
    /** Words training saw as cue heads, beyond the reporting-verb table. */
    readonly vocab: readonly string[];
    readonly weights: Weights;
    /** A cue is kept from this score up (chosen by cross-validation on training articles). */
    readonly threshold: number;
  };
  readonly source: { readonly weights: Weights };
  /** Second look at a whole reported statement: kept from this score up. */
  readonly keep: { readonly weights: Weights; readonly threshold: number };
  /** P(content and source right) from the meta features of an attribution. */
  readonly confidence: { readonly weights: Weights; readonly calibration: Calibration };
  /** How the weights were made: corpus, folds, epochs, cross-validated figures. */
  readonly trainedOn?: unknown;
}

/** Score of named features (the small keep and confidence models). */
export function score(weights: Weights, features: readonly string[]): number {
  let s = 0;
  for (const f of features) {
    const w = weights[f];
    if (w !== undefined) s += w;
  }
  return s;
}

/** A packed weight list's arrays (../packed.ts): feature numbers and weights, read by WeightTable without a string per key. */
type Packed = readonly [readonly number[], readonly number[]];

/** A list of numbered weights packed: its feature numbers and weights, in Object.keys order (as esbuild.mjs packs the bundles'). */
export function packWeights(weights: Weights): { readonly [PACKED]: Packed } {
  const names = Object.keys(weights);
  return { [PACKED]: [names.map(Number), names.map((name) => weights[name])] };
}

/** The two arrays of a packed weight list, or null for a list of named weights. */
export function packedWeights(weights: Weights): Packed | null {
  const p = unpacked(weights);
  return p && p[0].length === p[1].length ? (p as Packed) : null;
}

/**
 * Numbered weights in an open-addressing table: a lookup is a multiply and a few array reads, no hashing of keys.
 * Each key sits beside its weight in one array, so a feature found costs one cache miss, not two (the cue table is
 * larger than the cache, and its lookups were the cue detector's main cost).
 */
export class WeightTable {
  /** Two views of one buffer, 16 bytes a slot: the key in its first 4 (0: empty), the weight in its last 8. */
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;

  constructor(weights: Weights) {
    const [numbers, ws] = packedWeights(weights) ?? packWeights(weights)[PACKED];
    let size = 16;
    while (size < numbers.length * 2) size <<= 1;
    const buffer = new ArrayBuffer(size * 16);
    this.keys = new Int32Array(buffer);
    this.values = new Float64Array(buffer);
    this.mask = size - 1;
    for (let i = 0; i < numbers.length; i++) {
      const k = numbers[i] | 0 || 1; // 0 marks an empty slot
      let at = Math.imul(k, 0x9e3779b1) & this.mask;
      while (this.keys[at << 2] !== 0 && this.keys[at << 2] !== k) at = (at + 1) & this.mask;
      this.keys[at << 2] = k;
      this.values[(at << 1) + 1] = ws[i];
    }
  }

  get(feature: number): number {
    const k = feature | 0 || 1;
    let at = Math.imul(k, 0x9e3779b1) & this.mask;
    for (;;) {
      const x = this.keys[at << 2];
      if (x === k) return this.values[(at << 1) + 1];
      if (x === 0) return 0;
      at = (at + 1) & this.mask;
    }
  }

  /** The sum of the weights of `features`, added in their order (as get, feature by feature), with the probe in this
   * loop: under the command's small inlining budget (src/cli/flags.ts) a get per feature was a call. */
  sum(features: readonly number[]): number {
    const keys = this.keys;
    const values = this.values;
    const mask = this.mask;
    let s = 0;
    for (let i = 0; i < features.length; i++) {
      const k = features[i] | 0 || 1;
      let at = Math.imul(k, 0x9e3779b1) & mask;
      for (;;) {
        const x = keys[at << 2];
        if (x === k) {
          s += values[(at << 1) + 1];
          break;
        }
        if (x === 0) break; // weighs 0: s + 0 is s (never -0, as it starts at +0)
        at = (at + 1) & mask;
      }
    }
    return s;
  }
}

const tables = new WeakMap<Weights, WeightTable>();
/** The table of numbered weights (the cue and source models, keyed by feature number in model.json), made once. */
export function weightMap(weights: Weights): WeightTable {
  let m = tables.get(weights);
  if (!m) {
    m = new WeightTable(weights);
    tables.set(weights, m);
  }
  return m;
}

/** Score of numbered features. */
export function scoreIds(weights: WeightTable, features: readonly number[]): number {
  return weights.sum(features);
}

/** The calibrated probability of a score; 0 below the first step. */
export function calibrated(c: Calibration, x: number): number {
  if (c.x.length === 0 || x < c.x[0]) return c.y.length ? c.y[0] : 0;
  let lo = 0;
  let hi = c.x.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.x[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return c.y[lo];
}

/** The committed weights with their shape checked: a truncated or stale model.json fails loudly, not silently. */
export function checkedModel(json: unknown): AttributionModel {
  const m = json as AttributionModel;
  const ok = !!m && typeof m === 'object' && Array.isArray(m.cue?.vocab) && typeof m.cue?.weights === 'object' && typeof m.cue?.threshold === 'number'
    && typeof m.source?.weights === 'object' && typeof m.keep?.weights === 'object' && typeof m.keep?.threshold === 'number'
    && typeof m.confidence?.weights === 'object' && Array.isArray(m.confidence?.calibration?.x);
  if (!ok) throw new Error('attribution model.json is incomplete: run `npm run train`');
  return m;
}
