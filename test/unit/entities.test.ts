import * as assert from 'node:assert/strict';
import { resolveEntities } from '../../src/core/entities';
import type { RawQuote } from '../../src/core/quotes/attribution';
import { segment } from '../../src/core/text/segment';
import type { Entity, MentionKind } from '../../src/core/types';
import { cpuTimed } from './support/cpuTime';

// The entity pass on its own, with hand-made quotes: the texts below are written for these tests.

interface QuoteSpec {
  /** The quoted text, marks included. */
  quote: string;
  /** The speaker mention as written, and which occurrence of it (0 = first). */
  speaker: string | null;
  nth?: number;
}

/** Start of the nth whole-word occurrence of `needle`. */
function nthIndex(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    do {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" (#${nth}) is not in the test text`);
    } while (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + needle.length] ?? ''));
  }
  return at;
}

function run(text: string, specs: QuoteSpec[] = []) {
  const quotes: RawQuote[] = specs.map((s, i) => {
    const start = text.indexOf(s.quote);
    if (start < 0) throw new Error(`quote ${s.quote} is not in the test text`);
    const sp = s.speaker === null ? null : { start: nthIndex(text, s.speaker, s.nth), text: s.speaker };
    return {
      id: `q${i + 1}`, start, end: start + s.quote.length, text: s.quote,
      speaker: sp ? { start: sp.start, end: sp.start + sp.text.length, text: sp.text, kind: 'name' as MentionKind } : null,
      cue: null, attribution: 'cue',
    };
  });
  const seg = segment(text);
  const result = resolveEntities(text, { ...seg, quotes });
  for (const e of result.entities) {
    for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end), `mention text of ${e.id}`);
    const starts = e.mentions.map((m) => m.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), `mentions of ${e.id} in reading order`);
  }
  const byName = (name: string): Entity => {
    const e = result.entities.find((x) => x.name === name);
    assert.ok(e, `no entity "${name}" among ${result.entities.map((x) => x.name).join(', ')}`);
    return e;
  };
  const nameOf = (i: number) => result.entities.find((e) => e.id === result.speakerIds[i])?.name ?? null;
  return { ...result, byName, nameOf };
}

