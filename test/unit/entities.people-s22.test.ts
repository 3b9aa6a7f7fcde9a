import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// People lists without sentence words glued to a name (issue 13). Sentences written for the test ("Qollard",
// "Vellmar", "Qollvex" are made-up names).
const kinds = (text: string): string[] => analyze(text).entities.map((e) => `${e.kind}:${e.name}`);
const people = (text: string): string[] => analyze(text).entities.filter((e) => e.kind === 'person').map((e) => e.name);

describe('entities: people (s22)', () => {
  it('leaves a compound of common words that opens the sentence out of the name', () => {
    const text = 'Long-term Qollvex bonds ended higher on Friday. Crew-cut QVTA agents filled the hotels.';
    assert.deepEqual(people(text), [], kinds(text).join(', '));
    // A name's own hyphenated word stays: both parts are capitalised.
    const name = 'Anne-Marie Qollard spoke on Friday.';
    assert.deepEqual(people(name), ['Anne-Marie Qollard']);
  });

  it('keeps a place of two words whose second is a given name whole at a sentence start', () => {
    const text = 'New York State officials said the rules would stay. The governor agreed.';
    assert.ok(!people(text).some((n) => n.startsWith('York')), kinds(text).join(', '));
    assert.ok(analyze(text).entities.some((e) => e.name === 'New York State'), kinds(text).join(', '));
    // A common word before a given name still leaves it ("Rival Jane Qollard").
    assert.deepEqual(people('Rival Jane Qollard spoke on Friday.'), ['Jane Qollard']);
  });
});

describe('entities: a body called one in apposition (s22)', () => {
  it('makes an organization of a name the text calls a conglomerate, given name or not', () => {
    const text = 'Anna Vellmar, a fast-growing British conglomerate, will pay $40 million for the unit. Its shares rose.';
    assert.ok(kinds(text).includes('organization:Anna Vellmar'), kinds(text).join(', '));
  });

  it('keeps the person when the apposition names another body or a trade', () => {
    const donor = 'The group courted Mark Qollard, a longtime Qollvex Club donor, last year.';
    assert.deepEqual(people(donor), ['Mark Qollard']);
    const carrier = '"We are tired," said Jane Qollard, a retired letter carrier, on Monday.';
    assert.deepEqual(people(carrier), ['Jane Qollard']);
    const school = 'Mark Qollard, a University of Vellmar law professor, wrote the essay.';
    assert.ok(people(school).includes('Mark Qollard'), kinds(school).join(', '));
  });
});

describe('entities: a source cut to a possessive (s22)', () => {
  it('links a source that is a person\'s possessive to that person, not to a new name', () => {
    const text = "Police questioned Ravik Qollmo on Monday. Qollmo's stepmother said he was quiet.";
    const r = analyze(text);
    const named = r.entities.filter((e) => e.name.includes('Qollmo')).map((e) => `${e.kind}:${e.name}`);
    assert.deepEqual(named, ['person:Ravik Qollmo']);
  });
});

describe('entities: months that are names (s22)', () => {
  it('keeps a month that is a surname after a given name ("Theresa May")', () => {
    const text = 'Theresa May said the talks would go on. May said more on Friday.';
    assert.ok(people(text).includes('Theresa May'), kinds(text).join(', '));
  });

  it('reads a month people bear before a word no dictionary has as a given name', () => {
    const text = 'The ministers of Ulvania and Jan Qollvar of Talvik signed the deal. Qollvar said it was a good day.';
    assert.ok(people(text).includes('Jan Qollvar'), kinds(text).join(', '));
    const reporter = 'The reporter, April Vellmar, asked about taxes. Vellmar said the answer was vague.';
    assert.ok(people(reporter).includes('April Vellmar'), kinds(reporter).join(', '));
  });

  it('keeps a month after a preposition or an article a date', () => {
    const text = 'By June Vellmar had grown. In May Qollvex Inc. said it would expand. At a June Qollard rally, crowds came.';
    assert.ok(!people(text).some((n) => /^(June|May) /.test(n)), kinds(text).join(', '));
    assert.ok(!kinds(text).some((k) => k.includes('May Qollvex')), kinds(text).join(', '));
  });
});

describe('entities: lines written in capitals (s22)', () => {
  it('names no person and no label in a line written all in capitals', () => {
    const text = 'GOLF - SENATOR CUP SCORES.\nLONDON 2026-05-02\nScores from the golf event on Saturday:\n';
    const k = kinds(text);
    assert.deepEqual(people(text), [], k.join(', '));
    assert.ok(!k.some((x) => /golf/i.test(x)), k.join(', '));
    assert.ok(k.includes('place:London'), k.join(', '));
  });

  it('keeps a wire\'s name in brackets and an acronym the text writes so elsewhere', () => {
    const text = 'NEW YORK (AP) -- Talks resumed on Monday.\n\nQVTA LEADERS MEET IN VELLMAR\n\nQVTA members met again. Officials said little.\n';
    const k = kinds(text);
    assert.ok(k.includes('place:New York'), k.join(', '));
    assert.ok(k.includes('organization:AP'), k.join(', '));
    assert.ok(k.includes('organization:QVTA'), k.join(', '));
  });
});

