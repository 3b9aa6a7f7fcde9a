// Which documents are annotated: files matching `newsAnnotator.include`, plain text that opens with a
// dateline, folders and files the user annotated by hand, minus what they asked to stop annotating.
// Finding those files in the workspace is the index's job (index/articleFiles.ts).
import * as vscode from 'vscode';
import { findDateline } from '../core';
import type { Config } from './config';

const MANUAL_KEY = 'newsAnnotator.annotated';
const STOPPED_KEY = 'newsAnnotator.stopped';
const FOLDERS_KEY = 'newsAnnotator.folders';
/** Context key listing the annotated folders' paths, for the Explorer menu's `resourcePath in …`. */
const FOLDERS_CONTEXT = 'newsAnnotator.annotatedFolders';

/** Whether `uri` lies inside the folder `folder` (both uri strings). */
export function isInside(uri: string, folder: string): boolean {
  return uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

export class AnnotatedDocuments implements vscode.Disposable {
  private readonly manual: Set<string>;
  private readonly stopped: Set<string>;
  private readonly folders: Set<string>;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the set of annotated documents may have changed (settings, commands). */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly config: Config, private readonly state: vscode.Memento) {
    this.manual = new Set(state.get<string[]>(MANUAL_KEY, []));
    this.stopped = new Set(state.get<string[]>(STOPPED_KEY, []));
    this.folders = new Set(state.get<string[]>(FOLDERS_KEY, []));
    this.updateContext();
    this.subscriptions.push(config.onDidChange(() => this.emitter.fire()));
  }

  isAnnotated(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (this.stopped.has(key)) return false;
    if (this.manual.has(key)) return true;
    if (this.inFolder(key) && /\.txt$/i.test(document.uri.path)) return true;
    if (this.matchesInclude(document)) return true;
    if (!this.config.value.detectDateline || document.languageId !== 'plaintext') return false;
    // Only the head is read: a dateline sits in the first few hundred characters.
    return findDateline(document.getText(new vscode.Range(0, 0, 6, 0))) !== null;
  }

  private matchesInclude(document: vscode.TextDocument): boolean {
    return this.config.value.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  private inFolder(key: string): boolean {
    for (const f of this.folders) if (isInside(key, f)) return true;
    return false;
  }

  isStopped(uri: vscode.Uri | string): boolean {
    return this.stopped.has(uri.toString());
  }

  /** Files annotated by hand (Annotate This File), whatever the include globs say. */
  manualFiles(): vscode.Uri[] {
    return [...this.manual].map((k) => vscode.Uri.parse(k));
  }

  /** Folders annotated from the Explorer: every .txt file under them is an article. */
  annotatedFolders(): vscode.Uri[] {
    return [...this.folders].map((k) => vscode.Uri.parse(k));
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

  /** Annotates every .txt file under the folder; files stopped by hand inside it are annotated again. */
  async annotateFolder(uri: vscode.Uri): Promise<void> {
    const key = uri.toString().replace(/\/$/, '');
    this.folders.add(key);
    for (const s of [...this.stopped]) if (isInside(s, key)) this.stopped.delete(s);
    await this.save();
  }

  /** Forgets an annotated folder (its files that match the include globs stay annotated). */
  async stopAnnotatingFolder(uri: vscode.Uri): Promise<boolean> {
    const had = this.folders.delete(uri.toString().replace(/\/$/, ''));
    if (had) await this.save();
    return had;
  }

  isAnnotatedFolder(uri: vscode.Uri): boolean {
    return this.folders.has(uri.toString().replace(/\/$/, ''));
  }

  private async save(): Promise<void> {
    this.updateContext();
    this.emitter.fire();
    await this.state.update(MANUAL_KEY, [...this.manual]);
    await this.state.update(STOPPED_KEY, [...this.stopped]);
    await this.state.update(FOLDERS_KEY, [...this.folders]);
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', FOLDERS_CONTEXT, [...this.folders].map((k) => vscode.Uri.parse(k).fsPath));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