describe('entities: names and alias merging', () => {
  it('merges a full name and its later surname, keeps the title, and derives a stable id', () => {
    const text = 'Senator Jane Okafor visited the plant on Monday. Okafor said the state would pay.\nWorkers cheered Okafor.';
    const r = run(text);
    const e = r.byName('Jane Okafor');
    assert.equal(e.kind, 'person');
    assert.equal(e.id, 'person:jane-okafor');
    assert.equal(e.title, 'Senator');
    assert.deepEqual(e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Jane Okafor', 'Okafor', 'Okafor']);
  });

  it('reads a surname opened by a particle that is also a given name as that surname, once the full name is known', () => {
    const text = 'Ecologist Marten Van Dalsum counted the birds. Van Dalsum said the count was up.';
    const r = run(text);
    const e = r.byName('Marten Van Dalsum');
    assert.equal(e.kind, 'person');
    assert.deepEqual(e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Marten Van Dalsum', 'Van Dalsum']);
    assert.equal(r.entities.filter((x) => x.kind === 'person').length, 1, JSON.stringify(r.entities.map((x) => x.name)));
  });

  it('files "de Varga" and "De Varga" under "Lena de Varga", the lower-case particle left out or capitalised', () => {
    const r = run('Mayor Lena de Varga opened the bridge. De Varga thanked the crews, and later de Varga left.');
    const e = r.byName('Lena de Varga');
    assert.equal(r.entities.filter((x) => x.kind === 'person' || x.kind === 'unclassified').length, 1, JSON.stringify(r.entities.map((x) => x.name)));
    assert.equal(e.mentions.filter((m) => m.kind !== 'pronoun').length, 3, JSON.stringify(e.mentions.map((m) => m.text)));
  });

  it('keeps "New" in a team named after a place, and makes no name of "New" before a demonym', () => {
    const r = run('The game ended late.\n\nFans of the New Jersey Talons cheered, and many New Yorkers stayed home.');
    assert.equal(r.byName('New Jersey Talons').kind, 'organization');
    assert.ok(!r.entities.some((e) => e.name === 'New' || e.name.startsWith('Jersey')), r.entities.map((e) => e.name).join(', '));
  });

  it('keeps two particles inside a surname ("von der", "de la")', () => {
    const r = run('The report came out on Monday.\n\nLater Greta von der Qoll and Tomas de la Varga met.');
    assert.equal(r.byName('Greta von der Qoll').kind, 'person');
    assert.equal(r.byName('Tomas de la Varga').kind, 'person');
  });

  it('takes "Van" before a surname in -s for a name, not for a club of the town Van', () => {
    const r = run('Commentator Van Lewis disagreed, and Lewis said so on air.');
    assert.equal(r.byName('Van Lewis').kind, 'person');
  });

  it('merges a misspelling one edit away from a long surname', () => {
    const text = 'Governor Maria Hernandez opened the session. Later, Hernadez and her aides left the building.';
    const r = run(text);
    const e = r.byName('Maria Hernandez');
    assert.ok(e.mentions.some((m) => m.text === 'Hernadez' && m.kind === 'variant'), JSON.stringify(e.mentions));
    assert.equal(r.entities.filter((x) => x.kind === 'person').length, 1);
  });

  it('does not take a family or a five-letter word one edit from a surname for the person', () => {
    const fam = run('Senator Jane Qollard spoke on Monday. The Qollards have lived in the town for years.');
    assert.ok(!fam.byName('Jane Qollard').mentions.some((m) => m.text === 'Qollards'));
    const short = run('Governor Maria Vemar spoke. Vemar left early. Later, Vemas arrived.');
    assert.ok(!short.byName('Maria Vemar').mentions.some((m) => m.text === 'Vemas'));
  });

  it('does not merge short names that differ by one letter', () => {
    const text = 'Dr. Tom Kim met Dr. Jay Kin in the lobby. Kin said the meeting went well. Kim said nothing.';
    const r = run(text, [{ quote: 'the meeting went well', speaker: 'Kin', nth: 1 }]);
    const kim = r.byName('Tom Kim');
    const kin = r.byName('Jay Kin');
    assert.notEqual(kim.id, kin.id);
    assert.ok(!kim.mentions.some((m) => m.text === 'Kin'));
  });

  it('takes the fullest form as the canonical name and keeps two people with one surname apart', () => {
    const text = 'Robert A. Fields spoke first. Then Anna Fields, his sister, spoke. Robert Fields left early.';
    const r = run(text);
    const robert = r.byName('Robert A. Fields');
    assert.equal(robert.mentions.length >= 2, true);
    const anna = r.byName('Anna Fields');
    assert.notEqual(robert.id, anna.id);
  });

  it('extracts titles made of capitalised and lower-case role words', () => {
    const text = 'French Foreign Minister Paul Marchand arrived late. White House press secretary Ann Lowry said nothing. ' +
      'The meeting ended when Mr. Marchand left.';
    const r = run(text);
    assert.equal(r.byName('Paul Marchand').title, 'French Foreign Minister');
    assert.equal(r.byName('Ann Lowry').title, 'White House press secretary');
    assert.ok(r.byName('Paul Marchand').mentions.some((m) => m.text === 'Marchand'));
  });

  it('tells organizations, places and people apart', () => {
    const text = 'The Washington Post reported the deal. Officials in Washington were surprised.\n' +
      'George Washington University and the Department of Energy declined to comment. Senator Ruth Ames of Ohio objected.';
    const r = run(text);
    assert.equal(r.byName('Washington Post').kind, 'organization');
    assert.equal(r.byName('Washington').kind, 'place');
    assert.equal(r.byName('George Washington University').kind, 'organization');
    assert.equal(r.byName('Department of Energy').kind, 'organization');
    assert.equal(r.byName('Ruth Ames').kind, 'person');
    assert.equal(r.byName('Ohio').kind, 'place');
  });

  it('keeps "of the" and "for the" inside an organization\'s name, never a person after "and"', () => {
    const text = 'The Varrin Society for the Protection of Birds said the count fell. The Bank of the Talvik Republic raised rates.\n' +
      'The Court of Appeals for the Ninth Circuit and Margaret Qoll disagreed. Officials of the Dalgren Council left.';
    const names = run(text).entities.map((e) => e.name);
    assert.ok(names.includes('Varrin Society for the Protection of Birds'), names.join(' | '));
    assert.ok(names.includes('Bank of the Talvik Republic'), names.join(' | '));
    assert.ok(names.includes('Court of Appeals for the Ninth Circuit'), names.join(' | '));
    assert.ok(names.includes('Margaret Qoll'), names.join(' | '));
    // "of the" after a common word joins nothing.
    assert.ok(!names.some((n) => n.startsWith('Officials')), names.join(' | '));
  });

  it('splits two bodies joined by "and", but not an "and" after "of", between two common words before a head, or a firm\'s "&"', () => {
    const text = 'The bill passed the Varrin Assembly and Senate on Monday. The Office of Budget and Planning objected.\n' +
      'Lawyers at Dalgren & Qoll Partners and the Talvik Council agreed. President Mira Soltan and Congress disagreed.\n' +
      'Guests included Lena & Tomas Varga. The Varrin Air and Space Museum and the Peace and Growth Party agreed.\n' +
      'Teams from the University of Varrin and Ohio State University came, with the FBI and Justice Department.';
    const r = run(text);
    const names = r.entities.map((e) => e.name);
    assert.equal(r.byName('Varrin Assembly').kind, 'organization');
    assert.equal(r.byName('Senate').kind, 'organization');
    assert.ok(names.includes('Office of Budget and Planning'), names.join(' | '));
    assert.ok(names.includes('Dalgren & Qoll Partners'), names.join(' | '));
    assert.ok(names.includes('Talvik Council'), names.join(' | '));
    assert.equal(r.byName('Mira Soltan').kind, 'person');
    assert.equal(r.byName('Congress').kind, 'organization');
    assert.ok(!names.some((n) => / and /.test(n) && !/ of |Museum|Party/.test(n)), names.join(' | '));
    assert.equal(r.byName('Varrin Air and Space Museum').kind, 'place');
    assert.equal(r.byName('Peace and Growth Party').kind, 'organization');
    assert.ok(names.includes('University of Varrin') && names.includes('Ohio State University'), names.join(' | '));
    assert.ok(names.includes('Justice Department'), names.join(' | '));
    // Two given names around "&" are two people.
    assert.ok(!names.some((n) => n.includes('Lena &')), names.join(' | '));
  });

  it('reads a center named for a field of study as an institute, other centers as places', () => {
    const text = 'Analysts at the Varrin Policy Center and the Dalgren Research Center disagreed. ' +
      'The rally was held at the Talvik Convention Center.';
    const r = run(text);
    assert.equal(r.byName('Varrin Policy Center').kind, 'organization');
    assert.equal(r.byName('Dalgren Research Center').kind, 'organization');
    assert.equal(r.byName('Talvik Convention Center').kind, 'place');
  });

  it('reads a place head with its complement, and a gazetteer name with "and", as one place', () => {
    const text = 'Ships crossed the Gulf of Talvik on their way to Trinidad and Tobago. Officials in the District of Columbia agreed.\n' +
      'Commuters of the Greater Dalmont Area and the Varrin Territory complained. Storms hit Northern Ohio and the Dalmont Zone.';
    const r = run(text);
    assert.equal(r.byName('Northern Ohio').kind, 'place');
    assert.equal(r.byName('Dalmont Zone').kind, 'place');
    assert.equal(r.byName('Greater Dalmont Area').kind, 'place');
    assert.equal(r.byName('Varrin Territory').kind, 'place');
    assert.equal(r.byName('Gulf of Talvik').kind, 'place');
    assert.equal(r.byName('Trinidad and Tobago').kind, 'place');
    assert.equal(r.byName('District of Columbia').kind, 'place');
    // Heads of states and islands, and "of the" after a place head.
    const r2 = run('Voters on the Isle of Qarn and in the Kingdom of Ulvania backed the plan; the Democratic Republic of the ' +
      'Talvik did not. Storms hit the Cape of Vellmar Point.');
    for (const name of ['Isle of Qarn', 'Kingdom of Ulvania', 'Democratic Republic of the Talvik', 'Cape of Vellmar Point']) {
      assert.equal(r2.byName(name).kind, 'place', name);
    }
    // A gazetteer name over its lower-case words; a facility's head and its one-word complement.
    const r3 = run('Envoys of the United States of America and of Saint Kitts and Nevis visited the Tower of Vellmar.');
    for (const name of ['United States of America', 'Saint Kitts and Nevis', 'Tower of Vellmar']) assert.equal(r3.byName(name).kind, 'place', name);
    assert.ok(!r3.entities.some((e) => e.kind === 'person'), r3.entities.map((e) => `${e.kind}:${e.name}`).join(', '));
    // ... but not over a person's name after it.
    assert.ok(!run('The Hall of Famer Jane Qoll spoke first.').entities.some((e) => e.kind === 'place' && e.name.includes('Qoll')));
    // "Washington, D.C." is one mention of Washington.
    const r4 = run('Flights to Washington, D.C., resumed on Monday.');
    assert.deepEqual(r4.byName('Washington').mentions.map((m) => m.text), ['Washington, D.C.']);
    assert.equal(r4.byName('Washington').kind, 'place');
  });

  it('reads a US state written in news style as that state, and the town before it as a place', () => {
    const r = run('Shots were fired in Dorvanek, Calif., on Wednesday. California officials met in Qollsby, Fla. on Friday.');
    const ca = r.byName('California');
    assert.equal(ca.kind, 'place');
    assert.deepEqual(ca.mentions.map((m) => m.text), ['Calif.', 'California']);
    assert.equal(r.byName('Florida').kind, 'place');
    assert.equal(r.byName('Dorvanek').kind, 'place');
    assert.equal(r.byName('Qollsby').kind, 'place');
    // Two-letter forms with their periods are the state too, never an organization's acronym.
    const r2 = run('Voters lined up in Varnock, N.H., and in Qellsby, S.C., where New Hampshire officials had warned of delays.');
    assert.deepEqual(r2.byName('New Hampshire').mentions.map((m) => m.text), ['N.H.', 'New Hampshire']);
    assert.equal(r2.byName('New Hampshire').kind, 'place');
    assert.equal(r2.byName('South Carolina').kind, 'place');
    assert.equal(r2.byName('Varnock').kind, 'place');
  });

  it('splits a person\'s name from a region or country right after it, not from a city, an initial\'s surname or a head', () => {
    const r = run('The Jane Qoll South Carolina office opened. Officials met Mary Jo Qoll, Michael B. Jordan and Anna Lee Austin. ' +
      'The Port Authority of New York and New Jersey agreed.');
    const all = r.entities.filter((e) => e.kind !== 'group').map((e) => `${e.kind}:${e.name}`);
    for (const x of ['person:Jane Qoll', 'place:South Carolina', 'person:Mary Jo Qoll', 'person:Michael B. Jordan', 'person:Anna Lee Austin',
      'organization:Port Authority of New York and New Jersey']) assert.ok(all.includes(x), `${x} in ${all.join(', ')}`);
  });

  it('files a firm\'s or school\'s name word used alone under the organization, but not a common word or a surname', () => {
    const text = 'Qollvex Coal said its losses grew. Unlike Qollvex, Mr. Varrin has few backers. Jane Ruddle studied at ' +
      'Dalmont University. Dalmont later gave her a prize. The Ruddle Foundation paid. Ruddle said she was glad. ' +
      'The State Department objected, and the State of Ohio sued.';
    const r = run(text);
    assert.deepEqual(r.byName('Qollvex Coal').mentions.map((m) => m.text), ['Qollvex Coal', 'Qollvex']);
    assert.deepEqual(r.byName('Dalmont University').mentions.map((m) => m.text), ['Dalmont University', 'Dalmont']);
    // A person's surname stays the person's; a department's first word is no alias.
    assert.ok(r.byName('Jane Ruddle').mentions.some((m) => m.text === 'Ruddle'));
    assert.ok(!r.byName('State Department').mentions.some((m) => m.text === 'State'));
  });

  it('resolves an acronym to the organization it abbreviates', () => {
    const text = 'The National Weather Service issued a warning. A NWS forecaster said more rain was coming.';
    const r = run(text);
    const e = r.byName('National Weather Service');
    assert.ok(e.mentions.some((m) => m.text === 'NWS'), JSON.stringify(e.mentions));
  });
});

describe('entities: speakers, pronouns, groups and roles', () => {
  it('resolves he and she to the person of the matching gender', () => {
    const text = 'Mary Lopez met John Park at the station. “We agreed on the route,” she said. “It will be done soon,” he said.';
    const r = run(text, [
      { quote: '“We agreed on the route,”', speaker: 'she' },
      { quote: '“It will be done soon,”', speaker: 'he' },
    ]);
    assert.equal(r.nameOf(0), 'Mary Lopez');
    assert.equal(r.nameOf(1), 'John Park');
    assert.deepEqual(r.byName('Mary Lopez').quoteIds, ['q1']);
    assert.deepEqual(r.byName('John Park').quoteIds, ['q2']);
  });

  it('learns a gender from a pronoun and prefers the previous speaker', () => {
    const text = 'Ngozi Adeyemi chairs the board.\nAdeyemi called the plan “a good start” on Friday.\n' +
      'Photo: staff\n“We will keep going,” she said.';
    const r = run(text, [
      { quote: '“a good start”', speaker: 'Adeyemi', nth: 1 },
      { quote: '“We will keep going,”', speaker: 'she' },
    ]);
    assert.equal(r.nameOf(0), 'Ngozi Adeyemi');
    assert.equal(r.nameOf(1), 'Ngozi Adeyemi');
    assert.equal(r.byName('Ngozi Adeyemi').quoteIds.length, 2);
  });

  it('skips names inside quotation marks when resolving a pronoun', () => {
    const text = 'Carla Ruiz spoke after the vote. “Nobody asked Peter Olsen about it,” she said.';
    const r = run(text, [{ quote: '“Nobody asked Peter Olsen about it,”', speaker: 'she' }]);
    assert.equal(r.nameOf(0), 'Carla Ruiz');
  });

  it('makes a group speaker its own entity and gives its quote to nobody else', () => {
    const text = 'Senator Ana Brook met Governor Luis Tamm. Brook, Tamm and their aides said the plan was “a fair deal.” ' +
      'Tamm said it was “overdue.”';
    const r = run(text, [
      { quote: '“a fair deal.”', speaker: 'Brook, Tamm and their aides' },
      { quote: '“overdue.”', speaker: 'Tamm', nth: 1 },
    ]);
    const group = r.entities.find((e) => e.kind === 'group');
    assert.ok(group, 'a group entity');
    assert.deepEqual(group.quoteIds, ['q1']);
    assert.ok(group.id.startsWith('group:'));
    assert.deepEqual(r.byName('Ana Brook').quoteIds, []);
    assert.deepEqual(r.byName('Luis Tamm').quoteIds, ['q2']);
  });

  it('names a two-person group after its members', () => {
    const text = 'Ellen Marsh and Omar Haddad spoke. Marsh and Haddad said the talks were “productive.”';
    const r = run(text, [{ quote: '“productive.”', speaker: 'Marsh and Haddad' }]);
    assert.equal(r.nameOf(0), 'Ellen Marsh and Omar Haddad');
    assert.equal(r.entities.find((e) => e.id === r.speakerIds[0])?.kind, 'group');
  });

  it('resolves a nominal to the person whose title names the role', () => {
    const text = 'Sen. Dana Whitfield toured the port. Later the senator said the funds were “on their way.”';
    const r = run(text, [{ quote: '“on their way.”', speaker: 'the senator' }]);
    assert.equal(r.nameOf(0), 'Dana Whitfield');
  });

  it('keeps a role speaker as a person, an institution as an organization, and a vague source unresolved', () => {
    const text = 'A spokesman for the agency said the report was “wrong.” A source said it was “late.” ' +
      'The Pentagon said it was “under review.”';
    const r = run(text, [
      { quote: '“wrong.”', speaker: 'A spokesman for the agency' },
      { quote: '“late.”', speaker: 'A source' },
      { quote: '“under review.”', speaker: 'The Pentagon' },
    ]);
    const role = r.entities.find((e) => e.id === r.speakerIds[0]);
    assert.equal(role?.kind, 'person');
    assert.equal(r.speakerIds[1], null);
    assert.equal(r.entities.find((e) => e.id === r.speakerIds[2])?.kind, 'organization');
  });

  it('finds the named person inside a long speaker mention, not a possessive one', () => {
    const text = 'Ivan Petrov’s lawyer, Nora Quist, a partner at Quist & Bell, said the ruling was “a relief.”';
    const r = run(text, [{ quote: '“a relief.”', speaker: 'Ivan Petrov’s lawyer, Nora Quist, a partner at Quist & Bell' }]);
    assert.equal(r.nameOf(0), 'Nora Quist');
  });
});

describe('entities: robustness', () => {
  it('never throws, and mentions always match the text', function () {
    this.timeout(30000); // 400 random documents: seconds on a busy machine
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = [' John Smith', ' he said', ' Smith', ' “x”', ' The', ' of', ' Department', ' and', ',', '.', ' US-led', " O'Neill's",
      ' Jr.', ' Mr.', '\n', '\u0000', '\ud800', 'é', ' SHE', ' the senator', ' Smiht', ' G.K.', ' de', ':'];
    for (let k = 0; k < 400; k++) {
      let s = '';
      const n = Math.floor(rnd() * 120);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)];
      const a = Math.floor(rnd() * (s.length + 5));
      const b = Math.floor(rnd() * (s.length + 5));
      const quotes: RawQuote[] = [{
        id: 'q1', start: Math.min(a, b), end: Math.max(a, b), text: '', cue: null, attribution: 'cue',
        speaker: { start: b, end: a + 3, text: 'x', kind: 'pronoun' },
      }];
      const r = resolveEntities(s, { ...segment(s), quotes });
      assert.equal(r.speakerIds.length, 1);
      for (const e of r.entities) for (const m of e.mentions) assert.equal(m.text, s.slice(m.start, m.end));
    }
  });

  it('finds nothing in empty text or binary junk, and names without any segmentation', () => {
    const none = { paragraphs: [], sentences: [], quotes: [] };
    assert.deepEqual(resolveEntities('', none), { entities: [], speakerIds: [] });
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const r = resolveEntities(junk, { paragraphs: [], sentences: [], quotes: [] });
    for (const e of r.entities) for (const m of e.mentions) assert.equal(m.text, junk.slice(m.start, m.end));
    // A caller passing no context gets the text segmented for it, not an empty answer.
    // @ts-expect-error: the context is left out on purpose
    const bare = resolveEntities('Mr. Smith said so.', undefined);
    assert.deepEqual(bare.entities.map((e) => [e.kind, e.name]), [['person', 'Smith']]);
  });

  it('stays linear on a large input', function () {
    // A guard against quadratic blow-ups, not a benchmark: the bound is ~10x the time on a busy machine.
    this.timeout(60000);
    const para = 'President Alma Reyes met Sen. Tom Hale in Denver. “We will vote,” she said. Hale said he agreed with Reyes.\n';
    const big = para.repeat(20000); // about 2 MB
    const { value: r, ms } = cpuTimed(() => resolveEntities(big, { ...segment(big), quotes: [] }));
    assert.ok(r.entities.some((e) => e.name === 'Alma Reyes'));
    assert.ok(ms < 15000, `took ${ms} ms`);
  });
});

