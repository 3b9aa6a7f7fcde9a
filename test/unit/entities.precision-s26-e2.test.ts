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
