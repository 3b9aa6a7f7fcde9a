import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Session 26, helper e1 (issue 13, list precision): capitalised words that name no person, body or place. Sentences
// written for the test; "Qollby", "Dorvale" and the like are made-up names no list holds.
const listed = (text: string): string[] =>
  analyze(text).entities.filter((e) => e.kind === 'person' || e.kind === 'organization' || e.kind === 'place').map((e) => `${e.kind}:${e.name}`);

describe('entities: acronyms of common terms name no body (session 26 e1)', () => {
  it('lists no organization for the acronym of a common noun, a disease, a weapon or a device', () => {
    for (const acr of ['NGO', 'CCTV', 'AI', 'HR', 'GMO', 'IED', 'WMD', 'ICBM', 'CPU', 'VPN', 'SARS', 'COVID', 'TB', 'HPV', 'CPR', 'DUI', 'POW', 'LNG', 'CO2', 'EV', 'DJ', 'ROV', 'VAR', 'GCSE', 'ETF']) {
      const text = `Staff at the clinic in Dorvale talked about the ${acr} problem on Monday.`;
      assert.ok(!listed(text).some((x) => x.endsWith(`:${acr}`)), `${acr}: ${listed(text).join(', ')}`);
    }
  });

  it('still lists an acronym that names a body', () => {
    assert.ok(listed('Officials from the QVTA met the mayor of Dorvale on Monday.').includes('organization:QVTA'));
  });
});

describe('entities: titles of works name no one (session 26 e1)', () => {
  it('reads a capitalised run right after a work\'s noun as the work\'s title', () => {
    const text = 'He starred in the drama Qollby Nights and in the romantic comedy Varrin Days. She wrote the novel Dorvale Heights.';
    const l = listed(text);
    assert.ok(!l.some((x) => /Qollby Nights|Varrin Days|Dorvale Heights/.test(x)), l.join(', '));
    // A four-letter noun, and an opening quotation mark between the noun and the title.
    const quoted = listed('They watched the film “Qollby Summer” and the movie  "Varrin Road" in Dorvale.');
    assert.ok(!quoted.some((x) => /Qollby Summer|Varrin Road/.test(x)), quoted.join(', '));
    // After a comma the noun's phrase has ended: the name is the sentence's subject.
    assert.ok(listed('In the film, Jane Roe plays a nurse from Dorvale.').includes('person:Jane Roe'));
    // A title word opens a person's name, and a person's role noun is no work's.
    assert.ok(listed('The documentary follows Halden Crowe. Film director Jane Roe said it was hard to make.').includes('person:Jane Roe'));
  });

  it('reads a run opened by an article with a year in brackets after it as a title', () => {
    const l = listed('Other roles include The Dorvale Lookout (2007) and A Single Varrin (2009), his agent said.');
    assert.ok(!l.some((x) => /Lookout|Single Varrin/.test(x)), l.join(', '));
    // A year in brackets after a person's name is no title's.
    assert.ok(listed('The prize went to Halden Crowe (2007) and then to Jane Roe (2009).').includes('person:Halden Crowe'));
  });

  it('reads "The" after "prequel" or "sequel" as opening a title', () => {
    const l = listed('He is filming the prequel, The Qollard Harbour, in Dorvale. She starred in the sequel, The Varrin Harbour.');
    assert.ok(!l.some((x) => /Harbour/.test(x)), l.join(', '));
  });
});

describe('entities: named games are events (session 26 e1)', () => {
  it('lists no person for a season before the games\' word, though the season is a given name', () => {
    const text = 'She won two medals at the Summer Paralympics and competed at the Summer Olympics. A Paralympic medalist, she retired.';
    const l = listed(text);
    assert.ok(!l.some((x) => /Paralympic|Olympics/.test(x)), l.join(', '));
    // A season that is a given name before a surname stays a person.
    assert.ok(listed('Summer Tennant, her coach, said she trained hard in Dorvale.').includes('person:Summer Tennant'));
  });
});

