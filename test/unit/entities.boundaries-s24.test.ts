import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Session 24 (issue 13, name spans and what is no name), each phenomenon on sentences written for the test. "Dorvale",
// "Qollby", "Varrin" are made-up towns; "Varrik", "Qollan", "Lida Qollova" made-up people.
const listed = (text: string): string[] =>
  analyze(text).entities.filter((e) => e.kind === 'person' || e.kind === 'organization' || e.kind === 'place').map((e) => `${e.kind}:${e.name}`);
const named = (text: string, name: string): string[] => {
  const e = analyze(text).entities.find((x) => x.name === name);
  return (e?.mentions ?? []).filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal').map((m) => m.text);
};

describe('entities: name spans (session 24)', () => {
  it('keeps a party\'s members after a body\'s "of" in its name ("League of Social Democrats")', () => {
    assert.ok(listed('The League of Social Democrats won two seats in Dorvale on Sunday.').includes('organization:League of Social Democrats'));
    assert.ok(listed('Leaders of the Union of Rural Republicans met in Varrin.').includes('organization:Union of Rural Republicans'));
    // Alone after a body's name the plural still says who, no body: "Senate Democrats".
    assert.ok(!listed('Senate Democrats walked out of the hearing in Dorvale on Monday.').some((x) => x.endsWith('Democrats')));
  });

  it('names no body by letters the text spells out in lower-case words ("the source text (ST)")', () => {
    const text = 'Readers judge the source text (ST) by its words. The ST is all they see, a most valuable player (MVP) said.';
    assert.ok(!listed(text).some((x) => x.endsWith(':ST') || x.endsWith(':MVP')));
    // A body's capitalised name in front of its letters still names it.
    assert.ok(listed('The Dorvale Transit Authority (DTA) raised fares, and the DTA said more would follow.').includes('organization:Dorvale Transit Authority'));
    assert.ok(listed('Staff of the QRG said the study was done.').includes('organization:QRG'));
  });

  it('keeps a regnal "I" before a comma in the name ("Pope Qollan I, who …"), not a label\'s ("Class I,")', () => {
    assert.ok(listed('Pope Qollan I, who died in Varrin, was buried there.').includes('person:Qollan I'));
    assert.ok(listed('The letter was signed by King Varrik I, ruler of the isles.').includes('person:Varrik I'));
    assert.ok(!listed('The ships of the Class I, and the Class II, sailed.').some((x) => x.endsWith(':Class I')));
    // The pronoun is no numeral.
    assert.ok(!listed('When Varrik left I cried.').includes('person:Varrik I'));
  });

  it('reads "Tsar", "Tsarevna", "Emperor" as titles before a name', () => {
    assert.ok(listed('Tsar Varrik ruled Qollby for ten years.').includes('person:Varrik'));
    assert.ok(listed('Tsarevna Lida Qollova fled to Dorvale.').includes('person:Lida Qollova'));
    assert.ok(listed('Emperor Qollan Varrikson visited Dorvale on Monday.').includes('person:Qollan Varrikson'));
  });

  it('keeps a ruler\'s epithet after "the" in the name ("Varrik the Great")', () => {
    assert.deepEqual(named('Tsar Varrik the Great founded Dorvale. Varrik the Great died in 1725.', 'Varrik the Great'), ['Varrik the Great', 'Varrik the Great']);
    // Not before a further capitalised word: "the Great Communicator" is a nickname of its own.
    assert.ok(!listed('Voters loved Varrik the Great Communicator in Dorvale.').includes('person:Varrik the Great'));
  });

  it('names a team by its town, a colour and a plural ("the Dorvale Red Sox", "Qollby Blue Jays"), not a town and a person', () => {
    const text = 'The Dorvale Red Sox beat the Qollby Blue Jays 4 to 0 on Sunday, and the Red Sox moved up.';
    const l = listed(text);
    assert.ok(l.includes('organization:Dorvale Red Sox') && l.includes('organization:Qollby Blue Jays'));
    assert.ok(!l.includes('person:Red Sox') && !l.includes('place:Dorvale'));
    // A person with a colour for a given name stays a person.
    assert.ok(listed('Red Varrikson scored twice for Dorvale on Sunday.').includes('person:Red Varrikson'));
  });

  it('names no body by a game\'s statistics ("MVP", "RBI")', () => {
    assert.deepEqual(listed('Varrik Qollan was the MVP of the game and drove in 3 RBI for Dorvale.').filter((x) => x.startsWith('organization')), []);
  });

  it('names a university by its state or its system and a campus ("Ohio State", "Georgia Tech", "UC Dorvale"), a body', () => {
    const l = listed('She studied at Ohio State and Georgia Tech, taught at UC Dorvale and Cal State Varrin, and now leads Penn State.');
    for (const u of ['Ohio State', 'Georgia Tech', 'UC Dorvale', 'Cal State Varrin', 'Penn State']) assert.ok(l.includes(`organization:${u}`), u);
    assert.ok(!l.some((x) => x.startsWith('person') || x.startsWith('place')));
    // "New York State" is the state.
    assert.ok(!listed('Voters in New York State went to the polls.').includes('organization:New York State'));
  });

  it('files "L.A." under Los Angeles, a place, and leaves "LA" after a town and a comma alone', () => {
    assert.deepEqual(named('She grew up in Los Angeles and moved back to L.A. in May.', 'Los Angeles'), ['Los Angeles', 'L.A.']);
    assert.ok(!listed('A man in Dorvale, LA, said the levee held.').includes('place:Los Angeles'));
  });
});