describe('entities: precision (no junk in the People list)', () => {
  const names = (r: { entities: Entity[] }, kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.name);

  it('reads the title line as a headline even when it ends with a full stop: the name stops at a common word', () => {
    const text = 'Susan Quill Won’t Attend Gala, Organizers Say.\n\nSusan Quill told organizers she would stay home. ' +
      'Quill said the gala could go on without her, and organizers say they agree.';
    const r = run(text);
    assert.deepEqual(names(r, 'person'), ['Susan Quill']);
    assert.deepEqual(r.byName('Susan Quill').mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Susan Quill', 'Susan Quill', 'Quill']);
  });


  it('reads a title-case line inside the text by its given-name-led names and its bodies only', () => {
    const text = 'The council met on Monday.\n\nRelated: Varrin Council Has Big Plans For Dalgren Harbor, Says Susan Quill\n\n' +
      'Read: Why Karl W. Ode Skipped The Vote On Talvik Party Rules\n\nThe vote was held anyway.';
    const r = run(text);
    const all = r.entities.filter((e) => e.kind !== 'group' && e.kind !== 'unclassified').map((e) => `${e.kind}:${e.name}`);
    // A body's head (Council, Party) marks a name even in title case; the capitalised verbs and nouns around stay out.
    assert.deepEqual(all.sort(), ['organization:Talvik Party', 'organization:Varrin Council', 'person:Karl W. Ode', 'person:Susan Quill'], all.join(', '));
  });
  it('leaves a sentence-opening imperative, pronoun or adverb out of the name after it', () => {
    const text = 'The column ran on Sunday.\n\nFollow Pam Okoye on the radio. Everything Okoye says is checked. ' +
      'The vote ended tragically. Tragically Ruben Moreno never saw it.';
    const r = run(text);
    const people = names(r, 'person');
    assert.ok(people.includes('Pam Okoye'), people.join(', '));
    assert.ok(people.includes('Ruben Moreno'), people.join(', '));
    assert.ok(!people.some((n) => /Follow|Everything|Tragically/.test(n)), people.join(', '));
  });

  it('treats a quotation that is only a capitalised run as the title of a work', () => {
    const text = 'Ada Brill said the debate was like an episode of “Tiger Pond.” Her rival called it “Goat Island Nights”, a flop.';
    const r = run(text);
    assert.deepEqual(names(r, 'person'), ['Ada Brill']);
  });

  it('makes organizations of camps and partnerships, places of palaces and monuments', () => {
    const text = 'Aides said the Marlow Camp was nervous. The Quarry Road Partnership bought the land near the Harlan Palace. ' +
      'Tourists crowded the Vessel Monument.';
    const r = run(text);
    assert.equal(r.byName('Marlow Camp').kind, 'organization');
    assert.equal(r.byName('Quarry Road Partnership').kind, 'organization');
    assert.equal(r.byName('Harlan Palace').kind, 'place');
    assert.equal(r.byName('Vessel Monument').kind, 'place');
    assert.deepEqual(names(r, 'person'), []);
  });

  it('does not take a bare title, a role noun or an abstract noun for a name', () => {
    const text = 'Lawmaker urges calm after vote.\n\nThe aide had worked for Vice President (then-Senator) Joe Baird. ' +
      'Democracy is on the ballot, Baird said. Fairness is too.';
    const r = run(text);
    assert.deepEqual(names(r, 'person'), ['Joe Baird']);
  });

  it('cuts a nationality off the end of a name but keeps a given name’s surname', () => {
    const text = 'The bill would grant Tavo American citizenship. Tavo is six. Trump critic Mark Cuban said so. ' +
      'The Kent County Republican office was closed.';
    const r = run(text);
    const people = names(r, 'person');
    assert.ok(people.includes('Mark Cuban'), people.join(', '));
    assert.ok(!people.includes('Tavo American'), people.join(', '));
    assert.ok(!people.some((n) => n.startsWith('Kent County')), people.join(', '));
  });

  it('names no one by a title with no name after it, and keeps a colour word opening a name', () => {
    const r = run('The plan was backed by Ulvania Liberal Governor hopeful Tam Brodie on Friday. ' +
      'Marchers for Black Qollet Matters filled the square, and Republican Jane Qoll spoke.');
    const all = r.entities.filter((e) => e.kind !== 'group').map((e) => `${e.kind}:${e.name}`);
    assert.ok(!all.some((n) => n.includes('Governor')), all.join(', '));
    assert.ok(all.includes('person:Tam Brodie') && all.includes('person:Jane Qoll'), all.join(', '));
    assert.ok(!all.some((n) => n.endsWith(':Qollet Matters')), all.join(', '));
    // A title and its complement ending the run: the words before it are read alone.
    const r2 = run('Reporters met the Talvik Palace Chief of Staff\nDenis Qoll on Monday.');
    const all2 = r2.entities.filter((e) => e.kind !== 'group').map((e) => `${e.kind}:${e.name}`);
    assert.ok(all2.includes('place:Talvik Palace') && all2.includes('person:Denis Qoll'), all2.join(', '));
    assert.ok(!all2.some((n) => n.includes('Chief')), all2.join(', '));
    // A particle makes a title word part of a name.
    assert.ok(run('After Qarm el Sheikh, the talks moved on.').entities.some((e) => e.name === 'Qarm el Sheikh'));
  });

  it('ends an organization\'s name at its head before a language word or an acronym that modifies the next noun', () => {
    const r = run('A Dalmont University English professor and the Vellmar Police Department SWAT team were there.');
    assert.equal(r.byName('Dalmont University').kind, 'organization');
    assert.equal(r.byName('Vellmar Police Department').kind, 'organization');
    assert.ok(!r.entities.some((e) => /English|SWAT/.test(e.name)), r.entities.map((e) => e.name).join(', '));
  });

  it('keeps the organization a title follows, with its complement, whether a name comes after the title or not', () => {
    const r = run('The Ulvania Red Cross Society Secretary General, Imre Taal, said aid would come. The Talvik Ministry of ' +
      'Health Spokesman Ali Qoll agreed.');
    assert.equal(r.byName('Ulvania Red Cross Society').kind, 'organization');
    assert.equal(r.byName('Talvik Ministry of Health').kind, 'organization');
    assert.equal(r.byName('Ali Qoll').kind, 'person');
    assert.ok(!r.entities.some((e) => e.name === 'Talvik Ministry'));
    // A legislator is titled like any other role; a title's modifiers stay out of the organization before them.
    const r2 = run('The Dalgren Party Legislator Jane Roe spoke, and the Varrin Civic Party Legislative Councillor resigned.');
    assert.equal(r2.byName('Dalgren Party').kind, 'organization');
    assert.equal(r2.byName('Jane Roe').kind, 'person');
    assert.equal(r2.byName('Varrin Civic Party').kind, 'organization');
    // A law or a war as the complement of an organization's head names the organization, not a law or an event.
    const r3 = run('Students of the Dalgren University College of Law met staff of the Varrin Institute for the Study of War ' +
      'and the Talvik Flag Panel. The Talvik Clean Water Act passed.');
    for (const name of ['Dalgren University College of Law', 'Varrin Institute for the Study of War', 'Talvik Flag Panel']) {
      assert.equal(r3.byName(name).kind, 'organization', name);
    }
    assert.ok(!r3.entities.some((e) => e.name.includes('Act')));
  });

  it('reads a club by its last word, whatever comes before it', () => {
    const r = run('Vellmar United beat Talvik Athletic on Saturday, and the advocacy group Citizens Qoll United sued.');
    for (const name of ['Vellmar United', 'Talvik Athletic', 'Citizens Qoll United']) assert.equal(r.byName(name).kind, 'organization', name);
    const r2 = run('He joined Vellmar Rangers in 2010, moved to Real Madrid two years later and ended his career at ' +
      'Sporting Qoll. Her memoir Real Qoll sold well.');
    for (const name of ['Vellmar Rangers', 'Real Madrid', 'Sporting Qoll']) assert.equal(r2.byName(name).kind, 'organization', name);
    assert.ok(!r2.entities.some((e) => e.kind === 'organization' && e.name === 'Real Qoll'));
  });

  it('keeps an organization head that is also a common opener at the end of a name, and types movements and agencies', () => {
    const r = run('Qoll Rights Watch and Amnesty International condemned the raid. Hamas and the Taliban said nothing, Xinhua reported.');
    for (const name of ['Qoll Rights Watch', 'Amnesty International', 'Hamas', 'Taliban', 'Xinhua']) assert.equal(r.byName(name).kind, 'organization', name);
    // Alone, the opener names nothing.
    assert.ok(!run('Watch: the mayor speaks. Then Qoll Varrin left.').entities.some((e) => e.name.includes('Watch')));
  });

  it('reads a title\'s "of" complement that ends the run as a place or a body, never as the title holder', () => {
    const r = run('The Mayor of Vellmar met the Governor of Texas on Monday. Later the Secretary of State Tam Brodie ' +
      'and the Governor of Ohio Jane Qoll arrived.');
    const all = r.entities.filter((e) => e.kind !== 'group').map((e) => `${e.kind}:${e.name}`);
    assert.ok(all.includes('place:Texas') && all.includes('place:Ohio'), all.join(', '));
    assert.ok(!all.some((n) => n.startsWith('person:') && /Vellmar|Texas|Ohio/.test(n)), all.join(', '));
    // A name after the complement (or after a department word) is still the title holder's.
    assert.equal(r.byName('Tam Brodie').kind, 'person');
    assert.equal(r.byName('Jane Qoll').kind, 'person');
    assert.match(r.byName('Jane Qoll').title ?? '', /Governor of Ohio/);
  });

  it('reads a title\'s "for" complement up to the given name that starts the holder\'s name, never "for" as a name', () => {
    const r = run('Minister for Trade Affairs Karl Ode met the Commissioner for Refugees on Monday. Senator for Ohio ' +
      'Tam Brodie arrived. The pastor said he had a message from the Lord for Jane Qoll.');
    const all = r.entities.filter((e) => e.kind !== 'group').map((e) => `${e.kind}:${e.name}`);
    assert.ok(!all.some((n) => /:for /.test(n) || /Refugees/.test(n)), all.join(', '));
    assert.match(r.byName('Karl Ode').title ?? '', /Minister for Trade Affairs/);
    assert.equal(r.byName('Tam Brodie').kind, 'person');
    assert.equal(r.byName('Ohio').kind, 'place');
    // "for" right before a given name is a preposition: no title from "the Lord".
    assert.equal(r.byName('Jane Qoll').title, undefined);
  });

  it('takes no handle, hashtag or shouted common word for a name, but keeps an acronym the text defines', () => {
    const r = run('“This is DEAD wrong,” Jane Qoll wrote to @QollvexNews under #VarrinNow. ' +
      'The Council for Aid and Relief Everywhere (CARE) sent food. CARE staff came on Monday.');
    const all = r.entities.filter((e) => e.kind !== 'group').map((e) => e.name);
    assert.ok(!all.some((n) => n === 'DEAD' || n === 'QollvexNews' || n === 'VarrinNow'), all.join(', '));
    const care = r.entities.filter((e) => e.mentions.some((m) => m.text === 'CARE'));
    assert.equal(care.reduce((k, e) => k + e.mentions.filter((m) => m.text === 'CARE').length, 0), 2, all.join(', '));
    // A web address's path is no name either; a slash between two names keeps both.
    const w = run('Follow Jane Qoll at https://twitter.com/JaneQollNews and read the Qollvex News/Varrin Times poll.');
    const names = w.entities.map((e) => e.name);
    assert.ok(!names.includes('JaneQollNews'), names.join(', '));
    assert.ok(names.includes('Qollvex News') && names.includes('Varrin Times'), names.join(', '));
  });

  it('makes no organization of a name that modifies a person\'s noun after "the"', () => {
    const r = run('Aides in the Varrin Brodie administration met on Monday. Varrin Brodie spoke later.');
    assert.equal(r.entities.find((e) => e.name === 'Varrin Brodie')?.kind, 'person');
    assert.equal(run('Aides to the Varrin Brodie Fund met on Monday.').entities.find((e) => e.name === 'Varrin Brodie Fund')?.kind, 'organization');
  });

  it('makes an organization of a run after "the" unless it holds a person cue, everywhere in the text', () => {
    // (Where nothing but the article and the context vote says so, the vote must be clear: session 23. "Tolland Relief
    // workers" leaves it about 0.65, not enough; "which said", "sued" make it clear.)
    const text = 'Aid came from the Tolland Relief, which said more would come. The Tolland Relief sued the city. The Marvel Subcommittee met. ' +
      'Mr. Hugo Brandt of the Brandt Hall spoke.';
    const r = run(text);
    assert.equal(r.byName('Tolland Relief').kind, 'organization');
    assert.equal(run('Aid came from the Tolland Relief on Monday. Tolland Relief workers stayed.').byName('Tolland Relief').kind, 'unclassified');
    assert.equal(r.byName('Marvel Subcommittee').kind, 'organization');
    assert.deepEqual(names(r, 'person'), ['Hugo Brandt']);
  });

  it('does not take acronym-led runs, named storms, class labels or hyphenated modifiers for people', () => {
    const text = 'She spoke on KBX Morning Hour about the damage from Hurricane Delia. Class B shares fell. ' +
      'An Ivy League-trained surgeon, Ravi Olin, said Alicia M should apply.';
    const r = run(text);
    assert.equal(r.byName('KBX Morning Hour').kind, 'organization');
    const people = names(r, 'person');
    assert.ok(people.includes('Ravi Olin'), people.join(', '));
    assert.ok(!people.some((n) => /KBX|Delia|Class|League|Alicia M/.test(n)), people.join(', '));
  });

  it('drops function words, counts, -ing openers and plural titles from names; place leads and embassies get their kinds', () => {
    const text = 'Neither Okafor nor Brandt came. Presidents Lena Ruiz and Omar Haddad met. Five Iraqis were hurt. ' +
      'The plan was worth trying. Trying Haddad was a mistake, aides said. Staff at the Varn Embassy watched. ' +
      'They climbed Mount Pella and drove to San Carlo. A song, Change Is Gonna Come, played. Total Assets Trust Inc. paid.';
    const r = run(text);
    const people = names(r, 'person');
    assert.ok(people.includes('Lena Ruiz') && people.includes('Omar Haddad'), people.join(', '));
    assert.ok(!people.some((n) => /Neither|Presidents|Five|Trying|Embassy|Pella|Carlo|Change/.test(n)), people.join(', '));
    assert.equal(r.byName('Varn Embassy').kind, 'organization');
    assert.equal(r.byName('Mount Pella').kind, 'place');
    assert.equal(r.byName('San Carlo').kind, 'place');
    assert.equal(r.byName('Total Assets Trust Inc.').kind, 'organization');
  });

  it('reads a word after typewriter quotes as sentence-initial: no single-word person from an opener or abstract noun', () => {
    const text = "Then Ilse Varga replied: ``Silence is your answer.'' Later she added, ``Nothing is certain.'' " +
      "Her aide wrote: ''Everything is fine.''";
    const r = run(text);
    assert.deepEqual(names(r, 'person'), ['Ilse Varga']);
  });

  it('finds a place by the phrase before it, and drops a run ending in a plural common word', () => {
    const text = 'In the northern town of Rio Verde, officials counted the damage. It lies south of Glen Ardo. ' +
      'The battleground states matter. Our Battleground States average is out.';
    const r = run(text);
    assert.equal(r.byName('Rio Verde').kind, 'place');
    assert.equal(r.byName('Glen Ardo').kind, 'place');
    assert.deepEqual(names(r, 'person'), []);
  });

  it('takes no pronoun with its verb ("I’ve", "I\'m") into a name', () => {
    const text = 'Frankly I’ve never met him, she said. The mayor said Ilse Varga I’ve known for years. ' +
      "Hello, I'm Omar Haddad. Lately We’re tired.";
    const r = run(text);
    assert.deepEqual(names(r, 'person').sort(), ['Ilse Varga', 'Omar Haddad']);
  });

  it('reads a capitalised "Of", "For", "The" or "Who" inside a run as a headline\'s, keeping its countries, not a title\'s "Of"', () => {
    const text = 'Critics Slam Firing Of Campaign\nVoters Hail Dissolution Of Secret Club\nFiring Of Campaign Staff Shakes North Korea\n' +
      'The board met on Friday. Former White House Chief Of Staff Qorvan Ellitz said it was fair. Ellitz left.';
    const r = run(text);
    assert.deepEqual(names(r, 'organization'), ['White House']);
    assert.equal(r.byName('North Korea').kind, 'place');
    assert.equal(r.byName('Qorvan Ellitz').kind, 'person');
  });

  it('reads a slogan ending in "Again" for its places only, and a court\'s "District" before a title as no place', () => {
    assert.deepEqual(names(run('They said “Make Ohio Great Again.”'), 'place'), ['Ohio']);
    const r = run('Later he appeared before U.S. District Judge Ilse Varga in Dayton.');
    assert.deepEqual(names(r, 'place').sort(), ['Dayton', 'United States']);
    assert.equal(r.byName('Ilse Varga').kind, 'person');
  });

  it('reads a firm\'s legal form ("AG", "S.p.A.", "N.V.", "Cos.") as its head, the firm\'s word alone later as the firm', () => {
    const text = 'Kelmarin AG bought a stake in Vantorra S.p.A. on Monday. Dalgrenn Holdings N.V. and Ostrava Cos. fell. ' +
      'Kelmarin said the deal would close soon.';
    const r = run(text);
    for (const n of ['Kelmarin AG', 'Vantorra S.p.A.', 'Dalgrenn Holdings N.V.', 'Ostrava Cos']) assert.equal(r.byName(n).kind, 'organization', n);
    assert.deepEqual(r.byName('Kelmarin AG').mentions.map((m) => m.text), ['Kelmarin AG', 'Kelmarin']);
  });

  it('keeps a possessive before a legal form inside the firm\'s name, and a town after "Corp. of" as a place', () => {
    const text = "Shares of Qollard's Inc. rose after Brodie's Corp. of Dayton raised its offer. Jane Roe's car was sold.";
    const r = run(text);
    assert.equal(r.byName("Qollard's Inc.").kind, 'organization');
    assert.equal(r.byName("Brodie's Corp.").kind, 'organization');
    assert.equal(r.byName('Dayton').kind, 'place');
    assert.equal(r.byName('Jane Roe').kind, 'person');
  });

  it('reads a legal form opening a run as no part of the name ("AG Roe" is an attorney general)', () => {
    const r = run('Former AG Qollard spoke first. Jane Qollard, a lawyer, agreed.');
    assert.deepEqual(names(r, 'organization'), []);
  });

  it('reads "Police Department" as one body, the function word "police" opening it', () => {
    const r = run('A Police Department spokesman said the road was closed.');
    assert.deepEqual(names(r, 'organization'), ['Police Department']);
  });

  it('reads a state abbreviation that is a word ("Mass.", "Ill.") as the state only after a town and a comma', () => {
    const text = 'The company is based in Randolph, Mass. Its Rockford, Ill., plant closed. He felt Ill. They went to Mass.';
    const r = run(text);
    assert.deepEqual(names(r, 'place').sort(), ['Illinois', 'Massachusetts', 'Randolph', 'Rockford']);
  });

  it('joins an abstract noun or an opening plural head, "and" and a rarer word before a head into one body', () => {
    const text = 'Officials at the U.S. Immigration and Naturalization Service said the boy could stay. The Securities and ' +
      'Exchange Commission sued. Kelmar Holdings and Dalgren Group merged. Qollvex and Brodie Corp. agreed.';
    const r = run(text);
    assert.deepEqual(names(r, 'organization').sort(),
      ['Brodie Corp.', 'Dalgren Group', 'Kelmar Holdings', 'Securities and Exchange Commission', 'U.S. Immigration and Naturalization Service']);
  });

  it('files a firm\'s name less its legal form under the firm, unless an honorific marks a person', () => {
    const text = 'Harlan Vexmoor Corp. agreed to be acquired. Harlan Vexmoor shares rose. Dalton Quill Inc. fell. ' +
      'Mr. Dalton Quill said he was surprised.';
    const r = run(text);
    assert.deepEqual(r.byName('Harlan Vexmoor Corp.').mentions.map((m) => m.text), ['Harlan Vexmoor Corp.', 'Harlan Vexmoor']);
    assert.equal(r.byName('Dalton Quill').kind, 'person');
    assert.deepEqual(names(r, 'person'), ['Dalton Quill']);
  });

  it('joins a gazetteer place over "es", "upon" and "am" ("Dar es Salaam"), and nothing else over them', () => {
    const r = run('The embassy in Dar es Salaam was closed. He moved to Newcastle upon Tyne, then Frankfurt am Main. Qollard es Varga.');
    for (const n of ['Dar es Salaam', 'Newcastle upon Tyne', 'Frankfurt am Main']) assert.equal(r.byName(n).kind, 'place', n);
    assert.ok(!r.entities.some((e) => e.name.includes(' es V')), JSON.stringify(r.entities.map((e) => e.name)));
  });

  it('reads a name opened by another language\'s organization head as an organization ("Banco …", "Parti …")', () => {
    const r = run('After twelve years, he left his post at Banco Vellmar for a chair at the Universidad de Ulvania. Leaders of ' +
      'the Parti Talvikois met the mayor in Quorra on Monday to discuss the budget.');
    assert.deepEqual(names(r, 'organization').sort(), ['Banco Vellmar', 'Parti Talvikois', 'Universidad de Ulvania']);
  });

  it('reads the name after a job and "at" as the employer ("a strategist at …"), not after "in"', () => {
    const text = 'Markets fell sharply on Monday, said Ilse Varga, a market strategist at Dalgren Vance in Quorra. ' +
      'Traders in Vellmar Springs were calm, and a trader at Kelmarin agreed that the fall was brief.';
    const r = run(text);
    assert.equal(r.byName('Dalgren Vance').kind, 'organization');
    assert.equal(r.byName('Kelmarin').kind, 'organization');
    assert.equal(r.byName('Vellmar Springs').kind, 'place');
  });

  it('reads a name ending in "Straits" as a place, also after "the"', () => {
    const r = run('The boat sank while crossing the Vellmar Straits on a cold night in November, the coast guard said on Monday.');
    assert.equal(r.byName('Vellmar Straits').kind, 'place');
  });

  it('keeps an Arabic article glued to a surname inside the name ("Karim al-Qollani"), and files the surname alone under it', () => {
    const text = 'Talvik President Karim al-Qollani met Ambassador Samir Haddad el-Vellmari on Monday to discuss the talks. ' +
      'Later al-Qollani said the talks had gone well.';
    const r = run(text);
    assert.deepEqual(r.byName('Karim al-Qollani').mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Karim al-Qollani', 'Qollani']);
    assert.equal(r.byName('Samir Haddad el-Vellmari').kind, 'person');
  });

  it('links a speaker span inside a longer name to that name: an organization\'s head, a person\'s surname', () => {
    const text = 'The court heard the case on Monday. The Justice Department said: "We are reviewing the letter." ' +
      'The historian T.R. Qollard wrote: "It was a long war." The Campaign for Brodie said: "We agree."';
    const r = run(text, [
      { quote: '"We are reviewing the letter."', speaker: 'Department' },
      { quote: '"It was a long war."', speaker: 'Qollard' },
      { quote: '"We agree."', speaker: 'Brodie' },
    ]);
    assert.equal(r.nameOf(0), 'Justice Department');
    assert.equal(r.nameOf(1), 'T.R. Qollard');
    assert.notEqual(r.nameOf(2), 'Campaign for Brodie');
  });

  it('reads a gazetteer place that ends in a body\'s head as the place ("the Soviet Union", "the West Bank"), acting or not', () => {
    const text = 'In 1979 the Soviet Union invaded its neighbour, and the Soviet Union signed a treaty a decade later. ' +
      'Settlers in the West Bank protested on Monday, and the Soviet Union said nothing.';
    const r = run(text);
    assert.equal(r.byName('Soviet Union').kind, 'place');
    assert.equal(r.byName('West Bank').kind, 'place');
  });

  it('goes on over a collective noun\'s or a saint\'s possessive inside a name ("People\'s Party", "St. Mary\'s Hospital")', () => {
    const text = 'Troops of the People\'s Liberation Army marched past St. Brodie\'s Cathedral on Monday, and the Talvik ' +
      'People\'s Party protested outside the Democratic People\'s Republic of Ulvania. That\'s Jane Roe\'s House, he said.';
    const r = run(text);
    assert.equal(r.byName("People's Liberation Army").kind, 'organization');
    assert.equal(r.byName("St. Brodie's Cathedral").kind, 'place');
    assert.equal(r.byName("Talvik People's Party").kind, 'organization');
    assert.equal(r.byName("Democratic People's Republic of Ulvania").kind, 'place');
    assert.equal(r.byName('Jane Roe').kind, 'person');
  });
});
