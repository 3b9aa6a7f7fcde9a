// Reported speech and confidence in the editor (issue 9 item 3): its own highlight, hovers that say who, by which
// cue and how sure, unsure attributions marked in the editor, the hover and the tree, and Copy Quote with
// Attribution warning before it copies one. The seed's automatic analysis for what it shows as it is; a curated
// copy of it, pre-annotated as another tool would (a source the analysis disagrees with, level Low, not checked),
// for the unsure case, which the seed's own analysis may not have.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { fromAnalysis, serializeAnn, setSource, type AnnDoc } from '../../src/core/curated';
import { LOW_CONFIDENCE, type Attribution } from '../../src/core/types';
import type { NewsAnnotatorApi } from '../../src/extension/extension';
import type { GroupNode, StatementNode } from '../../src/extension/views/model';
import { extension, openSeed, removeArticles, seedUri, waitFor } from './helpers';

/** How long a test waits for an analysis: minutes on a loaded 2-core machine, where a single seed takes seconds. */
const ANALYSIS_WAIT = 120_000;

async function api(): Promise<NewsAnnotatorApi> {
  const ext = extension();
  return (ext.isActive ? ext.exports : await ext.activate()) as NewsAnnotatorApi;
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset))) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

const reportedOf = (x: readonly Attribution[]) => x.filter((s) => s.kind !== 'direct');

