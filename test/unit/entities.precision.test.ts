import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// What the sidebar lists should not hold, and names cut short, on sentences written for the test ("Qoll", "Varrin",
// "Talvik" and the like are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const kindOf = (text: string, name: string): string | undefined => named(text).find((e) => e.name === name)?.kind;
const names = (text: string): string[] => named(text).map((e) => e.name);

describe('entities: list precision', () => {
  it('reads a capitalised "Who" or "Did" after a title word as a headline, not a name after a title', () => {
    const text = 'Candidate Who Lost Talvik Race Sues Band Leader\n\nJane Roe, who lost the race, sued the band leader on Monday.';
    assert.ok(!names(text).some((n) => n.includes('Who') || n.includes('Sues')), names(text).join(', '));
    assert.equal(kindOf(text, 'Jane Roe'), 'person');
    const did = 'Senator Did Not Vote On Qoll Bill\n\nThe senator did not vote on Monday.';
    assert.ok(!named(did).some((e) => e.kind === 'person'), names(did).join(', '));
    // A title's "of" complement is still no headline: the person after it is named.
    assert.equal(kindOf('Chief Of Staff Anna Brisk met the press on Monday.', 'Anna Brisk'), 'person');
  });

  it('keeps a chamber of commerce whole, whatever precedes it', () => {
    const text = 'The Varrin Chamber of Commerce said on Monday that it would appeal. Officials at the U.S. Chamber of Commerce agreed.';
    assert.equal(kindOf(text, 'Varrin Chamber of Commerce'), 'organization');
    assert.equal(kindOf(text, 'U.S. Chamber of Commerce'), 'organization');
    assert.ok(!names(text).includes('Commerce'));
  });
});
