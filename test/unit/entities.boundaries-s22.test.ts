import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Sidebar list precision (issue 13), session 22: the span of an organization's or a place's name. Sentences written
// for the test ("Qollard", "Talvex", "Dorvale" are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const names = (text: string): string[] => named(text).map((e) => `${e.kind}:${e.name}`);
const listed = (text: string, kind: string): string[] => named(text).filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: name boundaries (s22)', () => {
  it('keeps a plural of people that ends a body\'s "of" complement ("League of … Voters")', () => {
    for (const [text, body] of [
      ['A spokesman for the League of Talvex Voters said on Monday that Tom Qollard was wrong.', 'League of Talvex Voters'],
      ['Tom Qollard, the head of the Dorvale Association of Elected Officials, spoke at the dinner.', 'Dorvale Association of Elected Officials'],
      ['Members of the National Association of Evangelicals met Tom Qollard in Dorvale.', 'National Association of Evangelicals'],
    ]) {
      assert.ok(listed(text, 'organization').includes(body), `${text} -> ${names(text).join(', ')}`);
    }
    // A group after a body's name with no "of" is no part of it.
    const group = 'The Talvex Party Voters, Tom Qollard said, would decide.';
    assert.ok(!listed(group, 'organization').includes('Talvex Party Voters'), names(group).join(', '));
  });
  it('reads a national department\'s name without the owner\'s or a sentence\'s word before it', () => {
    for (const [text, wrong] of [
      ['Tom Qollard read records from the Qollard State Department on Monday.', 'Qollard State Department'],
      ['Lawyers in the Talvex Justice Department disagreed, Tom Qollard said.', 'Talvex Justice Department'],
      ['Replied State Department spokesman Tom Qollard: "We have no comment."', 'Replied State Department'],
    ]) {
      assert.ok(!listed(text, 'organization').includes(wrong), `${text} -> ${names(text).join(', ')}`);
      assert.ok(named(text).some((e) => e.kind === 'organization' && e.mentions.some((m) => /^(State|Justice) Department$/.test(m.text))), `${text} -> ${names(text).join(', ')}`);
    }
    // A state's department keeps its state.
    const state = 'The Ohio Justice Department filed suit against Tom Qollard.';
    assert.ok(listed(state, 'organization').includes('Ohio Justice Department'), names(state).join(', '));
  });

  it('keeps the country\'s letters, not the party, in a federal body\'s name ("Republican U.S. House")', () => {
    const text = 'The Republican U.S. House passed the bill, Tom Qollard said.';
    assert.ok(listed(text, 'organization').includes('U.S. House'), names(text).join(', '));
    assert.ok(!listed(text, 'organization').includes('Republican U.S. House'), names(text).join(', '));
  });
  it('keeps a place the gazetteer names with a hyphen whole ("Guinea-Bissau")', () => {
    const text = 'Tom Qollard flew from Guinea-Bissau to Dorvale on Monday. Talks between Ghana and Togo went on.';
    assert.ok(listed(text, 'place').includes('Guinea-Bissau'), names(text).join(', '));
    assert.ok(!listed(text, 'place').includes('Guinea'), names(text).join(', '));
    // Two places joined by a hyphen stay two.
    const pair = 'The Ghana-Togo border was closed, Tom Qollard said.';
    assert.ok(listed(pair, 'place').includes('Ghana') && listed(pair, 'place').includes('Togo'), names(pair).join(', '));
  });

  it('reads "the River X" as a river, a place', () => {
    const text = 'Boats sailed up the River Dorvale past the old mill, Tom Qollard said.';
    assert.ok(listed(text, 'place').includes('River Dorvale'), names(text).join(', '));
    assert.ok(!listed(text, 'organization').includes('River Dorvale'), names(text).join(', '));
  });
  it('keeps a saint\'s possessive after "St" written without its period ("St Mary\'s Hospital")', () => {
    const text = 'Tom Qollard was taken to St Brennan\'s Hospital in Dorvale on Monday.';
    assert.ok(named(text).some((e) => e.mentions.some((m) => m.text === 'St Brennan\'s Hospital')), names(text).join(', '));
  });

  it('ends a body\'s "of" name before "and" and a second name with the same head', () => {
    const text = 'The University of Dorvale and Kelmar State University signed a deal, Tom Qollard said.';
    const orgs = listed(text, 'organization');
    assert.ok(orgs.includes('University of Dorvale') && orgs.includes('Kelmar State University'), names(text).join(', '));
    // One "of" name with a pair inside stays whole.
    const pair = 'The Department of Housing and Urban Development hired Tom Qollard.';
    assert.ok(listed(pair, 'organization').includes('Department of Housing and Urban Development'), names(pair).join(', '));
  });
  it('keeps the number after a channel\'s or a station\'s word in its name ("Radio 4")', () => {
    const text = 'Tom Qollard told Talvex Radio 4 that he liked Talvex Channel 7.';
    const orgs = listed(text, 'organization');
    assert.ok(orgs.includes('Talvex Radio 4') && orgs.includes('Talvex Channel 7'), names(text).join(', '));
    // Not a figure: "4,000 listeners" is no part of the station's name.
    const figure = 'Talvex Radio 4,000 listeners wrote to Tom Qollard.';
    assert.ok(!listed(figure, 'organization').some((n) => /\d/.test(n)), names(figure).join(', '));
  });
  it('reads a royal\'s title and name before a place\'s head as the place ("Prince Edward Island")', () => {
    for (const [text, place] of [
      ['Tom Qollard moved to Prince Varrin Island in May.', 'Prince Varrin Island'],
      ['The ship docked at King Talvex Island on Friday, Tom Qollard said.', 'King Talvex Island'],
    ]) {
      assert.ok(listed(text, 'place').includes(place), `${text} -> ${names(text).join(', ')}`);
      assert.ok(!listed(text, 'person').some((n) => place.endsWith(n)), `${text} -> ${names(text).join(', ')}`);
    }
    // A royal's name before a common noun stays a person's.
    const person = 'Prince Varrin Qollard visited the island on Friday.';
    assert.ok(!listed(person, 'place').length, names(person).join(', '));
  });
  it('cuts a nationality before a place whose name opens with a compass word ("Jewish West Bank")', () => {
    const text = 'Tom Qollard visited a Palestinian East Jerusalem school.';
    assert.ok(listed(text, 'place').includes('East Jerusalem'), names(text).join(', '));
    assert.ok(!named(text).some((e) => e.name.startsWith('Palestinian')), names(text).join(', '));
    const known = 'She lives in a Jewish West Bank settlement, Tom Qollard said.';
    assert.ok(listed(known, 'place').includes('West Bank'), names(known).join(', '));
  });

  it('cuts a creed said before a movement\'s name ("the Islamist … Brotherhood")', () => {
    const text = 'The Islamist Qoll Brotherhood came to power, Tom Qollard said.';
    assert.ok(listed(text, 'organization').includes('Qoll Brotherhood'), names(text).join(', '));
    // Right before a head, the word is the name's own.
    const party = 'The Islamist Party won seats, Tom Qollard said.';
    assert.ok(listed(party, 'organization').includes('Islamist Party'), names(party).join(', '));
  });
});
