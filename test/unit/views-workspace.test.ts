// The pure parts of the views over many articles: the article collection, the People model, the shared
// filter, folder grouping and paging of the Entities view, and the timeline page. Articles are written
// for the tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { summarize } from '../../src/core/corpus/summary';
import { ArticleCollection } from '../../src/extension/index/collection';
import { relativePath } from '../../src/extension/index/paths';
import { runSliced } from '../../src/extension/index/slices';
import { runSteps, type Steps } from '../../src/core/corpus/steps';
import { describeFilter, quotePredicate, statementFilter, statementPredicate, ViewFilter } from '../../src/extension/views/filter';
import { articleSummaryText, DocumentModel, documentNode, layoutDocuments, page, type QuoteNode, type StatementNode as TreeStatementNode } from '../../src/extension/views/model';
import { PeopleModel, statementCounts, type ArticleNode, type KindNode, type PersonNode, type StatementNode } from '../../src/extension/views/peopleModel';
import { escapeHtml, renderTimeline } from '../../src/extension/timeline/render';
import type { Attribution } from '../../src/core/types';
import { ANALYSIS, TEXT } from './extension-fixture';

const ARTICLES: Record<string, string> = {
  'file:///w/a/jan.txt': 'date 2024-01-10\nForeign Minister Teodora Vasquez said the border "will remain open." Vasquez spoke in Lima.',
  'file:///w/a/feb.txt': 'date 2024-02-11\n"We will not pay," Vasquez told reporters on Monday. "Never," said Rafael Quispe.',
  'file:///w/b/mar.txt': 'date 2024-03-12\nMinister Vasquez said: "The talks are over."\n"Nothing is decided," said Teodora Vasquez.',
  'file:///w/b/undated.txt': 'The committee met. "We are ready," said Rafael Quispe.',
};

function collection(): ArticleCollection {
  const c = new ArticleCollection();
  for (const [id, text] of Object.entries(ARTICLES)) {
    const name = id.split('/').pop()!;
    c.set({ id, name, path: id.slice('file:///w/'.length), summary: summarize(analyze(text, { fileName: name })) });
  }
  return c;
}

describe('views: the article collection', () => {
  it('sorts articles newest first by their own date, undated last', () => {
    assert.deepEqual(collection().sorted().map((a) => a.name), ['mar.txt', 'feb.txt', 'jan.txt', 'undated.txt']);
  });

  it('rebuilds what it derives only after a change', () => {
    const c = collection();
    const people = c.people();
    assert.equal(c.people(), people, 'reused while nothing changed');
    const g = c.generation;
    c.delete('file:///w/a/feb.txt');
    assert.notEqual(c.people(), people);
    assert.equal(c.generation, g + 1);
    assert.equal(c.delete('file:///w/a/feb.txt'), false);
  });

  it('lists statements with their speaker named as across articles, newest article first', () => {
    const records = collection().statements();
    assert.equal(records[0].docId, 'file:///w/b/mar.txt');
    // The February article says only "Vasquez"; the others name her in full.
    const feb = records.find((r) => /will not pay/.test(r.statement.text))!;
    assert.equal(feb.speaker, 'Teodora Vasquez', JSON.stringify(records.map((r) => [r.speaker, r.statement.text])));
    assert.match(feb.foldedSpeaker, / teodora vasquez /);
  });

  it('groups a merged person’s statements by article, newest first', () => {
    const c = collection();
    const vasquez = c.people().find((p) => p.name === 'Teodora Vasquez')!;
    const groups = c.byArticle(vasquez);
    assert.deepEqual(groups.map((g) => g.article.name), ['mar.txt', 'feb.txt', 'jan.txt']);
    assert.deepEqual(groups.map((g) => g.statements.length), [2, 1, 1]);
  });
});

describe('index: sliced computations', () => {
  function* count(n: number): Steps<number> {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += i;
      if (i % 10 === 0) yield;
    }
    return sum;
  }

  it('gives the same result in slices as at once, letting other work run in between', async () => {
    // Other work: a callback that queues itself again on every turn of the event loop.
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    // A budget of 0 ms: one step per slice (50 slices).
    const sliced = await runSliced(count(500), () => false, 0);
    done = true;
    assert.equal(sliced, runSteps(count(500)));
    assert.ok(turns >= 40, `other work ran only ${turns} times during 50 slices`);
  });

  it('stops when cancelled', async () => {
    let asked = 0;
    assert.equal(await runSliced(count(500), () => ++asked > 2, 0), undefined);
  });

  it('merges people the same way in slices', async () => {
    const c = collection();
    const sliced = await c.peopleAsync();
    const fresh = collection();
    assert.deepEqual(sliced.map((p) => [p.key, p.statements]), fresh.people().map((p) => [p.key, p.statements]));
    assert.equal(await c.peopleAsync(), sliced, 'computed once per change');
    assert.equal((await c.statementsAsync()).length, fresh.statements().length);
  });
});

