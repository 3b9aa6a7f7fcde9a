import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Each evidence source on sentences written for the test; "Qoll", "Varrin" and the like are made-up names that no
// list holds, so only the evidence under test can type them.
const kindOf = (text: string, name: string): string | undefined => analyze(text).entities.find((e) => e.name === name)?.kind;

describe('entities: types from evidence', () => {
  it('leaves a capitalised name with no evidence unclassified, not a person', () => {
    const text = 'Varrin said on Tuesday it would expand its operations. Varrin later confirmed the plan.';
    assert.equal(kindOf(text, 'Varrin'), 'unclassified');
    assert.ok(!analyze(text).entities.some((e) => e.kind === 'person'));
  });

  it('types a well-known firm\'s one-word name with no other evidence as an organization, never a surname in use', () => {
    assert.equal(kindOf('Verizon said on Tuesday it would expand its network. Analysts expect Verizon to gain.', 'Verizon'), 'organization');
    // Also where it only opens sentences, and with a plural-looking ending.
    assert.equal(kindOf('Starbucks raised its prices on Monday.', 'Starbucks'), 'organization');
    // What the text says wins: an age makes a person, a preposition a place, a full name its surname.
    assert.equal(kindOf('Pfizer, 45, said he had left the town.', 'Pfizer'), 'person');
    const text = 'Helen Pfizer met the board. Pfizer said the talks went well.';
    assert.equal(kindOf(text, 'Helen Pfizer'), 'person');
    assert.ok(!analyze(text).entities.some((e) => e.kind === 'organization'));
  });

  it('takes no name whose first word is a common English word no one bears for a person by its shape', () => {
    assert.notEqual(kindOf('Supporters of Grand Varrimak rallied on Monday.', 'Grand Varrimak'), 'person');
    // Named again whole, the same shape is still no person's (session 24: such names recurring in polnear-train were
    // bodies, "Planned Parenthood"); taken up by its surname alone, as news names people, it is a person's.
    assert.notEqual(kindOf('Supporters of Grand Varrimak rallied. Grand Varrimak thanked them.', 'Grand Varrimak'), 'person');
    assert.equal(kindOf('Supporters of Grand Varrimak rallied. Varrimak thanked them.', 'Grand Varrimak'), 'person');
  });

  it('types a name made only of firms\' words, common surnames among them, as the firm, not a person', () => {
    // "Goldman" and "Sachs" are words of firms' names in the company list, and common surnames too.
    assert.equal(kindOf('Goldman Sachs declined to comment on the deal.', 'Goldman Sachs'), 'organization');
    // A given name keeps a person's name: "Marta Goldman".
    assert.equal(kindOf('Marta Goldman declined to comment on the deal.', 'Marta Goldman'), 'person');
  });

  it('takes a given name as person evidence', () => {
    assert.equal(kindOf('Margaret Qoll said the deal was done.', 'Margaret Qoll'), 'person');
  });

  it('reads "Dean" before a lone surname as the given name, unless the text has a dean as a role', () => {
    assert.equal(kindOf('On Monday Dean Qorvath opened the factory.', 'Dean Qorvath'), 'person');
    assert.equal(kindOf('The economist Dean Qorvath opened the factory.', 'Dean Qorvath'), 'person');
    assert.equal(kindOf('Inventor Dean Qorvath opened the factory.', 'Dean Qorvath'), 'person');
    // The role in lower case elsewhere: a title, and the surname is the name.
    const text = 'The dean of the law school, Dean Qorvath, opened the hall. Qorvath thanked the staff.';
    assert.equal(kindOf(text, 'Qorvath'), 'person');
    assert.equal(kindOf(text, 'Dean Qorvath'), undefined);
  });

  it('drops a common word opening a person\'s run when the rest is the surname of a full name of the text', () => {
    const text = 'Margaret Qorvath won the vote on Tuesday. Whereas Qorvath won the towns, her rival took the farms. Chasing Qorvath was hard.';
    const e = analyze(text).entities.find((x) => x.name === 'Margaret Qorvath');
    assert.deepEqual(e?.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Margaret Qorvath', 'Qorvath', 'Qorvath']);
    assert.ok(!analyze(text).entities.some((x) => x.name === 'Whereas Qorvath' || x.name === 'Chasing Qorvath'));
    // No other full name ends in the word: the run keeps its first word ("Rush" is a common word and a first name).
    assert.equal(kindOf('Rush Qorvath spoke on the radio. Qorvath was angry.', 'Rush Qorvath'), 'person');
  });

  it('reads the plural of a place of two words as its people, not a person ("Puerto Ricans", "New Zealanders")', () => {
    const text = 'Many Puerto Ricans moved to the mainland in May, and New Zealanders cheered.';
    assert.ok(!analyze(text).entities.some((x) => x.kind === 'person'));
    assert.equal(kindOf(text, 'Puerto Ricans'), 'group');
  });

  it('takes a title or honorific as person evidence', () => {
    assert.equal(kindOf('Sen. Qoll said the deal was done.', 'Qoll'), 'person');
    assert.equal(kindOf('Mr. Qoll said the deal was done.', 'Qoll'), 'person');
  });

  it('takes an age, a role, "who" or kin in apposition as person evidence', () => {
    assert.equal(kindOf('Qoll, 45, said the deal was done.', 'Qoll'), 'person');
    assert.equal(kindOf('Qoll, a spokesman for the firm, said the deal was done.', 'Qoll'), 'person');
    assert.equal(kindOf('Qoll, who runs the firm, said the deal was done.', 'Qoll'), 'person');
    assert.equal(kindOf('Stone Varrin and his wife said they saw the stone wall fall.', 'Stone Varrin'), 'person');
  });

  it('takes an occupation or kin noun, or "a 34-year-old", heading an apposition as person evidence, not a firm\'s noun', () => {
    assert.equal(kindOf('On Monday Qorvath, a retired nurse, walked to the market.', 'Qorvath'), 'person');
    assert.equal(kindOf('The boat was found by Brannok, an engineer at the dock, before noon.', 'Brannok'), 'person');
    assert.equal(kindOf('They met Varrimel, a 34-year-old from the hill towns, at the gate.', 'Varrimel'), 'person');
    assert.equal(kindOf('They met Varrimel, a 34-year-old, at the gate.', 'Varrimel'), 'person');
    // An age that heads a firm's phrase is no person's; nor is one after a preposition (it is the phrase head's).
    assert.notEqual(kindOf('On Monday Dexlovar, a 100-year-old company, closed its doors.', 'Dexlovar'), 'person');
    assert.notEqual(kindOf('A lawyer for Qellmark, a 52-year-old, walked out of the hall.', 'Qellmark'), 'person');
  });

  it('types a lone word by its age or kin even with no speech verb, and keeps a lone word with no evidence unclassified', () => {
    assert.equal(kindOf('On Monday the elder Qorvath, 71, walked to the market with a basket.', 'Qorvath'), 'person');
    const text = 'Trade with the hill towns grew in May. We met Brannok at the gate before noon.';
    assert.equal(kindOf(text, 'Brannok'), 'unclassified');
    // A capitalised word that only ever opens a sentence is no name at all, nor a plural of people.
    assert.equal(kindOf(text, 'Trade'), undefined);
    assert.equal(kindOf('Additionally, the president\'s plan failed in May.', 'Additionally'), undefined);
    assert.equal(kindOf('In May the Qollards, 40 of them, left.', 'Qollards'), undefined);
  });

  it('takes a full name taken up by its surname as person evidence', () => {
    const text = 'The firm hired Tarek Qoll in May. Qoll said the deal was done.';
    const e = analyze(text).entities.find((x) => x.name === 'Tarek Qoll');
    assert.equal(e?.kind, 'person');
    assert.deepEqual(e?.mentions.map((m) => m.text), ['Tarek Qoll', 'Qoll']);
  });

  it('takes a two-word name as a person by its shape, not one that ends in a common English word', () => {
    assert.equal(kindOf('Qollin Varrimak said the deal was done.', 'Qollin Varrimak'), 'person');
    assert.equal(kindOf('Qollvex Circle said profits fell in May.', 'Qollvex Circle'), 'unclassified');
    // (A business head makes it a firm: "Stores" is one.)
    assert.equal(kindOf('Qollvex Stores said profits fell in May.', 'Qollvex Stores'), 'organization');
    // Nor does a he or she nearby make such a name a person: it is someone else's.
    assert.equal(kindOf('Qollvex Circle opened the hall in May. He said it was busy.', 'Qollvex Circle'), 'unclassified');
    // A headline's verb opening the run is no given name.
    assert.equal(kindOf('The book Chasing Varrimak sold well in May.', 'Chasing Varrimak'), 'unclassified');
    // Other evidence still makes such a name a person.
    assert.equal(kindOf('Qollin Circle, 45, said profits fell in May.', 'Qollin Circle'), 'person');
    // A cause's, firm's or title's name: no person, yet still the speaker its quote is linked to.
    const a = analyze('\u201CWe will grow,\u201D Bright Future said on Tuesday.');
    assert.equal(a.entities.find((e) => e.name === 'Bright Future')?.kind, 'unclassified');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker?.text, 'Bright Future');
    assert.equal(a.quotes[0].speakerId, a.entities.find((e) => e.name === 'Bright Future')?.id);
  });

  it('types organizations by their heads and suffixes, whatever verb follows', () => {
    assert.equal(kindOf('Varrin Mining Corp. said profits fell.', 'Varrin Mining Corp.'), 'organization');
    assert.equal(kindOf('The Qoll Party said it would run.', 'Qoll Party'), 'organization');
    // Industry and club heads; a head that is also a surname ("Power", "Steel") is left out.
    assert.equal(kindOf('Varrin Coal sought to shed its debts.', 'Varrin Coal'), 'organization');
    assert.equal(kindOf('Qollmark FC beat the visitors 2-1.', 'Qollmark FC'), 'organization');
    assert.equal(kindOf('Varrin Books will publish it.', 'Varrin Books'), 'organization');
    assert.equal(kindOf('Samantha Power said the vote was close.', 'Samantha Power'), 'person');
  });

  it('types places from the gazetteer, and towns only by context', () => {
    assert.equal(kindOf('Fighting broke out in Bangui on Monday.', 'Bangui'), 'place');
    assert.equal(kindOf('Officials in Manchester said the roads were closed.', 'Manchester'), 'place');
    assert.equal(kindOf('Cincinnati officials said the roads were closed.', 'Cincinnati'), 'place');
  });

  it('does not let one alias drag another: a station named after a country leaves the country a place', () => {
    const text = 'Radio Romania reported the vote. Romania will hold a second round in May.';
    const a = analyze(text);
    assert.equal(a.entities.find((e) => e.name === 'Romania')?.kind, 'place');
    assert.equal(a.entities.find((e) => e.name === 'Radio Romania')?.kind, 'organization');
  });

  it('keeps unclassified names out of the eval output and the People of any view built on kinds', () => {
    const a = analyze('Varrin said on Tuesday it would expand. Margaret Qoll agreed.');
    assert.deepEqual(a.entities.filter((e) => e.kind === 'person').map((e) => e.name), ['Margaret Qoll']);
  });

  it('names the place and the acronym a title opens with, and the place of "Governor of …"', () => {
    const a = analyze('US President Tarek Qoll met NASA Administrator Margaret Varrin. Governor of Ohio Stone Ruddle said it went well.');
    const kinds = Object.fromEntries(a.entities.map((e) => [e.mentions[0].text, e.kind]));
    assert.equal(kinds['US'], 'place');
    assert.equal(kinds['NASA'], 'organization');
    assert.equal(kinds['Ohio'], 'place');
    assert.equal(kinds['Tarek Qoll'], 'person');
    assert.equal(kinds['Margaret Varrin'], 'person');
    assert.equal(kinds['Stone Ruddle'], 'person');
  });

  it('keeps an all-caps acronym that spells a function word ("US") in mixed-case text, not in a shouted line', () => {
    assert.equal(kindOf('The finals saw US team Varrin win.', 'United States'), 'place');
    assert.equal(analyze('IT WAS A GOOD DAY FOR US.\nThe rest is quiet.').entities.length, 0);
  });

  it('splits an organization from the person named right after it', () => {
    const a = analyze('Head of the Qoll Council Margaret Varrin said it would close.');
    const kinds = Object.fromEntries(a.entities.map((e) => [e.name, e.kind]));
    assert.equal(kinds['Qoll Council'], 'organization');
    assert.equal(kinds['Margaret Varrin'], 'person');
  });

  it('types buildings and sites as places (facility heads), but not a given name with a surname like "Park"', () => {
    assert.equal(kindOf('The shuttle will go to the Qoll Space Center next year.', 'Qoll Space Center'), 'place');
    assert.equal(kindOf('The Museum of Varrin opened a new wing.', 'Museum of Varrin'), 'place');
    assert.equal(kindOf('The Center for Varrin Studies said the plan would fail.', 'Center for Varrin Studies'), 'organization');
    assert.equal(kindOf('John Park said the plan would fail.', 'John Park'), 'person');
  });

  it('ends a name before a caption credit label, and drops common acronyms and roman numerals', () => {
    const a = analyze('Margaret Qoll Image: Varrin Times.\nThe CEO met a VIP at 10 GMT for part XVII of the talks. UNLESS they agree, unless pressed, nothing moves.');
    assert.ok(a.entities.some((e) => e.name === 'Margaret Qoll' && e.kind === 'person'));
    for (const noise of ['CEO', 'VIP', 'GMT', 'XVII', 'UNLESS']) assert.ok(!a.entities.some((e) => e.mentions.some((m) => m.text === noise)), noise);
  });

  it('splits a place, a party word and a resident\'s word off the person named after them', () => {
    const a = analyze('Ohio Republican Jane Qoll met Vermonter Mary Varrin. Veteran Democrat Anna Roe and Floridians Tom Qell joined. ' +
      'Later the Ohio Republican said Ohioans agreed.');
    const kinds = new Map(a.entities.map((e) => [e.name, e.kind]));
    for (const person of ['Jane Qoll', 'Mary Varrin', 'Anna Roe', 'Tom Qell']) assert.equal(kinds.get(person), 'person', `${person} in ${[...kinds.keys()].join(', ')}`);
    assert.equal(kinds.get('Ohio'), 'place');
    assert.ok(!a.entities.some((e) => /Republican|Vermonter|Veteran|Floridians/.test(e.name)), [...kinds.keys()].join(', '));
    // A clergy, stage or state-assembly role before a name is its title, and "Kentuckian" is a resident's word.
    const b = analyze('Pastor Jane Qoll met Actress Mary Varrin, Assemblywoman Anna Qell and Kentuckian Tom Roe.');
    for (const person of ['Jane Qoll', 'Mary Varrin', 'Anna Qell', 'Tom Roe']) assert.ok(b.entities.some((e) => e.name === person && e.kind === 'person'), `${person} in ${b.entities.map((e) => e.name).join(', ')}`);
    // A surname-like word before a given name is no resident's word, and a common word ends in "-er" as often.
    assert.equal(kindOf('Officials met Marten Walker Qoll on Monday.', 'Marten Walker Qoll'), 'person');
  });

  it('reads a team after "the" from a place that is also a given name and a plural, and a paper by its head', () => {
    const a = analyze('The Austin Qollers beat the Carolina Varrins on Sunday, the Qellburg Register reported. Carolina Varrin scored twice.');
    const kinds = new Map(a.entities.map((e) => [e.name, e.kind]));
    assert.equal(kinds.get('Carolina Varrins'), 'organization', [...kinds].join(', '));
    assert.equal(kinds.get('Qellburg Register'), 'organization', [...kinds].join(', '));
    assert.equal(kindOf('Dalmon Brothers said on Monday that its profits rose.', 'Dalmon Brothers'), 'organization');
    for (const name of ['Qellish Brotherhood', 'Varrin Consortium', 'Dalmon Syndicate', 'Talvik Philharmonic Orchestra']) {
      assert.equal(kindOf(`${name} said on Monday that it would meet Marta Qoll.`, name), 'organization', name);
    }
    // A person's name after "the" that modifies a noun is still the person's.
    assert.equal(kindOf('Aides said the Carolina Varrins administration would end. Carolina Varrins, 45, agreed.', 'Carolina Varrins'), 'person');
  });

  it('reads a state\'s nickname after "the" as a place, not "the Islamic State", a university or "the Department of State"', () => {
    const a = analyze('Voters in the Granite State and the Green Mountain State went to the polls. The Islamic State claimed the attack. ' +
      'Fans of the Ohio State team cheered, and the Department of State said nothing.');
    const kinds = new Map(a.entities.map((e) => [e.name, e.kind]));
    assert.equal(kinds.get('Granite State'), 'place', [...kinds].join(', '));
    assert.equal(kinds.get('Green Mountain State'), 'place', [...kinds].join(', '));
    for (const [name, kind] of kinds) if (kind === 'place') assert.ok(!/Islamic|Ohio State|Department/.test(name), name);
  });

  it('leaves the department of a lower-case title out of the name after it, reads a belt as a region and a recession as no body', () => {
    const a = analyze('Polls show former secretary of State Jane Qoll ahead in the Varrin Belt, where the Great Recession hit hard.');
    const kinds = new Map(a.entities.map((e) => [e.name, e.kind]));
    assert.equal(kinds.get('Jane Qoll'), 'person', [...kinds].join(', '));
    assert.equal(kinds.get('Varrin Belt'), 'place', [...kinds].join(', '));
    assert.equal(kindOf('Rents rose on the Upper Qoll Side last year.', 'Upper Qoll Side'), 'place');
    assert.ok(!a.entities.some((e) => /State Jane|Recession/.test(e.name) && e.kind !== 'unclassified'), [...kinds].join(', '));
    // A trophy is no one, and "justices" after a court is a plural title, not a surname.
    const b = analyze('He won the Qoll Trophy in 1990, and he praised the Varrin Court Justices who ruled.');
    assert.ok(!b.entities.some((e) => e.kind === 'person'), b.entities.map((e) => `${e.kind}:${e.name}`).join(', '));
  });

  it('reads an all-caps dateline town as a place, not an acronym\'s organization', () => {
    const a = analyze('QELLBY, N.H. — Voters in Qellby waited for hours.\nQOLL, a union, said nothing.');
    assert.ok(a.entities.some((e) => e.kind === 'place' && e.mentions.some((m) => m.text === 'QELLBY')), a.entities.map((e) => `${e.kind}:${e.name}`).join(', '));
    assert.ok(!a.entities.some((e) => e.kind === 'place' && e.mentions.some((m) => m.text === 'QOLL')));
  });

  it('makes no organization of a given name alone after "The" (a nickname), but keeps "The Hill"', () => {
    assert.notEqual(kindOf('Rivals mocked The Marten for weeks, and voters cheered The Marten anyway.', 'Marten'), 'organization');
    assert.equal(kindOf('He told The Hill on Monday that he would run.', 'Hill'), 'organization');
  });

  it('reads a club from "X striker", a firm from "X and its", and "the Islamic State" as one name', () => {
    assert.equal(kindOf('Qollvex beat them on Saturday, and Qollvex striker Tom Dalby scored twice.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Talks between Varrimak and its lenders failed.', 'Varrimak'), 'organization');
    assert.equal(kindOf('Fighters loyal to the Islamic State attacked the town.', 'Islamic State'), 'organization');
  });

  it('keeps a president\'s or a party\'s name out of the body it describes ("the Qoll White House", "a Republican Senate")', () => {
    const a = analyze('Aides in the Qoll White House said no. A Republican Senate would balk, and a Democratic Congress agreed.');
    const names = a.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
    assert.deepEqual(names.sort(), ['Congress', 'Senate', 'White House'], names.join(', '));
  });

  it('reads no name in a run ending in a hyphenated common participle, but keeps a name\'s hyphenated syllable', () => {
    const a = analyze('The Qoll Prize-winning author and the Varrin-backed group met Kim Jae-ding.');
    const names = a.entities.filter((e) => e.kind !== 'unclassified').map((e) => e.name);
    assert.ok(!names.some((n) => /winning|backed/.test(n)), names.join(', '));
    assert.ok(names.includes('Kim Jae-ding'), names.join(', '));
  });

  it('lists a family named by a person\'s surname in the plural as a group, not an organization', () => {
    const a = analyze('Jane Varrin spoke first, and the Varrins said nothing. The Qollbys said nothing either.');
    assert.equal(a.entities.find((e) => e.name === 'Varrins')?.kind, 'group');
    assert.notEqual(a.entities.find((e) => e.name === 'Qollbys')?.kind, 'group');
  });

  it('lists no organization or facility head standing alone, but keeps a legislature and a paper\'s short title', () => {
    const text = 'A super PAC backed Jane Qoll. The PAC and the Foundation paid for ads, the Agency said, and the Committee agreed. ' +
      'The Senate voted after the Varrin Post reported it; the Post said Congress would wait.';
    const kinds = new Map(analyze(text).entities.map((e) => [e.name, e.kind]));
    for (const lone of ['PAC', 'Foundation', 'Agency', 'Committee']) assert.ok(!['organization', 'place', 'person'].includes(kinds.get(lone) ?? ''), `${lone}: ${kinds.get(lone)}`);
    assert.equal(kinds.get('Senate'), 'organization');
    assert.equal(kinds.get('Congress'), 'organization');
    // A legislature, an army or a treasury is named by its head after "the"; a surname or a title is not.
    const c = new Map(analyze('The bill passed the House on Monday, and the Treasury and the Army objected.').entities.map((e) => [e.name, e.kind]));
    assert.equal(c.get('House'), 'organization', [...c].join(', '));
    assert.equal(c.get('Treasury'), 'organization', [...c].join(', '));
    assert.equal(c.get('Army'), 'organization', [...c].join(', '));
    assert.ok(!analyze('Varrin said little, and Qoll agreed with House.').entities.some((e) => e.kind === 'organization'));
    // Common things written as acronyms name no organization either.
    const b = analyze('The LGBT group filed a FOIA request about WWII records.');
    for (const noise of ['LGBT', 'FOIA', 'WWII']) assert.ok(!b.entities.some((e) => e.kind !== 'unclassified' && e.mentions.some((m) => m.text === noise)), noise);
  });

  it('reads a one-word complement of an organization head as the organization ("Church of X … X")', () => {
    const a = analyze('The Church of Varrinology held a meeting. Critics of Varrinology protested. Bank of America agreed. Sales in America fell.');
    const church = a.entities.find((e) => e.name === 'Church of Varrinology');
    assert.equal(church?.kind, 'organization');
    assert.deepEqual(church?.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Church of Varrinology', 'Varrinology']);
    assert.equal(a.entities.find((e) => e.mentions.some((m) => m.text === 'America'))?.kind, 'place');
  });

  it('leaves a prefixed description ("Pro-Qoll", "Ex-…") out of the name after it', () => {
    const a = analyze('Pro-Qoll candidate lists were long. Pan-democrat Margaret Varrin won a seat.');
    assert.ok(a.entities.some((e) => e.name === 'Margaret Varrin' && e.kind === 'person'));
    assert.ok(!a.entities.some((e) => e.mentions.some((m) => /Pan-democrat/.test(m.text))));
  });

  it('does not read "who" or an age after "members of X" as evidence that X is a person', () => {
    // ("members of X" is itself an organization's mark.)
    assert.equal(kindOf('Varrin said it would grow. Former members of Varrin, who left last year, spoke out.', 'Varrin'), 'organization');
    assert.equal(kindOf('Varrin, who left last year, said it was over.', 'Varrin'), 'person');
  });

  it('takes a pronoun as evidence only while it keeps pace with the name', () => {
    const few = 'Varrin said it opened. Varrin said it grew. Varrin said it hired. Varrin said it paid. Varrin said it sold. Varrin said it closed. Then he left.';
    assert.notEqual(kindOf(few, 'Varrin'), 'person');
    assert.equal(kindOf('Varrin said the door was open. Then he left.', 'Varrin'), 'person');
  });
});

describe('entities: organization and place cues around a name', () => {
  it('reads an organization from an apposition whose head is an organization noun, over a name\'s shape', () => {
    assert.equal(kindOf('Blue Qollmark, a mining company based in Perth, lost money. Blue Qollmark said costs rose.', 'Blue Qollmark'), 'organization');
    assert.equal(kindOf('Varrin, the country\'s largest lender, posted a profit.', 'Varrin'), 'organization');
    // A role noun as the head is person evidence, past the phrase's modifiers.
    assert.equal(kindOf('Varrin, a former bank executive, said the plan would fail.', 'Varrin'), 'person');
  });

  it('reads an outlet or pollster from where news names its sources, for a single word nothing else types', () => {
    assert.equal(kindOf('The turnout was low, according to Qollvex.', 'Qollvex'), 'organization');
    assert.equal(kindOf('"We will win," the mayor told Qollvex on Friday.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The mayor said so in an interview with Qollvex.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The mayor resigned, the Qollvex reported.', 'Qollvex'), 'organization');
    // Not a sentence's first word (a reporter's byline line), nor the end of a longer name.
    assert.notEqual(kindOf('The mayor resigned.\n\nVarrin reported from Dalmont.', 'Varrin'), 'organization');
    assert.notEqual(kindOf('The mayor resigned, Western Qollvex reported.', 'Qollvex'), 'organization');
    // A surname linked to a full name stays the person's.
    assert.equal(kindOf('Jane Varrin won. The mayor told Varrin on Friday that he would resign.', 'Jane Varrin'), 'person');
  });

  it('reads a body from its voices ("X spokesman Tom Reed", "X lawmakers") for a single word nothing else types', () => {
    assert.equal(kindOf('On Monday, Qollvex spokesman Tom Reed declined to comment.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Several Qollvex lawmakers voted against the bill.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Jane Varrin won. Later Varrin spokesman Tom Reed declined to comment.', 'Jane Varrin'), 'person');
    // Not a compound's people, nor a sentence's first word.
    assert.notEqual(kindOf('The vote split Qoll-Varrish leaders in the city.', 'Qoll-Varrish'), 'organization');
    assert.notEqual(kindOf('Dalmonts members met.', 'Dalmonts'), 'organization');
  });

  it('reads what only an organization or a country has after a possessive', () => {
    assert.equal(kindOf('Varrin said sales were flat. Varrin\'s chief executive resigned.', 'Varrin'), 'organization');
    assert.equal(kindOf('Qollvex\'s shareholders approved the deal.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Talvoria\'s foreign minister met his counterpart.', 'Talvoria'), 'place');
    // A person's foreign policy is no country's.
    assert.notEqual(kindOf('Senator Talvoria said the deal was good. Talvoria\'s foreign policy is vague.', 'Talvoria'), 'place');
  });

  it('reads a place from a compass modifier or "the capital of X", an organization from "shares of X" and "analysts at X"', () => {
    assert.equal(kindOf('Rebels attacked southern Talvoria on Sunday.', 'Talvoria'), 'place');
    assert.notEqual(kindOf('Western Qollvex reported the vote.', 'Qollvex'), 'place');
    assert.equal(kindOf('Troops reached the capital of Talvoria at dawn.', 'Talvoria'), 'place');
    assert.equal(kindOf('Shares of Qollvex rose 3 percent on Friday.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Qollvex news agency reported the vote.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Analysts at Qollvex expect growth.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Blue Qollmark said its profits fell.', 'Blue Qollmark'), 'organization');
    assert.equal(kindOf('A new Qollvex poll shows the race tied. Qollvex surveyed 900 voters.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Qollvex workers walked out on Friday.', 'Qollvex'), 'organization');
    assert.notEqual(kindOf('The vote closed. Qollvex polls showed a tie.', 'Qollvex'), 'organization');
    assert.equal(kindOf('Senator Qollmark said its profits fell.', 'Qollmark'), 'person');
    assert.equal(kindOf('According to an article in Qollvex, the vote was close.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The vote in Qollvex was close.', 'Qollvex'), 'place');
    assert.equal(kindOf('Analysts at Morrow Qollvex expect growth.', 'Morrow Qollvex'), 'organization');
    assert.equal(kindOf('The talks were held at Morrow Qollvex on Monday.', 'Morrow Qollvex'), 'place');
  });

  it('lets every mention of a word take the kind its cues vote for', () => {
    const e = analyze('Qollvex reported a loss. Qollvex\'s shares fell. Later Qollvex hired a new team.').entities.find((x) => x.name === 'Qollvex');
    assert.equal(e?.kind, 'organization');
    assert.equal(e?.mentions.length, 3);
  });

  it('lets a cue overrule a given name only when cues recur and keep pace with the name', () => {
    assert.equal(kindOf('Margo Qollmark said the plan was good. Margo Qollmark\'s shareholders agreed.', 'Margo Qollmark'), 'person');
    assert.equal(kindOf('Margo Qollmark\'s shareholders met. Margo Qollmark\'s board agreed. Margo Qollmark\'s stock rose.', 'Margo Qollmark'), 'organization');
  });

  it('never lets a cue overrule a title, an honorific or an age', () => {
    assert.equal(kindOf('Mr. Varrin\'s shares were sold.', 'Varrin'), 'person');
    assert.equal(kindOf('Varrin, 45, said Varrin\'s shares were sold.', 'Varrin'), 'person');
    assert.equal(kindOf('Varrin, 45, sold Varrin\'s shares.', 'Varrin'), 'person');
  });

  it('reads a town from "Town, Region," and gives a preposition\'s place its other mentions', () => {
    const e = analyze('The plant in Dorvanek, Ohio, closed in May. The mayor of Dorvanek resigned. Dorvanek has 3,000 people.').entities.find((x) => x.name === 'Dorvanek');
    assert.equal(e?.kind, 'place');
    assert.equal(e?.mentions.length, 3);
    assert.equal(kindOf('Workers from Kestravo, Kenya, travelled to Nairobi.', 'Kestravo'), 'place');
    // A town's name after "from" or "to" is not enough: towns share their names with surnames.
    assert.equal(kindOf('Dover won the vote, and the votes went to Dover.', 'Dover'), 'unclassified');
  });

  it('reads an acronym defined in brackets as the name\'s, and a name with one as no person', () => {
    const org = analyze('Varrin Sans Qollet (VSQ) said the clinic was full. VSQ staff treated 40 patients.').entities.find((x) => x.name === 'Varrin Sans Qollet');
    assert.equal(org?.kind, 'organization');
    assert.deepEqual(org?.mentions.map((m) => m.text), ['Varrin Sans Qollet', 'VSQ', 'VSQ']);
    const place = analyze('Troops from the United Arab Emirates (UAE) arrived. The UAE said more would follow.').entities.find((x) => x.name === 'United Arab Emirates');
    assert.equal(place?.kind, 'place');
    assert.equal(place?.mentions.length, 3);
    // Letters that do not spell the name define nothing.
    assert.notEqual(kindOf('Varrin Sans Qollet (XYZ) said the clinic was full.', 'Varrin Sans Qollet'), 'organization');
    // An acronym that leaves a word or two of the name out, in order, from its first letter.
    const loose = analyze('The Democratic Alliance for the Betterment and Progress of Talvik (DAB) won twelve seats. The DAB ' +
      'leader thanked voters.').entities.find((x) => x.name.startsWith('Democratic Alliance'));
    assert.deepEqual(loose?.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal').map((m) => m.text).slice(1), ['DAB', 'DAB']);
    // Too few letters, or letters out of order, define nothing.
    assert.notEqual(analyze('The Qoll Varrin Dalmont Party (QD) met.').entities.find((x) => x.name === 'Qoll Varrin Dalmont Party')?.mentions.length, 2);
    assert.notEqual(analyze('The Qoll Varrin Dalmont Party (QDV) met.').entities.find((x) => x.name === 'Qoll Varrin Dalmont Party')?.mentions.length, 2);
  });

  it('reads a capitalised given name that opens a name as a first name, not a particle', () => {
    const e = analyze('Ben Qollmark said he would run. Qollmark won.').entities.find((x) => x.name === 'Ben Qollmark');
    assert.equal(e?.kind, 'person');
    assert.deepEqual(e?.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Ben Qollmark', 'Qollmark']);
    // Not the Arabic article: "Al Qollda" is no person.
    assert.notEqual(kindOf('Al Qollda said it would fight.', 'Al Qollda'), 'person');
  });
});

describe('entities: the context model (distant supervision)', () => {
  it('types a name with no evidence of its own as an organization or place from the words around it', () => {
    // No head, no gazetteer entry, no given name: only the contexts speak.
    const org = 'Shares of Qollvex rose 4 percent after Qollvex announced the merger. A Qollvex spokeswoman said the deal was approved by Qollvex shareholders.';
    assert.equal(kindOf(org, 'Qollvex'), 'organization');
    const place = 'Fighting spread to the outskirts of Varrinsk on Monday, and residents fled Varrinsk as troops moved near Varrinsk.';
    assert.equal(kindOf(place, 'Varrinsk'), 'place');
  });

  it('never makes a person from context alone', () => {
    const text = 'Qollvex said on Monday that Qollvex would not attend. Qollvex told reporters Qollvex was tired.';
    assert.notEqual(kindOf(text, 'Qollvex'), 'person');
  });

  it('reads "Research" as a pollster\'s or institute\'s head, never a lone source, and "the Fed" as the central bank', () => {
    const a = new Map(analyze('Varrin Research said on Monday that turnout would fall. The poll was run by Varrin Research for ' +
      'the Qoll Times and Ulmo Television. The Fed held rates steady on Wednesday.').entities.map((e) => [e.name, e.kind]));
    assert.equal(a.get('Varrin Research'), 'organization', [...a].join(', '));
    // "for" joins no complement to it: the client is a body of its own.
    assert.ok(![...a.keys()].some((n) => n.startsWith('Varrin Research for')), [...a].join(', '));
    assert.equal(a.get('Fed'), 'organization', [...a].join(', '));
    // A head alone that a reporting verb follows is no organization's name.
    const b = analyze('The new research is out. Research suggests that tariffs cost jobs. The campaign was over. Campaign said nothing more.');
    assert.ok(!b.entities.some((e) => e.kind === 'organization'), b.entities.map((e) => `${e.name}:${e.kind}`).join(', '));
  });

  it('reads a name before a firm\'s office ("X CEO Jane Roe", "X founder") as an organization, not a body left unnamed', () => {
    const a = new Map(analyze('Qollvex CEO Jane Roe said sales fell. Varrintel Chief Executive Mark Doyle agreed, and Ulmora founder ' +
      'Anna Bell did not. Republican National Chairman Tom Reed spoke later.').entities.map((e) => [e.name, e.kind]));
    assert.equal(a.get('Qollvex'), 'organization', [...a].join(', '));
    assert.equal(a.get('Varrintel'), 'organization', [...a].join(', '));
    assert.equal(a.get('Ulmora'), 'organization', [...a].join(', '));
    assert.equal(a.get('Jane Roe'), 'person', [...a].join(', '));
    assert.ok(!a.has('Republican National'), [...a].join(', '));
  });

  it('reads an apposition naming a site, pollster, think tank or coalition as an organization\'s', () => {
    const a = new Map(analyze('The story ran on Qollnews, a conservative news site. Polls by Varrinstat, a pollster, agree. ' +
      'Ulmora, a think tank, disagreed.').entities.map((e) => [e.name, e.kind]));
    for (const n of ['Qollnews', 'Varrinstat', 'Ulmora']) assert.equal(a.get(n), 'organization', `${n}: ${[...a].join(', ')}`);
  });

  it('keeps an aim after "for a" in a body\'s name and reads "Organizations" as a head, but no "for a" after a legislature', () => {
    const a = new Map(analyze('Jane Roe, an adviser to the Committee for a Balanced Qoll Budget, met the Council of Major Varrin ' +
      'Organizations. She asked Congress for a New Deal.').entities.map((e) => [e.name, e.kind]));
    assert.equal(a.get('Committee for a Balanced Qoll Budget'), 'organization', [...a].join(', '));
    assert.equal(a.get('Council of Major Varrin Organizations'), 'organization', [...a].join(', '));
    assert.equal(a.get('Congress'), 'organization', [...a].join(', '));
  });

  it('keeps a given name that is a common word inside an "of" name ("… of Housing and Urban Development"), not a person\'s', () => {
    const a = new Map(analyze('She ran the Qoll Office of Housing and Urban Development before she sued the Court of Appeals and ' +
      'William Varrin.').entities.map((e) => [e.name, e.kind]));
    assert.equal(a.get('Qoll Office of Housing and Urban Development'), 'organization', [...a].join(', '));
    assert.equal(a.get('William Varrin'), 'person', [...a].join(', '));
  });

  it('reads a name before a newsroom or campus role ("a Qollvex reporter", "a Dalmont graduate") as an organization', () => {
    assert.equal(kindOf('A Qollvex reporter asked about the plan on Monday.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The plan was drafted by a Dalmont graduate and two aides.', 'Dalmont'), 'organization');
    // A common word or an adjective opening the sentence describes the role: no name.
    assert.equal(kindOf('Investigative reporter Jane Roe asked about the plan.', 'Investigative'), undefined);
    assert.equal(kindOf('Law professor Jane Roe backed the plan.', 'Law'), undefined);
  });

  it('reads a name after a role with its field and "at" ("a professor of economics at X") as an organization', () => {
    assert.equal(kindOf('Jane Roe, a professor of economics at Dalmont, backed the plan.', 'Dalmont'), 'organization');
    assert.equal(kindOf('Tom Reed, a lecturer in political science at Dalmont, disagreed.', 'Dalmont'), 'organization');
    // Without the role, "at X" says nothing.
    assert.notEqual(kindOf('The talks of the week at Dalmont went on.', 'Dalmont'), 'organization');
  });

  it('reads a single word after "reported by", "hosted by" as an organization', () => {
    assert.equal(kindOf('The meeting was first reported by Qollvex on Monday.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The debate, hosted by Qollvex, ran late.', 'Qollvex'), 'organization');
  });

  it('reads a place\'s noun heading an apposition ("X, a village near …") or right after the name ("the X region") as a place', () => {
    const text = 'Officials met in May. The blast hit Qarvosh, a village near the border. Vellnor, the capital, was calm. ' +
      'The Ulvar region was flooded. Kessan province was hit.';
    for (const name of ['Qarvosh', 'Vellnor', 'Ulvar', 'Kessan']) assert.equal(kindOf(text, name), 'place', name);
    // A person's role that a place's word only modifies, and a body's district, are no place.
    assert.equal(kindOf('Officials met in May. Later Qorvath, a city councilman, spoke at length.', 'Qorvath'), 'person');
    assert.notEqual(kindOf('Officials met in May. In the 24th House district, Qorvath spoke.', 'House'), 'place');
  });

  it('reads a qualifier before a known place ("Greater X", "Upstate X", "Downtown X") as part of one place\'s name', () => {
    const text = 'Officials met in May. The storm hit Upstate New York and Greater Sydney on Monday.';
    assert.equal(kindOf(text, 'Upstate New York'), 'place');
    assert.equal(kindOf(text, 'Greater Sydney'), 'place');
    assert.ok(!analyze(text).entities.some((x) => x.kind === 'person'));
  });

  it('reads a one-word town before a state\'s news-style abbreviation ("Dorvale, Mass.", "Dorvale, Ga.") as a place', () => {
    assert.equal(kindOf('Thermal Qoll, a Dorvale, Mass., maker of pumps, agreed to the sale.', 'Dorvale'), 'place');
    assert.equal(kindOf('A plant in Covely, Ga., will close next year, Varrin Corp. said.', 'Covely'), 'place');
    assert.equal(kindOf('Jane Roe, a driver from Ulmway, Mo., said she would vote.', 'Missouri'), 'place');
    // No period, no state: "Pa" is a word too.
    assert.notEqual(kindOf('Dorvale, Pa and the children left early.', 'Pennsylvania'), 'place');
  });

  it('reads a single word that issues a statement, has spokespeople "for" it or is joined as an organization', () => {
    assert.equal(kindOf('Qollvex said in a statement that it would appeal the ruling.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The deal collapsed, and a spokeswoman for Varrinco declined to comment.', 'Varrinco'), 'organization');
    assert.equal(kindOf('Jane Roe joined Dalmora in 2015 to run its sales.', 'Dalmora'), 'organization');
    // A plural opening the sentence is no name; a full name taken up by its surname stays a person.
    assert.ok(!analyze('Qollers said in a statement that they would appeal.').entities.some((e) => e.kind === 'organization'));
    assert.equal(kindOf('Jane Varrin resigned. Varrin said in a statement that she was proud.', 'Jane Varrin'), 'person');
  });

  it('reads a name after "published in" or "a study in" as a publication, not a place', () => {
    assert.equal(kindOf('The findings were published in Qollvex on Monday.', 'Qollvex'), 'organization');
    assert.equal(kindOf('A study in Qollvex found that the drug worked.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The plant in Qollvex closed on Monday.', 'Qollvex'), 'place');
  });

  it('reads "members of X", "a spokesman of X", "X\'s members" and "X\'s website" as an organization\'s', () => {
    assert.equal(kindOf('Three members of Qollvex were arrested on Monday.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The plan was posted on Varrinco\'s website and read by thousands.', 'Varrinco'), 'organization');
    assert.equal(kindOf('Dalmora\'s members voted on Sunday to strike.', 'Dalmora'), 'organization');
    // Not the possessive's complement: "members of Varrin's class" are the class's.
    assert.notEqual(kindOf('Two of them were members of Iyollo\'s graduating class.', 'Iyollo'), 'organization');
  });

  it('reads a band, a choir, a league or a cartel in apposition or before the name as an organization', () => {
    assert.equal(kindOf('The crowd sang along with the band Qollvane on Friday.', 'Qollvane'), 'organization');
    assert.equal(kindOf('Tickets for Velmorra, a choir from the coast, sold out.', 'Velmorra'), 'organization');
    assert.equal(kindOf('Police said Drastovo, a cartel based in the port, ran the trade.', 'Drastovo'), 'organization');
  });

  it('reads what is founded, merged, acquired or employs people as an organization, not a name in a compound', () => {
    assert.equal(kindOf('Jane Roe said Dravelko was founded in 1998 and now has 200 staff.', 'Dravelko'), 'organization');
    // Over a name's shape: a person is born, not founded or established.
    assert.equal(kindOf('Tarvel Brenner, founded in 2009 by an investor, ran the ads.', 'Tarvel Brenner'), 'organization');
    assert.equal(kindOf('Ads from Tarvel Brenner ran all week. Tarvel Brenner was established by an investor.', 'Tarvel Brenner'), 'organization');
    assert.equal(kindOf('Tom Reed co-founded Brastova in 2004 with two friends.', 'Brastova'), 'organization');
    assert.equal(kindOf('The deal follows a merger with Quenlark last year.', 'Quenlark'), 'organization');
    assert.equal(kindOf('He was employed by Tarvessa for a decade.', 'Tarvessa'), 'organization');
    assert.equal(kindOf('In March, Ostrelin acquired Pemberlock Foods for $2 billion.', 'Ostrelin'), 'organization');
    assert.equal(kindOf('Last year Quenlark merged with a rival from the north.', 'Quenlark'), 'organization');
    // A name that modifies a compound is not the employer; people are born, not founded; "acquired a taste" is a person's.
    assert.notEqual(kindOf('Two of them were employed by Iyollo-linked schools.', 'Iyollo'), 'organization');
    assert.equal(kindOf('Jane Varrin was born in 1970. Varrin acquired a taste for politics.', 'Jane Varrin'), 'person');
  });

  it('reads an outlet from its pieces, a body from its noun with two modifiers before it, its fighters or a service in apposition', () => {
    assert.equal(kindOf('He was angered by a Qollvex article about his fast.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The campaign hired the public relations firm Dravelko in 2008.', 'Dravelko'), 'organization');
    assert.equal(kindOf('A columnist for the tech news site Brastova said he was ashamed.', 'Brastova'), 'organization');
    assert.equal(kindOf('The town was seized by Quenlark fighters on Sunday.', 'Quenlark'), 'organization');
    assert.equal(kindOf('The rally was booked through Tarvessa, the online service the campaign uses.', 'Tarvessa'), 'organization');
    // A person's report stays a person's; modifiers with a capital are a name's words.
    assert.equal(kindOf('Jane Varrin wrote it. The Varrin report was read by few.', 'Jane Varrin'), 'person');
  });

  it('reads a body from its chief executive or spokesman opening a sentence, "In a statement, X said" and "the company, X,"', () => {
    assert.equal(kindOf('Pemberlock chief executive Tom Reed said the firm would hire 200 workers.', 'Pemberlock'), 'organization');
    assert.equal(kindOf('Dravelko spokesman Tom Reed declined to comment.', 'Dravelko'), 'organization');
    assert.equal(kindOf('In a statement, Tarvelco said it had fired the manager.', 'Tarvelco'), 'organization');
    assert.equal(kindOf('In a statement on Monday, Tarvelco said it had fired the manager.', 'Tarvelco'), 'organization');
    assert.equal(kindOf('The company, Brastova, was fined $2 million by regulators.', 'Brastova'), 'organization');
    // A common word opening the sentence names a family or a former holder, and a husband is no body.
    assert.ok(!analyze('Family spokesman Tom Reed declined to comment.').entities.some((e) => e.kind === 'organization'));
    assert.ok(!analyze('Former chief executive Tom Reed said no.').entities.some((e) => e.kind === 'organization'));
    assert.notEqual(kindOf('Her husband, Varrin, was fined.', 'Varrin'), 'organization');
  });

  it('reads a firm from its results ("X posted a loss", "reported record profits") and "stocks in X", not a person\'s loss', () => {
    assert.equal(kindOf('Quenlark posted a loss of $3 million.', 'Quenlark'), 'organization');
    assert.equal(kindOf('On Monday Quenlark reported record quarterly profits.', 'Quenlark'), 'organization');
    // "in X" after stocks is no place, and takes the name's other mentions with it.
    assert.equal(kindOf('Stocks in Quenlark fell after Quenlark posted a loss.', 'Quenlark'), 'organization');
    assert.equal(kindOf('Traders sold stocks in Ostrelin on Friday.', 'Ostrelin'), 'organization');
    assert.equal(kindOf('Jane Roe reported a loss of her wallet.', 'Jane Roe'), 'person');
    assert.equal(kindOf('Jane Varrin is here. Varrin posted a video.', 'Jane Varrin'), 'person');
  });
  it('reads a name no given name opens, with its spokesperson after it, as a body, even with a she resolved to it', () => {
    const text = 'Papers lost\n\nA Qollmark Varrin report was found on a street. Qollmark Varrin spokesperson Julie Hahn said ' +
      'she regretted it. Qollmark Varrin spokeswoman Ann Lee told reporters the office will look into it.';
    assert.equal(kindOf(text, 'Qollmark Varrin'), 'organization');
    // A candidate's spokesman follows the candidate's full name, which a given name opens.
    const candidate = 'Race tightens\n\nJane Varrin spoke in Ohio. Jane Varrin spokesman Tom Reed said she would win.';
    assert.equal(kindOf(candidate, 'Jane Varrin'), 'person');
  });
  it('reads a body\'s noun after a country or a nationality, with no article, as the name\'s ("US team Qollvex")', () => {
    const text = 'Finals set\n\nThe finals saw US team Qollvex face Varrin Varrin. Later German carmaker Dalmork said sales rose, ' +
      'and Mexican striker Qoll Berrano scored.';
    assert.equal(kindOf(text, 'Qollvex'), 'organization');
    assert.equal(kindOf(text, 'Dalmork'), 'organization');
    // A role is no body's noun.
    assert.notEqual(kindOf(text, 'Qoll Berrano'), 'organization');
  });
});
