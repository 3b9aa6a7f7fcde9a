// Export a document's annotations as JSON or as brat standoff (.ann), from the view's title or a
// document node's context menu. The file goes next to the article unless the user picks elsewhere.
import * as vscode from 'vscode';
import { toBrat } from '../../core/formats/brat';
import { toJson } from '../../core/formats/json';
import type { DocumentAnalysis } from '../../core/types';
import { targetUri, type CommandContext } from './context';

interface Format {
  readonly id: string;
  readonly label: string;
  readonly extension: string;
  readonly filters: Record<string, string[]>;
  render(text: string, analysis: DocumentAnalysis, source: string): string;
}

const FORMATS: Format[] = [
  { id: 'newsAnnotator.exportJson', label: 'JSON', extension: '.annotations.json', filters: { JSON: ['json'] }, render: (_t, a, source) => toJson(a, source) },
  { id: 'newsAnnotator.exportBrat', label: 'brat', extension: '.ann', filters: { 'brat standoff': ['ann'] }, render: (t, a) => toBrat(t, a) },
];

/** The exact text and its analysis: the open document's (waiting for a pending re-analysis) or the file's. */
async function textAndAnalysis(ctx: CommandContext, uri: vscode.Uri): Promise<{ text: string; analysis: DocumentAnalysis } | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const entry = await ctx.store.whenCurrent(open, 10000);
    return entry ? { text: open.getText(), analysis: entry.analysis } : undefined;
  }
  await ctx.store.addFile(uri);
  const entry = ctx.store.get(uri);
  if (!entry) return undefined;
  return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)), analysis: entry.analysis };
}

function exporter(ctx: CommandContext, format: Format): vscode.Disposable {
  return vscode.commands.registerCommand(format.id, async (arg?: unknown, target?: unknown): Promise<vscode.Uri | undefined> => {
    const uri = targetUri(ctx, arg);
    if (!uri) {
      void vscode.window.showInformationMessage('Select a document in the Entities view, or open an annotated article, to export its annotations.');
      return undefined;
    }
    const found = await textAndAnalysis(ctx, uri);
    if (!found) {
      void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(uri)} is not annotated, so there is nothing to export.`);
      return undefined;
    }
    const suggested = uri.with({ path: uri.path.replace(/(\.[^./]*)?$/, format.extension) });
    const out = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({ defaultUri: suggested, filters: format.filters, saveLabel: `Export ${format.label}` });
    if (!out) return undefined;
    const name = uri.path.split('/').pop() ?? uri.path;
    await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(format.render(found.text, found.analysis, name)));
    void vscode.window.showInformationMessage(`Exported ${format.label} annotations to ${vscode.workspace.asRelativePath(out)}.`, 'Open').then((choice) => {
      if (choice === 'Open') void vscode.commands.executeCommand('vscode.open', out);
    });
    return out;
  });
}

export function exportAnnotations(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(...FORMATS.map((f) => exporter(ctx, f)));
}
