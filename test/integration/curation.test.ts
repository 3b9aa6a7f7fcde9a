// Correcting annotations by hand (issue 10) in a real VS Code: every command on the seed article, with the
// NAME.ann checked after each; text edits, undo, files changed on disk and malformed files. The suite
// leaves the workspace as it found it (the other suites expect the automatic analysis).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ANNOTATION_CONF, loadCurated } from '../../src/core/curated';
import type { NewsAnnotatorApi } from '../../src/extension/extension';
import type { EntityNode, GroupNode, QuoteNode, TreeNode } from '../../src/extension/views/model';
import { checkStandoff } from '../unit/bratSpec';
import { extension, openSeed, removeArticles, seedUri, waitFor } from './helpers';

/** How long a test waits for an analysis: minutes on a loaded 2-core machine, where a single seed takes seconds. */
const ANALYSIS_WAIT = 120_000;

async function api(): Promise<NewsAnnotatorApi> {
  const ext = extension();
  return (ext.isActive ? ext.exports : await ext.activate()) as NewsAnnotatorApi;
}

const annPath = (uri: vscode.Uri) => uri.fsPath.replace(/\.txt$/, '.ann');
const readAnn = (uri: vscode.Uri) => fs.readFileSync(annPath(uri), 'utf8');
const lines = (ann: string) => ann.split('\n').filter(Boolean);
/** The id of the T line of a type covering exactly this text. */
function tId(ann: string, type: string, text: string): string | undefined {
  return lines(ann).find((l) => l.split('\t')[1]?.startsWith(`${type} `) && l.split('\t')[2] === text)?.split('\t')[0];
}
const noteOf = (ann: string, id: string) => lines(ann).find((l) => new RegExp(`^#\\d+\\tAnnotatorNotes ${id}\\t`).test(l))?.split('\t')[2];
const checked = (ann: string, id: string) => lines(ann).some((l) => new RegExp(`^A\\d+\\tChecked ${id}$`).test(l));
const speakerOf = (ann: string, contentId: string) => {
  const r = lines(ann).find((l) => new RegExp(`^R\\d+\\tSaid_by Arg1:${contentId} Arg2:`).test(l));
  const sid = r?.split('Arg2:')[1];
  return sid ? noteOf(ann, sid) ?? lines(ann).find((l) => l.startsWith(`${sid}\t`))?.split('\t')[2] : undefined;
};

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}
async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  return hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset))) ?? []);
}

function select(editor: vscode.TextEditor, text: string, from = 0): { start: number; end: number } {
  const start = editor.document.getText().indexOf(text, from);
  assert.ok(start >= 0, `"${text}" is not in the article`);
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + text.length));
  return { start, end: start + text.length };
}

async function treeChildren(a: NewsAnnotatorApi, uri: vscode.Uri): Promise<GroupNode[]> {
  const root = await waitFor('the document in the view', async () => (await a.tree.getChildren()).find((n) => n.type === 'document' && n.uri === uri.toString()));
  return (await a.tree.getChildren(root)) as GroupNode[];
}

