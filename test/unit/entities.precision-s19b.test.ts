import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Sidebar list precision (issue 13), follow-on: firms written like people's names. Sentences written for the test
// ("Qollard", "Talvex", "Dorvale" are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const names = (text: string): string[] => named(text).map((e) => e.name);
const listed = (text: string, kind: string): string[] => named(text).filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: firms written like names (s19)', () => {
  it('reads a two-word name that only firm frames surround as the firm', () => {
    for (const text of [
      'Shares of Morgan Talvex rose 3 percent on Tuesday.',
      'Analysts at Morgan Talvex expect a slower quarter.',
      'The outlook is weak, said Tom Brell, an analyst with Morgan Talvex in Dorvale.',
      'Morgan Talvex analysts cut their forecast on Monday.',
      'It tastes fine, says Morgan Talvex food analyst Tom Brell.',
      'Morgan Talvex (NYSE: MTX) fell in early trading.',
      // (No given name: the shape alone made it a person.)
      'Shares of Qollard Talvex rose 3 percent on Tuesday.',
    ]) {
      const firm = text.includes('Qollard') ? 'Qollard Talvex' : 'Morgan Talvex';
      assert.ok(listed(text, 'organization').includes(firm), `${text} -> ${names(text).join(', ')}`);
      assert.ok(!listed(text, 'person').includes(firm), text);
    }
  });

  it('keeps a person whose text takes the name up by its surname, or whose frame is a verb', () => {
    const surname = 'Shares of Morgan Talvex rose. Talvex said the firm he founded would grow.';
    assert.deepEqual(listed(surname, 'person'), ['Morgan Talvex'], names(surname).join(', '));
    const verb = 'Maria Qollard shares her story with readers.';
    assert.deepEqual(listed(verb, 'person'), ['Maria Qollard']);
    // Half the mentions at least must be framed as a firm's.
    const person = 'Maria Qollard bought stock in Dorvale. Maria Qollard, 44, spoke. Maria Qollard left. Shares of Maria Qollard are no thing.';
    assert.deepEqual(listed(person, 'person'), ['Maria Qollard'], names(person).join(', '));
    // A party label in brackets is no ticker.
    const party = 'Maria Qollard (D) voted against the bill.';
    assert.ok(!listed(party, 'organization').includes('Maria Qollard'), names(party).join(', '));
  });

  it('reads "General" before a common noun\'s plural the text never uses alone as a firm', () => {
    const text = 'General Mills reported higher profit, and General Foods agreed to the deal.';
    assert.deepEqual(listed(text, 'organization'), ['General Mills', 'General Foods'], names(text).join(', '));
    assert.deepEqual(listed(text, 'person'), []);
    // A general whose surname the text uses alone, or whose surname is no plural of a common word, stays a person.
    const general = 'General Rivers visited the troops. Rivers said the war was long. General Qollards arrived later.';
    assert.deepEqual(listed(general, 'organization'), [], names(general).join(', '));
    assert.ok(listed(general, 'person').includes('Rivers'), names(general).join(', '));
    assert.ok(listed(general, 'person').includes('Qollards'), names(general).join(', '));
  });
});
