// "Annotate This File" / "Stop Annotating This File": any text document, whatever the include globs say.
import * as vscode from 'vscode';
import type { CommandContext } from './context';

function documentUri(arg: unknown): vscode.Uri | undefined {
  return arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
}

export function annotateFile(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.annotateFile', async (arg?: unknown) => {
    const uri = documentUri(arg);
    if (!uri) {
      void vscode.window.showInformationMessage('Open a text file to annotate it.');
      return;
    }
    await ctx.documents.annotate(uri);
  });
}

export function stopAnnotatingFile(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.stopAnnotatingFile', async (arg?: unknown) => {
    const uri = documentUri(arg);
    if (uri) await ctx.documents.stopAnnotating(uri);
  });
}