describe('views: the People model', () => {
  const c = collection();
  const model = new PeopleModel(c, c.people(), {}, 200, new Map());

  it('lists people first, each merged across articles with counts', () => {
    const kinds = model.roots();
    assert.equal(kinds[0].kind, 'person');
    const people = model.children(kinds[0]) as PersonNode[];
    const vasquez = people.find((p) => p.merged.name === 'Teodora Vasquez')!;
    assert.equal(vasquez, people[0], 'most statements first');
    assert.equal(vasquez.statements, 4);
    assert.equal(vasquez.articles, 3);
    const articles = model.children(vasquez) as ArticleNode[];
    assert.deepEqual(articles.map((a) => a.article.name), ['mar.txt', 'feb.txt', 'jan.txt']);
    const statements = model.children(articles[0]) as StatementNode[];
    assert.deepEqual(statements.map((s) => s.statement.text), ['"The talks are over."', '"Nothing is decided,"']);
    assert.equal(statements[0].parent.parent, vasquez);
  });

  it('keeps node ids stable across rebuilds and unique', () => {
    const ids = (m: PeopleModel) => {
      const out: string[] = [];
      const walk = (n?: Parameters<PeopleModel['children']>[0]) => m.children(n).forEach((x) => (out.push(x.id), walk(x)));
      walk();
      return out;
    };
    const again = new PeopleModel(collection(), collection().people(), {}, 200, new Map());
    assert.deepEqual(ids(again), ids(model));
    assert.equal(new Set(ids(model)).size, ids(model).length);
  });

  it('pages a long list with a "more" row that says how many are left', () => {
    const small = new PeopleModel(c, c.people(), {}, 1, new Map());
    const kind = small.roots()[0] as KindNode;
    const rows = small.children(kind);
    assert.equal(rows.length, 2);
    const more = rows[1];
    assert.equal(more.type, 'more');
    assert.equal(more.type === 'more' && more.remaining, kind.count - 1);
    const grown = new PeopleModel(c, c.people(), {}, 1, new Map([[kind.id, 2]]));
    assert.equal(grown.children(grown.roots()[0]).filter((n) => n.type === 'person').length, Math.min(2, kind.count));
  });

  it('filters to one speaker, leaving out everyone else', () => {
    const vasquez = c.people().find((p) => p.name === 'Teodora Vasquez')!;
    const state = { speaker: { key: vasquez.key, name: vasquez.name } };
    const filtered = new PeopleModel(c, c.people(), statementFilter(state, c.people(), 0.5), 200, new Map());
    const people = filtered.children(filtered.roots()[0]) as PersonNode[];
    assert.deepEqual(people.map((p) => p.merged.name), ['Teodora Vasquez']);
    assert.equal(filtered.roots().length, 1, 'places without statements are left out while filtering');
  });

  it('words counts of statements', () => {
    const s = (kind: 'direct' | 'reported') => ({ id: 'x', kind, start: 0, end: 1, text: 'x', sourceId: null, source: null, cue: null });
    assert.equal(statementCounts([s('direct'), s('direct'), s('reported')]), '2 quotes · 1 reported');
    assert.equal(statementCounts([]), 'mentioned');
  });
});

