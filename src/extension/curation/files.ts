// Where the curated files of an article live, and writing them without ever leaving half a file.
import * as vscode from 'vscode';

/** NAME.txt → NAME.ann, beside it or under `curatedFolder` with the article's path inside its workspace folder. */
export function annUriFor(article: vscode.Uri, curatedFolder: string): vscode.Uri {
  const base = article.path.replace(/\.[^./]*$/, '');
  if (!curatedFolder || article.scheme === 'untitled') return article.with({ path: `${base}.ann` });
  const folder = vscode.workspace.getWorkspaceFolder(article);
  const root = curatedFolder.startsWith('/') || /^[A-Za-z]:[\\/]/.test(curatedFolder)
    ? vscode.Uri.file(curatedFolder)
    : folder
      ? vscode.Uri.joinPath(folder.uri, curatedFolder)
      : undefined;
  if (!root || !folder) return article.with({ path: `${base}.ann` });
  const relative = base.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  return vscode.Uri.joinPath(root, `${relative}.ann`);
}

/** Where curated files may be, for a file-system watcher: anywhere in the workspace, or under an absolute curatedFolder. */
export function annWatchPattern(curatedFolder: string): vscode.GlobPattern {
  const absolute = curatedFolder.startsWith('/') || /^[A-Za-z]:[\\/]/.test(curatedFolder);
  return curatedFolder && absolute ? new vscode.RelativePattern(vscode.Uri.file(curatedFolder), '**/*.ann') : '**/*.ann';
}

/** NAME.meta.json beside the article (the store reads the document date from there). */
export function metaUriFor(article: vscode.Uri): vscode.Uri {
  return article.with({ path: `${article.path.replace(/\.[^./]*$/, '')}.meta.json` });
}

export function dirOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: uri.path.replace(/\/[^/]*$/, '') || '/' });
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

/** Writes a temporary file beside the target, then renames it over the target: readers see the old or the new file, never half of one. */
export async function writeAtomic(uri: vscode.Uri, content: string): Promise<void> {
  const dir = dirOf(uri);
  await vscode.workspace.fs.createDirectory(dir);
  const name = uri.path.split('/').pop() ?? 'file';
  const tmp = vscode.Uri.joinPath(dir, `.${name}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(content));
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw err;
  }
}
