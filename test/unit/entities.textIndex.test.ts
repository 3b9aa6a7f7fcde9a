import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { isLetterUnit, memoOfText, someOccurrenceAfterBlank, tailBeforeBlanks, writtenElsewhere } from '../../src/core/entities/textIndex';

// The whole-text look-ups of the name rules: a long text goes through a word index, a short one is scanned; both must
// give the answers of a plain scan, for every phrase.

/** The plain scans the look-ups replace. */
function scanElsewhere(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  const letter = (i: number) => i >= 0 && i < text.length && /\p{L}/u.test(text[i]);
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) if (i !== start && !letter(i - 1) && !letter(i + s.length)) return true;
  return false;
}
function scanAfterBlank(text: string, phrase: string, test: (k: number) => boolean): boolean {
  for (let k = text.indexOf(phrase); k >= 0; k = text.indexOf(phrase, k + 1)) if (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t') && test(k)) return true;
  return false;
}

const SAMPLE = [
  'Mara Quillon met Tovard Eskel in Brenhaven.',
  'Quillon said the Brenhaven Trust paid.\tMcQuillon disagreed; Quillons laughed.',
  'Élodie Várkonyi spoke to ÉLODIE at the Örsted-Brenhaven plant (ÖBP).',
  'The TRUST’s Brenhaven office: Tovard’s view, Tovard-Eskel’s plan, 12 Brenhaven 3.',
  'a lower quillon, brenhaven and eskel in lower case; Quillon Brenhaven Trust again.',
].join('\n');

/** Every span from one word (or number, or mark) to the end of a word up to three words on; not a short lower-case word alone (the filler's). */
function spans(text: string): [number, number][] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\d(’]+/gu)) { starts.push(m.index); ends.push(m.index + m[0].length); }
  const out: [number, number][] = [];
  for (let i = 0; i < starts.length; i++) {for (let j = i; j < Math.min(starts.length, i + 3); j++) {
    if (!/^[a-z]{1,3}$/.test(text.slice(starts[i], ends[j]))) out.push([starts[i], ends[j]]);
  }}
  return out;
}

