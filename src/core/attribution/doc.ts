// The token store of the attribution pass: the document tokenized once, sentence by sentence, with the sentence,
// paragraph and quotation each token lies in. Cue detection, content boundaries and source ranking all read it.
import { tokenize, type Token } from '../quotes/tokens';
import type { Span } from '../types';

export interface DocTokens {
  readonly text: string;
  readonly toks: readonly Token[];
  /** Sentence index of each token. */
  readonly sent: Int32Array;
  /** Paragraph index of each token. */
  readonly para: Int32Array;
  /** Index of the quotation (in the quotes given) holding each token, marks included; -1 outside. */
  readonly quote: Int32Array;
  /** First token of each sentence, and one past its last. */
  readonly sentFirst: Int32Array;
  readonly sentEnd: Int32Array;
  readonly sentences: readonly Span[];
  readonly paragraphs: readonly Span[];
}

/** Tokenizes every sentence once. Linear in the text; `quotes` must be sorted by start. */
export function docTokens(text: string, paragraphs: readonly Span[], sentences: readonly Span[], quotes: readonly Span[]): DocTokens {
  const toks: Token[] = [];
  const sentFirst = new Int32Array(sentences.length);
  const sentEnd = new Int32Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    sentFirst[s] = toks.length;
    for (const t of tokenize(text, sentences[s].start, sentences[s].end)) toks.push(t);
    sentEnd[s] = toks.length;
  }
  const n = toks.length;
  const sent = new Int32Array(n);
  const para = new Int32Array(n);
  const quote = new Int32Array(n).fill(-1);
  for (let s = 0; s < sentences.length; s++) for (let i = sentFirst[s]; i < sentEnd[s]; i++) sent[i] = s;
  let p = 0;
  let q = 0;
  for (let i = 0; i < n; i++) {
    const at = toks[i].start;
    while (p + 1 < paragraphs.length && paragraphs[p].end <= at) p++;
    para[i] = p;
    while (q < quotes.length && quotes[q].end <= at) q++;
    if (q < quotes.length && quotes[q].start <= at) quote[i] = q;
  }
  return { text, toks, sent, para, quote, sentFirst, sentEnd, sentences, paragraphs };
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(d: DocTokens, pos: number): number {
  let lo = 0;
  let hi = d.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
