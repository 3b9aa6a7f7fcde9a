// Which documents are annotated: files matching `newsAnnotator.include`, plain text that opens with a
// dateline, and whatever the user annotated by hand, minus what they asked to stop annotating.
import * as vscode from 'vscode';
import { findDateline } from '../core';
import type { Config } from './config';

const MANUAL_KEY = 'newsAnnotator.annotated';
const STOPPED_KEY = 'newsAnnotator.stopped';
/** Cap on the workspace scan, so a huge repository cannot stall the tree. */
const MAX_WORKSPACE_FILES = 500;

export class AnnotatedDocuments implements vscode.Disposable {
  private readonly manual: Set<string>;
  private readonly stopped: Set<string>;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the set of annotated documents may have changed (settings, commands, files). */
  readonly onDidChange = this.emitter.event;
  private files: Promise<vscode.Uri[]> | undefined;
  private watchers: vscode.Disposable | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly config: Config, private readonly state: vscode.Memento) {
    this.manual = new Set(state.get<string[]>(MANUAL_KEY, []));
    this.stopped = new Set(state.get<string[]>(STOPPED_KEY, []));
    this.subscriptions.push(
      config.onDidChange(() => {
        this.files = undefined;
        this.watchers?.dispose();
        this.watchers = undefined;
        this.emitter.fire();
      }),
    );
  }

  isAnnotated(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (this.stopped.has(key)) return false;
    if (this.manual.has(key)) return true;
    if (this.matchesInclude(document)) return true;
    if (!this.config.value.detectDateline || document.languageId !== 'plaintext') return false;
    // Only the head is read: a dateline sits in the first few hundred characters.
    return findDateline(document.getText(new vscode.Range(0, 0, 6, 0))) !== null;
  }

  private matchesInclude(document: vscode.TextDocument): boolean {
    return this.config.value.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  async annotate(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    this.stopped.delete(key);
    this.manual.add(key);
    await this.save();
  }

  async stopAnnotating(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    this.manual.delete(key);
    this.stopped.add(key);
    await this.save();
  }

  private async save(): Promise<void> {
    this.emitter.fire();
    await this.state.update(MANUAL_KEY, [...this.manual]);
    await this.state.update(STOPPED_KEY, [...this.stopped]);
  }

  /** The workspace's files matching the include globs; scanned once, kept current by file watchers. */
  workspaceFiles(): Promise<vscode.Uri[]> {
    this.files ??= this.scan();
    return this.files;
  }

  private async scan(): Promise<vscode.Uri[]> {
    const globs = this.config.value.include;
    if (!vscode.workspace.workspaceFolders?.length || globs.length === 0) return [];
    if (!this.watchers) {
      const watchers = globs.map((g) => vscode.workspace.createFileSystemWatcher(g, false, true, false));
      const rescan = () => {
        this.files = undefined;
        this.emitter.fire();
      };
      this.watchers = vscode.Disposable.from(...watchers, ...watchers.flatMap((w) => [w.onDidCreate(rescan), w.onDidDelete(rescan)]));
    }
    const found = await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, '**/node_modules/**', MAX_WORKSPACE_FILES).then(undefined, () => [])));
    const byKey = new Map<string, vscode.Uri>();
    for (const uri of found.flat()) if (!this.stopped.has(uri.toString())) byKey.set(uri.toString(), uri);
    return [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path)).slice(0, MAX_WORKSPACE_FILES);
  }

  dispose(): void {
    this.watchers?.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