describe('reported speech and confidence in the editor', function () {
  this.timeout(4 * ANALYSIS_WAIT);
  const copy = vscode.Uri.file(path.join(path.dirname(seedUri().fsPath), 'unsure.txt'));
  let unsure: { start: number; end: number; source: string };

  before(async () => {
    // The copy's NAME.ann: one reported statement given to someone else than the analysis says, level Low, unchecked.
    const text = fs.readFileSync(seedUri().fsPath, 'utf8');
    fs.writeFileSync(copy.fsPath, text);
    const auto = analyze(text, { fileName: 'unsure.txt' });
    const st = reportedOf(auto.attributions).find((s) => s.source && s.sourceId && !s.content.some((c) => /[“”]/.test(c.text)))!;
    const other = auto.entities.find((e) => e.kind === 'person' && e.id !== st.sourceId && e.mentions.length > 0)!;
    const span = { start: st.content[0].start, end: st.content[st.content.length - 1].end };
    const corrected: AnnDoc = setSource(fromAnalysis(text, auto), { type: 'Statement', span }, { span: other.mentions[0], entity: { kind: 'person', name: other.name } });
    const id = (corrected.lines.find((l) => l.kind === 'T' && l.type === 'Statement' && l.spans[0].start === span.start) as { id: string }).id;
    const lines = corrected.lines
      .filter((l) => !(l.kind === 'A' && l.type === 'Checked' && l.target === id))
      .map((l) => (l.kind === 'A' && l.type === 'Confidence' && l.target === id ? { ...l, value: 'Low', raw: undefined } : l));
    fs.writeFileSync(copy.fsPath.replace(/\.txt$/, '.ann'), serializeAnn({ ...corrected, lines }, text));
    unsure = { ...span, source: other.name };
  });

  after(async () => {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === copy.toString()) await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(copy.fsPath.replace(/\.txt$/, '.ann'), { force: true });
    await removeArticles((await api()).index, [copy.fsPath]);
  });

  async function open(uri: vscode.Uri): Promise<{ a: NewsAnnotatorApi; editor: vscode.TextEditor }> {
    const a = await api();
    const editor = uri.toString() === seedUri().toString() ? await openSeed() : await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.ok(await a.store.whenCurrent(editor.document, ANALYSIS_WAIT));
    return { a, editor };
  }

  it('paints reported content in its own style, and marks a source the analysis is unsure of', async () => {
    const { a, editor } = await open(seedUri());
    const analysis = a.store.current(editor.document)!.analysis;
    assert.ok(!analysis.curated, 'the seed shows its automatic analysis here');
    const reported = reportedOf(analysis.attributions);
    assert.ok(reported.length > 0, 'the attribution pass found no reported speech in the seed');
    const painted = await waitFor('a paint of this version', () => {
      const p = a.highlighter.lastPainted(editor);
      return p?.version === editor.document.version ? p : undefined;
    });
    const starts = (painted.ranges.reported ?? []).map((r) => editor.document.offsetAt(r.start));
    for (const s of reported) for (const c of s.content) assert.ok(starts.includes(c.start), `reported content at ${c.start} not painted`);
    const marked = (painted.ranges.unsure ?? []).map((r) => editor.document.offsetAt(r.start));
    const low = analysis.attributions.filter((s) => s.source && s.confidence < LOW_CONFIDENCE);
    assert.deepEqual(marked.sort(), [...new Set(low.map((s) => s.source!.start))].sort());

    const c = await open(copy);
    const entry = c.a.store.current(c.editor.document)!;
    const st = entry.analysis.attributions.find((s) => s.content[0].start === unsure.start)!;
    assert.ok(st.confidence < LOW_CONFIDENCE, `confidence ${st.confidence}`);
    const p = await waitFor('the copy painted', () => {
      const x = c.a.highlighter.lastPainted(c.editor);
      return x?.version === c.editor.document.version ? x : undefined;
    });
    assert.ok((p.ranges.unsure ?? []).some((r) => c.editor.document.offsetAt(r.start) === st.source!.start), 'the unsure source is not marked');
  });

  it('hovers say who, by which cue and how sure; an unsure one reads "probably …?"', async () => {
    const { a, editor } = await open(seedUri());
    const analysis = a.store.current(editor.document)!.analysis;
    const sure = reportedOf(analysis.attributions).find((s) => s.confidence >= LOW_CONFIDENCE && s.sourceId && s.cue)!;
    const name = analysis.entities.find((e) => e.id === sure.sourceId)!.name;
    const text = await hoverAt(editor.document, sure.content[0].start + 1);
    assert.match(text, new RegExp(`\\*\\*Reported(, quoting in part,)?\\*\\* by \\*\\*${name}\\*\\*`));
    assert.match(text, new RegExp(`cue “${sure.cue!.text}”`));
    assert.match(text, /(sure|fairly sure) \(0\.\d\d\)/);
    const c = await open(copy);
    const u = await hoverAt(c.editor.document, unsure.start + 1);
    assert.match(u, new RegExp(`probably \\*\\*${unsure.source}\\*\\*\\?`));
    assert.match(u, /unsure \(0\.25\) · not checked by hand/);
  });

  it('the tree lists reported statements in reading order, under their speakers, an unsure one as "probably …?"', async () => {
    const { a, editor } = await open(copy);
    const analysis = a.store.current(editor.document)!.analysis;
    const root = await waitFor('the copy in the view', async () => (await a.tree.getChildren()).find((n) => n.type === 'document' && n.uri === copy.toString()));
    const groups = (await a.tree.getChildren(root)) as GroupNode[];
    const nodes = (await a.tree.getChildren(groups.find((g) => g.group === 'reported')!)) as StatementNode[];
    assert.deepEqual(nodes.map((n) => n.attribution.id), reportedOf(analysis.attributions).map((s) => s.id));
    const node = nodes.find((n) => n.attribution.content[0].start === unsure.start)!;
    assert.match(String(a.tree.getTreeItem(node).description), /^probably .+\?$/);
    assert.match((a.tree.getTreeItem(node).tooltip as vscode.MarkdownString).value, /unsure \(0\.25\)/);
    const speakers = await a.tree.getChildren(groups.find((g) => g.group === 'speakers')!);
    const who = speakers.find((s) => s.type === 'entity' && s.entity.name === unsure.source)!;
    const under = (await a.tree.getChildren(who)).find((k) => k.type === 'statement' && k.attribution.content[0].start === unsure.start)!;
    assert.equal(a.tree.getTreeItem(under).description, 'unsure');
    // Clicking one selects its content.
    const item = a.tree.getTreeItem(node);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await waitFor('the statement selected', () => vscode.window.activeTextEditor?.document.offsetAt(vscode.window.activeTextEditor.selection.start) === unsure.start);
  });

  it('Copy Quote with Attribution warns before copying an unsure attribution, and names the article', async () => {
    const { editor } = await open(copy);
    const at = editor.document.positionAt(unsure.start + 1);
    editor.selection = new vscode.Selection(at, at);
    await vscode.env.clipboard.writeText('unchanged');
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.copyQuoteWithAttribution', { unsure: 'cancel' }), undefined);
    assert.equal(await vscode.env.clipboard.readText(), 'unchanged', 'nothing copied when the warning is declined');
    const copied = await vscode.commands.executeCommand<string>('newsAnnotator.copyQuoteWithAttribution', { unsure: 'copy' });
    assert.match(copied ?? '', new RegExp(`— ${unsure.source}.*\\(unsure\\.txt\\)$`));
    assert.equal(await vscode.env.clipboard.readText(), copied);
    // A sure one is copied at once.
    const { a, editor: seedEditor } = await open(seedUri());
    const sure = reportedOf(a.store.current(seedEditor.document)!.analysis.attributions).find((s) => s.confidence >= LOW_CONFIDENCE && s.source)!;
    const p = seedEditor.document.positionAt(sure.content[0].start + 1);
    seedEditor.selection = new vscode.Selection(p, p);
    assert.match(await vscode.commands.executeCommand<string>('newsAnnotator.copyQuoteWithAttribution') ?? '', /\(000_9b514ff0938d35df\.txt\)$/);
  });
});
