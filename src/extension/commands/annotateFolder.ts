// The Explorer's context menu: "Annotate Folder" / "Stop Annotating Folder" (every .txt file under the
// folder becomes an article of the workspace index, whatever the include globs say) and "Annotate File".
import * as vscode from 'vscode';
import { isInside } from '../documents';
import type { CommandContext } from './context';

async function folderArg(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Annotate Folder' });
  return picked?.[0];
}

export function annotateFolder(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.annotateFolder', async (arg?: unknown): Promise<number | undefined> => {
      const folder = await folderArg(arg);
      if (!folder) return undefined;
      await ctx.documents.annotateFolder(folder);
      await ctx.index.rescan();
      const key = folder.toString();
      let n = 0;
      for (const k of ctx.index.fileKeys()) if (isInside(k, key)) n++;
      const where = vscode.workspace.asRelativePath(folder);
      void vscode.window.showInformationMessage(n ? `Annotating ${n.toLocaleString('en-US')} article${n === 1 ? '' : 's'} in ${where}.` : `No .txt files in ${where} to annotate.`);
      return n; // for tests and other extensions
    }),
    // The menu's own title for Annotate This File, on the file clicked in the Explorer.
    vscode.commands.registerCommand('newsAnnotator.annotateExplorerFile', (arg?: unknown) => vscode.commands.executeCommand('newsAnnotator.annotateFile', arg)),
    vscode.commands.registerCommand('newsAnnotator.stopAnnotatingFolder', async (arg?: unknown) => {
      const folder = arg instanceof vscode.Uri ? arg : undefined;
      if (folder && !(await ctx.documents.stopAnnotatingFolder(folder))) {
        void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(folder)} was not annotated as a folder.`);
      }
    }),
  );
}