describe('views: the shared filter', () => {
  it('describes itself and tells listeners', () => {
    const f = new ViewFilter();
    let heard = 0;
    const sub = f.onDidChange(() => heard++);
    f.set({ kind: 'reported', lowConfidence: true });
    assert.equal(describeFilter(f.state, 0.5), 'Filtered: reported statements · confidence below 0.5');
    f.clear();
    assert.equal(describeFilter(f.state, 0.5), undefined);
    sub.dispose();
    f.set({ lowConfidence: true });
    assert.equal(heard, 2);
  });

  it('keeps only the matching quotes of an open document', () => {
    const uri = 'file:///w/seed.txt';
    const low = { ...ANALYSIS, quotes: [{ ...ANALYSIS.quotes[0], confidence: 0.2 }, { ...ANALYSIS.quotes[1], confidence: 0.9 }] };
    const state = { lowConfidence: true };
    const keep = quotePredicate(state, uri, low, statementFilter(state, [], 0.5))!;
    const model = new DocumentModel(documentNode(uri), low, keep);
    const groups = model.childrenOf(model.root);
    const quotes = groups.find((g) => g.type === 'group' && g.group === 'quotes')!;
    assert.deepEqual((model.childrenOf(quotes) as QuoteNode[]).map((q) => q.quote.id), ['q1']);
    assert.equal(quotePredicate({}, uri, low, {}), undefined, 'no filter, no predicate');
  });

  it('lists reported statements under their speaker and in their own group, filtered like quotes', () => {
    const uri = 'file:///w/seed.txt';
    const blinken = ANALYSIS.entities.find((e) => e.name === 'Antony Blinken')!;
    const statement = (id: string, needle: string, confidence: number): Attribution => {
      const start = TEXT.indexOf(needle);
      return { id, kind: 'reported', content: [{ start, end: start + needle.length, text: needle }], source: blinken.mentions[0], sourceId: blinken.id, cue: null, confidence, strategy: 'cue-before', quoteIds: [] };
    };
    const a = { ...ANALYSIS, attributions: [statement('a8', 'it was', 0.9), statement('a9', 'serious', 0.2)] };
    const all = new DocumentModel(documentNode(uri), a);
    const group = (m: DocumentModel, g: string) => m.childrenOf(m.root).find((n) => n.type === 'group' && n.group === g)!;
    const reportedGroup = all.childrenOf(group(all, 'reported')) as TreeStatementNode[];
    assert.deepEqual(reportedGroup.map((n) => [n.attribution.id, n.speaker]), [['a8', 'Antony Blinken'], ['a9', 'probably Blinken?']]);
    assert.deepEqual(new DocumentModel(documentNode(uri), a, undefined, undefined, 0.1).childrenOf(group(all, 'reported')).map((n) => (n as TreeStatementNode).speaker), ['Antony Blinken', 'Antony Blinken'], 'the setting\'s threshold');
    const [speaker] = all.childrenOf(group(all, 'speakers'));
    // Quotes and reported statements in reading order, the speaker's name beside neither (it is the parent).
    assert.deepEqual(all.childrenOf(speaker).map((n) => n.type), ['quote', 'quote', 'statement', 'statement']);
    // Ids from the text: the same in a new model, and unique.
    const again = new DocumentModel(documentNode(uri), a);
    assert.deepEqual(again.childrenOf(group(again, 'reported')).map((n) => n.id), reportedGroup.map((n) => n.id));
    // Only low-confidence items: one statement, in the group and under the speaker.
    const state = { lowConfidence: true };
    const filter = statementFilter(state, [], 0.5);
    const filtered = new DocumentModel(documentNode(uri), a, quotePredicate(state, uri, a, filter), statementPredicate(state, uri, filter));
    assert.deepEqual((filtered.childrenOf(group(filtered, 'reported')) as TreeStatementNode[]).map((n) => n.attribution.id), ['a9']);
    const [only] = filtered.childrenOf(group(filtered, 'speakers'));
    assert.deepEqual(filtered.childrenOf(only).map((n) => n.type), ['statement']);
    assert.equal(statementPredicate({}, uri, {}), undefined, 'no filter, no predicate');
  });
});

describe('views: the Entities view over many documents', () => {
  const docs = (n: number, folder: (i: number) => string) => Array.from({ length: n }, (_, i) => ({ uri: `file:///w/${folder(i)}/d${String(i).padStart(4, '0')}.txt`, path: `${folder(i)}/d${String(i).padStart(4, '0')}.txt` }));

  it('lists up to a page of documents as they are, by path', () => {
    const layout = layoutDocuments(docs(3, () => 'x').reverse(), 200);
    assert.equal(layout.grouped, false);
    assert.deepEqual(!layout.grouped && layout.documents.map((d) => d.path), ['x/d0000.txt', 'x/d0001.txt', 'x/d0002.txt']);
  });

  it('groups more than a page by folder, and pages each folder', () => {
    const layout = layoutDocuments(docs(450, (i) => (i < 400 ? 'archive/2021' : 'seeds')), 200);
    assert.ok(layout.grouped);
    assert.deepEqual(layout.folders.map((f) => [f.path, f.documents.length]), [['archive/2021', 400], ['seeds', 50]]);
    const p = page(layout.folders[0].documents, 200, 'folder:archive/2021', 200);
    assert.equal(p.items.length, 200);
    assert.deepEqual(p.more && [p.more.remaining, p.more.next, p.more.id], [200, 200, 'folder:archive/2021#more']);
    assert.equal(page(layout.folders[1].documents, 200, 'x', 200).more, undefined);
  });

  it('gives quote, date and mention nodes ids from their text, so an edit elsewhere keeps them', () => {
    const root = documentNode('file:///w/seed.txt');
    const before = new DocumentModel(root, ANALYSIS);
    // The same quotes after an earlier quote was inserted: their positions and q-ids changed.
    const shift = 40;
    const moved = { ...ANALYSIS, quotes: ANALYSIS.quotes.map((q, i) => ({ ...q, id: `q${i + 2}`, start: q.start + shift, end: q.end + shift })), entities: ANALYSIS.entities.map((e) => ({ ...e, quoteIds: e.quoteIds.map((id) => `q${Number(id.slice(1)) + 1}`), mentions: e.mentions.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })) })) };
    const after = new DocumentModel(root, moved);
    const ids = (m: DocumentModel) => {
      const out: string[] = [];
      const walk = (n: Parameters<DocumentModel['childrenOf']>[0]) => m.childrenOf(n).forEach((c) => (out.push(c.id), walk(c)));
      walk(root);
      return out;
    };
    assert.deepEqual(ids(after), ids(before));
  });

  it('labels documents with workspace-relative paths', () => {
    const one = [{ uri: 'file:///w/news', name: 'news' }];
    assert.equal(relativePath('file:///w/news/2021/a%20b.txt', one), '2021/a b.txt');
    assert.equal(relativePath('file:///w/newsroom/a.txt', one), '/w/newsroom/a.txt', 'a folder name that is a prefix is not the folder');
    const two = [...one, { uri: 'file:///x/', name: 'other' }];
    assert.equal(relativePath('file:///x/a.txt', two), 'other/a.txt');
  });

  it('summarises an indexed article without its full analysis', () => {
    assert.equal(articleSummaryText(summarize(ANALYSIS)), '1 speaker · 2 quotes · 2 dates');
    const empty = summarize(analyze('', {}));
    assert.match(articleSummaryText(empty), /empty/i);
  });
});

