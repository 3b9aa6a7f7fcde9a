import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Session 23 (issue 13, list precision by evidence source): a person from pronouns alone yields to the vote of the
// entity's own mentions, the context vote alone lists a name only when it is clear, and a hyphenated name's cut tail
// is not listed. Sentences written for the test; "Dulmak", "Qoll Vantage", "Qollby" are made-up names no list holds, so
// only the evidence under test can type them.
const why = (text: string, name: string): [string | undefined, string | undefined] => {
  const e = analyze(text).entities.find((x) => x.name === name);
  return [e?.kind, e?.evidence];
};

describe('entities: pronouns outvoted, a clear vote to list (session 23)', () => {
  it('keeps a one-word person typed by pronouns alone only where the contexts do not vote against it', () => {
    assert.deepEqual(why('The crowd cheered when Dulmak spoke. He thanked them, and he promised to return.', 'Dulmak'), ['person', 'pronoun']);
    // "a report on X": a site's or a paper's context; a "he" nearby is someone else.
    assert.deepEqual(why('A report on Dulmak showed the figures. He said the report on Dulmak was wrong.', 'Dulmak'), ['unclassified', 'outvoted']);
  });

  it('lists a name nothing else types only on a clear context vote', () => {
    // The vote leans to an organization (about 0.7), not clearly: "the" alone is not enough.
    assert.deepEqual(why('The Qoll Vantage opened in May. Visitors to the Qoll Vantage rose.', 'Qoll Vantage'), ['unclassified', 'article-only']);
    // A clear vote (what a paper and a body do) lists it.
    assert.deepEqual(why('She wrote for the Qoll Vantage. The Qoll Vantage reported it.', 'Qoll Vantage'), ['organization', 'context-model']);
    assert.deepEqual(why('The Qoll Vantage sued the city. Lawyers for the Qoll Vantage said so.', 'Qoll Vantage'), ['organization', 'context-model']);
  });

  it('keeps names with their own evidence whatever the vote: a given name, a head, the gazetteer', () => {
    assert.deepEqual(why('A report on Margaret Qoll showed the figures. Margaret Qoll said it was wrong.', 'Margaret Qoll'), ['person', 'given-name']);
    assert.equal(why('Thousands marched past the Qollvex Party offices. Protesters in front of the Qollvex Party said so.', 'Qollvex Party')[0], 'organization');
    assert.deepEqual(why('A report on Paris showed the figures. He said the report on Paris was wrong.', 'Paris'), ['place', 'gazetteer']);
  });

  it('lists no cut tail of a hyphenated name ("Miami-Dade County"), and keeps a tail that is a place of its own', () => {
    assert.deepEqual(why('Turnout in Miami-Qollby County was high on Monday, officials said.', 'Qollby County'), ['unclassified', 'cut-name']);
    assert.deepEqual(why('The NATO-Varrin Council met on Monday in Brussels.', 'Varrin Council'), ['unclassified', 'cut-name']);
    // Named on its own elsewhere, it is a name.
    assert.equal(why('The Qollby County board met. Turnout in Miami-Qollby County was high, and Qollby County officials were pleased.', 'Qollby County')[0], 'place');
    assert.deepEqual(why('Officials inspected the U.S.-Mexico border on Monday.', 'Mexico'), ['place', 'gazetteer']);
    assert.deepEqual(why('The US-South Korea talks resumed on Monday.', 'South Korea'), ['place', 'gazetteer']);
  });
  it('reads a town\'s name alone as the person whose surname it is, after a given name of no sure gender, outside a place\'s frame', () => {
    const named = (text: string, name: string) => analyze(text).entities.find((x) => x.name === name)?.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal').map((m) => m.text);
    // "Kerry" and "Angel" carry no sure gender; "Messina" and "Palermo" are gazetteer towns.
    const text = 'Kerry Messina spoke to us on Monday. Messina grew up in a small town.';
    assert.deepEqual(named(text, 'Kerry Messina'), ['Kerry Messina', 'Messina']);
    assert.equal(analyze(text).entities.some((x) => x.kind === 'place' && x.name === 'Messina'), false);
    // After a preposition of where or whither the town stays the town.
    const trip = 'Angel Palermo came to the rally. Growing up abroad, Palermo saw families split. The ship sailed to Palermo.';
    assert.deepEqual(named(trip, 'Angel Palermo'), ['Angel Palermo', 'Palermo']);
    assert.deepEqual(named(trip, 'Palermo'), ['Palermo']);
    assert.equal(analyze(trip).entities.find((x) => x.name === 'Palermo')?.kind, 'place');
  });
});