describe('entities: creeds, nationalities, seasons and an adjective title name no one (session 26 e1)', () => {
  it('lists no person for a creed\'s name, though its first word is a given name', () => {
    const text = 'Her teacher, a devout Roman Catholic, met Greek Orthodox monks in Dorvale. Orthodox priests joined them.';
    const l = listed(text);
    assert.ok(!l.some((x) => /Catholic|Orthodox/.test(x)), l.join(', '));
    // A creed's word before a head is the body's name.
    assert.ok(listed('The Roman Catholic Church in Dorvale opened its doors.').includes('organization:Roman Catholic Church'));
  });

  it('reads a nationality that the gazetteer also holds as a region as the nationality, unless a preposition of place leads it', () => {
    const l = listed('Police in Dorvale said a Somali national and two Sudanese men were held. Somali and Qollish refugees waited.');
    assert.ok(!l.includes('place:Somali'), l.join(', '));
  });

  it('reads a season\'s word after a word of time as the season', () => {
    const l = listed('In Spring the minister visited Dorvale. Last Autumn she stayed in Qollby.');
    assert.ok(!l.some((x) => /Spring|Autumn/.test(x)), l.join(', '));
    assert.ok(listed('Autumn Qollard, the coach, said the team was ready.').includes('person:Autumn Qollard'));
  });

  it('reads "Executive" before one common word as an adjective, not a title', () => {
    const l = listed('The report\'s Executive Summary was short. The Executive Branch in Dorvale disagreed.');
    assert.ok(!l.some((x) => /Summary|Branch/.test(x)), l.join(', '));
  });
});

describe('entities: a common word before a weekday names the day (session 26 e1)', () => {
  it('lists nothing for "Super Tuesday" or "Black Friday", and keeps a surname written before a weekday', () => {
    const l = listed('Racking up wins in Super Tuesday contests in Dorvale, she led. Black Friday sales rose.');
    assert.ok(!l.some((x) => /Super|Black/.test(x)), l.join(', '));
    // "Pence" is a common English word too, but the text writes it as a name elsewhere.
    assert.ok(listed('Governor Tom Pence spoke in Dorvale. Aides met Pence Thursday.').includes('person:Tom Pence'));
    const e = analyze('Governor Tom Pence spoke in Dorvale. Aides met Pence Thursday.').entities.find((x) => x.name === 'Tom Pence');
    assert.equal(e?.mentions.filter((m) => m.kind !== 'pronoun').length, 2);
  });
});

describe('entities: an age of history is no body (session 26 e1)', () => {
  it('lists nothing for "the Middle Ages" or "the Bronze Age"', () => {
    const l = listed('During the Middle Ages, Dorvale declined. The Bronze Age and the Gilded Age came and went.');
    assert.ok(!l.some((x) => /Ages?$/.test(x)), l.join(', '));
    // A newspaper named "The Age" is still one.
    assert.ok(listed('Readers of The Age in Dorvale agreed with the editor.').includes('organization:Age'));
  });
});

describe('entities: a name only ever the head of an indefinite phrase is not listed (session 26 e1)', () => {
  it('lists no entity whose every mention follows "a" or "an" and ends the phrase', () => {
    const text = 'We are run as a Qollvex Organization - a firm with a mission. Grayson, an Orlando Republican who ran twice, won. She saw a Dr. Varrin, who said little.';
    const l = listed(text);
    assert.ok(!l.some((x) => /Qollvex Organization|Orlando Republican|Varrin/.test(x)), l.join(', '));
  });

  it('keeps a name used definitely elsewhere, or as a modifier after "a"', () => {
    assert.ok(listed('He works for a Dorvale Mining Company subsidiary. Dorvale Mining Company said so.').includes('organization:Dorvale Mining Company'));
    assert.ok(listed('Qollvex Corp., a Dorvale, Ohio, maker of tools, said profits rose.').some((x) => x.endsWith(':Dorvale')));
  });
});
