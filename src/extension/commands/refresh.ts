// "Refresh": re-analyse the open articles, look for new article files, read the indexed ones again (a change the
// file watcher missed is picked up), and go on with a paused index.
import * as vscode from 'vscode';
import type { CommandContext } from './context';

export function refresh(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.refresh', () => {
    for (const d of vscode.workspace.textDocuments) if (ctx.documents.isAnnotated(d)) ctx.store.refresh(d);
    ctx.index.resume();
    ctx.index.recheck();
    void ctx.index.rescan();
    ctx.tree.refresh();
  });
}
