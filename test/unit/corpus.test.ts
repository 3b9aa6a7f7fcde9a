// Cross-document views of the core: summaries, people merged across articles, statement search and
// the timeline. Every article here is written for the tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { foldName, mergeAcrossDocuments, personKey, type DocumentEntities } from '../../src/core/corpus/people';
import { foldForSearch, parseQuery, searchStatements, sourceRef, statementRecord } from '../../src/core/corpus/search';
import { summarize, type SummaryEntity } from '../../src/core/corpus/summary';
import { buildTimeline, valueInterval } from '../../src/core/corpus/timeline';
import type { DocumentAnalysis, TimeExpression } from '../../src/core/types';

function entity(id: string, kind: SummaryEntity['kind'], name: string, extra: Partial<SummaryEntity> = {}): SummaryEntity {
  return { id, kind, name, aliases: [], mentions: 1, first: { start: 0, end: name.length }, statementIds: [], ...extra };
}

const doc = (docId: string, ...entities: SummaryEntity[]): DocumentEntities => ({ docId, entities });

describe('corpus: summaries', () => {
  const text = [
    'date 2024-05-02',
    'Health Minister Ilse Marquardt said on Tuesday that the clinics "will stay open all summer."',
    '"We have the money," Marquardt told reporters in Hamburg.',
  ].join('\n');
  const a = analyze(text, { fileName: 'clinics.news.txt' });
  const s = summarize(a);

  it('keeps every statement with its source and text, and drops sentences and mention lists', () => {
    assert.equal(s.statements.length, a.quotes.length);
    assert.ok(s.statements.length >= 2, JSON.stringify(s.statements));
    const person = s.entities.find((e) => e.name === 'Ilse Marquardt');
    assert.ok(person, JSON.stringify(s.entities.map((e) => e.name)));
    assert.deepEqual(person.statementIds, s.statements.filter((x) => x.sourceId === person.id).map((x) => x.id));
    assert.ok(person.aliases.includes('Marquardt'), JSON.stringify(person.aliases));
    assert.equal(person.mentions, a.entities.find((e) => e.id === person.id)!.mentions.length);
    assert.ok(!('sentences' in s) && !('paragraphs' in s));
    const q = s.statements[0];
    assert.equal(text.slice(q.start, q.end).replace(/\s+/g, ' '), q.text);
  });

  it('says how much of a curated article a person checked, and nothing for an automatic one', () => {
    assert.equal(s.review, undefined);
    const curated: DocumentAnalysis = { ...a, curated: { checked: [a.quotes[0].id, a.dates[0].id], problems: [] } };
    const total = a.quotes.length + a.dates.length + a.attributions.filter((x) => x.kind !== 'direct' && x.content.length > 0).length
      + a.entities.filter((e) => e.kind !== 'group' && e.mentions.length > 0).length;
    assert.deepEqual(summarize(curated).review, { checked: 2, total });
  });

  it('lists quotes the attribution pass did not cover', () => {
    const noAttributions: DocumentAnalysis = { ...a, attributions: [] };
    assert.deepEqual(summarize(noAttributions).statements.map((x) => x.id), a.quotes.map((q) => q.id));
  });

  it('keeps the first mention as where a click goes', () => {
    const person = s.entities.find((e) => e.name === 'Ilse Marquardt')!;
    assert.equal(text.slice(person.first!.start, person.first!.end), 'Ilse Marquardt');
  });
});

