import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Title-case lines (issue 13: People holds no headline fragments). A headline capitalises every word, so a run there
// may hold a name and the words after or before it. Sentences written for the test ("Varga", "Lund", "Dorvale" are
// made-up names).
const people = (text: string): string[] => analyze(text).entities.filter((e) => e.kind === 'person').map((e) => e.name);
const mentionsOf = (text: string, name: string): string[] =>
  analyze(text).entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe('entities: names in title-case lines (s20)', () => {
  it('ends a headline name where the body writes the name, when the next word occurs nowhere else', () => {
    const verb = 'Helena Varga Rampages to 20 Point Lead in Dorvale.\n\nHelena Varga is far ahead of her rivals, a poll found on Monday.\n';
    assert.deepEqual(people(verb), ['Helena Varga']);
    assert.deepEqual(mentionsOf(verb, 'Helena Varga').filter((m) => m !== 'her'), ['Helena Varga', 'Helena Varga']);
    const noun = 'Lund: I Never Told Helena Private Server Was a Risk.\n\nHelena Varga did not know, Peter Lund said on Monday.\n';
    assert.deepEqual(people(noun).sort(), ['Helena Varga', 'Peter Lund']);
    assert.ok(mentionsOf(noun, 'Helena Varga').includes('Helena'), mentionsOf(noun, 'Helena Varga').join(', '));
  });

  it('ends a titled headline name at any verb form after it, and drops words before a name the body writes', () => {
    const text = "Rep Lund Unveils Bill Barring Helena's Travel Budget.\n\nHelena Varga said on Monday that the measure was petty. " +
      'Peter Lund, a congressman, disagreed.\n';
    assert.deepEqual(people(text).sort(), ['Helena Varga', 'Peter Lund']);
    assert.ok(mentionsOf(text, 'Peter Lund').includes('Lund'));
  });

  it('keeps as much of the headline run as the body writes as a name', () => {
    const text = 'Helena Varga Private Server Was a Risk, Lund Says.\n\nHelena Varga Private, a lawyer, spoke on Monday. Peter Lund disagreed.\n';
    assert.deepEqual(people(text).sort(), ['Helena Varga Private', 'Peter Lund']);
    assert.deepEqual(mentionsOf(text, 'Helena Varga Private'), ['Helena Varga Private', 'Helena Varga Private']);
    // "Jane Roe" in the body and "Jane Ann Roe" in the headline: no lone "Jane" is made of the headline.
    const middle = 'Jane Ann Roe Rampages Through Dorvale.\n\nJane Roe said on Monday that she was proud.\n';
    assert.deepEqual(people(middle), ['Jane Roe']);
  });

  it('leaves a place the headline opens a place', () => {
    const text = 'Why Does Israel Resist a Deal?\n\nIsrael said on Monday that talks would go on in Dorvale.\n';
    assert.ok(!people(text).includes('Israel'), people(text).join(', '));
  });
});
