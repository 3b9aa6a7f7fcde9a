// "Open at": an article, open or not, with a span selected. The views of many articles hold offsets
// (from the index), not ranges: the document converts them, for the text it has.
import * as vscode from 'vscode';

export function openAt(): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.openAt', async (uri: unknown, start: unknown, end: unknown, column?: unknown): Promise<vscode.TextEditor | undefined> => {
    const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
    if (!target || typeof start !== 'number' || typeof end !== 'number') return undefined;
    try {
      const doc = await vscode.workspace.openTextDocument(target);
      const selection = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      const viewColumn = typeof column === 'number' ? (column as vscode.ViewColumn) : undefined;
      return await vscode.window.showTextDocument(doc, { selection, preview: true, viewColumn });
    } catch (err) {
      void vscode.window.showWarningMessage(`Could not open ${vscode.workspace.asRelativePath(target)}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  });
}