describe('entities: whole-text look-ups (textIndex)', () => {
  // Past the index threshold (100,000 characters): the sample, then filler that repeats none of its capitalised words,
  // then the sample again.
  const filler = 'and the rest of it went on quietly for a while. '.repeat(2500);
  const long = `${SAMPLE}\n${filler}\n${SAMPLE}`;

  it('reads letters as /\\p{L}/u reads one code unit', () => {
    for (const c of [65, 97, 48, 32, 0xe9, 0xc9, 0x2019, 0x3b1, 0x4e00, 0xd835, 0xdc00]) {
      assert.equal(isLetterUnit(c), /\p{L}/u.test(String.fromCharCode(c)), c.toString(16));
    }
  });

  // (In the long text, the spans of both copies of the sample.)
  const shift = long.length - SAMPLE.length;
  const longSpans = [...spans(SAMPLE), ...spans(SAMPLE).map(([s, e]): [number, number] => [s + shift, e + shift])];
  for (const [label, text, all] of [['a short text', SAMPLE, spans(SAMPLE)], ['a long text', long, longSpans]] as const) {
    it(`finds a phrase written elsewhere as a scan does, in ${label}`, () => {
      let yes = 0;
      for (const [s, e] of all) {
        const want = scanElsewhere(text, s, e);
        if (want) yes++;
        assert.equal(writtenElsewhere(text, s, e), want, JSON.stringify(text.slice(s, e)));
      }
      assert.ok(yes > 10, `${yes} phrases written elsewhere`);
    });

    it(`visits the occurrences after a blank a scan visits, in ${label}`, () => {
      for (const [s, e] of all) {
        const phrase = text.slice(s, e);
        const seen: number[] = [];
        const want: number[] = [];
        someOccurrenceAfterBlank(text, phrase, (k) => { seen.push(k); return false; });
        scanAfterBlank(text, phrase, (k) => { want.push(k); return false; });
        assert.deepEqual(seen.sort((a, b) => a - b), want, JSON.stringify(phrase));
        // (And it stops at the first that passes.)
        if (want.length > 0) assert.equal(someOccurrenceAfterBlank(text, phrase, (k) => k === want[want.length - 1]), true);
      }
    });
  }

  it('asks a question once per text and string', () => {
    let asked = 0;
    const ask = () => { asked++; return true; };
    assert.equal(memoOfText('test', 'one text', 'Quillon', ask), true);
    assert.equal(memoOfText('test', 'one text', 'Quillon', ask), true);
    assert.equal(asked, 1);
    assert.equal(memoOfText('test', 'another text', 'Quillon', ask), true);
    assert.equal(asked, 2);
  });

  it('keeps no answer of one text for another (the index and the answers are per text)', () => {
    const only = { passes: { quotes: false, attributions: false, dates: false } } as const;
    // (Same length, other names: "Quillon" is written once.)
    const other = long.replace(/Quillon/g, 'Varrind');
    const first = analyze(long, only).entities;
    const between = analyze(other, only).entities;
    assert.deepEqual(analyze(long, only).entities, first);
    assert.deepEqual(analyze(other, only).entities, between);
    assert.ok(first.some((e) => e.name === 'Mara Quillon') && between.some((e) => e.name === 'Mara Varrind'));
  });

  it('names the word a pattern ending in a word and blanks must have matched (the test before such patterns)', () => {
    // The end-anchored frames of actors.ts and evidence.ts, and the words each is tried for.
    const frames: [RegExp, string[], boolean][] = [
      [/\b(?:in|near|outside|across|around|into|to|toward|towards|of|visited|visit|visiting)\s+$/i, ['in', 'near', 'outside', 'across', 'around', 'into', 'to', 'toward', 'towards', 'of', 'visited', 'visit', 'visiting'], true],
      [/\b(?:of|for|at|from|in|with|by)\s+(?:the\s+)?$/, ['of', 'for', 'at', 'from', 'in', 'with', 'by', 'the'], false],
      [/\b(?:shares|stock|stake)\s+(?:of|in)\s+$|\b(?:analysts?|economists?|strategists?|traders?|brokers?|bankers?)\s+(?:at|with)\s+$/i, ['of', 'in', 'at', 'with'], true],
    ];
    const heads = ['', 'x', 'shares', 'stock', 'analysts', 'Nearly', 'near', 'visit', 'revisit', 'The', 'the', 'Of', 'OF', 'into', 'sinto', '_in', '9in', 'café', 'Été'];
    const mids = [' ', '-', '_', '\u00a0', '\n', ''];
    const words = ['in', 'IN', 'of', 'the', 'The', 'at', 'With', 'sat', 'within', 'towards', 'x', 'in.', 'in,', ','];
    const blanks = ['', ' ', '\t', '\u00a0', '\u2003', ' \n ', '\ufeff'];
    let matched = 0;
    const strings = heads.flatMap((h) => mids.flatMap((mid) => words.flatMap((w) => blanks.map((b) => `${h}${mid}${w}${b}`))));
    for (const s of strings) {
      const tail = tailBeforeBlanks(s);
      for (const [re, list, ci] of frames) {
        if (!re.test(s)) continue;
        matched++;
        assert.ok(tail !== null && list.includes(ci ? tail.word.toLowerCase() : tail.word), `${re} on ${JSON.stringify(s)}: ${JSON.stringify(tail)}`);
      }
    }
    assert.ok(matched > 100, `${matched} matches`);
    assert.deepEqual(tailBeforeBlanks('at the University of Qoll,\u00a0'), { word: '', comma: true });
    assert.equal(tailBeforeBlanks('ends in no blank'), null);
  });
});
