import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Sidebar list precision (issue 13), session 22: organizations and places. Sentences written for the test ("Qollard",
// "Talvex", "Dorvale" are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const names = (text: string): string[] => named(text).map((e) => `${e.kind}:${e.name}`);
const listed = (text: string, kind: string): string[] => named(text).filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: organizations and places (s22)', () => {
  it('reads a room as a place, though its head is a body\'s ("the Oval Office")', () => {
    for (const [text, room] of [
      ['Tom Qollard met the governor in the Oval Office on Tuesday.', 'Oval Office'],
      ['The aides gathered in the Situation Room before dawn, Tom Qollard said.', 'Situation Room'],
    ]) {
      assert.ok(listed(text, 'place').includes(room), `${text} -> ${names(text).join(', ')}`);
      assert.ok(!listed(text, 'organization').includes(room), `${text} -> ${names(text).join(', ')}`);
    }
    // A body's office stays a body.
    const body = 'The Dorvale Budget Office said Tom Qollard had erred.';
    assert.ok(listed(body, 'organization').includes('Dorvale Budget Office'), names(body).join(', '));
  });

  it('reads a capitalised "The" after a work\'s word as a title\'s, no body\'s name', () => {
    for (const [text, work] of [
      ['Tom Qollard is the author of The Gilded Hours, a history of the port.', 'Gilded Hours'],
      ['Tom Qollard wrote a new book, The Talvex Years, about his father.', 'Talvex Years'],
      ['Tom Qollard said his staff was the political equivalent of The Avengers.', 'Avengers'],
    ]) {
      assert.ok(!listed(text, 'organization').includes(work), `${text} -> ${names(text).join(', ')}`);
    }
    // A newspaper after a capitalised "The" in running text stays a body.
    const paper = 'Tom Qollard told The Dorvale Courier that he would run.';
    assert.ok(listed(paper, 'organization').includes('Dorvale Courier'), names(paper).join(', '));
  });

  it('drops a common word opening the sentence before a body\'s name', () => {
    for (const [text, wrong, body] of [
      ['Top Qollvex Party donor Tom Qollard met the mayor. He is one of the top donors to the Qollvex Party in Dorvale.', 'Top Qollvex Party', 'Qollvex Party'],
      ['Internal Talvex University records must be released, a judge ruled after an internal review. Tom Qollard had sued Talvex University in May.', 'Internal Talvex University', 'Talvex University'],
      ['Addressing New York State Qollvex Party members on Friday, Tom Qollard said the party would win.', 'Addressing New York State Qollvex Party', 'New York State Qollvex Party'],
    ]) {
      const orgs = listed(text, 'organization');
      assert.ok(!orgs.includes(wrong) && orgs.includes(body), `${text} -> ${names(text).join(', ')}`);
    }
    // A body whose name opens with a common word keeps it when the text never writes the rest alone.
    const whole = 'National Talvex Association officials met Tom Qollard on national television.';
    assert.ok(listed(whole, 'organization').includes('National Talvex Association'), names(whole).join(', '));
  });

  it('reads a law\'s, a treaty\'s or a bill\'s acronym and a trade pact as no body', () => {
    for (const text of [
      'Tom Qollard said the ACA had helped Dorvale, and he attacked NAFTA and the TPP.',
      'Tom Qollard voted for HB2 in Dorvale and for the NDAA in the Senate.',
      'Tom Qollard opposes the Trans-Pacific Partnership and the Transatlantic Trade and Investment Partnership.',
    ]) {
      assert.deepEqual(listed(text, 'organization').filter((n) => n !== 'Senate'), [], `${text} -> ${names(text).join(', ')}`);
    }
    // A body's acronym and a partnership that is a body stay organizations.
    const body = 'Tom Qollard met the QVTA board and the Dorvale Housing Partnership.';
    const orgs = listed(body, 'organization');
    assert.ok(orgs.includes('QVTA') && orgs.includes('Dorvale Housing Partnership'), names(body).join(', '));
  });

  it('reads a resident\'s word that a town\'s name spells too as no place ("a wise Latina")', () => {
    const text = 'Tom Qollard said she became the first Latina to lead the Dorvale council.';
    assert.ok(!listed(text, 'place').includes('Latina'), names(text).join(', '));
  });

  it('reads a city\'s one-word name used for its university as a body', () => {
    for (const [text, uni] of [
      ['Tom Qollard studied economics at Oxford before he joined the bank.', 'Oxford'],
      ['Tom Qollard earned an M.B.A. from Cambridge and moved to Dorvale.', 'Cambridge'],
      ['When Tom Qollard was a Princeton student, he ran the paper.', 'Princeton'],
    ]) {
      assert.ok(listed(text, 'organization').includes(uni) && !listed(text, 'place').includes(uni), `${text} -> ${names(text).join(', ')}`);
    }
    // The city stays a place where the text places something in it, and a campus inside a longer name is no body alone.
    for (const [text, city] of [
      ['Tom Qollard studied at Oxford and later lived in Oxford with his wife.', 'Oxford'],
      ['Tom Qollard, a professor at the University of Dorvale at Cambridge, spoke.', 'Cambridge'],
    ]) {
      assert.ok(!listed(text, 'organization').includes(city), `${text} -> ${names(text).join(', ')}`);
    }
  });

  it('lists no body for the kind "Super PAC", alone or after a person\'s name', () => {
    for (const text of [
      'The Super PAC spent heavily in Dorvale, Tom Qollard said.',
      'A Tom Qollard Super PAC bought ads in Dorvale on Monday.',
    ]) {
      assert.deepEqual(listed(text, 'organization'), [], `${text} -> ${names(text).join(', ')}`);
    }
    const named = 'Qollvex Future PAC spent heavily in Dorvale, Tom Qollard said.';
    assert.ok(listed(named, 'organization').includes('Qollvex Future PAC'), names(named).join(', '));
  });

  it('reads the name after "super PAC" as the committee\'s, without the kind', () => {
    for (const [text, body] of [
      ['Tom Qollard gave money to the super PAC Qollvex Rising in May.', 'Qollvex Rising'],
      ['Ads from the super PAC Dorvale Majority PAC ran in Ohio, Tom Qollard said.', 'Dorvale Majority PAC'],
    ]) {
      const orgs = listed(text, 'organization');
      assert.ok(orgs.includes(body) && !orgs.some((n) => n.startsWith('PAC ')), `${text} -> ${names(text).join(', ')}`);
    }
  });

  it('keeps a place opening a building\'s name with its "of" complement ("the New York Hall of Science")', () => {
    const text = 'Tom Qollard took the children to the New York Hall of Science on Monday.';
    assert.ok(listed(text, 'place').includes('New York Hall of Science'), names(text).join(', '));
    assert.ok(!listed(text, 'place').includes('Hall of Science'), names(text).join(', '));
  });

  it('cuts a holiday after a building\'s or a place\'s name ("the Dorvale Center Christmas tree")', () => {
    const text = 'Tom Qollard lit the Dorvale Center Christmas tree, and the San Diego Christmas parade went on.';
    assert.ok(listed(text, 'place').includes('Dorvale Center') && listed(text, 'place').includes('San Diego'), names(text).join(', '));
    assert.ok(!names(text).some((n) => n.includes('Christmas')), names(text).join(', '));
  });
});
