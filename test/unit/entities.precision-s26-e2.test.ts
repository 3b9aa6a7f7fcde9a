import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Session 26, helper e2 (issue 13, list precision): person spans cut short or run on, and places named after people.
// Sentences written for the test; "Qollard", "Dorvale" and the like are made-up names no list holds. A plain sentence
// follows each test sentence so that no line reads as a title-case headline.
const TAIL = ' It was reported that the plan would go ahead as expected after weeks of talks.';
const listed = (text: string): string[] => analyze(text + TAIL).entities
  .filter((e) => e.kind === 'person' || e.kind === 'organization' || e.kind === 'place').map((e) => `${e.kind}:${e.name}`);

describe('entities: a title word that ends a given name is its surname (session 26)', () => {
  it('keeps "King" before "Jr." in the name, and reads a street named after the whole person as a place', () => {
    assert.deepEqual(listed('The speech by Martin Luther King Jr. was quoted often.'), ['person:Martin Luther King Jr.']);
    assert.deepEqual(listed('Police closed Martin Luther King Boulevard after the crash.'), ['place:Martin Luther King Boulevard']);
    assert.deepEqual(listed('Traffic on Martin Luther King Jr. Boulevard was heavy.'), ['place:Martin Luther King Jr. Boulevard']);
    // A title before a given name still is one; so is one after a place that is a given name too.
    assert.deepEqual(listed('Queen Elizabeth II visited the city.'), ['person:Elizabeth II']);
    assert.ok(listed('North Carolina Governor Jane Qollard signed the bill.').includes('person:Jane Qollard'));
  });
});

describe('entities: a given name before a place head that is a surname too (session 26)', () => {
  it('reads it as the place after "the" or a preposition of where, as the person elsewhere', () => {
    assert.deepEqual(listed('He visited the Jordan River on Monday.'), ['place:Jordan River']);
    assert.deepEqual(listed('He walked in Victoria Park on Sunday.'), ['place:Victoria Park']);
    assert.deepEqual(listed('The director, Jane Park, said the film was late.'), ['person:Jane Park']);
    assert.deepEqual(listed('The film was made by Tom Lake last year.'), ['person:Tom Lake']);
    // ("in Tom Lake's view": a possessive is the person's.)
    assert.ok(!listed('The plan, in Tom Lake\'s view, was sound.').includes('place:Tom Lake'));
  });

  it('takes no one to be named "River": a given name before it opens a river\'s name', () => {
    assert.deepEqual(listed('Jordan River flooded the valley on Monday, officials said.'), ['place:Jordan River']);
  });
});

describe('entities: an elided particle inside a person\'s name (session 26)', () => {
  it('keeps "d\'" and the surname after it in the name', () => {
    assert.deepEqual(listed('The theorem was proved by Jean le Rond d\'Alembert in 1747.'), ['person:Jean le Rond d\'Alembert']);
    assert.deepEqual(listed('The letter was sent to Pierre d’Qollard on Monday.'), ['person:Pierre d’Qollard']);
    // A lower-case word other than the particle still ends the name.
    assert.deepEqual(listed('The letter was sent to Pierre Qollard and Dorvale on Monday.').filter((n) => n.startsWith('person')), ['person:Pierre Qollard']);
  });
});

describe('entities: bodies and places named after people or a sovereign (session 26)', () => {
  it('opens an institution\'s name with a sovereign\'s possessive, not other possessives', () => {
    assert.ok(listed('He was a fellow at King\'s College, with whom he wrote.').includes('organization:King\'s College'));
    assert.ok(listed('She studied at Queen\'s University in Dorvale.').includes('organization:Queen\'s University'));
    assert.ok(!listed('The King\'s Cross station was closed.').some((n) => n.includes('King\'s Cross')));
  });

  it('reads an ice shelf, a creek, a peak, a port or an expressway as a place, after a given name too', () => {
    assert.deepEqual(listed('The Ross Ice Shelf is the largest ice shelf of the region.'), ['place:Ross Ice Shelf']);
    assert.deepEqual(listed('Hikers climbed Dorvale Peak and crossed Qollvex Creek.'), ['place:Dorvale Peak', 'place:Qollvex Creek']);
    assert.deepEqual(listed('Boats anchored in the Port of Qollby Harbour on Monday.'), ['place:Port of Qollby Harbour']);
    // "Ridge" is a surname too.
    assert.deepEqual(listed('Former Secretary Tom Ridge spoke. Tom Ridge said so.'), ['person:Tom Ridge']);
  });

  it('takes a head word after a surname\'s particle as the surname, and reads foreign honorifics as titles', () => {
    assert.deepEqual(listed('He married Mademoiselle Jeanne Qollard du Motel in 1832.'), ['person:Jeanne Qollard du Motel']);
    assert.deepEqual(listed('The letter to Madame Qollard was read aloud. Herr Dorwin Plaxley agreed.'), ['person:Qollard', 'person:Dorwin Plaxley']);
  });
});

describe('entities: where a name ends before "and" or starts after a hyphen (session 26)', () => {
  it('ends a body\'s name before "and" and a place\'s possessive', () => {
    assert.deepEqual(listed('He studied at the University of Dorvale and London\'s Qollvex Academy of Art.'),
      ['organization:University of Dorvale', 'place:London', 'organization:Qollvex Academy of Art']);
    // A place the gazetteer names with "and" stays whole.
    assert.ok(listed('He praised Trinidad and Tobago\'s team on Monday.').includes('place:Trinidad and Tobago'));
  });

  it('leaves a word glued by a hyphen to a lower-case word out of the given name\'s run after it', () => {
    assert.deepEqual(listed('His fellow-Scots Jane Qollard and Tom Plaxley served.'), ['person:Jane Qollard', 'person:Tom Plaxley']);
    assert.deepEqual(listed('The band hired ex-Marine Jane Qollard on Monday.'), ['person:Jane Qollard']);
  });
});

describe('entities: a university\'s campus and a museum\'s series of words (session 26)', () => {
  it('reads the name after "University of X at" as the campus\'s town, a place', () => {
    assert.deepEqual(listed('The University of Dorvale at Austin announced the change.'), ['organization:University of Dorvale', 'place:Austin']);
    assert.deepEqual(listed('The University of Qollvex at Dorvale-Plaxby released the study.'),
      ['organization:University of Qollvex', 'place:Dorvale-Plaxby']);
    // Elsewhere "at" says nothing of the kind.
    assert.ok(!listed('The prize was given at Austin Qollard\'s home.').includes('place:Austin'));
  });

  it('keeps "A, B & C Museum" whole, as "A, B and C Museum"', () => {
    assert.ok(listed('The Qollvex Sea, Air & Space Museum in Dorvale will get a prototype.').includes('place:Qollvex Sea, Air & Space Museum'));
  });
});