describe('correcting annotations (NAME.ann beside the article)', function () {
  this.timeout(4 * ANALYSIS_WAIT);
  this.bail(true); // each step builds on the .ann the previous one wrote
  const seed = seedUri();
  const extra: vscode.Uri[] = [];
  let a: NewsAnnotatorApi;
  let editor: vscode.TextEditor;
  /** An article of the test's own beside the seed, removed (with its .ann and .meta.json) after the suite. */
  const articleBesideSeed = (name: string, text: string): vscode.Uri => {
    const uri = vscode.Uri.file(path.join(path.dirname(seed.fsPath), name));
    extra.push(uri);
    fs.writeFileSync(uri.fsPath, text);
    return uri;
  };

  before(async () => {
    a = await api();
    for (const f of [annPath(seed), path.join(path.dirname(seed.fsPath), 'annotation.conf')]) assert.ok(!fs.existsSync(f), `${f} left over from an earlier run`);
    editor = await openSeed();
    assert.ok(await a.store.whenCurrent(editor.document, ANALYSIS_WAIT));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    for (const f of [annPath(seed), path.join(path.dirname(seed.fsPath), 'annotation.conf'), ...extra.flatMap((u) => [annPath(u), u.fsPath.replace(/\.txt$/, '.meta.json')])]) fs.rmSync(f, { force: true });
    await removeArticles(a.index, extra.map((u) => u.fsPath));
    // The views go back to the automatic analysis.
    const doc = await vscode.workspace.openTextDocument(seed);
    await a.store.republish(seed);
    await waitFor('the automatic analysis again', async () => !(await a.store.whenCurrent(doc, ANALYSIS_WAIT))?.analysis.curated);
  });

  it('Change Speaker… writes the whole analysis plus the correction, annotation.conf beside, and every view shows it', async () => {
    const entry = a.store.current(editor.document)!;
    const quote = entry.analysis.quotes.find((q) => q.text.includes('source of instability'))!;
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.changeSpeaker', { uri: seed.toString(), type: 'Quote', start: quote.start, end: quote.end }, { speaker: 'Lloyd Austin' }));
    const ann = readAnn(seed);
    const text = editor.document.getText();
    // The whole automatic analysis is there, plus the correction, in a file brat reads.
    assert.deepEqual(checkStandoff(text, ann, ANNOTATION_CONF).errors, []);
    for (const q of entry.automatic.quotes) assert.ok(tId(ann, 'Quote', q.text.replace(/\s*\n\s*/g, ' ')), `quote missing from the .ann: ${q.text}`);
    assert.equal(lines(ann).filter((l) => /\tDate /.test(l)).length, entry.automatic.dates.length);
    const qid = tId(ann, 'Quote', quote.text)!;
    assert.equal(speakerOf(ann, qid), 'Lloyd Austin');
    assert.ok(checked(ann, qid));
    assert.equal(fs.readFileSync(path.join(path.dirname(seed.fsPath), 'annotation.conf'), 'utf8'), ANNOTATION_CONF);
    // Editor, hover, tree and status bar.
    const now = a.store.current(editor.document)!;
    assert.ok(now.analysis.curated);
    const q = now.analysis.quotes.find((x) => x.start === quote.start)!;
    assert.equal(now.analysis.entities.find((e) => e.id === q.speakerId)?.name, 'Lloyd Austin');
    const hover = await hoverAt(editor.document, quote.start + 5);
    assert.match(hover, /said by \*\*Lloyd Austin\*\*/);
    assert.match(hover, /checked by hand/);
    const speakers = (await a.tree.getChildren((await treeChildren(a, seed)).find((g) => g.group === 'speakers'))) as EntityNode[];
    const austin = speakers.find((s) => s.entity.name === 'Lloyd Austin')!;
    assert.equal(austin.entity.quoteIds.length, 3);
    const node = ((await a.tree.getChildren(austin)) as QuoteNode[]).find((n) => n.quote.start === quote.start)!;
    assert.match(String(a.tree.getTreeItem(node).description), /✓/);
    assert.equal(a.tree.getTreeItem(node).contextValue, 'newsAnnotator.quote');
    await waitFor('the review count', () => /reviewed 1\/\d+/.test(a.statusBar.reviewItem.text));
  });

  it('the hover offers Change speaker… as a link that runs the command on that quote', async () => {
    const entry = a.store.current(editor.document)!;
    const quote = entry.analysis.quotes.find((q) => q.text.includes('critical role'))!;
    const hover = await hoverAt(editor.document, quote.start + 3);
    const m = /\[Change speaker…\]\(command:newsAnnotator\.changeSpeaker\?([^)]+)\)/.exec(hover);
    assert.ok(m, hover);
    const [arg] = JSON.parse(decodeURIComponent(m[1]));
    assert.deepEqual([arg.type, arg.start, arg.end], ['Quote', quote.start, quote.end]);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.changeSpeaker', arg, { speaker: 'Antony Blinken' }));
    assert.ok(checked(readAnn(seed), tId(readAnn(seed), 'Quote', quote.text)!));
  });

  it('Mark Selection as Quote adds a checked quote; Remove Annotation takes it away again', async () => {
    const span = select(editor, 'US-led diplomacy focusing on North Korea’s nuclear weapons remains stalemated');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markQuote'));
    let ann = readAnn(seed);
    const id = tId(ann, 'Quote', 'US-led diplomacy focusing on North Korea’s nuclear weapons remains stalemated')!;
    assert.ok(id && checked(ann, id));
    assert.ok(a.store.current(editor.document)!.analysis.quotes.some((q) => q.start === span.start && q.end === span.end));
    editor.selection = new vscode.Selection(editor.document.positionAt(span.start + 3), editor.document.positionAt(span.start + 3));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.removeAnnotation'));
    ann = readAnn(seed);
    assert.equal(tId(ann, 'Quote', 'US-led diplomacy focusing on North Korea’s nuclear weapons remains stalemated'), undefined);
    assert.ok(!lines(ann).some((l) => l.includes(`Checked ${id}`)));
  });

  it('Mark Selection as Reported Speech, then Change Speaker…: the statement is painted, hovered and listed under its speaker', async () => {
    const content = 'Beijing has “a critical role to play” to persuade North Korea to denuclearize';
    const span = select(editor, content);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markReported'));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.changeSpeaker', { uri: seed.toString(), type: 'Statement', ...span }, { speaker: 'Antony Blinken' }));
    const ann = readAnn(seed);
    const id = tId(ann, 'Statement', content)!;
    assert.equal(speakerOf(ann, id), 'Antony Blinken');
    assert.ok(checked(ann, id));
    const entry = a.store.current(editor.document)!;
    const statement = entry.analysis.attributions.find((x) => x.kind !== 'direct' && x.content[0].start === span.start)!;
    assert.equal(statement.kind, 'mixed'); // it quotes in part
    const painted = await waitFor('reported speech painted', () => {
      const p = a.highlighter.lastPainted(editor);
      return p?.version === editor.document.version && p.ranges.reported?.some((r) => editor.document.offsetAt(r.start) === span.start) ? p : undefined;
    });
    assert.ok(painted.ranges.reported!.length >= 1);
    const hover = await hoverAt(editor.document, span.start + 2);
    assert.match(hover, /\*\*Reported, quoting in part,\*\* by \*\*Antony Blinken\*\*/);
    assert.match(hover, /checked by hand/);
    const groups = await treeChildren(a, seed);
    const blinken = ((await a.tree.getChildren(groups.find((g) => g.group === 'speakers'))) as EntityNode[]).find((s) => s.entity.name === 'Antony Blinken')!;
    const kids = await a.tree.getChildren(blinken);
    const st = kids.find((k) => k.type === 'statement')!;
    assert.ok(st, JSON.stringify(kids.map((k) => k.type)));
    assert.equal(a.tree.getTreeItem(st).contextValue, 'newsAnnotator.statement');
    assert.match(String(a.tree.getTreeItem(blinken).description), /\d+ reported/);
    const reportedCount = entry.analysis.attributions.filter((x) => x.kind !== 'direct').length;
    assert.equal(groups.find((g) => g.group === 'reported')?.count, reportedCount);
    await waitFor('the status bar count', () => a.statusBar.item.text.includes(`${reportedCount} reported`));
    // Next quote walks reported statements too.
    editor.selection = new vscode.Selection(editor.document.positionAt(span.start - 5), editor.document.positionAt(span.start - 5));
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.equal(editor.document.offsetAt(editor.selection.start), span.start);
  });

  it('Mark Selection as Date… proposes and validates a TimeML value and writes it in the note', async () => {
    const span = select(editor, 'the middle of last month');
    const before = readAnn(seed);
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.markDate', undefined, { type: 'DATE', value: '2021-02-31' }), false);
    assert.equal(readAnn(seed), before, 'an invalid value changes nothing');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markDate', undefined, { type: 'DATE', value: '2021-02-XX' }));
    const ann = readAnn(seed);
    const id = tId(ann, 'Date', 'the middle of last month')!;
    assert.equal(noteOf(ann, id), 'DATE 2021-02-XX');
    assert.ok(checked(ann, id));
    assert.equal(lines(ann).filter((l) => /\tDate /.test(l)).length, lines(before).filter((l) => /\tDate /.test(l)).length, 'replaced, not added');
    assert.equal(a.store.current(editor.document)!.analysis.dates.find((d) => d.start === span.start)?.value, '2021-02-XX');
  });

  it('Mark Selection as Person / Organization / Place', async () => {
    select(editor, 'Biden');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markPerson'));
    let ann = readAnn(seed);
    assert.equal(noteOf(ann, tId(ann, 'Person', 'Biden')!), 'Joe Biden — US President');
    assert.equal(tId(ann, 'Person', 'Joe Biden'), undefined, 'the overlapping mention was replaced');
    select(editor, 'US allies and partners');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markOrganization'));
    select(editor, 'the North');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markPlace', undefined, 'North Korea'));
    ann = readAnn(seed);
    assert.ok(checked(ann, tId(ann, 'Organization', 'US allies and partners')!));
    assert.equal(noteOf(ann, tId(ann, 'Place', 'the North')!), 'North Korea');
    const nk = a.store.current(editor.document)!.analysis.entities.find((e) => e.name === 'North Korea')!;
    assert.ok(nk.mentions.some((m) => m.text === 'the North'));
  });

  it('Remove Annotation on a date under the cursor, and from the tree', async () => {
    const entry = a.store.current(editor.document)!;
    const y = entry.analysis.dates.filter((d) => d.text === 'yesterday');
    const before = lines(readAnn(seed)).filter((l) => /\tDate .*\tyesterday$/.test(l)).length;
    editor.selection = new vscode.Selection(editor.document.positionAt(y[0].start + 1), editor.document.positionAt(y[0].start + 1));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.removeAnnotation'));
    assert.equal(lines(readAnn(seed)).filter((l) => /\tDate .*\tyesterday$/.test(l)).length, before - 1);
    const dates = await a.tree.getChildren((await treeChildren(a, seed)).find((g) => g.group === 'dates'));
    const twoYears = dates.find((d) => d.type === 'date' && d.date.text === 'about two years')!;
    assert.equal(a.tree.getTreeItem(twoYears).contextValue, 'newsAnnotator.date');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.removeAnnotation', twoYears));
    assert.equal(tId(readAnn(seed), 'Date', 'about two years'), undefined);
  });

  it('Rename Entity… and Merge Entity into… change every note, speakers included', async () => {
    const groups = await treeChildren(a, seed);
    const speakers = (await a.tree.getChildren(groups.find((g) => g.group === 'speakers'))) as EntityNode[];
    const choe = speakers.find((s) => s.entity.name === 'Choe Son-hui')!;
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.renameEntity', choe, 'Choe Son Hui'));
    let ann = readAnn(seed);
    assert.ok(!lines(ann).some((l) => /^#\d+\tAnnotatorNotes T\d+\tChoe Son-hui/.test(l)), 'no note keeps the old name');
    assert.match(ann, /AnnotatorNotes T\d+\tChoe Son Hui — North Korean Vice Minister of Foreign Affairs/);
    assert.ok(lines(ann).some((l) => /^#\d+\tAnnotatorNotes T\d+\tChoe Son Hui$/.test(l)), 'speaker notes follow');
    const places = (await a.tree.getChildren((await treeChildren(a, seed)).find((g) => g.group === 'places'))) as TreeNode[];
    const pyongyang = places.find((n) => n.type === 'entity' && n.entity.name === 'Pyongyang')!;
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.mergeEntity', pyongyang, 'North Korea'));
    ann = readAnn(seed);
    assert.equal(noteOf(ann, tId(ann, 'Place', 'Pyongyang')!), 'North Korea');
    const merged = a.store.current(editor.document)!.analysis.entities;
    assert.ok(!merged.some((e) => e.name === 'Pyongyang'), JSON.stringify(merged.filter((e) => /Pyong|North/.test(e.name)).map((e) => [e.name, e.kind, e.mentions.map((m) => m.text)])) + lines(ann).filter((l) => /Pyong/.test(l)).join('|'));
  });

  it('Compare with Automatic Analysis lists what differs and takes a pick', async () => {
    const diffs = await vscode.commands.executeCommand<{ kind: string; label: string; span: { start: number } }[]>('newsAnnotator.compareWithAutomatic', { take: [] });
    const quote = a.store.current(editor.document)!.analysis.quotes.find((q) => q.text.includes('source of instability'))!;
    const i = diffs.findIndex((d) => d.kind === 'source' && d.span.start === quote.start);
    assert.ok(i >= 0, JSON.stringify(diffs.map((d) => d.label)));
    assert.match(diffs[i].label, /Antony Blinken/);
    await vscode.commands.executeCommand('newsAnnotator.compareWithAutomatic', { take: [i] });
    const ann = readAnn(seed);
    assert.equal(speakerOf(ann, tId(ann, 'Quote', quote.text)!), 'Antony Blinken');
  });

  it('Next Item to Review selects the least confident unchecked item and Enter confirms it', async () => {
    const before = lines(readAnn(seed)).filter((l) => /\tChecked /.test(l)).length;
    const walking = vscode.commands.executeCommand<number>('newsAnnotator.nextItemToReview');
    const item = await waitFor('an item under review', () => a.review.current);
    assert.equal(item.checked, false);
    assert.equal(editor.document.offsetAt(vscode.window.activeTextEditor!.selection.start), item.span.start);
    await new Promise((r) => setTimeout(r, 300)); // the picker opens
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor('the next item', () => a.review.current && a.review.current.span.start !== item.span.start);
    // Escape ends the walk (again, if the next picker was not open yet).
    let done = false;
    void walking.then(() => (done = true));
    await waitFor('the walk to end', async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await new Promise((r) => setTimeout(r, 200));
      return done;
    });
    assert.equal(await walking, 1);
    assert.equal(lines(readAnn(seed)).filter((l) => /\tChecked /.test(l)).length, before + 1);
  });

  it('Mark Document as Reviewed checks everything; Undo Last Correction takes it back', async () => {
    const before = readAnn(seed);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markReviewed'));
    const m = await waitFor('all reviewed', () => /reviewed (\d+)\/(\d+)/.exec(a.statusBar.reviewItem.text));
    assert.equal(m[1], m[2]);
    assert.match(await vscode.commands.executeCommand<string>('newsAnnotator.undoCorrection') ?? '', /Mark Document as Reviewed/);
    assert.equal(readAnn(seed), before);
    await waitFor('the count back', () => { const r = /reviewed (\d+)\/(\d+)/.exec(a.statusBar.reviewItem.text); return r && r[1] !== r[2]; });
  });

  it('edits move curated spans, the .ann is rewritten on save, and the editor\'s undo restores it exactly', async () => {
    const before = readAnn(seed);
    const quote = a.store.current(editor.document)!.analysis.quotes.find((q) => q.text.includes('source of instability'))!;
    await editor.edit((b) => b.insert(editor.document.positionAt(quote.start), 'As he put it, '));
    const moved = await a.store.whenCurrent(editor.document, ANALYSIS_WAIT);
    const q = moved!.analysis.quotes.find((x) => x.text === quote.text)!;
    assert.equal(q.start, quote.start + 'As he put it, '.length);
    assert.ok(moved!.analysis.curated?.checked.includes(q.id), 'still checked');
    assert.equal(readAnn(seed), before, 'not written before the article is saved');
    await editor.document.save();
    const saved = await waitFor('the .ann rewritten', () => (readAnn(seed) !== before ? readAnn(seed) : undefined));
    assert.deepEqual(checkStandoff(editor.document.getText(), saved, ANNOTATION_CONF).errors, []);
    await vscode.commands.executeCommand('undo');
    assert.ok(!editor.document.getText().includes('As he put it, '));
    await editor.document.save();
    const diff = () => {
      const now = lines(readAnn(seed));
      const was = lines(before);
      return `${now.filter((l) => !was.includes(l)).join('\n')}\n---\n${was.filter((l) => !now.includes(l)).join('\n')}`;
    };
    await waitFor('the .ann as it was', () => readAnn(seed) === before).catch((err) => assert.fail(`${err}\n${diff()}`));
  });

  it('a deleted span comes back with the editor\'s undo and is never written as lost', async () => {
    const before = readAnn(seed);
    const at = editor.document.getText().indexOf('Choe called');
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 4))));
    const cut = await a.store.whenCurrent(editor.document, ANALYSIS_WAIT);
    assert.ok(cut!.analysis.curated!.problems.some((p) => /"Choe"/.test(p.message)));
    await waitFor('the lost span in Problems', () => vscode.languages.getDiagnostics(vscode.Uri.file(annPath(seed))).some((d) => /"Choe"/.test(d.message)));
    await vscode.commands.executeCommand('undo');
    const back = await a.store.whenCurrent(editor.document, ANALYSIS_WAIT);
    assert.deepEqual(back!.analysis.curated!.problems, []);
    await editor.document.save();
    assert.equal(readAnn(seed), before);
  });

  it('reads the same annotations back from the file alone (what a reload sees)', async () => {
    const shown = a.store.current(editor.document)!.analysis;
    const fresh = loadCurated(editor.document.getText(), readAnn(seed), { fileName: seed.fsPath });
    const view = (x: typeof shown) => ({
      quotes: x.quotes.map((q) => [q.start, q.end, q.speaker?.text, x.entities.find((e) => e.id === q.speakerId)?.name]),
      attributions: x.attributions.map((s) => [s.kind, s.content.map((c) => c.start), s.source?.start, s.sourceId]),
      dates: x.dates.map((d) => [d.start, d.end, d.type, d.value]),
      entities: x.entities.map((e) => [e.kind, e.name, e.title, e.mentions.map((m) => m.start)]),
      checked: [...(x.curated?.checked ?? [])].sort(),
    });
    assert.deepEqual(view(fresh), view(shown));
  });

  it('Set Document Date… writes NAME.meta.json for an article without a dateline, undoably', async () => {
    const text = fs.readFileSync(seed.fsPath, 'utf8').replace(/^\s*date \S+\s*/, '');
    const uri = articleBesideSeed('dateless.txt', text);
    const e = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const first = await a.store.whenCurrent(e.document, ANALYSIS_WAIT);
    assert.equal(first!.analysis.documentDate.value, null);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.setDocumentDate', '2021-03-19'));
    const meta = uri.fsPath.replace(/\.txt$/, '.meta.json');
    assert.deepEqual(JSON.parse(fs.readFileSync(meta, 'utf8')), { date: '2021-03-19' });
    const dated = await waitFor('the new date', async () => { const x = await a.store.whenCurrent(e.document, ANALYSIS_WAIT); return x?.analysis.documentDate.value === '2021-03-19' ? x : undefined; });
    assert.equal(dated.analysis.documentDate.source, 'meta');
    assert.equal(dated.analysis.dates.find((d) => d.text === 'yesterday')?.value, '2021-03-18');
    assert.match(await vscode.commands.executeCommand<string>('newsAnnotator.undoCorrection') ?? '', /Set Document Date/);
    assert.ok(!fs.existsSync(meta));
    // A meta file that is not a JSON object is refused, not overwritten.
    fs.writeFileSync(meta, '[1, 2');
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.setDocumentDate', '2021-03-19'), false);
    assert.equal(fs.readFileSync(meta, 'utf8'), '[1, 2');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('re-anchors a curated file to an article changed on disk, and lists what it cannot place in Problems', async () => {
    const original = fs.readFileSync(seed.fsPath, 'utf8');
    const uri = articleBesideSeed('moved.txt', original);
    let e = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const entry = (await a.store.whenCurrent(e.document, ANALYSIS_WAIT))!;
    const quote = entry.analysis.quotes.find((q) => q.text.includes('source of instability'))!;
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.changeSpeaker', { uri: uri.toString(), type: 'Quote', start: quote.start, end: quote.end }, { speaker: 'Lloyd Austin' }));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // Outside VS Code: a paragraph added at the top, and a name changed.
    fs.writeFileSync(uri.fsPath, original.replace('Photo: AP\n', 'Photo: AP\nAn editor’s note added later.\n').replace('Pyongyang', 'the capital'));
    e = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const after = (await a.store.whenCurrent(e.document, ANALYSIS_WAIT))!;
    const q = after.analysis.quotes.find((x) => x.text === quote.text)!;
    assert.equal(after.analysis.entities.find((x) => x.id === q.speakerId)?.name, 'Lloyd Austin', 'the correction followed its text');
    const problems = await waitFor('Problems for the .ann', () => {
      const d = vscode.languages.getDiagnostics(vscode.Uri.file(annPath(uri)));
      return d.length ? d : undefined;
    });
    const lost = problems.find((d) => /Pyongyang/.test(d.message));
    assert.ok(lost, problems.map((d) => d.message).join('\n'));
    assert.equal(problems.filter((d) => !/Pyongyang|refers to/.test(d.message)).length, 0, problems.map((d) => d.message).join('\n'));
    const line = lines(readAnn(uri))[lost.range.start.line];
    assert.match(line ?? '', /\tPlace \d+ \d+\tPyongyang$/, `Problems points at line ${lost.range.start.line + 1}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('opens a malformed .ann (CRLF, bad lines) with one Problems entry per bad line, the rest loaded, nothing rewritten', async () => {
    const text = 'date 2021-03-19\n“We are ready,” Smith said on Monday.\n';
    const uri = articleBesideSeed('malformed.txt', text);
    const q = text.indexOf('“');
    const s = text.indexOf('Smith');
    const ann = [
      `T1\tQuote ${q} ${q + 15}\t“We are ready,”`, `T2\tSpeaker ${s} ${s + 5}\tSmith`, 'R1\tSaid_by Arg1:T1 Arg2:T2',
      'T3\tDate 400 406\tFriday', 'R2\tSaid_by Arg1:T1 Arg2:T9', 'a broken line', 'T1\tPerson 0 4\tdate', 'A1\tChecked T1', '',
    ].join('\r\n');
    fs.writeFileSync(annPath(uri), ann);
    const e = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const entry = (await a.store.whenCurrent(e.document, ANALYSIS_WAIT))!;
    assert.equal(entry.analysis.quotes[0]?.speaker?.text, 'Smith');
    assert.deepEqual(entry.analysis.curated?.checked, ['T1']);
    const diags = await waitFor('Problems for the malformed .ann', () => {
      const d = vscode.languages.getDiagnostics(vscode.Uri.file(annPath(uri)));
      return d.length >= 4 ? d : undefined;
    });
    assert.deepEqual(diags.map((d) => d.range.start.line + 1).sort(), [4, 5, 6, 7]);
    await e.edit((b) => b.insert(new vscode.Position(1, 0), 'Now: '));
    await e.document.save();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(fs.readFileSync(annPath(uri), 'utf8'), ann, 'nothing is rewritten until the user corrects something');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the workspace index summarises an article nobody has open from its NAME.ann, and from the text again when the file goes', async () => {
    const text = 'date 2021-03-19\n“We are ready,” Smith said on Monday. Maria Lopez listened.\n';
    const uri = articleBesideSeed('indexed.txt', text);
    const key = uri.toString();
    // Who People and Search Quotes say spoke the quote: the index's summary of the article.
    const speaker = () => {
      const s = a.index.articles.get(key)?.summary;
      const st = s?.statements.find((x) => x.text.startsWith('“We are ready'));
      return st ? (s!.entities.find((e) => e.id === st.sourceId)?.name ?? st.source ?? 'nobody') : undefined;
    };
    await waitFor('the new article in the index', () => speaker() === 'Smith', ANALYSIS_WAIT);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key), 'the article is not open');
    // Corrected elsewhere (brat, git, another window): the watcher reports NAME.ann, the index reads it.
    const q = text.indexOf('“');
    const lopez = text.indexOf('Maria Lopez');
    fs.writeFileSync(annPath(uri), [
      `T1\tQuote ${q} ${q + 15}\t“We are ready,”`, `T2\tSpeaker ${lopez} ${lopez + 11}\tMaria Lopez`, 'R1\tSaid_by Arg1:T1 Arg2:T2',
      `T3\tPerson ${lopez} ${lopez + 11}\tMaria Lopez`, '#1\tAnnotatorNotes T2\tMaria Lopez', 'A1\tChecked T1', '',
    ].join('\n'));
    await waitFor('the curated speaker in the index', () => speaker() === 'Maria Lopez', ANALYSIS_WAIT);
    // Its row in the Entities view says it is curated and how much of it was checked, though it is not open.
    const row = () => {
      const node = a.tree.documentNodeOf(uri);
      return node ? String(a.tree.getTreeItem(node).description) : '';
    };
    assert.match(row(), /^✓ curated, reviewed 1\/\d+ · /);
    // People merges the summaries: Maria Lopez is quoted there now (the view is rebuilt in slices, so wait for it).
    await waitFor('Maria Lopez quoted in People', async () => {
      const node = await a.people.find('Maria Lopez');
      return node?.merged.members.some((m) => m.docId === key && m.entity.statementIds.length > 0);
    }, ANALYSIS_WAIT);
    fs.rmSync(annPath(uri));
    await waitFor('the automatic speaker again', () => speaker() === 'Smith', ANALYSIS_WAIT);
    assert.doesNotMatch(row(), /curated/);
  });

  it('keeps NAME.ann under newsAnnotator.curatedFolder, with the article\'s own layout, when it is set', async () => {
    const root = vscode.workspace.getWorkspaceFolder(seed)!.uri.fsPath;
    const uri = articleBesideSeed('elsewhere.txt', fs.readFileSync(seed.fsPath, 'utf8'));
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('curatedFolder', 'corrections', vscode.ConfigurationTarget.Workspace);
    try {
      const e = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const entry = (await a.store.whenCurrent(e.document, ANALYSIS_WAIT))!;
      const quote = entry.analysis.quotes[0];
      assert.ok(await vscode.commands.executeCommand('newsAnnotator.changeSpeaker', { uri: uri.toString(), type: 'Quote', start: quote.start, end: quote.end }, { speaker: null }));
      const relative = path.relative(root, uri.fsPath).replace(/\.txt$/, '.ann');
      const target = path.join(root, 'corrections', relative);
      assert.ok(fs.existsSync(target), `${target} not written`);
      assert.ok(fs.existsSync(path.join(path.dirname(target), 'annotation.conf')));
      assert.ok(!fs.existsSync(annPath(uri)), 'nothing beside the article');
      assert.equal((await a.store.whenCurrent(e.document, ANALYSIS_WAIT))!.analysis.quotes[0].speaker, null);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await config.update('curatedFolder', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(path.join(root, 'corrections'), { recursive: true, force: true });
    }
  });
});
