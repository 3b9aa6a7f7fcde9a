// "Copy Quote with Attribution": “…” — Antony Blinken, US Secretary of State, 2021-03-18
import * as vscode from 'vscode';
import { itemsAt } from '../logic/lookup';
import { attributionText } from '../logic/text';
import { activeAnalysis, type CommandContext } from './context';

export function copyQuoteWithAttribution(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.copyQuoteWithAttribution', async (): Promise<string | undefined> => {
    const found = await activeAnalysis(ctx);
    if (!found) return undefined;
    const { editor, entry } = found;
    const doc = editor.document;
    const at = itemsAt(entry.analysis, doc.offsetAt(editor.selection.active)).quotes[0] ?? itemsAt(entry.analysis, doc.offsetAt(editor.selection.start)).quotes[0];
    if (!at) {
      void vscode.window.showInformationMessage('Place the cursor inside a quote to copy it with its attribution.');
      return undefined;
    }
    const text = attributionText(entry.analysis, at);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage('$(check) Quote copied with attribution', 3000);
    return text; // returned for tests and other extensions
  });
}
