// The extension's features in a real VS Code: tree, click-to-reveal, hovers, commands, decorations
// after edits, bad input and a 5 MB document. activate() returns the API these tests inspect.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension/extension';
import type { EntityNode, GroupNode, QuoteNode, TreeNode } from '../../src/extension/views/model';
import { statementsInOrder } from '../../src/extension/logic/lookup';
import { extension, openSeed, seedUri, waitFor } from './helpers';

async function api(): Promise<NewsAnnotatorApi> {
  const ext = extension();
  return (ext.isActive ? ext.exports : await ext.activate()) as NewsAnnotatorApi;
}

async function seedEditor(): Promise<{ editor: vscode.TextEditor; a: NewsAnnotatorApi }> {
  const editor = await openSeed();
  const a = await api();
  const entry = await a.store.whenCurrent(editor.document);
  assert.ok(entry, 'the seed article was not analysed');
  return { editor, a };
}

async function seedTree(a: NewsAnnotatorApi): Promise<{ doc: TreeNode; groups: GroupNode[] }> {
  const key = seedUri().toString();
  const roots = await waitFor('the seed in the Entities view', async () => (await a.tree.getChildren()).find((n) => n.type === 'document' && n.uri === key));
  const groups = (await a.tree.getChildren(roots)) as GroupNode[];
  return { doc: roots, groups };
}

const group = (groups: GroupNode[], g: GroupNode['group']) => {
  const found = groups.find((n) => n.type === 'group' && n.group === g);
  assert.ok(found, `no ${g} group`);
  return found;
};

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hoverText(hovers ?? []);
}

