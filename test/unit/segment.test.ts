import * as assert from 'node:assert/strict';
import { segment } from '../../src/core/text/segment';

const pieces = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('segmentation (src/core/text/segment.ts)', () => {
  it('ends a paragraph at any line break (LF, CRLF, CR), trims spaces around it and skips blank lines', () => {
    const text = '  First line here.  \r\n\r\nSecond one\rThird\t\u00a0\n \n\nFourth';
    assert.deepEqual(pieces(text, segment(text).paragraphs), ['First line here.', 'Second one', 'Third', 'Fourth']);
  });

  it('starts after `from` (the dateline) and finds no paragraph in blank text', () => {
    const text = 'DATELINE -- The body starts here.\nNext.';
    assert.deepEqual(pieces(text, segment(text, 12).paragraphs), ['The body starts here.', 'Next.']);
    assert.deepEqual(segment(' \r\n\t\n').paragraphs, []);
  });

  it('splits sentences after . ! ? and closing marks when a capital, digit or opening mark follows', () => {
    const text = 'The mayor left early! Why? "It rained." She said so.) 40 people came. (Nobody else.) [Later] they went home.';
    assert.deepEqual(pieces(text, segment(text).sentences), [
      'The mayor left early!', 'Why?', '"It rained."', 'She said so.)', '40 people came.', '(Nobody else.)', '[Later] they went home.',
    ]);
    const curly = 'He said \u201cwe won.\u201d \u2018Really?\u2019 she asked. Yes!!! Fine.';
    assert.deepEqual(pieces(curly, segment(curly).sentences), ['He said \u201cwe won.\u201d', '\u2018Really?\u2019 she asked.', 'Yes!!!', 'Fine.']);
  });

  it('does not split after an abbreviation, an initial or before a lower-case word', () => {
    const text = 'Dr. Moss met Gen. Hale and J. R. Ward in the U.S. capital at 9 a.m. on Friday. then more. It ended approx. Monday.';
    assert.deepEqual(pieces(text, segment(text).sentences), [
      'Dr. Moss met Gen. Hale and J. R. Ward in the U.S. capital at 9 a.m. on Friday. then more.', 'It ended approx. Monday.',
    ]);
    // a longer word that merely ends like an abbreviation still ends the sentence
    const long = 'They built the co. Then the Oakwoodst. Then the end.';
    assert.deepEqual(pieces(long, segment(long).sentences), ['They built the co. Then the Oakwoodst.', 'Then the end.']);
  });

  it('keeps a mark at the very end of a paragraph inside its last sentence', () => {
    const text = 'One. Two.\nThree!';
    assert.deepEqual(pieces(text, segment(text).sentences), ['One.', 'Two.', 'Three!']);
  });
});
