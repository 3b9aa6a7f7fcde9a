import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { DEMONYMS, LANGUAGE_NAMES, ORG_HEADS } from '../../src/core/entities/lexicon';

// Sidebar list precision (issue 13), on sentences written for the test ("Qollard", "Dorvan", "Talvik" and the like are
// made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const names = (text: string): string[] => named(text).map((e) => e.name);
const listed = (text: string, kind: string): string[] => named(text).filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: list precision (s19)', () => {
  it('ends a headline name at any verb after a given name the text uses alone as a surname', () => {
    for (const [given, verb] of [['Sanders', 'Wins'], ['Lewis', 'Rejects'], ['Warren', 'Prompts']]) {
      const text = `${given} ${verb} Dorvale Vote\n\nThe senator spoke in Dorvale on Tuesday. ${given} said the count was fair.\n`;
      assert.ok(!names(text).some((n) => n.includes(verb)), `${verb}: ${names(text).join(', ')}`);
      assert.deepEqual(listed(text, 'person'), [given], verb);
    }
  });

  it('keeps the pair when the text writes it elsewhere, or the first word is never used alone', () => {
    const twice = 'Jane Banks Wins Dorvale Seat\n\nJane Banks thanked her voters on Tuesday.\n';
    assert.deepEqual(listed(twice, 'person'), ['Jane Banks']);
    const once = 'Jane Banks Wins Dorvale Seat\n\nThe new member thanked her voters. Banks spoke on Tuesday.\n';
    assert.ok(listed(once, 'person').includes('Jane Banks'), names(once).join(', '));
  });

  it('reads a plural organization head and its "of" complement as one body', () => {
    const text = 'The Talvik Institutes of Health funded the study. A letter from the Joint Chiefs of Staff reached the Dorvale Academies of Science, and the Qoll Scouts marched.';
    const orgs = listed(text, 'organization');
    for (const body of ['Talvik Institutes of Health', 'Joint Chiefs of Staff', 'Dorvale Academies of Science', 'Qoll Scouts']) assert.ok(orgs.includes(body), `${body}: ${names(text).join(', ')}`);
    assert.deepEqual(listed(text, 'person'), []);
  });

  it('lists no nationality-word compound, no common word that only opens sentences, no document part or "in Chief"', () => {
    const text = 'Mr. Qollard read a Spanish-language paper aloud in Dorvale. Permanent workers earn more there. ' +
      'The right is set out in Article 12 of the charter. She wants to be the next Commander in Chief.';
    assert.deepEqual(listed(text, 'organization'), [], names(text).join(', '));
    assert.deepEqual(listed(text, 'place'), ['Dorvale']);
    // A firm named by a common word keeps its cue at a sentence start, and a town after "in" is still a place.
    assert.deepEqual(listed('Apple shares rose on Monday. Analysts met in Dorvale.', 'organization'), ['Apple']);
    assert.deepEqual(listed('The mayor stayed in Dorvale 3 days.', 'place'), ['Dorvale']);
  });

  it('keeps "and" inside a department named before a title, and an ordinal opening a firm', () => {
    const text = 'Health and Human Services Secretary Jane Qollard spoke in Dorvale. First Talvik Corp. said it agreed.';
    assert.ok(listed(text, 'organization').includes('Health and Human Services'), names(text).join(', '));
    assert.ok(listed(text, 'organization').includes('First Talvik Corp.'), names(text).join(', '));
    assert.ok(!names(text).includes('Human Services'), names(text).join(', '));
    assert.deepEqual(listed(text, 'person'), ['Jane Qollard']);
  });

  it('lists no language and no owner after "in" as a place', () => {
    const text = 'Lessons in Dorvale are taught in Swahili and in Arabic. Traders saw a drop in Qollvex\'s shares.';
    assert.deepEqual(listed(text, 'place'), ['Dorvale'], names(text).join(', '));
    assert.ok(!names(text).includes('Swahili') && !names(text).includes('Arabic'), names(text).join(', '));
  });

  it('gives a lone title no kind from its contexts', () => {
    const text = 'The world will see images of the Pope in Talvik. They will see the Pope in Dorvale too. In Qollby, the Pope spoke.';
    assert.ok(!names(text).includes('Pope') || (!listed(text, 'organization').includes('Pope') && !listed(text, 'place').includes('Pope')), names(text).join(', '));
  });

  it('reads a members\' body and a diocese with their "of" complement', () => {
    const text = 'The Communications Workers of Talvik backed him. The Knights of Columbus gave money, and the Sisters of Mercy ran a school. ' +
      'A spokesman for the Archdiocese of Chicago spoke.';
    const orgs = listed(text, 'organization');
    for (const body of ['Communications Workers of Talvik', 'Knights of Columbus', 'Sisters of Mercy', 'Archdiocese of Chicago']) assert.ok(orgs.includes(body), `${body}: ${names(text).join(', ')}`);
    assert.ok(!listed(text, 'place').includes('Columbus'), names(text).join(', '));
    // A person's friends are no body.
    assert.ok(!listed('Friends of Mr. Qollard said he was kind.', 'organization').some((n) => n.startsWith('Friends')));
  });

  it('reads a group named for its country as one body, but not a plain "for" phrase', () => {
    const text = 'The activists of Democracy for Canada marched, and the Alternative for Germany party objected.';
    const orgs = listed(text, 'organization');
    assert.ok(orgs.includes('Democracy for Canada'), names(text).join(', '));
    assert.ok(orgs.includes('Alternative for Germany'), names(text).join(', '));
    const plain = 'He fought for America. The UK for Germany was a bad trade. Jobs for America are needed, he said.';
    assert.deepEqual(listed(plain, 'organization'), [], names(plain).join(', '));
    assert.ok(listed(plain, 'place').includes('Germany'), names(plain).join(', '));
  });

  it('keeps its tables apart: languages are no demonyms, member nouns no organization heads', () => {
    for (const w of LANGUAGE_NAMES) {
      assert.match(w, /^[a-z]+$/, w);
      assert.ok(!DEMONYMS.has(w), `${w} is a demonym already`);
    }
    for (const w of ['workers', 'knights', 'daughters', 'sons', 'sisters', 'veterans', 'friends']) assert.ok(!ORG_HEADS.has(w), `${w} would make "the ${w}" a body's nominal`);
    for (const w of ['institutes', 'academies', 'scouts', 'chiefs', 'diocese', 'archdiocese']) assert.ok(ORG_HEADS.has(w), w);
  });
});