describe('corpus: people across articles', () => {
  it('folds accents, case and dots', () => {
    assert.equal(foldName('José  Martínez Jr.'), 'jose martinez jr');
  });

  it('keys a person by first name and surname, without titles, initials or suffixes', () => {
    assert.deepEqual(personKey('Antony J. Blinken'), { full: 'antony blinken', surname: 'blinken' });
    assert.deepEqual(personKey('Secretary Blinken'), { full: null, surname: 'blinken' });
    assert.deepEqual(personKey('North Korean Vice Minister Choe Son-hui'), { full: 'choe son-hui', surname: 'son-hui' });
    assert.deepEqual(personKey('Bill de Blasio'), { full: 'bill de blasio', surname: 'de blasio' });
    assert.deepEqual(personKey('Martin Luther King Jr.'), { full: 'martin king', surname: 'king' });
    // A demonym or modifier alone is no title: a given name that happens to be one stays.
    assert.deepEqual(personKey('Christian Bale'), { full: 'christian bale', surname: 'bale' });
  });

  it('merges "Antony Blinken", "Blinken" and "Secretary Blinken" from three articles into one person', () => {
    const merged = mergeAcrossDocuments([
      doc('a', entity('p1', 'person', 'Antony Blinken', { title: 'US Secretary of State', statementIds: ['q1', 'q2'] })),
      doc('b', entity('p1', 'person', 'Blinken', { statementIds: ['q4'] })),
      doc('c', entity('p9', 'person', 'Secretary Blinken', { statementIds: ['a3'] }), entity('p2', 'person', 'Lloyd Austin')),
    ]);
    const blinken = merged.find((m) => m.name === 'Antony Blinken');
    assert.ok(blinken, JSON.stringify(merged.map((m) => m.name)));
    assert.deepEqual(blinken.members.map((m) => `${m.docId}/${m.entity.id}`), ['a/p1', 'b/p1', 'c/p9']);
    assert.equal(blinken.statements, 4);
    assert.equal(blinken.articles, 3);
    assert.equal(blinken.title, 'US Secretary of State');
    assert.equal(merged[0], blinken, 'most statements first');
    assert.equal(merged.length, 2);
  });

  it('merges the same person written with and without accents or a middle initial', () => {
    const merged = mergeAcrossDocuments([doc('a', entity('x', 'person', 'José Martínez')), doc('b', entity('y', 'person', 'Jose A. Martinez'))]);
    assert.equal(merged.length, 1);
    assert.equal(merged[0].members.length, 2);
  });

  it('keeps a surname shared by two people apart unless a title tells which one', () => {
    const people = [
      doc('a', entity('x', 'person', 'John Smith', { title: 'Senator' })),
      doc('b', entity('y', 'person', 'Jane Smith', { title: 'chief executive' })),
    ];
    const alone = mergeAcrossDocuments([...people, doc('c', entity('z', 'person', 'Smith'))]);
    assert.equal(alone.length, 3, JSON.stringify(alone.map((m) => m.name)));
    const titled = mergeAcrossDocuments([...people, doc('c', entity('z', 'person', 'Smith', { title: 'Senator' }))]);
    assert.equal(titled.length, 2);
    assert.deepEqual(titled.find((m) => m.name === 'John Smith')!.members.map((m) => m.docId), ['a', 'c']);
  });

  it('never merges across kinds, and merges an acronym into the organization it abbreviates', () => {
    const merged = mergeAcrossDocuments([
      doc('a', entity('o1', 'organization', 'National Rifle Association')),
      doc('b', entity('o2', 'organization', 'NRA')),
      doc('c', entity('o3', 'organization', 'the National Rifle Association')),
      doc('d', entity('pl', 'place', 'Jordan'), entity('pe', 'person', 'Michael Jordan')),
    ]);
    const nra = merged.find((m) => m.kind === 'organization')!;
    assert.equal(nra.name, 'National Rifle Association');
    assert.deepEqual(nra.members.map((m) => m.docId), ['a', 'c', 'b']);
    assert.deepEqual(merged.map((m) => m.kind).sort(), ['organization', 'person', 'place']);
  });

  it('is deterministic and stable in its keys', () => {
    const input = [doc('a', entity('x', 'person', 'Mara Lind'), entity('y', 'place', 'Oslo')), doc('b', entity('z', 'person', 'Lind'))];
    assert.deepEqual(mergeAcrossDocuments(input).map((m) => m.key), mergeAcrossDocuments(input).map((m) => m.key));
    assert.deepEqual(mergeAcrossDocuments(input).map((m) => m.key), ['person:mara lind', 'place:oslo']);
  });

  it('a name an article left unclassified joins the one person other articles name in full, else stays out', () => {
    const merged = mergeAcrossDocuments([
      doc('a', entity('p', 'person', 'Mara Lind')),
      doc('b', entity('u1', 'unclassified', 'Lind'), entity('u2', 'unclassified', 'Varrin')),
    ]);
    assert.deepEqual(merged.map((m) => [m.name, m.kind, m.members.map((x) => x.docId)]), [['Mara Lind', 'person', ['a', 'b']]]);
  });

  it('keeps a speaker the article only describes ("a police spokesman") out of the people merged across articles', () => {
    const articles = [
      'date 2024-01-10\n"The road stays closed," a police spokesman said on Monday. Mayor Ilsa Dorn agreed.',
      'date 2024-02-11\n"Nobody was hurt," a police spokesman told reporters in Tarvik.',
    ];
    const sums = articles.map((t) => summarize(analyze(t)));
    const described = sums.map((x) => x.entities.find((e) => /spokesman/.test(e.name)));
    assert.ok(described.every((e) => e?.unnamed === true && e.statementIds.length === 1), JSON.stringify(sums.map((x) => x.entities)));
    assert.equal(sums[0].entities.find((e) => e.name === 'Ilsa Dorn')?.unnamed, undefined);
    const merged = mergeAcrossDocuments(sums.map((x, i) => ({ docId: `d${i}`, entities: x.entities })));
    assert.deepEqual(merged.filter((m) => m.kind === 'person').map((m) => m.name), ['Ilsa Dorn']);
  });

  it('merges a person quoted in three analysed articles', () => {
    const articles = [
      'date 2024-01-10\nForeign Minister Teodora Vasquez said the border "will remain open." Vasquez spoke in Lima.',
      'date 2024-02-11\n"We will not pay," Vasquez told reporters on Monday.',
      'date 2024-03-12\nMinister Vasquez said: "The talks are over."\n"Nothing is decided," said Teodora Vasquez.',
    ];
    const docs = articles.map((t, i) => ({ docId: `d${i}`, entities: summarize(analyze(t)).entities }));
    const merged = mergeAcrossDocuments(docs);
    const vasquez = merged.filter((m) => /Vasquez/.test(m.name));
    assert.equal(vasquez.length, 1, JSON.stringify(merged.map((m) => [m.name, m.members.length])));
    assert.equal(vasquez[0].name, 'Teodora Vasquez');
    assert.equal(vasquez[0].articles, 3);
    assert.equal(vasquez[0].statements, 4);
  });
});

