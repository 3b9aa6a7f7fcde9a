// "Refresh": re-read the workspace's news files and re-analyse the open ones.
import * as vscode from 'vscode';
import type { CommandContext } from './context';

export function refresh(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.refresh', () => {
    for (const d of vscode.workspace.textDocuments) if (ctx.documents.isAnnotated(d)) ctx.store.refresh(d);
    ctx.tree.refresh();
  });
}