describe('timeline page', () => {
  const c = collection();
  const res = { nonce: 'N0nce', cspSource: 'vscode-resource:', scriptUri: 'vscode-resource:/media/timeline.js', style: 'body { color: red; } /* </style><script>x</script> */' };
  const articles = new Map(c.sorted().map((x) => [x.id, { name: x.name, path: x.path, date: x.summary.documentDate.value }]));

  it('has a strict content security policy: one script, by nonce', () => {
    const html = renderTimeline({ title: 'T', timeline: c.timeline(), articles, showArticle: true }, res);
    assert.match(html, /default-src 'none'; style-src 'nonce-N0nce'; script-src 'nonce-N0nce';/);
    assert.equal((html.match(/<\/style>/g) ?? []).length, 1, 'a style sheet cannot close its element and open a script');
    assert.equal((html.match(/<script /g) ?? []).length, 1);
    assert.match(html, /<style nonce="N0nce">body \{ color: red; \}/);
    assert.match(html, /<script nonce="N0nce" src="vscode-resource:\/media\/timeline.js"><\/script>/);
    assert.doesNotMatch(html, /style="/, 'inline styles would be refused by the policy');
    assert.doesNotMatch(html, /on(click|load)=/);
  });

  it('places dated items in time order, each linking back to its text, durations apart', () => {
    const text = 'date 2021-03-19\nIt rained yesterday. The talks last month took about two years to set up, and this month they end.';
    const one = summarize(analyze(text));
    const cc = new ArticleCollection();
    cc.set({ id: 'file:///x.txt', name: 'x.txt', path: 'x.txt', summary: one });
    const html = renderTimeline({ title: 'T', timeline: cc.timeline(), articles: new Map([['file:///x.txt', { name: 'x.txt', path: 'x.txt', date: '2021-03-19' }]]), showArticle: false }, res);
    const values = [...html.matchAll(/<li class="event"[^>]*><button[^>]*data-value="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(values, [...values].sort(), 'earliest first');
    assert.ok(values.includes('2021-03-18') && values.includes('2021-02'), values.join());
    assert.match(html, /<h2 id="durations-h">Durations/);
    assert.match(html, /data-value="P2Y"/);
    for (const d of one.dates) assert.ok(html.includes(`data-start="${d.start}" data-end="${d.end}"`), d.text);
    assert.doesNotMatch(html, /class="doc"/, 'one article: no article names on items');
  });

  it('escapes article text', () => {
    assert.equal(escapeHtml(`<b>"x" & 'y'</b>`), '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
    const evil = summarize(analyze('date 2021-03-19\n<img src=x onerror=alert(1)> yesterday'));
    const cc = new ArticleCollection();
    cc.set({ id: 'file:///e.txt', name: '<e>.txt', path: '<e>.txt', summary: evil });
    const html = renderTimeline({ title: '<t>', timeline: cc.timeline(), articles: new Map([['file:///e.txt', { name: '<e>.txt', path: '<e>.txt', date: null }]]), showArticle: true }, res);
    assert.doesNotMatch(html, /<e>|<t>|<img/);
  });
});