describe('corpus: statement search', () => {
  const st = (id: string, text: string, extra: object = {}) => ({ id, kind: 'direct' as const, start: 0, end: text.length, text, sourceId: 'p1', source: 'Okafor', cue: 'said', ...extra });
  const records = [
    statementRecord('a', st('q1', '“The bridge will reopen in June,”', { confidence: 0.95 }), 'Ngozi Okafor'),
    statementRecord('a', st('q2', '“Nobody told us about the délai,”', { sourceId: 'p2', source: 'a resident', confidence: 0.3 }), 'a resident'),
    statementRecord('b', st('a7', 'the bridge was never safe', { kind: 'reported', confidence: 0.6 }), 'Ngozi Okafor'),
  ];

  it('folds text for matching at word starts', () => {
    assert.equal(foldForSearch('“Délai,” she said.'), ' delai she said ');
    assert.deepEqual(parseQuery('Bridge "never safe" okaf'), { terms: ['bridge', 'okaf'], phrases: ['never safe'] });
  });

  it('finds a statement by a word in it, by a word prefix and ignoring accents', () => {
    assert.deepEqual(searchStatements(records, 'reopen', 10).hits.map((r) => r.statement.id), ['q1']);
    assert.deepEqual(searchStatements(records, 'bri', 10).hits.map((r) => r.statement.id), ['q1', 'a7']);
    assert.deepEqual(searchStatements(records, 'delai', 10).hits.map((r) => r.statement.id), ['q2']);
    assert.deepEqual(searchStatements(records, 'ridge', 10).hits, [], 'not in the middle of a word');
  });

  it('finds by speaker, and by speaker and words together', () => {
    assert.deepEqual(searchStatements(records, 'okafor', 10).hits.map((r) => r.statement.id), ['q1', 'a7']);
    assert.deepEqual(searchStatements(records, 'okafor safe', 10).hits.map((r) => r.statement.id), ['a7']);
    assert.deepEqual(searchStatements(records, '"never safe"', 10).hits.map((r) => r.statement.id), ['a7']);
    assert.deepEqual(searchStatements(records, '"safe never"', 10).hits, []);
  });

  it('says how many it found beyond the limit', () => {
    const r = searchStatements(records, '', 2);
    assert.equal(r.hits.length, 2);
    assert.equal(r.total, 3);
  });

  it('filters to one kind, to low confidence, or to one speaker', () => {
    assert.deepEqual(searchStatements(records, '', 10, { kind: 'reported' }).hits.map((r) => r.statement.id), ['a7']);
    assert.deepEqual(searchStatements(records, '', 10, { below: 0.5 }).hits.map((r) => r.statement.id), ['q2']);
    assert.deepEqual(searchStatements(records, '', 10, { sources: new Set([sourceRef('b', 'p1')]) }).hits.map((r) => r.statement.id), ['a7']);
  });
});

