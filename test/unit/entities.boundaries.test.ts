import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Where names start and end and what they are, on sentences written for the test ("Qoll", "Varrin", "Talvik" and the
// like are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const kindOf = (text: string, name: string): string | undefined => named(text).find((e) => e.name === name)?.kind;
const names = (text: string): string[] => named(text).map((e) => e.name);

describe('entities: name boundaries and kinds', () => {
  it('keeps a common plural\'s possessive inside an organization\'s name', () => {
    const text = "The Porters' Union said it would strike. The Varrin Farmers' Party won two seats.";
    assert.equal(kindOf(text, "Porters' Union"), 'organization');
    assert.equal(kindOf(text, "Varrin Farmers' Party"), 'organization');
    // A surname's possessive stays outside: the bill is the person's.
    const bill = "Senator Jane Qollard introduced Qollards' Housing Act. Analysts at the Nurses' Guild of Talvik disagreed.";
    assert.ok(!names(bill).some((n) => n.startsWith("Qollards'")));
    assert.equal(kindOf(bill, "Nurses' Guild of Talvik"), 'organization');
    // No head after it: the plural's possessive is no name's part.
    assert.ok(!names("The Builders' Tuesday rally was loud in Talvik.").some((n) => n.includes("Builders'")));
  });

  it('cuts a hyphenated participle off the organization after it, and a nationality off the place after it', () => {
    const text = 'The Islamist-dominated Qoll Council met on Monday. A French-speaking Varrin Party lost.';
    assert.equal(kindOf(text, 'Qoll Council'), 'organization');
    assert.equal(kindOf(text, 'Varrin Party'), 'organization');
    assert.ok(!names(text).some((n) => n.includes('-')));
    const places = 'Shells fell on Palestinian Gaza City overnight. Iraqi Baghdad was quiet.';
    assert.equal(kindOf(places, 'Gaza City'), 'place');
    assert.equal(kindOf(places, 'Baghdad'), 'place');
    // A place the gazetteer names with its adjective, and a state's form, stay whole.
    assert.equal(kindOf('Voters in American Samoa went to the polls.', 'American Samoa'), 'place');
    assert.ok(names("Envoys of the Democratic People's Republic of Talvik met.").some((n) => n.startsWith('Democratic')));
  });

  it('reads no person into a town after a preposition from the verb that follows it', () => {
    // Towns that are given names too: the verb after "in X" or "from X" has the phrase's head for its subject.
    const text = 'Reports from Atlanta said the talks had failed. Officials in Atlanta declined to comment.';
    assert.equal(kindOf(text, 'Atlanta'), 'place');
    const two = 'Talks in Geneva stalled on Monday. Diplomats in Geneva told reporters little.';
    assert.equal(kindOf(two, 'Geneva'), 'place');
    // The same name as a sentence's subject, or taken up after a full name, is still a person.
    assert.equal(kindOf('Geneva Qollard said the talks had failed. Geneva added that she was tired.', 'Geneva Qollard'), 'person');
    assert.equal(kindOf('Geneva said the talks had failed, and Geneva told reporters she was tired.', 'Geneva'), 'person');
  });

  it('reads a town that is a given name too as the town at every mention once the text puts it after "in"', () => {
    // The verb after the other mention has the town for its subject; no person takes the town's mentions.
    for (const text of ['Diplomats arrived in Geneva on Sunday. Geneva will host the talks next week.',
      'Geneva will host the talks next week. Diplomats arrived in Geneva on Sunday.']) {
      const e = named(text).find((x) => x.name === 'Geneva');
      assert.equal(e?.kind, 'place', text);
      assert.equal(e?.mentions.filter((m) => m.kind === 'name').length, 2, text);
    }
    // A title still makes the person.
    assert.equal(kindOf('Mayor Geneva said the talks went well. Diplomats arrived in Geneva on Sunday.', 'Geneva'), 'person');
  });

  it('reads a word after "a stake in" or "invested in" as a firm, not a place', () => {
    assert.equal(kindOf('Vellmar Holdings bought a stake in Qollvex last year. Qollvex shares rose.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The fund has invested in Qollvex since 2010.', 'Qollvex'), 'organization');
    assert.equal(kindOf('The fund opened an office in Qollvex in 2010.', 'Qollvex'), 'place');
  });

  it('reads the person after a title with an "of the" complement', () => {
    const text = 'Secretary of the Interior Jane Qollard visited the dam. Speaker of the Assembly Mark Varrin said no.';
    assert.equal(kindOf(text, 'Jane Qollard'), 'person');
    assert.equal(kindOf(text, 'Mark Varrin'), 'person');
    assert.ok(!names(text).some((n) => n.includes('Interior') || n.includes('Speaker')));
    // The complement's place is a place of its own; no name after the title names no one.
    const us = 'The President of the Talvik Republic Jane Qollard spoke. The Secretary of the Navy resigned.';
    assert.equal(kindOf(us, 'Jane Qollard'), 'person');
    assert.ok(!names(us).some((n) => n.includes('Secretary') || n.includes('Navy')));
  });

  it('keeps a compass word after a city in its district\'s name', () => {
    const text = 'Floods hit Jakarta North on Monday, and Talvik City West lost power.';
    assert.equal(kindOf(text, 'Jakarta North'), 'place');
    assert.equal(kindOf(text, 'Talvik City West'), 'place');
    // Not after a region, and not a person's surname.
    assert.ok(!names('Voters in Texas West were angry.').includes('Texas West'));
    assert.equal(kindOf('George West said the floods were over.', 'George West'), 'person');
  });

  it('lists no common thing\'s acronym as an organization', () => {
    const text = 'Veterans with PTSD watched the race on a DVR while NASA and the Qoll Party argued over the VAT.';
    assert.ok(!names(text).some((n) => ['PTSD', 'DVR', 'VAT'].includes(n)), names(text).join(', '));
    assert.equal(kindOf(text, 'NASA'), 'organization');
  });

  it('ends a name at a headline\'s verb before a body: no "Jane Roe Reassures Senate" organization', () => {
    for (const text of ['Jane Qollard Reassures Senate Democrats On Budget.\n\nJane Qollard reassured the Senate on Monday.',
      'Jane Qollard Finally Endorses Senate Leader Mark Dorvan.\n\nJane Qollard endorsed Mark Dorvan on Monday.']) {
      assert.ok(!names(text).some((n) => n.includes('Reassures') || n.includes('Endorses')), names(text).join(', '));
    }
  });

  it('lists no organization that only an article made one, unless its contexts vote for a body', () => {
    const text = 'She starred in the Walking Qoll for years.';
    assert.ok(!named(text).some((e) => e.kind === 'organization'), names(text).join(', '));
    // A plural last word (a team, a union), a head with its "on", "&" or an acronym keep the body.
    const bodies = 'The Dalmont Rovers beat the Qoll Wanderers. Members of the Varrin Committee on Trade met the Talvik & Qoll partners.';
    assert.equal(kindOf(bodies, 'Dalmont Rovers'), 'organization');
    assert.equal(kindOf(bodies, 'Varrin Committee on Trade'), 'organization');
  });

  it('reads two bodies joined by "and" as two, and keeps a name\'s own "and"', () => {
    const two = 'She sent her sons to the University of Texas and Qollard Mellon last year.';
    assert.equal(kindOf(two, 'University of Texas'), 'organization');
    assert.ok(!names(two).some((n) => n.includes(' and ')));
    const guilds = 'A forum of the Guild of Varrin Writers and Guild of Qoll Writers met.';
    assert.equal(kindOf(guilds, 'Guild of Varrin Writers'), 'organization');
    assert.equal(kindOf(guilds, 'Guild of Qoll Writers'), 'organization');
    const three = 'Groups including the Talvik Congress of Surgeons and Nurses and Varrin Seals wrote to Congress.';
    assert.equal(kindOf(three, 'Talvik Congress of Surgeons and Nurses'), 'organization');
    // One name: a pair of common words, or two places sharing the "of".
    const one = 'The Department of Housing and Urban Development and the Port Authority of New York and New Jersey agreed.';
    assert.equal(kindOf(one, 'Department of Housing and Urban Development'), 'organization');
    assert.equal(kindOf(one, 'Port Authority of New York and New Jersey'), 'organization');
  });

  it('ends a school\'s name before "at" and its campus, which is a place of its own; a second body stays two', () => {
    const text = 'She studied at the University of Vellmar at Dunmore before she moved.';
    assert.equal(kindOf(text, 'University of Vellmar'), 'organization');
    assert.ok(!names(text).includes('University of Vellmar at Dunmore'));
    assert.equal(kindOf('He taught at the Qoll State University at Chapel Hill for years.', 'Chapel Hill'), 'place');
    const two = 'A fellow of the Qoll Institute at Vellmar University wrote the report.';
    assert.equal(kindOf(two, 'Qoll Institute'), 'organization');
    assert.equal(kindOf(two, 'Vellmar University'), 'organization');
    // Not after any other body: "the Varrin Group at Dunmore" is the group and the place.
    assert.ok(!names('Bankers of the Varrin Group at Dunmore met.').some((n) => n.endsWith('at Dunmore')));
  });

  it('reads an all-capital dateline at a paragraph\'s start as its town', () => {
    const text = 'Court rules on border\n\nTHE HAGUE, Netherlands -- Judges ruled on Monday.\n\nPORT QOLLARD (AP) -- Talks resumed.';
    assert.equal(named(text).find((e) => e.mentions.some((m) => m.text === 'HAGUE'))?.kind, 'place');
    assert.equal(named(text).find((e) => e.mentions.some((m) => m.text === 'PORT QOLLARD'))?.kind, 'place');
    // A headline's label is no town, and an acronym in the text's body stays what it was.
    const label = 'Vote delayed\n\nEXCLUSIVE -- The Varrin Party met on Monday.';
    assert.ok(!named(label).some((e) => e.kind === 'place'));
  });

  it('reads bodies whose names end in no head word as organizations', () => {
    // ("the Red Cross", "the Talvik Geological Survey": an article alone makes no body of a name given once, the
    // context model must type it from two mentions or more, with a clear vote: session 23.)
    const text = 'The Red Cross and Nurses Without Borders sent teams. Friends of the Qoll Valley protested. The Talvik Geological Survey measured the quake. ' +
      'Varrin F.C. won the cup. The Red Cross said it thanked the Talvik Geological Survey, which said it had helped.';
    assert.equal(kindOf(text, 'Red Cross'), 'organization');
    assert.equal(kindOf(text, 'Nurses Without Borders'), 'organization');
    assert.equal(kindOf(text, 'Friends of the Qoll Valley'), 'organization');
    assert.equal(kindOf(text, 'Talvik Geological Survey'), 'organization');
    assert.equal(kindOf(text, 'Varrin F.C.'), 'organization');
    // A person's friends are no body.
    assert.ok(!names("Friends of Mr. Qollard's said he was tired.").some((n) => n.startsWith('Friends')));
  });

  it('reads a name right after a body\'s noun as that body', () => {
    const text = 'The party Qollvex won four seats. Reporters at the Talvik daily Varrinpost disagreed.';
    assert.equal(kindOf(text, 'Qollvex'), 'organization');
    assert.equal(kindOf(text, 'Varrinpost'), 'organization');
    // Without a determiner before the noun no cue; a person's given name keeps the person.
    assert.notEqual(kindOf('Leaders said party Qollvex would win.', 'Qollvex'), 'organization');
    assert.equal(kindOf('He left the company Jane Qollard founded.', 'Jane Qollard'), 'person');
  });

  it('reads a city, a street or a hall that acts as the body it stands for', () => {
    const text = 'Talvik City Hall announced cuts on Monday. Qoll Street said the plan would fail.';
    assert.equal(kindOf(text, 'Talvik City Hall'), 'organization');
    assert.equal(kindOf(text, 'Qoll Street'), 'organization');
    // Where things happen, it stays a place.
    assert.equal(kindOf('Crowds gathered outside Talvik City Hall in the rain.', 'Talvik City Hall'), 'place');
  });

  it('reads a firm named for what it makes as an organization ("… Computer", "… Scientific", "… Instruments")', () => {
    const text = 'Varrin Computer said profits rose. Shares of Qoll Scientific fell, and Dalgren Instruments lost money.';
    assert.equal(kindOf(text, 'Varrin Computer'), 'organization');
    assert.equal(kindOf(text, 'Qoll Scientific'), 'organization');
    assert.equal(kindOf(text, 'Dalgren Instruments'), 'organization');
  });

  it('reads a place named after its head ("Mount X", "Lake X", "Fort X") as a place, also at a sentence\'s end', () => {
    assert.equal(kindOf('Climbers reached Mount Qollvar.', 'Mount Qollvar'), 'place');
    assert.equal(kindOf('Pilgrims gathered at Mount Varrin on Monday.', 'Mount Varrin'), 'place');
    assert.equal(kindOf('The troops left Fort Dalmont.', 'Fort Dalmont'), 'place');
    assert.equal(kindOf('Boats sailed on Lake Ulmora.', 'Lake Ulmora'), 'place');
  });

  it('reads a body before a title with a complement on its own ("the Qoll Nations High Commissioner for Refugees")', () => {
    assert.equal(kindOf('The Qoll Nations High Commissioner for Refugees issued a statement.', 'Qoll Nations'), 'organization');
    assert.equal(kindOf('The Varrin Party Secretary for Health resigned on Monday.', 'Varrin Party'), 'organization');
    // No body before the title: no name.
    assert.deepEqual(names('The High Commissioner for Refugees issued a statement.'), []);
  });

  it('keeps a title\'s opener out of the body before it ("the Talvik High Commissioner")', () => {
    const text = 'Meanwhile, the Talvik High Commissioner, Peder Olund, said the border would open. Olund spoke on Monday.';
    assert.ok(!names(text).some((n) => n.includes('High')), names(text).join(', '));
    assert.equal(kindOf(text, 'Peder Olund'), 'person');
    assert.ok(!names('Reporters waited for the Varrin Lord Chancellor on Monday.').some((n) => n.includes('Lord')));
  });

  it('keeps a nationality opening a body\'s name before a title ("the Portuguese Fisheries Commission President")', () => {
    const text = 'Farmers met the Portuguese Fisheries Commission President, Jane Qollard, on Monday.';
    assert.equal(kindOf(text, 'Portuguese Fisheries Commission'), 'organization');
    assert.ok(!names(text).includes('Fisheries Commission'));
    const bare = 'The plan was backed by the Danish Rail Authority Chairman on Tuesday.';
    assert.equal(kindOf(bare, 'Danish Rail Authority'), 'organization');
  });

  it('reads a series inside a name over its comma ("the Varrin Sea, Air and Space Museum"), not after a head', () => {
    const text = 'Crowds filled the Varrin Sea, Air and Space Museum on Sunday.';
    assert.deepEqual(names(text), ['Varrin Sea, Air and Space Museum']);
    assert.equal(kindOf(text, 'Varrin Sea, Air and Space Museum'), 'place');
    const two = names('The Talvik Council, Trade and Industry Board and the police met on Monday.');
    assert.ok(two.includes('Talvik Council') && two.includes('Trade and Industry Board'), two.join(', '));
  });

  it('reads an event\'s word inside a run as an event\'s name, not a person ("Fan Expo Dorvale")', () => {
    assert.ok(!named('Thousands attended Fan Expo Dorvale on Saturday.').some((e) => e.kind === 'person'));
    assert.ok(!named('Crowds came to the Harvest Festival Qollby on Friday.').some((e) => e.kind === 'person'));
    // A person's middle name that is a common word stays a person's.
    assert.equal(kindOf('Jane Summit Qollard said the plan was ready.', 'Jane Summit Qollard'), 'person');
    // Contests, meetings and unrest are events too, never a body.
    const events = 'She won the Varrin Championship before the Qoll Cup. Leaders met at the Talvik Summit after the Dorvale Riot of 1970.';
    assert.ok(!named(events).some((e) => e.kind === 'organization' || e.kind === 'person'), names(events).join(', '));
  });

  it('reads "Chief Operating Officer" as one title after a body, naming no one when no name follows', () => {
    const text = 'Investors met the Talvik Airways Chief Operating Officer on Monday.';
    assert.equal(kindOf(text, 'Talvik Airways'), 'organization');
    assert.ok(!named(text).some((e) => e.kind === 'person'), names(text).join(', '));
    const withName = 'Dalmont Bank Chief Financial Officer Jane Qollard quit on Monday.';
    assert.equal(kindOf(withName, 'Jane Qollard'), 'person');
    assert.equal(kindOf(withName, 'Dalmont Bank'), 'organization');
  });

  it('reads a place and party words before a person\'s name as no part of it, the place on its own', () => {
    // A two-word state whose first word is a compass word and whose second is a given name too.
    const text = 'North Dakota Republican Jane Qollard said the bill would fail. Qollard spoke later.';
    assert.equal(kindOf(text, 'Jane Qollard'), 'person');
    assert.equal(kindOf(text, 'North Dakota'), 'place');
    assert.ok(!names(text).some((n) => n.includes('Republican')));
    // With an office after the party word: the title is the office alone.
    const titled = 'Ohio Democratic Senator Jane Varrin voted against it. Varrin said she was tired.';
    const p = named(titled).find((e) => e.name === 'Jane Varrin');
    assert.equal(p?.kind, 'person');
    assert.equal(p?.title, 'Senator');
    assert.equal(kindOf(titled, 'Ohio'), 'place');
    // No place before the party word: the title keeps it.
    assert.equal(named('Democratic Senator Lisa Orrin agreed on Monday.').find((e) => e.name === 'Lisa Orrin')?.title, 'Democratic Senator');
  });

  it('reads a body\'s name in a title-case first line: a head after words that are no common word', () => {
    const text = 'Talvik Party Boosts Spending In Key States\n\nThe party said on Monday it would spend more.\n';
    const party = named(text).find((e) => e.name === 'Talvik Party');
    assert.equal(party?.kind, 'organization');
    assert.equal(party?.mentions[0].start, 0);
    assert.equal(kindOf('Minister Urges Voters To Stay In Vellmar Union\n\nThe minister spoke on Monday.\n', 'Vellmar Union'), 'organization');
    // Common words before the head, a word inside a longer name, a noun a person's name modifies: no body.
    assert.ok(!named('Top Climate Group Will Run Ads On Energy\n\nA climate group said it would run ads.\n').some((e) => e.kind === 'organization'));
    assert.ok(!names('Ban Upheld As The International Qollic Committee Rules\n\nThe ban stays.\n').includes('Qollic Committee'));
    assert.ok(!names('Why The Dorrin Administration Failed\n\nAnalysts disagree.\n').includes('Dorrin Administration'));
  });

  it('ends a person\'s name in a title-case first line at a verb\'s -s form, and reads a person after it', () => {
    const text = 'Jane Qollard Calls For New Vote After Defeat\n\nJane Qollard said on Monday that the count was wrong. Aides call it a scandal.\n';
    assert.deepEqual(names(text).filter((n) => n.startsWith('Jane')), ['Jane Qollard']);
    const two = 'Mark Dorrin Backs Jane Qollard In Close Race\n\nMark Dorrin said he backed Jane Qollard. Others backed her too.\n';
    assert.equal(kindOf(two, 'Mark Dorrin'), 'person');
    assert.equal(kindOf(two, 'Jane Qollard'), 'person');
    assert.equal(named(two).find((e) => e.name === 'Jane Qollard')?.mentions.filter((m) => m.kind === 'name').length, 2);
    // A verb of saying or stance from the table ends the name though the text never writes its stem in lower case.
    const stance = 'Mark Dorrin Endorses Jane Qollard: I Am ‘Thrilled’ By Tom Vell.\n\nMark Dorrin spoke on Monday. Jane Qollard was pleased.\n';
    assert.ok(!names(stance).some((n) => n.includes('Endorses')), names(stance).join(', '));
    assert.equal(kindOf(stance, 'Mark Dorrin'), 'person');
    // A surname that is a common word's plural right after the given name stays the surname.
    assert.equal(kindOf('Jane Fields Wins Seat In Close Race\n\nJane Fields said she was glad.\n', 'Jane Fields'), 'person');
  });

  it('reads "Washington, D.C." as one mention of the city, and a town and its state as two places', () => {
    const text = 'Officials in Washington, D.C., met on Monday. Later, Washington said no. Police in Dayton, Ohio, agreed.';
    const city = named(text).find((e) => e.name === 'Washington');
    assert.equal(city?.kind, 'place');
    assert.deepEqual(city?.mentions.map((m) => text.slice(m.start, m.end)), ['Washington, D.C.', 'Washington']);
    assert.equal(kindOf(text, 'Dayton'), 'place');
    assert.equal(kindOf(text, 'Ohio'), 'place');
  });

  it('reads a run ending in an event\'s word as an event, no organization or person, unless a given name opens it', () => {
    const text = 'Fans flocked to the Dorvale Marathon. The Qoll Carnival drew crowds, and Talvik Marathon runners cheered.';
    assert.ok(!named(text).some((e) => /Marathon|Carnival/.test(e.name)), named(text).map((e) => e.name).join(', '));
    assert.equal(kindOf('Jane Marathon said the race was hard. Marathon added that she would run again.', 'Jane Marathon'), 'person');
    assert.ok(named('Qoll Carnival Cruise Lines Inc. said its profit rose.').some((e) => e.kind === 'organization'));
  });

  it('reads "Municipality of X" and a district named for what it runs as bodies, other districts as places', () => {
    const text = 'Tax ruling\n\nThe court upheld the request of the Municipality of Dorvale asking schools to pay. The Dorvale ' +
      'Independent School District and the Vellmar Water District agreed, but the Central Business District and the town ' +
      'of Qollby did not.';
    assert.equal(kindOf(text, 'Municipality of Dorvale'), 'organization');
    assert.equal(kindOf(text, 'Dorvale Independent School District'), 'organization');
    assert.equal(kindOf(text, 'Vellmar Water District'), 'organization');
    assert.equal(kindOf(text, 'Central Business District'), 'place');
    assert.equal(kindOf(text, 'Qollby'), 'place');
  });
  it('ends a body\'s name that holds a place before "of the <country>", keeps a country that is the name\'s own', () => {
    const text = 'Study out\n\nResearchers from Ohio State University of the US and the University of Sheffield of the UK ' +
      'took part, with the Bank of Canada, the Union Bank of Finland and the Communist Party of the Soviet Union.';
    const all = names(text);
    assert.ok(all.includes('Ohio State University'), all.join(', '));
    assert.ok(all.includes('University of Sheffield'), all.join(', '));
    assert.ok(all.includes('Bank of Canada'), all.join(', '));
    assert.ok(all.includes('Communist Party of the Soviet Union'), all.join(', '));
    // "Union" is a town's name but a common word: no place inside, the name goes on.
    assert.ok(all.includes('Union Bank of Finland'), all.join(', '));
    assert.equal(kindOf(text, 'United Kingdom'), 'place');
  });
  it('leaves a nationality out of a ministry\'s or a court\'s name that has its "of", not out of a union\'s or a society\'s', () => {
    const text = 'Ban upheld\n\nFishing was banned by the Portuguese Ministry of Fisheries. The Chilean Supreme Court of Appeal ruled, ' +
      'as did the European Court of Justice; the American Academy of Pediatrics agreed.';
    const all = names(text);
    for (const n of ['Ministry of Fisheries', 'Supreme Court of Appeal', 'European Court of Justice', 'American Academy of Pediatrics']) assert.ok(all.includes(n), all.join(', '));
  });
  it('ends a body\'s or a site\'s name before "on" and a code, not before "on" and a topic', () => {
    const text = 'Launch day\n\nThe shuttle lifted off from the Qollvar Space Center on STS-9, the first mission. The Council on ' +
      'Foreign Relations met.';
    const all = names(text);
    assert.ok(all.includes('Qollvar Space Center'), all.join(', '));
    assert.ok(all.includes('Council on Foreign Relations'), all.join(', '));
  });
  it('reads the name before an award\'s title ("Man of the Match") as the firm or outlet that gives it', () => {
    const text = 'Match report\n\nCaptain Jon Varrin won the Qollbrew Man of the Match award, and Ann Dorr the Varrin Gazette ' +
      'Player of the Season prize.';
    assert.equal(kindOf(text, 'Qollbrew'), 'organization');
    assert.equal(kindOf(text, 'Varrin Gazette'), 'organization');
    assert.ok(!names(text).includes('Qollbrew Man'), names(text).join(', '));
  });
  it('reads the word after "pro-" or "anti-" as the prefix\'s complement, not the start of the body\'s name after it', () => {
    const text = 'Vote held\n\nVoters backed the pro-Beijing Qoll People\'s Party and the anti-Varrin Dalmor Front on Sunday.';
    const all = names(text);
    assert.ok(all.includes("Qoll People's Party"), all.join(', '));
    assert.ok(all.includes('Dalmor Front'), all.join(', '));
    assert.equal(kindOf(text, 'Beijing'), 'place');
  });
});
