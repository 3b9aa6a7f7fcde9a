import * as assert from 'node:assert/strict';
import { Shape, type DocTokens } from '../../src/core/attribution/doc';
import { speakerAfter, speakerBefore } from '../../src/core/quotes/speakers';
import { ArrayTokens, tokenize, type Token } from '../../src/core/quotes/tokens';
import { segment } from '../../src/core/text/segment';
import { storeOf } from './support/docTokens';

// The attribution pass's token store keeps no object per token: each token read through it must be the token the
// quote pass's tokenizer makes of the same sentence.

/** The tokenizer's tokens of each sentence, one after another, as the store should hold them. */
const expected = (text: string): Token[] => {
  const out: Token[] = [];
  for (const s of segment(text).sentences) tokenize(text, s.start, s.end, Infinity, out);
  return out;
};
const read = (d: DocTokens, i: number) => ({
  start: d.toks.start(i), end: d.toks.end(i), text: d.toks.text(i), lower: d.toks.lower(i), word: d.toks.word(i), cap: d.toks.cap(i),
});

const TEXTS = [
  'Mr. O’Brien’s U.S. plan: the mayor’s 3.5% rise, Zoë ÅSTRÖM and the well-known 9/11 ANC said.',
  '“We won -- again,” said Gov. J.R. Smith of İzmir on Monday. SAID the Mayor; said the mayor (twice).',
  'The ÉCOLE and the école, the iPhone and the IPHONE — and 1,000 votes in 24/7 news.',
];

describe('attribution token store', () => {
  for (const text of TEXTS) {
    it(`holds the tokenizer's tokens: ${text.slice(0, 30)}…`, () => {
      const want = expected(text);
      const d = storeOf(text);
      assert.equal(d.toks.length, want.length);
      for (let i = 0; i < want.length; i++) assert.deepEqual(read(d, i), { ...want[i] }, `token ${i} (${want[i].text})`);
    });
  }

  it('reads a word seen before (from the cross-document word cache) as freshly as a new one', () => {
    // the second document meets every word of the first again, in other capitalisations too
    const first = 'Said the Mayor of Köln: the MAYOR’s plan works.';
    storeOf(first);
    const again = 'the mayor said: Mayor’s PLAN, Köln, KÖLN and köln work.';
    const d = storeOf(again);
    const want = expected(again);
    assert.equal(d.toks.length, want.length);
    for (let i = 0; i < want.length; i++) assert.deepEqual(read(d, i), { ...want[i] }, `token ${i} (${want[i].text})`);
    // words of one length but other letters are other words
    const e = storeOf('cat cut cot CAT');
    assert.deepEqual([0, 1, 2, 3].map((i) => e.toks.lower(i)), ['cat', 'cut', 'cot', 'cat']);
    assert.deepEqual([0, 1, 2, 3].map((i) => e.toks.text(i)), ['cat', 'cut', 'cot', 'CAT']);
  });

  it('answers out of range as a missing token would: no word, no capital, no text', () => {
    const d = storeOf('He said so.');
    for (const i of [-1, d.toks.length]) {
      assert.equal(d.toks.word(i), false);
      assert.equal(d.toks.cap(i), false);
      assert.equal(d.toks.text(i), undefined);
      assert.equal(d.toks.lower(i), undefined);
      assert.equal(d.toks.start(i), undefined);
    }
  });

  it('keeps each token\'s facts beside it: a capital first in its sentence, commas counted', () => {
    const d = storeOf('Paris said no, then Rome said yes, twice. Rome waited.');
    const at = (w: string, from = 0) => {
      for (let i = from; i < d.toks.length; i++) if (d.toks.text(i) === w) return i;
      return -1;
    };
    assert.equal(d.shape[at('Paris')], Shape.Cap0);
    assert.equal(d.shape[at('Rome')], Shape.Cap);
    assert.equal(d.shape[at('Rome', at('waited') - 1)], Shape.Cap0);
    assert.equal(d.commas[at('twice')], 2);
    assert.equal(d.commas[d.toks.length], 2);
  });

  it('holds every token and count of a text with more tokens than its estimate (the columns grow)', () => {
    // one-letter words and marks: ~0.6 tokens a character, past the store's first size (a quarter of the characters)
    const sentence = 'We, a, b: "c" -- d; e, it. ';
    const text = sentence.repeat(40) + 'Then I said “No,” as Ann did.';
    const want = expected(text);
    const d = storeOf(text);
    assert.ok(want.length > text.length / 4 + 16, `${want.length} tokens in ${text.length} characters`);
    assert.equal(d.toks.length, want.length);
    for (let i = 0; i < want.length; i++) assert.deepEqual(read(d, i), { ...want[i] }, `token ${i} (${want[i].text})`);
    let commas = 0;
    let quotes = 0;
    for (let i = 0; i < want.length; i++) {
      assert.equal(d.commas[i], commas, `commas before ${i}`);
      assert.equal(d.quotes[i], quotes, `quotation marks before ${i}`);
      if (want[i].text === ',') commas++;
      if (/^["“”]$/.test(want[i].text)) quotes++;
    }
    assert.equal(d.commas[want.length], commas);
    assert.equal(d.quotes[want.length], quotes);
    assert.equal(d.commas.length, want.length + 1);
    const last = d.sentences.length - 1;
    assert.equal(d.sentEnd[last], want.length);
    assert.equal(d.sent[want.length - 1], last);
    assert.equal(d.shape[d.sentFirst[last]], Shape.Cap0);
    assert.equal(d.toks.lower(want.length - 2), 'did');
  });

  it('finds the same speakers through the store as through the quote pass\'s token arrays', () => {
    const text = 'Senator Mary O’Neil, the chair of the panel, said the bill would pass, according to a spokesman for Acme Corp.';
    const d = storeOf(text);
    const arr = new ArrayTokens(expected(text));
    const said = [...Array(d.toks.length).keys()].find((i) => d.toks.lower(i) === 'said')!;
    assert.deepEqual(speakerBefore(d.toks, said), speakerBefore(arr, said));
    assert.equal(text.slice(speakerBefore(d.toks, said)!.start, speakerBefore(d.toks, said)!.end), 'Mary O’Neil');
    const to = [...Array(d.toks.length).keys()].find((i) => d.toks.lower(i) === 'to')!;
    assert.deepEqual(speakerAfter(d.toks, to + 1), speakerAfter(arr, to + 1));
    assert.equal(text.slice(speakerAfter(d.toks, to + 1)!.start, speakerAfter(d.toks, to + 1)!.end), 'a spokesman');
  });
});