describe('corpus: timeline', () => {
  const t = (id: string, text: string, type: TimeExpression['type'], value: string | null, start: number): TimeExpression => ({ id, text, type, value, start, end: start + text.length, relative: false });

  it('turns calendar values into the intervals they name', () => {
    const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
    assert.deepEqual(valueInterval('2021-03-18'), { from: day('2021-03-18'), to: day('2021-03-19'), granularity: 'day' });
    assert.deepEqual(valueInterval('2021-03'), { from: day('2021-03-01'), to: day('2021-04-01'), granularity: 'month' });
    assert.deepEqual(valueInterval('2021-12'), { from: day('2021-12-01'), to: day('2022-01-01'), granularity: 'month' });
    assert.deepEqual(valueInterval('2021-Q4'), { from: day('2021-10-01'), to: day('2022-01-01'), granularity: 'quarter' });
    assert.deepEqual(valueInterval('2021-W01'), { from: day('2021-01-04'), to: day('2021-01-11'), granularity: 'week' });
    assert.deepEqual(valueInterval('2020-W53'), { from: day('2020-12-28'), to: day('2021-01-04'), granularity: 'week' });
    assert.deepEqual(valueInterval('199'), { from: day('1990-01-01'), to: day('2000-01-01'), granularity: 'decade' });
    assert.equal(valueInterval('2021-03-18T14:05')!.from, Date.parse('2021-03-18T14:05:00Z'));
    assert.equal(valueInterval('2021-03-18TNI')!.granularity, 'part of day');
    for (const v of ['P2Y', 'PRESENT_REF', 'XXXX-WXX-1', null]) assert.equal(valueInterval(v), null, String(v));
  });

  it('orders dates on the axis and lists durations, sets and references apart', () => {
    const dates = [
      t('t1', '2021-03-19', 'DATE', '2021-03-19', 0),
      t('t2', 'yesterday', 'DATE', '2021-03-18', 20),
      t('t3', 'last month', 'DATE', '2021-02', 40),
      t('t4', 'this month', 'DATE', '2021-03', 60),
      t('t5', 'two years', 'DURATION', 'P2Y', 80),
      t('t6', 'every Monday', 'SET', 'XXXX-WXX-1', 100),
      t('t7', 'now', 'DATE', 'PRESENT_REF', 120),
      t('t8', 'that day', 'DATE', null, 140),
    ];
    const tl = buildTimeline([{ docId: 'a', dates }]);
    assert.deepEqual(tl.points.map((p) => p.date.id), ['t3', 't4', 't2', 't1']);
    assert.deepEqual(tl.durations.map((p) => p.date.id), ['t5']);
    assert.deepEqual(tl.sets.map((p) => p.words), ['every Monday']);
    assert.deepEqual(tl.other.map((p) => p.date.id), ['t7', 't8']);
    assert.equal(tl.points[2].words, 'Thursday, 18 March 2021');
  });

  it('keeps the given article order for dates with the same value', () => {
    const tl = buildTimeline([
      { docId: 'new', dates: [t('x', 'May 1', 'DATE', '2020-05-01', 5)] },
      { docId: 'old', dates: [t('y', 'May 1', 'DATE', '2020-05-01', 0)] },
    ]);
    assert.deepEqual(tl.points.map((p) => p.docId), ['new', 'old']);
  });
});
