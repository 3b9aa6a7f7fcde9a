import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { academicField, roomName } from '../../src/core/lexicon/nameCues';
import { placeConjunct, townSlot, whitherCue } from '../../src/core/entities/cues';
import { actorFrame } from '../../src/core/entities/actors';

// Sidebar lists (issue 13), session 24: places and facilities. Sentences written for the test ("Qollard", "Talvex",
// "Dorvale", "Varnock" are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const names = (text: string): string[] => named(text).map((e) => `${e.kind}:${e.name}`);
const listed = (text: string, kind: string): string[] => named(text).filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: places and facilities (s24)', () => {
  it('reads a building named with a body\'s head as a place ("the Dorvale Opera House")', () => {
    for (const [text, building] of [
      ['Tom Qollard sang at the Dorvale Opera House on Friday.', 'Dorvale Opera House'],
      ['The trial opened at the old Talvex Court House in the spring, Tom Qollard said.', 'Talvex Court House'],
      ['Fans filled the Varnock Coliseum to hear Tom Qollard.', 'Varnock Coliseum'],
      ['Tom Qollard spoke at the Talvex Auditorium on Monday.', 'Talvex Auditorium'],
    ]) {
      assert.ok(listed(text, 'place').includes(building), `${text} -> ${names(text).join(', ')}`);
      assert.ok(!listed(text, 'organization').includes(building), `${text} -> ${names(text).join(', ')}`);
    }
    // A body's house stays a body: a publisher, a chamber.
    const body = 'Tom Qollard signed with Talvex Publishing House and later sat in the Dorvale House of Delegates.';
    assert.ok(listed(body, 'organization').includes('Talvex Publishing House'), names(body).join(', '));
    assert.ok(roomName('opera', 'house') && !roomName('publishing', 'house'));
  });

  it('reads a field of study or a belief after "in" as no place', () => {
    for (const [text, field] of [
      ['Tom Qollard holds a degree in Linguistics from Dorvale.', 'Linguistics'],
      ['Jane Qollard majored in Economics and later moved to Boston.', 'Economics'],
      ['Tom Qollard earned a master\'s in Computer Science before he joined Talvex Corp.', 'Computer Science'],
      ['Tom Qollard, who holds the Varnock Chair in Public Policy Studies, spoke first.', 'Public Policy Studies'],
      ['Tom Qollard said he believed in Qollvar and in hard work.', 'Qollvar'],
    ]) {
      assert.ok(!listed(text, 'place').includes(field), `${text} -> ${names(text).join(', ')}`);
    }
    // A place after "in" stays one, and so does one after a temperature's "degrees".
    for (const [text, place] of [
      ['Tom Qollard has lived in Varnock since 1990.', 'Varnock'],
      ['It was 104 degrees in Varnock on Sunday, Tom Qollard said.', 'Varnock'],
    ]) {
      assert.ok(listed(text, 'place').includes(place), `${text} -> ${names(text).join(', ')}`);
    }
    assert.ok(academicField('economics') && academicField('sociology') && !academicField('olympics') && !academicField('varnock'));
  });

  it('reads a university system\'s acronym before a campus\'s place as a school ("UC Dorvale")', () => {
    for (const [text, school] of [
      ['Tom Qollard studied at UC Varnock before he moved to Boston.', 'UC Varnock'],
      ['Jane Qollard teaches history in SUNY Dorvale, where she met Tom Qollard.', 'SUNY Dorvale'],
    ]) {
      assert.ok(listed(text, 'organization').includes(school), `${text} -> ${names(text).join(', ')}`);
      assert.ok(!listed(text, 'place').includes(school), `${text} -> ${names(text).join(', ')}`);
    }
  });

  it('reads a name of two words in a town\'s slot before a state or a country as the town', () => {
    for (const [text, town] of [
      ['A man from Varnock Creekton, Montana, was arrested by Tom Qollard on Friday.', 'Varnock Creekton'],
      ['Officials said Dellmar Qoss, Germany, was quiet after the storm.', 'Dellmar Qoss'],
    ]) {
      assert.ok(listed(text, 'place').includes(town), `${text} -> ${names(text).join(', ')}`);
      assert.ok(!listed(text, 'person').includes(town), `${text} -> ${names(text).join(', ')}`);
    }
    // A person's name there stays a person's when the text takes it up by its surname or a pronoun.
    const person = 'Dellmar Qoss, Germany, won the race. Qoss said he was tired.';
    assert.ok(listed(person, 'person').includes('Dellmar Qoss'), names(person).join(', '));
    const t = 'Varnock Creekton, Montana, and Qoll Dale, Quebec.';
    assert.ok(townSlot(t, t.indexOf(','), true) && townSlot(t, t.indexOf(', Quebec'), true));
    // Only a region or a country when asked: a city there may be a person's home ("Jane Roe, Boston").
    const city = 'Jane Qollard, Boston, said so.';
    assert.ok(!townSlot(city, city.indexOf(','), true));
  });

  it('reads an unknown word joined by "and"/"or" to a known place as a place', () => {
    for (const [text, place] of [
      ['The team travelled to Varnock and Paris last week, Tom Qollard said.', 'Varnock'],
      ['Tom Qollard lived in Berlin or Talvenna for years.', 'Talvenna'],
      ['Troops moved through Kandahar and Orvella, Tom Qollard said.', 'Orvella'],
    ]) {
      assert.ok(listed(text, 'place').includes(place), `${text} -> ${names(text).join(', ')}`);
    }
    // Not a word cut from a longer name, nor the first word of a longer name after the conjunction.
    const cut = 'Tom Qollard campaigned in South Carolina and Super Tuesday states.';
    assert.ok(!placeConjunct(cut, cut.indexOf('Super'), cut.indexOf('Super') + 5));
    const wall = 'They met Kestrel and Berlin Wall guards.';
    assert.ok(!placeConjunct(wall, wall.indexOf('Kestrel'), wall.indexOf('Kestrel') + 7));
    const pair = 'They met in Kestrel and Berlin. She left.';
    assert.ok(placeConjunct(pair, pair.indexOf('Kestrel'), pair.indexOf('Kestrel') + 7));
  });

  it('reads a city the gazetteer spells with its article as a place ("The Hague", "the Bronx")', () => {
    for (const [text, place] of [
      ['A tribunal in The Hague will rule on the case Tom Qollard brought.', 'Hague'],
      ['Tom Qollard grew up in the Bronx and moved to Varnock.', 'Bronx'],
    ]) {
      assert.ok(listed(text, 'place').includes(place), `${text} -> ${names(text).join(', ')}`);
      assert.ok(!listed(text, 'organization').includes(place), `${text} -> ${names(text).join(', ')}`);
    }
  });

  it('reads a state before a title or a party word after "against" as the state, not an actor', () => {
    const text = 'Jane Qollard is running against Vermont Sen. Tom Varnock, and against Oregon Republican Ann Talvex.';
    for (const place of ['Vermont', 'Oregon']) {
      assert.ok(listed(text, 'place').includes(place), `${text} -> ${names(text).join(', ')}`);
    }
    // A side or a state acted against still votes as an actor.
    const side = 'Talvex imposed sanctions against Ulvania.';
    const at = side.indexOf('Ulvania');
    assert.equal(actorFrame(side, at, at + 7), 1);
    // (No actor's vote; since the merge of round 24 the title after the state even casts a place's vote.)
    assert.notEqual(actorFrame(text, text.indexOf('Vermont'), text.indexOf('Vermont') + 7), 1);
  });

  it('reads where someone goes or was born, and the other end of a journey from or to a known place, as a place', () => {
    for (const [text, place] of [
      ['After the war Tom Qollard fled to Talvenna with his family.', 'Talvenna'],
      ['Tom Qollard later returned to his native Ostrovia.', 'Ostrovia'],
      ['The court moved from Nervallo to Athens in 1834, Tom Qollard wrote.', 'Nervallo'],
      ['Jane Qollard sailed from Berlin to Quessant in May.', 'Quessant'],
    ]) {
      assert.ok(listed(text, 'place').includes(place), `${text} -> ${names(text).join(', ')}`);
    }
    // A new job is no place: "moved to" says nothing.
    const job = 'Tom Qollard moved to Qollvex in 2010 and worked there for years.';
    assert.ok(!listed(job, 'place').includes('Qollvex'), names(job).join(', '));
    assert.ok(whitherCue('They fled to Qollby.', 'They fled to '.length) && !whitherCue('They went to Qollby.', 'They went to '.length));
  });

  it('reads a baseball club named with "Sox" as a club, no person after a city', () => {
    const text = 'Tom Qollard pitched for the Portland Red Sox, and the Red Sox won the game 4-2.';
    const orgs = listed(text, 'organization');
    assert.ok(orgs.includes('Portland Red Sox') && orgs.includes('Red Sox'), names(text).join(', '));
    assert.ok(!listed(text, 'person').includes('Red Sox'), names(text).join(', '));
  });

  it('reads a hospital, a library or a church that the text only puts people in as the building', () => {
    for (const [text, venue] of [
      ['Tom Qollard was taken to Varnock General Hospital, where he died.', 'Varnock General Hospital'],
      ['The ceremony took place at the Qollard Presidential Library on Friday.', 'Qollard Presidential Library'],
    ]) {
      assert.ok(listed(text, 'place').includes(venue), `${text} -> ${names(text).join(', ')}`);
    }
    // A workplace, a body that acts or is given to, a denomination stay bodies.
    for (const [text, body] of [
      ['Jane Qollard, a surgeon at Talvex Memorial Hospital, said it had run out of beds.', 'Talvex Memorial Hospital'],
      ['Tom Qollard, the Professor of Transplant Surgery at Varnock University Hospital, spoke first.', 'Varnock University Hospital'],
      ['Tom Qollard donated the money to Talvex Children\'s Hospital last year.', 'Talvex Children\'s Hospital'],
      ['The scandal in the Catholic Church shook Tom Qollard.', 'Catholic Church'],
    ]) {
      assert.ok(!listed(text, 'place').includes(body), `${text} -> ${names(text).join(', ')}`);
    }
  });
});
