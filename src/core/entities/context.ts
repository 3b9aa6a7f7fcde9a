// The second language of evidence: what the words around a name say about its kind. A small multinomial logistic
// model over context features (the words before and after each mention, the mention's shape and ending), trained
// by scripts/train-entities.mjs on unlabeled news with labels from the pass's own high-precision evidence (given
// names and titles, organization heads, the gazetteer): distant supervision. Its weights are context.model.json;
// every mention of an entity votes, so a name with no evidence of its own gets a kind from how the text uses it.

import { PACKED, unpacked } from '../packed';

/** The kinds the model tells apart, in the order of its weight vectors. */
export const CONTEXT_CLASSES = ['person', 'organization', 'place'] as const;
export type ContextClass = (typeof CONTEXT_CLASSES)[number];

export interface ContextModel {
  /** One bias per class. */
  readonly bias: readonly number[];
  /** Feature name → one weight per class. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** Mean class probability an entity needs to be typed by the model, and to overrule weak evidence. */
  readonly threshold: number;
  /** The same for an entity the text names once (calibrated on such names alone: one context is less evidence). */
  readonly thresholdOnce?: number;
  readonly overrule: number;
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

/** One context token as a feature string: lower-case word, digits as 0, a punctuation mark, or '^' / '$' (line edge). */
function tokenAt(text: string, i: number, dir: 1 | -1): { tok: string; next: number; cap: boolean } {
  let k = i;
  // Spaces and tabs only: a line break is the edge of the context.
  while (k >= 0 && k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k += dir;
  if (k < 0 || k >= text.length || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return { tok: dir < 0 ? '^' : '$', next: -1, cap: false };
  const c = text.charCodeAt(k);
  if (!isWordCode(c)) {
    // Quotation marks as one; "'s" after a name is its own token.
    if (dir > 0 && (c === 39 || c === 0x2019) && (text.charCodeAt(k + 1) === 115 || text.charCodeAt(k + 1) === 83) && !isWordCode(text.charCodeAt(k + 2))) {
      return { tok: "'s", next: k + 2, cap: false };
    }
    const tok = c === 0x201c || c === 0x201d || c === 34 || c === 0x2018 || c === 0x2019 || c === 39 ? '"' : c === 0x2014 || c === 0x2013 ? '-' : text[k];
    return { tok, next: k + dir, cap: false };
  }
  let s = k;
  let e = k;
  if (dir > 0) { while (e < text.length && (isWordCode(text.charCodeAt(e)) || ((text.charCodeAt(e) === 45 || text.charCodeAt(e) === 46) && isWordCode(text.charCodeAt(e + 1))))) e++; }
  else {
    e = k + 1;
    while (s > 0 && (isWordCode(text.charCodeAt(s - 1)) || ((text.charCodeAt(s - 1) === 45 || text.charCodeAt(s - 1) === 46) && s > 1 && isWordCode(text.charCodeAt(s - 2))))) s--;
  }
  const raw = text.slice(s, e);
  const first = raw.charCodeAt(0);
  const cap = first >= 65 && first <= 90;
  const tok = /\d/.test(raw) ? raw.replace(/\d+/g, '0').toLowerCase() : raw.toLowerCase();
  return { tok: cap ? `${tok}` : tok, next: dir > 0 ? e : s - 1, cap };
}

/** The context features of the mention text[start, end). */
export function mentionFeatures(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const l1 = tokenAt(text, start - 1, -1);
  const l2 = l1.next >= 0 ? tokenAt(text, l1.next, -1) : { tok: '^', next: -1, cap: false };
  const r1 = tokenAt(text, end, 1);
  const r2 = r1.next >= 0 ? tokenAt(text, r1.next, 1) : { tok: '$', next: -1, cap: false };
  // A capitalised neighbour is part of something else (a title, another name): its word and its capital both count.
  out.push(`p1=${l1.tok}`, `p2=${l2.tok}_${l1.tok}`, `n1=${r1.tok}`, `n2=${r1.tok}_${r2.tok}`, `pn=${l1.tok}_${r1.tok}`);
  if (l1.cap) out.push('p1C');
  if (r1.cap) out.push('n1C');
  const name = text.slice(start, end);
  const words = name.split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  // Shape only where it says something beyond the labels' own sources: capitals, digits.
  if (/^[A-Z][A-Z.&]+$/.test(name)) out.push('caps');
  if (/\d/.test(name)) out.push('dig');
  void words; void last;
  return out;
}

/**
 * The bundles carry the weights packed (../packed.ts): the feature names, then their weight vectors one after another,
 * three a feature. The table below is made from them without an entry array per key (~27 → ~11 ms of CPU at every
 * analysing thread's start).
 */
export { PACKED };

/** The weights as feature → offset of its three weights in `values`, made once per model object. */
interface Table {
  readonly offsets: Map<string, number>;
  readonly values: readonly unknown[];
}
const TABLES = new WeakMap<ContextModel, Table>();
function table(model: ContextModel): Table {
  let t = TABLES.get(model);
  if (!t) {
    const packed = unpacked(model.weights);
    const offsets = new Map<string, number>();
    if (packed) {
      const names = packed[0] as readonly string[];
      for (let i = 0; i < names.length; i++) offsets.set(names[i], 3 * i);
      t = { offsets, values: packed[1] };
    } else {
      // The object form (model.json as written): the same three reads of each vector a lookup made of it.
      const values: unknown[] = [];
      for (const [name, w] of Object.entries(model.weights)) {
        if (!w) continue;
        offsets.set(name, values.length);
        values.push(w[0], w[1], w[2]);
      }
      t = { offsets, values };
    }
    TABLES.set(model, t);
  }
  return t;
}

/** Class probabilities of one mention's features, added into `into` (three numbers). */
function addProbabilities(weights: Table, bias: readonly number[], features: readonly string[], into: number[]): void {
  let s0 = bias[0];
  let s1 = bias[1];
  let s2 = bias[2];
  const { offsets } = weights;
  const values = weights.values as readonly number[];
  for (const f of features) {
    const o = offsets.get(f);
    if (o !== undefined) { s0 += values[o]; s1 += values[o + 1]; s2 += values[o + 2]; }
  }
  const m = Math.max(s0, s1, s2);
  const e0 = Math.exp(s0 - m);
  const e1 = Math.exp(s1 - m);
  const e2 = Math.exp(s2 - m);
  const z = e0 + e1 + e2;
  into[0] += e0 / z;
  into[1] += e1 / z;
  into[2] += e2 / z;
}

/** Class probabilities of one mention's features. */
export function classProbabilities(model: ContextModel, features: readonly string[]): number[] {
  const out = [0, 0, 0];
  addProbabilities(table(model), model.bias, features, out);
  return out;
}

/** Mentions that vote, at most: past a dozen the mean hardly moves, and the cost stays bounded per entity. */
const MAX_VOTERS = 12;

/** Every mention votes (the first MAX_VOTERS): the mean of their class probabilities, and the likeliest class with its share. */
export function entityVote(model: ContextModel, text: string, mentions: readonly { start: number; end: number }[]): { kind: ContextClass; p: number; probs: number[] } | null {
  if (mentions.length === 0) return null;
  const weights = table(model);
  const sum = [0, 0, 0];
  const n = Math.min(mentions.length, MAX_VOTERS);
  for (let i = 0; i < n; i++) addProbabilities(weights, model.bias, mentionFeatures(text, mentions[i].start, mentions[i].end), sum);
  let best = 0;
  for (let k = 1; k < 3; k++) if (sum[k] > sum[best]) best = k;
  const probs = sum.map((v) => v / n);
  return { kind: CONTEXT_CLASSES[best], p: probs[best], probs };
}
