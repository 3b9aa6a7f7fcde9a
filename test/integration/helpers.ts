// Shared helpers for the integration tests (not a test file itself: run() loads only *.test.js).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-annotator.news-annotator';
export const SEED_NAME = '000_9b514ff0938d35df.txt';

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded in this VS Code (extensionDevelopmentPath wrong?)`);
  return ext;
}

/**
 * The seed article: the copy in the opened workspace (the runner copies seeds/ there, so the
 * newsAnnotator.include globs match) or else the one in the extension's own folder.
 */
export function seedUri(name = SEED_NAME): vscode.Uri {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const candidate = vscode.Uri.joinPath(folder.uri, 'seeds', name);
    if (candidate.scheme === 'file' && fs.existsSync(candidate.fsPath)) return candidate;
  }
  return vscode.Uri.file(path.join(extension().extensionPath, 'seeds', name));
}

/** Polls until `check` returns a truthy value; fails with `what` after `timeoutMs` (generous: CI machines are busy). */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 30_000, intervalMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}

/** Opens a document in an editor and returns the editor. */
export async function openSeed(name = SEED_NAME): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(seedUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Deletes article files a suite made and waits until the workspace index (the News view's listing) no longer has
 * them, so their deletion events (which refresh the News view) do not land in the middle of the next suite.
 */
export async function removeArticles(index: { has(uri: vscode.Uri | string): boolean }, files: readonly string[]): Promise<void> {
  for (const f of files) fs.rmSync(f, { force: true });
  const gone = files.map((f) => vscode.Uri.file(f).toString());
  await waitFor('the deleted articles out of the workspace index', () => !gone.some((u) => index.has(u)));
  await new Promise((resolve) => setTimeout(resolve, 500));
}
