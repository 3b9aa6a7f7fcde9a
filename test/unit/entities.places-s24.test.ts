import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { academicField, roomName } from '../../src/core/lexicon/nameCues';

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
});
