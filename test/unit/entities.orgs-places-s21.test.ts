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

  it('reads a hyphenated code with a digit, or a common abbreviation, as no organization', () => {
    for (const text of [
      'Tom Qollard wants more H-1B visas for the firm in Dorvale.',
      'The store in Dorvale sold the AR-15 rifle to Tom Qollard.',
      'Tom Qollard signed an NDA before he joined the campaign.',
      'Tom Qollard earned an M.F.A. and moved to Dorvale.',
      'Tom Qollard asked voters for their ZIP code.',
    ]) {
      assert.deepEqual(listed(text, 'organization'), [], `${text} -> ${names(text).join(', ')}`);
    }
    // A station's call letters with a number and a firm's code stay organizations.
    const firm = 'Tom Qollard spoke to QVTV9 on Monday.';
    assert.ok(listed(firm, 'organization').includes('QVTV9'), names(firm).join(', '));
  });

  it('reads a capitalised postal code after a town and a comma as the state', () => {
    for (const [text, state] of [
      ['Tom Qollard spoke at a college in Dorvale, VA, on Monday.', 'Virginia'],
      ['The letter was addressed to Tom Qollard, Dorvale, ME.', 'Maine'],
      ['Tom Qollard grew up in Qollby, OR, and moved east.', 'Oregon'],
    ]) {
      assert.ok(listed(text, 'place').includes(state), `${text} -> ${names(text).join(', ')}`);
      assert.ok(!listed(text, 'organization').some((n) => n.length === 2), `${text} -> ${names(text).join(', ')}`);
    }
    // Not a code with a word after it, nor one with no town before it.
    const agency = 'Tom Qollard, VA officials said, will retire.';
    assert.ok(!listed(agency, 'place').includes('Virginia'), names(agency).join(', '));
  });

  it('reads no body in the name of a leader\'s aircraft ("… Force One")', () => {
    const craft = 'Tom Qollard flew to Dorvale on Air Force One, and his deputy took Air Force Two.';
    assert.deepEqual(listed(craft, 'organization'), [], names(craft).join(', '));
    // The body itself stays one.
    const body = 'Tom Qollard served in the Air Force for a decade before he moved to Dorvale.';
    assert.deepEqual(listed(body, 'organization'), ['Air Force'], names(body).join(', '));
  });

  it('reads a name before a capitalised "Today" as a publication, not a place and a day', () => {
    for (const [text, paper] of [
      ['An investigation by USA TODAY found that the fund had paid for the travel of Tom Qollard.', 'USA TODAY'],
      ['Tom Qollard told Ohio Today on Monday that he would run for the seat again.', 'Ohio Today'],
    ]) {
      assert.ok(listed(text, 'organization').includes(paper), `${text} -> ${names(text).join(', ')}`);
      assert.deepEqual(listed(text, 'place'), [], `${text} -> ${names(text).join(', ')}`);
    }
    // A lower-case "today", a person's name, a title-case headline and a shouted line stay as they were.
    const day = 'Tom Qollard spoke in Ohio today.';
    assert.deepEqual(listed(day, 'place'), ['Ohio'], names(day).join(', '));
    const person = 'Reporters asked Tom Qollard Today about it.';
    assert.deepEqual(listed(person, 'person'), ['Tom Qollard'], names(person).join(', '));
  });

  it('reads a center whose people the text names by their post in it as an institute', () => {
    const institute = 'Tom Qollard, the director of the Dorvale Policy Institute Center, said the study was flawed.';
    assert.ok(listed(institute, 'organization').includes('Dorvale Policy Institute Center'), names(institute).join(', '));
    const fellow = 'Maria Talvex, a senior fellow at the Varrin Qoll Center, disagreed with the plan.';
    assert.ok(listed(fellow, 'organization').includes('Varrin Qoll Center'), names(fellow).join(', '));
    // A center where things happen stays a place.
    const site = 'Tom Qollard spoke to a crowd at the Varrin Qoll Center in Dorvale on Monday.';
    assert.ok(listed(site, 'place').includes('Varrin Qoll Center'), names(site).join(', '));
  });

  it('reads a nationality adjective as no place, and keeps the place it describes', () => {
    const text = 'Tom Qollard said Kazakh officials and Philippine lawmakers met in Dorvale to discuss Uzbek gas.';
    assert.deepEqual(listed(text, 'place').filter((n) => n !== 'Dorvale'), [], names(text).join(', '));
    const region = 'Tom Qollard said the police moved into southern Serb Kosovo last week.';
    assert.ok(listed(region, 'place').includes('Kosovo'), names(region).join(', '));
    assert.ok(!listed(region, 'place').includes('Serb Kosovo'), names(region).join(', '));
  });
});
