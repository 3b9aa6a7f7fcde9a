import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Session 27, helper e1 (issue 13, entity kinds on news): what a name is listed as. Sentences written for the test;
// "Qollby", "Dorvale", "Vellmar" and the like are made-up names no list holds.
const listed = (text: string): string[] =>
  analyze(text).entities.filter((e) => e.kind === 'person' || e.kind === 'organization' || e.kind === 'place').map((e) => `${e.kind}:${e.name}`);

describe('entities: a firm\'s newsroom, its aviation arm and its units are bodies (session 27 e1)', () => {
  it('lists a wire desk signed at the foot of a story as an organization, not a person or a place', () => {
    const text = 'Qollvex shares rose 2 percent on Monday, traders said.\n-- Cleveland Newsdesk 555-0100\n';
    const l = listed(text);
    assert.ok(l.includes('organization:Cleveland Newsdesk'), l.join(', '));
    assert.ok(!l.some((x) => x.startsWith('person:')), l.join(', '));
    assert.ok(listed('Bond prices fell in thin trade.\n-- Vellmar Newsroom +31 20 555 0100\n').includes('organization:Vellmar Newsroom'));
  });

  it('reads "Aviation" as a firm\'s head word', () => {
    assert.ok(listed('Dorvale Aviation ordered twelve new jets on Friday, officials said.').includes('organization:Dorvale Aviation'));
  });

  it('reads a name before "unit", "subsidiary" or "affiliate" as a firm', () => {
    const l = listed('The group said its Varrin Qoll unit had won a large order. Shares of the group rose.');
    assert.ok(l.includes('organization:Varrin Qoll'), l.join(', '));
    const s = listed('The bank sold its Halden Marrow subsidiary to a rival in Dorvale last year.');
    assert.ok(s.includes('organization:Halden Marrow'), s.join(', '));
  });

  it('still lists a person whose given name opens the name', () => {
    assert.ok(listed('Jane Roe, a nurse, said the unit was closed.').includes('person:Jane Roe'));
  });
});

describe('entities: a wire dateline names a place (session 27 e1)', () => {
  it('lists a dateline town in capitals with its date as a place, even one the gazetteer lacks', () => {
    const l = listed('VELLMAR 1996-08-22\nShares closed higher on Thursday in thin trade, dealers said.\n');
    assert.ok(l.includes('place:VELLMAR') || l.includes('place:Vellmar'), l.join(', '));
  });

  it('lets the dateline vote for the place against one actor frame', () => {
    // A capital that "wanted" something acts once; it is also the dateline the story was filed under.
    const text = 'BEIJING 1996-08-22\nChina accused its neighbour of spoiling the talks. Officials said Beijing wanted calm.\n';
    const l = listed(text);
    assert.ok(l.includes('place:Beijing'), l.join(', '));
    assert.ok(!l.includes('organization:Beijing'), l.join(', '));
  });

  it('reads no dateline where the date is not alone on the line', () => {
    const l = listed('QOLLBY 1996-08-22 was the day the qollby market opened.\n');
    assert.ok(!l.includes('place:QOLLBY'), l.join(', '));
  });
});

describe('entities: a hospital named after a town\'s possessive is still the venue (session 27 e1)', () => {
  it('lists a hospital someone is admitted to as a place, past "Dorvale\'s" or "New York\'s"', () => {
    const l = listed('Jane Roe was admitted to Dorvale\'s Qollard Memorial Hospital on Wednesday with a blood clot.');
    assert.ok(l.includes('place:Qollard Memorial Hospital'), l.join(', '));
    const n = listed('Halden Crowe was taken to New York\'s Varrin Presbyterian Hospital after the show.');
    assert.ok(n.includes('place:Varrin Presbyterian Hospital'), n.join(', '));
  });

  it('keeps a hospital whose staff the text names an organization', () => {
    const l = listed('Jane Roe, a surgeon at Dorvale\'s Qollard Memorial Hospital, said the unit was full.');
    assert.ok(!l.includes('place:Qollard Memorial Hospital'), l.join(', '));
  });
});

describe('entities: names no person bears (session 27 e1)', () => {
  it('lists no person for a name the text abbreviates by its initials', () => {
    // (A disease's acronym, which names no body of its own.)
    const l = listed('Farmers fear Bovine Spongiform Encephalopathy (BSE) could spread to sheep in Dorvale.');
    assert.ok(!l.some((x) => x.startsWith('person:')), l.join(', '));
    // A person's name before brackets that are no acronym of it stays a person's.
    assert.ok(listed('Halden Crowe (R-Dorvale) said the bill would pass.').includes('person:Halden Crowe'));
  });

  it('lists no person for a town opened by a saint\'s or a place\'s word', () => {
    for (const name of ['St Qollen', 'San Varrino', 'Fort Dalmor', 'Port Qollby']) {
      const l = listed(`The players of ${name} traded punches after the match. ${name} officials said nothing.`);
      assert.ok(!l.includes(`person:${name}`), `${name}: ${l.join(', ')}`);
    }
  });

  it('lists no person for a known firm\'s product or unit', () => {
    const l = listed('The site had fourteen million visitors a month (source: Google Qollstats), which makes it popular.');
    assert.ok(!l.includes('person:Google Qollstats'), l.join(', '));
  });

  it('reads "a X statement" as a body\'s', () => {
    const l = listed('A Qollvar Dalmek statement said its leader had met the envoy. Talks between Qollvar Dalmek and the rebels went on.');
    assert.ok(l.includes('organization:Qollvar Dalmek'), l.join(', '));
    assert.ok(!l.includes('person:Qollvar Dalmek'), l.join(', '));
  });
});

describe('entities: a town the text calls a club is the club (session 27 e1)', () => {
  it('lists a town after "side", "club" or "champions" as an organization', () => {
    const l = listed('Jane Roe resigned as manager of first division side Qollby City on Monday night, the club said.');
    assert.ok(l.includes('organization:Qollby City'), l.join(', '));
    const m = listed('Halden Crowe will play another season for his club Manchester, his agent told reporters.');
    assert.ok(m.includes('organization:Manchester') && !m.includes('place:Manchester'), m.join(', '));
    const u = listed('South African provincial side Qollvaal said on Thursday they had signed a fast bowler.');
    assert.ok(u.includes('organization:Qollvaal'), u.join(', '));
  });

  it('keeps the town where the noun is a complement\'s or the phrase is about a place', () => {
    const l = listed('Fans of the club travelled to Manchester on Friday. The city of Manchester was quiet.');
    assert.ok(l.includes('place:Manchester'), l.join(', '));
    // (A country after "champions" is its national team, left to the match frames.)
    const c = listed('World champions Germany arrived in Dorvale on Friday.');
    assert.ok(!c.includes('organization:Germany'), c.join(', '));
  });
});
