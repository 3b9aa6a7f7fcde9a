// What every command gets: the feature objects, never module-level state.
import * as vscode from 'vscode';
import type { Config } from '../config';
import type { Curation } from '../curation/curation';
import type { AnnotatedDocuments } from '../documents';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { AnalysisEntry, AnalysisStore } from '../store/analysisStore';
import type { EntityTree } from '../views/entityTree';
import type { ViewFilter } from '../views/filter';
import type { TreeNode } from '../views/model';

export interface CommandContext {
  readonly config: Config;
  readonly store: AnalysisStore;
  readonly documents: AnnotatedDocuments;
  readonly tree: EntityTree;
  readonly index: WorkspaceIndex;
  readonly filter: ViewFilter;
  readonly curation: Curation;
}

/** The active editor and the analysis of its exact current version (waiting briefly if one is pending). */
export async function activeAnalysis(ctx: CommandContext): Promise<{ editor: vscode.TextEditor; entry: AnalysisEntry } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  if (!ctx.documents.isAnnotated(editor.document)) {
    void vscode.window.showInformationMessage('This file is not annotated. Run "News Annotator: Annotate This File" first.');
    return undefined;
  }
  const entry = await ctx.store.whenCurrent(editor.document, 5000);
  return entry ? { editor, entry } : undefined;
}

/**
 * The document a view command is about: the clicked node's; else the annotated article in the active
 * editor (what the user is reading: a tree selection left from minutes ago must not win over it);
 * else the tree selection's; else the active editor's.
 */
export function targetUri(ctx: CommandContext, arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const docOf = (node: unknown) => {
    if (!node || typeof node !== 'object' || !('type' in node)) return undefined;
    let n: TreeNode | undefined = node as TreeNode;
    while (n && n.type !== 'document') n = n.type === 'folder' ? undefined : n.parent;
    return n ? vscode.Uri.parse(n.uri) : undefined;
  };
  const clicked = docOf(arg);
  if (clicked) return clicked;
  const editor = vscode.window.activeTextEditor;
  if (editor && ctx.documents.isAnnotated(editor.document)) return editor.document.uri;
  return docOf(ctx.tree.view.selection[0]) ?? editor?.document.uri;
}

export function select(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