describe('entities: a compass point opening a name (s22)', () => {
  it('keeps "West" in a place\'s own name and a club\'s', () => {
    const text = 'Reporters waited in the East Room on Monday. She grew up in West Qollby and studied there.';
    const k = kinds(text);
    assert.ok(k.includes('place:East Room'), k.join(', '));
    assert.ok(k.includes('place:West Qollby'), k.join(', '));
    const club = 'West Dorvo drew with Qollby United on Saturday. West Dorvo lost 2-1 to Vellmar Rovers last week.';
    assert.ok(kinds(club).includes('organization:West Dorvo'), kinds(club).join(', '));
  });

  it('still reads a nationality before a name on its own', () => {
    const text = 'South Qollish voters met Republican Jane Qollard on Monday.';
    assert.ok(people(text).includes('Jane Qollard'), kinds(text).join(', '));
  });
});

describe('entities: a results line (s22)', () => {
  it('makes both sides of "A 2 B 0" teams, whatever their words', () => {
    const text = 'Results of the Qollby league on Saturday:\nQollby United 4 Dorvale 1\nVellmar 0 Talvik Rovers 3\n\nThe league resumes next week.\n';
    const k = kinds(text);
    for (const team of ['Qollby United', 'Dorvale', 'Vellmar', 'Talvik Rovers']) assert.ok(k.includes(`organization:${team}`), k.join(', '));
    assert.deepEqual(people(text), []);
  });

  it('leaves a sentence with numbers alone', () => {
    const text = 'Jane Qollard 4 Dorvale Street is her address.\nShe moved to Vellmar in 2019.\n';
    assert.ok(!kinds(text).some((k) => k.startsWith('organization:')), kinds(text).join(', '));
  });
});

describe('entities: one word that ends in "bank" (s22)', () => {
  it('makes a bank of it, unless the text gives it with a first name or as a label', () => {
    assert.ok(kinds("Ulvania's Qollbank left rates unchanged on Thursday.").includes('organization:Qollbank'));
    const person = 'Columnist Dana Vellbank wrote the piece. Vellbank said so on Monday.';
    assert.ok(!kinds(person).some((k) => k.startsWith('organization:')), kinds(person).join(', '));
    const label = 'Vellbank: Voters Are Tired Of It\n\nThe columnist wrote about the race.\n';
    assert.ok(!kinds(label).some((k) => k.startsWith('organization:')), kinds(label).join(', '));
  });
});

describe('entities: capitals after a name (s22)', () => {
  it('cuts an honour or a body written in capitals after a given name and a surname', () => {
    const text = 'It was close, said Lisa Qollard QVTV news in Vellmar. Jane Vellby MP and Mark Dorsen CBE agreed.';
    const k = kinds(text);
    for (const p of ['Lisa Qollard', 'Jane Vellby', 'Mark Dorsen']) assert.ok(people(text).includes(p), k.join(', '));
    assert.ok(k.includes('organization:QVTV'), k.join(', '));
    assert.ok(!k.some((x) => x.endsWith(':MP') || x.endsWith(':CBE')), k.join(', '));
  });

  it('keeps a generation and a firm\'s legal form', () => {
    const text = 'John Qollard III spoke. Qollvex Holdings PLC grew.';
    const k = kinds(text);
    assert.ok(k.includes('person:John Qollard III'), k.join(', '));
    assert.ok(k.includes('organization:Qollvex Holdings PLC'), k.join(', '));
  });
});

describe('entities: counsel and TV (s22)', () => {
  it('reads "Counsel" before a name as a title, and "X TV" as a broadcaster', () => {
    const text = "QVTA General Counsel Jana Qollard wrote the letter. Ravik Vellby's Dorvo TV production company agreed.";
    const k = kinds(text);
    assert.ok(k.includes('person:Jana Qollard'), k.join(', '));
    assert.ok(k.includes('organization:Dorvo TV'), k.join(', '));
  });

  it('names nothing by a common abbreviation alone', () => {
    const text = 'He watched TV on Monday. The PAC spent heavily.';
    assert.deepEqual(kinds(text), []);
  });
});

describe('entities: a sentence word before a party word and a name (s22)', () => {
  it('leaves "Ranking" and the party word out of the name', () => {
    const text = 'Ranking Democrat Jane Qollard (Md.) is waiting for the files. Qollard spoke on Monday.';
    assert.deepEqual(people(text), ['Jane Qollard']);
    assert.ok(kinds('New Democrat Coalition members met on Monday.').includes('organization:New Democrat Coalition'));
  });
});

describe('entities: a run in capitals inside a line (s22)', () => {
  it('names no person in three capitalised words or more glued to a sentence', () => {
    const text = 'TOP STORIES.\n\nQVTA CHAIR JANE QOLLARD RESIGNS After months of criticism, Qollard quit on Sunday.\n';
    assert.ok(!people(text).some((n) => n === n.toUpperCase()), kinds(text).join(', '));
  });
});
