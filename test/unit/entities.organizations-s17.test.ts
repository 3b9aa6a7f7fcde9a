import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Organizations the sidebar lists on thin or wrong evidence, on sentences written for the test ("Qoll", "Varrin",
// "Talvik" and the like are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const kindOf = (text: string, name: string): string | undefined => named(text).find((e) => e.name === name)?.kind;
const orgs = (text: string): string[] => named(text).filter((e) => e.kind === 'organization').map((e) => e.name);

describe('entities: organizations (session 17)', () => {
  it('reads a place\'s initials as the place, not as a body', () => {
    const text = 'Rents in NYC rose again. The firm moved its staff from NZ to AZ, and voters in FL went to the polls.';
    assert.deepEqual(orgs(text), []);
    assert.equal(kindOf(text, 'New York City'), 'place');
    assert.equal(kindOf(text, 'New Zealand'), 'place');
    assert.equal(kindOf(text, 'Arizona'), 'place');
    assert.equal(kindOf(text, 'Florida'), 'place');
    // One entity with the spelled-out name the text also uses.
    const both = 'Florida officials said the storm hit FL hard.';
    assert.equal(named(both).filter((e) => e.name === 'Florida').length, 1);
    assert.equal(named(both).find((e) => e.name === 'Florida')?.mentions.length, 2);
  });

  it('keeps other acronyms organizations, and an ambiguous postal code is no place', () => {
    const text = 'The QVTA said on Monday that its budget would grow. The VA said it would appeal.';
    assert.equal(kindOf(text, 'QVTA'), 'organization');
    assert.equal(kindOf(text, 'VA'), 'organization');
  });

  it('names an acronym alone when the capitalised word after it is a noun the text writes in lower case', () => {
    const text = 'Guards stood outside the QVTA Annex on Monday. The annex was closed. Officials at QVTA said nothing.';
    assert.deepEqual(orgs(text), ['QVTA']);
    // A word that completes a body's name, or a place after the acronym, keeps the run whole.
    const tour = 'The QVTA Tour said on Monday that the tour would resume.';
    assert.deepEqual(orgs(tour), ['QVTA Tour']);
    const place = 'Welcome to QVTA New York, where new shops open every week.';
    assert.deepEqual(orgs(place), ['QVTA New York']);
  });

  it('lists the country or city an event is named after, not the event as a body', () => {
    const text = 'Survivors of the Paris Attacks met on Monday. Diplomats left the Syria Talks early.';
    assert.deepEqual(orgs(text), []);
    assert.equal(kindOf(text, 'Paris'), 'place');
    assert.equal(kindOf(text, 'Syria'), 'place');
    // A given name before such a noun is a person's ("Deal", "Flood" are surnames too), and a common word no town.
    const deal = 'Governor Nathan Deal signed the bill. Ukraine changed after the Orange Revolution.';
    assert.equal(kindOf(deal, 'Nathan Deal'), 'person');
    assert.equal(kindOf(deal, 'Orange'), undefined);
  });
});
