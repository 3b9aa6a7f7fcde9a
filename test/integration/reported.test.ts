// Reported speech and confidence in the editor (issue 9 item 3), on the seed's automatic analysis: its own
// highlight, hovers that say who, by which cue and how sure, unsure attributions marked in the editor, the
// hover and the tree, and Copy Quote with Attribution warning before it copies one.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LOW_CONFIDENCE, type Attribution } from '../../src/core/types';
import type { NewsAnnotatorApi } from '../../src/extension/extension';
import type { GroupNode, StatementNode } from '../../src/extension/views/model';
import { extension, openSeed, seedUri, waitFor } from './helpers';

async function seed(): Promise<{ a: NewsAnnotatorApi; editor: vscode.TextEditor }> {
  const ext = extension();
  const a = (ext.isActive ? ext.exports : await ext.activate()) as NewsAnnotatorApi;
  const editor = await openSeed();
  const entry = await a.store.whenCurrent(editor.document);
  assert.ok(entry && !entry.analysis.curated, 'the seed should show its automatic analysis here');
  return { a, editor };
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset))) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

const reportedOf = (x: readonly Attribution[]) => x.filter((s) => s.kind !== 'direct');

describe('reported speech and confidence in the editor', function () {
  this.timeout(60_000);

  it('paints reported content in its own style and marks the sources the analysis is unsure of', async () => {
    const { a, editor } = await seed();
    const analysis = a.store.current(editor.document)!.analysis;
    const reported = reportedOf(analysis.attributions);
    assert.ok(reported.length > 0, 'the attribution pass found no reported speech in the seed');
    const painted = await waitFor('a paint of this version', () => {
      const p = a.highlighter.lastPainted(editor);
      return p?.version === editor.document.version ? p : undefined;
    });
    const starts = (painted.ranges.reported ?? []).map((r) => editor.document.offsetAt(r.start));
    for (const s of reported) for (const c of s.content) assert.ok(starts.includes(c.start), `reported content at ${c.start} not painted`);
    const unsure = analysis.attributions.filter((s) => s.source && s.confidence < LOW_CONFIDENCE);
    assert.ok(unsure.length > 0, 'the seed has no attribution under the low-confidence line to show');
    const marked = (painted.ranges.unsure ?? []).map((r) => editor.document.offsetAt(r.start));
    for (const s of unsure) assert.ok(marked.includes(s.source!.start), `the unsure source "${s.source!.text}" is not marked`);
    for (const s of analysis.attributions.filter((x) => x.source && x.confidence >= 0.9)) assert.ok(!marked.includes(s.source!.start) || unsure.some((u) => u.source!.start === s.source!.start));
  });

  it('hovers say who, by which cue and how sure; an unsure one reads "probably …?"', async () => {
    const { a, editor } = await seed();
    const analysis = a.store.current(editor.document)!.analysis;
    const sure = reportedOf(analysis.attributions).find((s) => s.confidence >= LOW_CONFIDENCE && s.sourceId && s.cue)!;
    const name = analysis.entities.find((e) => e.id === sure.sourceId)!.name;
    const text = await hoverAt(editor.document, sure.content[0].start + 1);
    assert.match(text, new RegExp(`\\*\\*Reported(, quoting in part,)?\\*\\* by \\*\\*${name}\\*\\*`));
    assert.match(text, new RegExp(`cue “${sure.cue!.text}”`));
    assert.match(text, /(sure|fairly sure) \(0\.\d\d\)/);
    const unsure = reportedOf(analysis.attributions).find((s) => s.source && s.confidence < LOW_CONFIDENCE)!;
    const u = await hoverAt(editor.document, unsure.content[0].start + 1);
    assert.match(u, /probably \*\*[^*]+\*\*\?/);
    assert.match(u, /unsure \(0\.\d\d\)/);
  });

  it('the tree lists reported statements under their speakers and in reading order, unsure ones as "probably …?"', async () => {
    const { a, editor } = await seed();
    const analysis = a.store.current(editor.document)!.analysis;
    const root = await waitFor('the seed in the view', async () => (await a.tree.getChildren()).find((n) => n.type === 'document' && n.uri === seedUri().toString()));
    const groups = (await a.tree.getChildren(root)) as GroupNode[];
    const group = groups.find((g) => g.group === 'reported')!;
    const nodes = (await a.tree.getChildren(group)) as StatementNode[];
    assert.deepEqual(nodes.map((n) => n.attribution.id), reportedOf(analysis.attributions).map((s) => s.id));
    const unsure = nodes.find((n) => n.attribution.source && n.attribution.confidence < LOW_CONFIDENCE)!;
    assert.match(String(a.tree.getTreeItem(unsure).description), /^probably .+\?$/);
    const tip = a.tree.getTreeItem(unsure).tooltip as vscode.MarkdownString;
    assert.match(tip.value, /unsure \(0\.\d\d\)/);
    // Clicking one selects its content.
    const item = a.tree.getTreeItem(nodes[0]);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const c = nodes[0].attribution.content;
    await waitFor('the statement selected', () => editor.document.offsetAt(vscode.window.activeTextEditor!.selection.start) === c[0].start);
  });

  it('Copy Quote with Attribution warns before copying an unsure attribution, and names the article', async () => {
    const { a, editor } = await seed();
    const analysis = a.store.current(editor.document)!.analysis;
    const unsure = reportedOf(analysis.attributions).find((s) => s.source && s.confidence < LOW_CONFIDENCE && !analysis.quotes.some((q) => q.start <= s.content[0].start + 1 && s.content[0].start + 1 <= q.end))!;
    const at = editor.document.positionAt(unsure.content[0].start + 1);
    editor.selection = new vscode.Selection(at, at);
    await vscode.env.clipboard.writeText('unchanged');
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.copyQuoteWithAttribution', { unsure: 'cancel' }), undefined);
    assert.equal(await vscode.env.clipboard.readText(), 'unchanged', 'nothing copied when the warning is declined');
    const copied = await vscode.commands.executeCommand<string>('newsAnnotator.copyQuoteWithAttribution', { unsure: 'copy' });
    assert.match(copied ?? '', new RegExp(`\\(${seedUri().path.split('/').pop()!.replace(/\./g, '\\.')}\\)$`));
    assert.ok(copied!.startsWith(unsure.content[0].text.replace(/\s+/g, ' ').trim().slice(0, 20)), copied);
    assert.equal(await vscode.env.clipboard.readText(), copied);
  });
});
