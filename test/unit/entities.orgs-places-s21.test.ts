import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Sidebar list precision (issue 13), session 21: organizations and places. Sentences written for the test ("Qollard",
// "Talvex", "Dorvale" are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const names = (text: string): string[] => named(text).map((e) => `${e.kind}:${e.name}`);
const listed = (text: string, kind: string): string[] => named(text).filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: organizations and places (s21)', () => {
  it('reads no place in a common word that a gazetteer lists, opening a sentence or a quotation', () => {
    for (const text of [
      'Reading from a script, Tom Qollard thanked the volunteers.',
      '"Nice work," Tom Qollard told the volunteers after the count.',
      'The vote was close. Split over the budget, the council adjourned.',
      'She paused. “Down the road we will need more money,” she said.',
    ]) {
      assert.deepEqual(listed(text, 'place'), [], `${text} -> ${names(text).join(', ')}`);
    }
  });

  it('keeps such a word a place inside a sentence, before a comma, or shouted in a dateline', () => {
    for (const [text, place] of [
      ['The rally moved to Reading on Friday, and Tom Qollard spoke there.', 'Reading'],
      ['Mobile, the port city, voted early this year.', 'Mobile'],
      ['NICE, France — Tom Qollard arrived on Monday.', 'Nice'],
    ]) {
      assert.ok(listed(text, 'place').includes(place), `${text} -> ${names(text).join(', ')}`);
    }
  });
});