describe('News Annotator features', function () {
  this.timeout(60_000);

  it('activates quickly and annotates the seed', async () => {
    const { editor, a } = await seedEditor();
    console.log(`    activate() took ${a.activationMs.toFixed(1)} ms`);
    // activate() only wires objects up (about 15 ms); 2 s is head-room for a busy CI machine, not a target.
    assert.ok(a.activationMs < 2000, `activate() took ${a.activationMs.toFixed(0)} ms`);
    assert.ok(a.documents.isAnnotated(editor.document));
    assert.match(a.statusBar.item.text, /\d+ speakers? · \d+ quotes? · (\d+ reported · )?\d+ dates?/);
  });

  it('lists the seed speakers with their quote counts', async () => {
    const { a } = await seedEditor();
    const { groups } = await seedTree(a);
    const speakers = (await a.tree.getChildren(group(groups, 'speakers'))) as EntityNode[];
    const counts = Object.fromEntries(speakers.map((s) => [s.entity.name, s.entity.quoteIds.length]));
    assert.equal(counts['Antony Blinken'], 5, JSON.stringify(counts));
    assert.equal(counts['Choe Son-hui'], 2, JSON.stringify(counts));
    assert.equal(counts['Lloyd Austin'], 2, JSON.stringify(counts));
    const blinken = speakers.find((s) => s.entity.name === 'Antony Blinken')!;
    // Their quotes and their reported statements.
    const reportedByBlinken = a.store.get(seedUri())!.analysis.attributions.filter((x) => x.kind !== 'direct' && x.sourceId === blinken.entity.id).length;
    assert.equal(a.tree.getTreeItem(blinken).description, reportedByBlinken ? `5 quotes · ${reportedByBlinken} reported` : '5 quotes');
    assert.equal((await a.tree.getChildren(blinken)).length, 5 + reportedByBlinken);
    // Dates are listed chronologically.
    const dates = await a.tree.getChildren(group(groups, 'dates'));
    const values = dates.flatMap((d) => (d.type === 'date' && d.date.value && /^\d{4}-\d\d-\d\d/.test(d.date.value) ? [d.date.value] : []));
    assert.deepEqual(values, [...values].sort());
    // Each shows its value in words and in ISO.
    const yesterday = dates.find((d) => d.type === 'date' && d.date.text === 'yesterday')!;
    assert.equal(a.tree.getTreeItem(yesterday).description, 'Thursday, 18 March 2021 · 2021-03-18');
  });

  it('opens and selects a quote when its tree item is clicked, and reveals nodes', async () => {
    const { a } = await seedEditor();
    const { groups } = await seedTree(a);
    const quotes = (await a.tree.getChildren(group(groups, 'quotes'))) as QuoteNode[];
    assert.ok(quotes.length >= 9, `only ${quotes.length} quotes`);
    const target = quotes[2];
    const item = a.tree.getTreeItem(target);
    assert.equal(item.command?.command, 'vscode.open');
    // Start from another editor so the click has to switch back.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: 'scratch', language: 'markdown' }));
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await waitFor('the seed editor', () => (vscode.window.activeTextEditor?.document.uri.toString() === seedUri().toString() ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.getText(editor.selection), target.quote.text);
    await vscode.commands.executeCommand('newsAnnotator.entities.focus');
    await a.tree.reveal(target);
    await waitFor('the revealed quote to be selected', () => a.tree.view.selection[0]?.id === target.id);
    assert.equal(a.tree.getParent(target), group(groups, 'quotes'));
  });

  it('hovers explain quotes, speakers and dates', async () => {
    const { editor, a } = await seedEditor();
    const entry = a.store.current(editor.document)!;
    const text = editor.document.getText();
    const quote = entry.analysis.quotes.find((q) => q.text.includes('source of instability'));
    assert.ok(quote, 'the Beijing quote was not found');
    const onQuote = await hoverAt(editor.document, quote.start + 5);
    assert.match(onQuote, /Antony Blinken/);
    assert.match(onQuote, /US Secretary of State/);
    assert.match(onQuote, /cue “told”/);
    const onSpeaker = await hoverAt(editor.document, text.indexOf('Blinken told') + 2);
    assert.match(onSpeaker, /\*\*Antony Blinken\*\*/);
    assert.match(onSpeaker, /5 quotes/);
    const yesterday = entry.analysis.dates.find((d) => d.text.toLowerCase() === 'yesterday');
    assert.ok(yesterday, 'no "yesterday" date');
    const onDate = await hoverAt(editor.document, yesterday.start + 1);
    assert.match(onDate, /Thursday, 18 March 2021 · 2021-03-18 · "yesterday", relative to the dateline 2021-03-19/);
  });

  it('navigates quotes and entities, and copies a quote with attribution', async () => {
    const { editor, a } = await seedEditor();
    const analysis = a.store.current(editor.document)!.analysis;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    // Quotes and reported statements, in reading order.
    const stops = statementsInOrder(analysis).map((s) => editor.document.getText().slice(s.start, s.end));
    assert.ok(stops.length > analysis.quotes.length, 'reported statements are stops too');
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.equal(editor.document.getText(editor.selection), stops[0]);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.equal(editor.document.getText(editor.selection), stops[1]);
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.equal(editor.document.getText(editor.selection), stops[0]);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextEntity');
    const first = analysis.entities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start)[0];
    assert.equal(editor.document.offsetAt(editor.selection.start), first.start);
    await vscode.commands.executeCommand('newsAnnotator.previousEntity'); // wraps to the last mention
    assert.ok(editor.document.offsetAt(editor.selection.start) > first.start);

    const beijing = analysis.quotes.find((q) => q.text.includes('source of instability'))!;
    editor.selection = new vscode.Selection(editor.document.positionAt(beijing.start + 3), editor.document.positionAt(beijing.start + 3));
    const copied = await vscode.commands.executeCommand<string>('newsAnnotator.copyQuoteWithAttribution');
    assert.match(copied ?? '', /^“Beijing has an interest.*instability” — Antony Blinken, US Secretary of State, 2021-03-1[89] \(000_9b514ff0938d35df\.txt\)$/);
    assert.equal(await vscode.env.clipboard.readText(), copied);
  });

  it('finds an entity by name and exports JSON and brat', async () => {
    const { a } = await seedEditor();
    await vscode.commands.executeCommand('newsAnnotator.entities.focus');
    const found = await vscode.commands.executeCommand<{ name: string }>('newsAnnotator.findEntity', 'Lloyd Austin');
    assert.equal(found?.name, 'Lloyd Austin');
    assert.equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), 'Lloyd Austin');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-export-'));
    const json = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportJson', seedUri(), vscode.Uri.file(path.join(dir, 'seed.json')));
    const parsed = JSON.parse(fs.readFileSync(json!.fsPath, 'utf8'));
    assert.equal(parsed.quotes.length, a.store.get(seedUri())!.analysis.quotes.length);
    const ann = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportBrat', seedUri(), vscode.Uri.file(path.join(dir, 'seed.ann')));
    assert.match(fs.readFileSync(ann!.fsPath, 'utf8'), /^T1\t/m);
    await vscode.commands.executeCommand('newsAnnotator.refresh');
  });

  it('annotates and stops annotating any text file on request', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({ content: 'Nothing here said “hello,” Smith said.', language: 'plaintext' });
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(a.documents.isAnnotated(doc), false);
    await vscode.commands.executeCommand('newsAnnotator.annotateFile');
    assert.ok(await a.store.whenCurrent(doc));
    await waitFor('highlights', () => a.highlighter.lastPainted(editor));
    await vscode.commands.executeCommand('newsAnnotator.stopAnnotatingFile');
    assert.equal(a.documents.isAnnotated(doc), false);
    await waitFor('highlights cleared', () => !a.highlighter.lastPainted(editor));
    await waitFor('entry removed', () => !a.store.get(doc.uri));
  });

  it('repaints after an edit, and only with ranges for the current text', async () => {
    const a = await api();
    const seedText = fs.readFileSync(seedUri().fsPath, 'utf8');
    const doc = await vscode.workspace.openTextDocument({ content: seedText, language: 'plaintext' });
    const editor = await vscode.window.showTextDocument(doc);
    const before = await a.store.whenCurrent(doc);
    assert.ok(before, 'an untitled text with a dateline should be annotated');
    const painted = await waitFor('first paint', () => a.highlighter.lastPainted(editor));
    const quotesBefore = painted.ranges.quote!.length;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit((b) => b.insert(end, '\n“We will meet again soon,” Austin said on Friday.'));
    const after = await waitFor('a repaint for the edited version', () => {
      const p = a.highlighter.lastPainted(editor);
      return p && p.version === doc.version ? p : undefined;
    });
    assert.equal(after.ranges.quote!.length, quotesBefore + 1);
    const last = after.ranges.quote![after.ranges.quote!.length - 1];
    assert.equal(doc.getText(last), '“We will meet again soon,”');
    // Every painted range belongs to this version's analysis.
    const entry = a.store.current(doc)!;
    assert.deepEqual(after.ranges.quote!.map((r) => doc.getText(r)), entry.analysis.quotes.map((q) => q.text));
  });

  it('handles CRLF, empty, binary-looking and dateless text without crashing', async () => {
    const a = await api();
    const crlf = await vscode.workspace.openTextDocument({ content: fs.readFileSync(seedUri().fsPath, 'utf8').replace(/\n/g, '\r\n'), language: 'plaintext' });
    await vscode.window.showTextDocument(crlf);
    const e1 = (await a.store.whenCurrent(crlf))!;
    for (const q of e1.analysis.quotes) assert.equal(crlf.getText(new vscode.Range(crlf.positionAt(q.start), crlf.positionAt(q.end))), q.text);

    const cases = ['', '\u0000\u0001\u0002 binary \u0000'.repeat(50), 'Smith said “no date here.”'];
    for (const content of cases) {
      const doc = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('newsAnnotator.annotateFile');
      const entry = await a.store.whenCurrent(doc);
      assert.ok(entry, `no analysis for ${JSON.stringify(content.slice(0, 20))}`);
      if (content.trim() === '' || content.includes('\u0000')) {
        assert.ok(entry.analysis.diagnostics.length > 0);
        await waitFor('the diagnostic in Problems', () => vscode.languages.getDiagnostics(doc.uri).length > 0);
      }
    }
  });

  it('rules off the hover parts of a name inside a quote, and words tree tooltips like the hovers', async () => {
    const { editor, a } = await seedEditor();
    const entry = a.store.current(editor.document)!;
    const quote = entry.analysis.quotes.find((q) => q.text.includes('source of instability'))!;
    // "Beijing" opens the quote: the place, a rule, then the quote (not one run-on text).
    const onBoth = await hoverAt(editor.document, quote.start + 2);
    assert.match(onBoth, /^\*\*Beijing\*\*[^]*\n\n---\n\n\*\*Quote\*\* said by \*\*Antony Blinken\*\*/);

    const { groups } = await seedTree(a);
    const dates = (await a.tree.getChildren(group(groups, 'dates'))).filter((d) => d.type === 'date');
    const dateline = dates.find((d) => d.date.text === '2021-03-19')!;
    // The value is not repeated after a label that already is the value.
    assert.equal(a.tree.getTreeItem(dateline).description, 'Friday, 19 March 2021');
    const yesterday = dates.find((d) => d.date.text === 'yesterday')!;
    const tip = a.tree.getTreeItem(yesterday).tooltip;
    assert.ok(tip instanceof vscode.MarkdownString);
    assert.match(tip.value, /^\*\*Date\*\* Thursday, 18 March 2021 · 2021-03-18 · "yesterday", relative to the dateline 2021-03-19 · line \d+$/);
    const quotes = (await a.tree.getChildren(group(groups, 'quotes'))) as QuoteNode[];
    const long = quotes.find((q) => q.quote.text.includes('source of instability'))!;
    const quoteTip = a.tree.getTreeItem(long).tooltip as vscode.MarkdownString;
    assert.match(quoteTip.value, /because it is a source of instability/);
    assert.match(quoteTip.value, /said by \*\*Antony Blinken\*\*/);
    const docTip = a.tree.getTreeItem((await seedTree(a)).doc).tooltip as vscode.MarkdownString;
    assert.match(docTip.value, /Document date 2021-03-19, from the dateline/);
  });

  it('says why an empty document has nothing, in the status bar and the view, and names a missing date once', async () => {
    const a = await api();
    const empty = await vscode.workspace.openTextDocument({ content: '', language: 'plaintext' });
    await vscode.window.showTextDocument(empty);
    await vscode.commands.executeCommand('newsAnnotator.annotateFile');
    assert.ok(await a.store.whenCurrent(empty));
    await waitFor('the status bar to name the problem', () => /The document is empty/.test(a.statusBar.item.text));
    const node = (await a.tree.getChildren()).find((n) => n.type === 'document' && n.uri === empty.uri.toString())!;
    assert.equal(a.tree.getTreeItem(node).description, 'The document is empty');
    assert.deepEqual((await a.tree.getChildren(node)).map((n) => n.type), ['message']);
    assert.doesNotMatch((a.statusBar.item.tooltip as vscode.MarkdownString).value, /document date/i);
    await vscode.commands.executeCommand('newsAnnotator.stopAnnotatingFile');

    const dateless = await vscode.workspace.openTextDocument({ content: 'Smith said “no date here.”', language: 'plaintext' });
    await vscode.window.showTextDocument(dateless);
    await vscode.commands.executeCommand('newsAnnotator.annotateFile');
    assert.ok(await a.store.whenCurrent(dateless));
    const tip = await waitFor('the status bar of the dateless text', () => {
      const t = a.statusBar.item.tooltip;
      return t instanceof vscode.MarkdownString && /1 quote/.test(a.statusBar.item.text) ? t.value : undefined;
    });
    assert.equal(tip.match(/no document date/gi)?.length, 1, tip);
    await vscode.commands.executeCommand('newsAnnotator.stopAnnotatingFile');
  });

  it('exports the article in the active editor, not a tree selection left on another document', async () => {
    const a = await api();
    const other = await vscode.workspace.openTextDocument({ content: 'date 2021-03-19 Smith said “other.”', language: 'plaintext' });
    await vscode.window.showTextDocument(other);
    assert.ok(await a.store.whenCurrent(other));
    await vscode.commands.executeCommand('newsAnnotator.entities.focus');
    const otherNode = await waitFor('the other document in the view', async () => (await a.tree.getChildren()).find((n) => n.type === 'document' && n.uri === other.uri.toString()));
    await a.tree.reveal(otherNode, { select: true });
    await waitFor('the other document selected', () => a.tree.view.selection[0]?.id === otherNode.id);
    await seedEditor();
    const out = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-export-')), 'active.json'));
    await vscode.commands.executeCommand('newsAnnotator.exportJson', undefined, out);
    assert.equal(JSON.parse(fs.readFileSync(out.fsPath, 'utf8')).source, seedUri().path.split('/').pop());
  });

  it('keeps the extension host responsive on a 5 MB document', async function () {
    // attr's attribution pass (merged here) takes about three times as long on this text as before it: two
    // analyses of 5 MB under a loaded machine need minutes. Responsiveness, not speed, is what this test checks.
    this.timeout(400_000);
    const a = await api();
    const seed = fs.readFileSync(seedUri().fsPath, 'utf8');
    const body = `\n${seed.replace(/^\s*date \S+\s*/, '')}`;
    const content = seed + body.repeat(Math.ceil(5_000_000 / body.length));
    const doc = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
    const editor = await vscode.window.showTextDocument(doc);
    a.store.stats.longestBlockMs = 0;
    a.store.stats.longestByKind = {};
    const workerRunsBefore = a.store.stats.workerAnalyses;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const t0 = Date.now();
    const entry = await a.store.whenCurrent(doc, 190_000);
    await waitFor('painting', () => a.highlighter.lastPainted(editor)?.version === doc.version, 60_000);
    // A few keystrokes while the big document is annotated.
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'x'));
    await a.store.whenCurrent(doc, 190_000);
    delay.disable();
    const maxLag = delay.max / 1e6;
    console.log(`    5 MB (${content.length} chars): analysed in ${Date.now() - t0} ms; longest host block measured by the store ${a.store.stats.longestBlockMs.toFixed(1)} ms ${JSON.stringify(a.store.stats.longestByKind)}; event-loop delay max ${maxLag.toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`);
    assert.ok(entry && entry.analysis.quotes.length > 1000);
    // The big text left the host thread, and nothing the host did for it blocked the host for long: about 50 ms
    // here, so 2 s is head-room for a busy CI machine rather than a target.
    assert.ok(a.store.stats.workerAnalyses >= workerRunsBefore + 2, 'both analyses of the 5 MB document ran in the worker');
    assert.ok(a.store.stats.longestBlockMs < 2000, `the host was blocked for ${a.store.stats.longestBlockMs.toFixed(0)} ms at once`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
