// The curated layer in the editor: NAME.ann is loaded when present and is then what every view shows;
// corrections rewrite it atomically (the first one writes the whole analysis plus the correction); text
// edits move its spans and the file is rewritten when the article is saved; a change on disk is read back;
// lines that cannot be used are listed in the Problems panel at their .ann line and kept in the file.
import * as vscode from 'vscode';
import {
  ANNOTATION_CONF, applyTextChanges, curatedAnalysis, docProblems, fromAnalysis, parseAnn, serializeAnn, type AnnDoc, type TextChange,
} from '../../core/curated';
import type { DocumentAnalysis } from '../../core/types';
import type { Config } from '../config';
import type { AnalysisLayer, AnalysisStore } from '../store/analysisStore';
import { annUriFor, annWatchPattern, dirOf, exists, metaUriFor, readText, writeAtomic } from './files';

/** Corrections that can be undone, per document. */
const UNDO_DEPTH = 50;

type Snapshot =
  /** The document before the correction; null when there was no NAME.ann yet. */
  | { readonly label: string; readonly doc: AnnDoc | null }
  /** NAME.meta.json before Set Document Date; null when there was none. */
  | { readonly label: string; readonly meta: string | null };

interface State {
  readonly annUri: vscode.Uri;
  /** The file's content as last read or written; null when there is no file. */
  fileText: string | null;
  /** The document in memory and the text it is anchored to (undefined: parse the file again when needed). */
  doc?: AnnDoc;
  anchorText?: string;
  undo: Snapshot[];
  /** The file had bad lines when read: it is not rewritten (not even on save) until the user corrects something. */
  hadProblems: boolean;
  corrected: boolean;
  /** Text edits moved spans since the file was written. */
  moved: boolean;
  /** The file was looked for at least once (the watcher reports later changes). */
  read: boolean;
  /** Our write in progress: a watcher event is judged only after it, or our own write would look foreign. */
  writing?: Promise<void>;
  /** What we wrote lately (null: deleted): a watcher event or a read that sees one of these is ours, maybe late. */
  ours: (string | null)[];
}

export class Curation implements AnalysisLayer, vscode.Disposable {
  private readonly states = new Map<string, State>();
  private readonly problems = vscode.languages.createDiagnosticCollection('newsAnnotator.curated');
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the article whose curated annotation changed (written, undone, reloaded). */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  private folder: string;

  constructor(private readonly config: Config, private readonly store: AnalysisStore, private readonly log: vscode.LogOutputChannel) {
    this.folder = config.value.curatedFolder;
    store.setLayer(this);
    this.subscriptions.push(
      this.problems,
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e)),
      vscode.workspace.onDidSaveTextDocument((d) =>
        this.saved(d).catch((err) => {
          const message = `Could not save the curated annotation of ${vscode.workspace.asRelativePath(d.uri)}: ${err instanceof Error ? err.message : String(err)}`;
          this.log.error(message);
          void vscode.window.showErrorMessage(message);
        }),
      ),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // Unsaved moves go with the unsaved text: the next load re-anchors the file to what is on disk.
        const s = this.states.get(d.uri.toString());
        if (s) {
          s.doc = undefined;
          s.anchorText = undefined;
          s.moved = false;
        }
      }),
      config.onDidChange((c) => {
        // Only a new place for the files makes what is in memory stale (a highlight setting must not lose undo).
        if (c.curatedFolder === this.folder) return;
        this.folder = c.curatedFolder;
        this.states.clear();
        this.problems.clear();
        this.watch();
      }),
    );
    this.watch();
  }

  /** Watches .ann files where they may be, so a change made outside (brat, git, another editor) is read back. */
  private watch(): void {
    this.watcher?.dispose();
    const folder = this.config.value.curatedFolder;
    const w = vscode.workspace.createFileSystemWatcher(annWatchPattern(folder));
    const changed = (uri: vscode.Uri) => void this.fileChanged(uri);
    this.watcher = vscode.Disposable.from(w, w.onDidChange(changed), w.onDidCreate(changed), w.onDidDelete(changed));
  }

  annUri(article: vscode.Uri): vscode.Uri {
    return annUriFor(article, this.config.value.curatedFolder);
  }

  private state(article: vscode.Uri): State {
    const key = article.toString();
    let s = this.states.get(key);
    if (!s) this.states.set(key, (s = { annUri: this.annUri(article), fileText: null, undo: [], hadProblems: false, corrected: false, moved: false, read: false, ours: [] }));
    return s;
  }

  /** Reads the file's content into the document, anchored to `text` (re-anchoring spans that moved). */
  private load(s: State, text: string): void {
    if (s.fileText === null) {
      s.doc = undefined;
    } else {
      const parsed = parseAnn(s.fileText, text);
      s.doc = parsed.doc;
      s.hadProblems = parsed.problems.length > 0;
    }
    s.anchorText = text;
  }

  /** Whether the article has a curated NAME.ann (as far as the last read knows). */
  isCurated(article: vscode.Uri): boolean {
    const s = this.states.get(article.toString());
    return s !== undefined && s.fileText !== null;
  }

  /** The curated document in memory (for tests and the commands), anchored to the editor's current text. */
  documentOf(article: vscode.Uri): AnnDoc | undefined {
    return this.states.get(article.toString())?.doc;
  }

  async prepare(article: vscode.Uri): Promise<void> {
    if (article.scheme === 'untitled') return;
    const s = this.state(article);
    // An open document is kept current by its edits and the file watcher; a file from disk reads its .ann again.
    if (s.read && vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString())) return;
    const text = await readText(s.annUri);
    s.read = true;
    if (text !== s.fileText && !s.ours.includes(text)) {
      s.fileText = text;
      s.doc = undefined;
      s.undo = [];
      s.corrected = false;
    }
  }

  apply(article: vscode.Uri, text: string, automatic: DocumentAnalysis): DocumentAnalysis {
    const s = this.states.get(article.toString());
    if (!s || s.fileText === null) {
      this.problems.delete(this.annUri(article));
      return automatic;
    }
    if (!s.doc || s.anchorText !== text) this.load(s, text);
    const analysis = curatedAnalysis(text, s.doc!, automatic);
    this.publishProblems(article, s);
    return analysis;
  }

  private publishProblems(article: vscode.Uri, s: State): void {
    const name = article.path.split('/').pop();
    const list = s.doc ? docProblems(s.doc) : [];
    this.problems.set(
      s.annUri,
      list.map((p) => {
        const line = Math.max(0, p.line - 1);
        const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), `${name}: ${p.message}`, vscode.DiagnosticSeverity.Warning);
        d.source = 'News Annotator';
        d.code = 'curated-line';
        return d;
      }),
    );
  }

  private edited(e: vscode.TextDocumentChangeEvent): void {
    const s = this.states.get(e.document.uri.toString());
    if (!s?.doc || s.anchorText === undefined || e.contentChanges.length === 0) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const next = applyTextChanges(s.doc, s.anchorText, changes);
    const now = e.document.getText();
    if (next.text !== now) {
      // Changes we could not follow: read the file again against the new text (re-anchoring by text).
      this.log.warn(`curated spans of ${e.document.uri.toString(true)} re-read after edits that could not be followed`);
      this.load(s, now);
      s.moved = true;
      return;
    }
    const before = s.anchorText;
    s.undo = s.undo.map((u) => ('doc' in u && u.doc ? { ...u, doc: applyTextChanges(u.doc, before, changes).doc } : u));
    if (next.doc !== s.doc) s.moved = true;
    s.doc = next.doc;
    s.anchorText = next.text;
  }

  private async saved(document: vscode.TextDocument): Promise<void> {
    const s = this.states.get(document.uri.toString());
    if (!s?.doc || !s.moved || s.anchorText !== document.getText()) return;
    if (s.hadProblems && !s.corrected) return;
    // Cleared before the write: an edit made while it runs marks the file stale again.
    s.moved = false;
    try {
      await this.write(document.uri, s, s.doc, s.anchorText);
    } catch (err) {
      s.moved = true;
      throw err;
    }
  }

  private async fileChanged(annUri: vscode.Uri): Promise<void> {
    for (const [key, s] of this.states) {
      if (s.annUri.toString() !== annUri.toString()) continue;
      await s.writing?.catch(() => undefined);
      const text = await readText(annUri);
      if (text === s.fileText || s.ours.includes(text)) return; // our own write, maybe reported late
      this.log.info(`${vscode.workspace.asRelativePath(annUri)} changed on disk: reading it again`);
      s.fileText = text;
      s.doc = undefined;
      s.undo = [];
      s.corrected = false;
      s.moved = false;
      const article = vscode.Uri.parse(key);
      await this.store.republish(article);
      this.emitter.fire(article);
      return;
    }
  }

  private async write(article: vscode.Uri, s: State, doc: AnnDoc, text: string): Promise<void> {
    const content = serializeAnn(doc, text);
    // The configuration first: whoever sees NAME.ann (brat, a watcher, a test) finds the folder ready for brat.
    const conf = vscode.Uri.joinPath(dirOf(s.annUri), 'annotation.conf');
    if (!(await exists(conf))) await writeAtomic(conf, ANNOTATION_CONF);
    const previous = s.fileText;
    s.fileText = content; // before the rename, so the watcher knows the change is ours
    this.remember(s, content);
    const writing = writeAtomic(s.annUri, content);
    s.writing = writing;
    try {
      await writing;
    } catch (err) {
      s.fileText = previous;
      throw err;
    }
    this.log.info(`wrote ${vscode.workspace.asRelativePath(s.annUri)}`);
  }

  /**
   * Applies one correction to the article's curated annotation and writes it. With no NAME.ann yet, the
   * whole current analysis is written with the correction. Returns false when nothing changed.
   */
  async correct(document: vscode.TextDocument, label: string, change: (doc: AnnDoc, text: string, automatic: DocumentAnalysis) => AnnDoc): Promise<boolean> {
    if (document.uri.scheme === 'untitled') throw new Error('Save the article to a file first: its corrections are kept in a .ann file beside it.');
    const entry = await this.store.whenCurrent(document, 30_000);
    if (!entry) throw new Error('The article has no analysis yet; try again in a moment.');
    const s = this.state(document.uri);
    const text = document.getText();
    if (!s.doc || s.anchorText !== text) this.load(s, text);
    const before = s.doc ?? null;
    const base = before ?? fromAnalysis(text, entry.automatic);
    const next = change(base, text, entry.automatic);
    if (before && serializeAnn(next, text) === serializeAnn(before, text)) return false;
    // The state changes before the write, so edits typed while it runs move the new spans.
    const was = { moved: s.moved, corrected: s.corrected };
    s.doc = next;
    s.anchorText = text;
    s.corrected = true;
    s.moved = false;
    try {
      await this.write(document.uri, s, next, text);
    } catch (err) {
      if (s.doc === next) Object.assign(s, { doc: before ?? undefined }, was);
      throw err;
    }
    s.undo.push({ doc: before, label });
    if (s.undo.length > UNDO_DEPTH) s.undo.shift();
    await this.store.republish(document.uri);
    this.emitter.fire(document.uri);
    return true;
  }

  /** Undoes the last correction of the article (the first one removes the NAME.ann it created). */
  async undo(document: vscode.TextDocument): Promise<string | undefined> {
    const s = this.states.get(document.uri.toString());
    const last = s?.undo.pop();
    if (!s || !last) return undefined;
    const text = document.getText();
    if ('meta' in last) {
      const uri = metaUriFor(document.uri);
      if (last.meta === null) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      else await writeAtomic(uri, last.meta);
      this.store.forgetMeta();
      this.store.refresh(document);
    } else if (last.doc) {
      s.doc = last.doc;
      s.anchorText = text;
      s.moved = false;
      await this.write(document.uri, s, last.doc, text);
    } else {
      s.fileText = null;
      this.remember(s, null);
      await vscode.workspace.fs.delete(s.annUri).then(undefined, () => undefined);
      s.doc = undefined;
      s.anchorText = undefined;
      this.problems.delete(s.annUri);
    }
    await this.store.republish(document.uri);
    this.emitter.fire(document.uri);
    return last.label;
  }

  /**
   * Sets the document date in NAME.meta.json (other keys kept, written atomically), as one undoable step.
   * Refuses a meta file that is not a JSON object rather than lose what it holds.
   */
  async setDocumentDate(document: vscode.TextDocument, date: string): Promise<void> {
    const uri = metaUriFor(document.uri);
    const before = await readText(uri);
    let meta: Record<string, unknown> = {};
    if (before !== null) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(before);
      } catch {
        parsed = undefined;
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${vscode.workspace.asRelativePath(uri)} is not a JSON object; fix or remove it first`);
      meta = parsed as Record<string, unknown>;
    }
    await writeAtomic(uri, `${JSON.stringify({ ...meta, date }, null, 2)}\n`);
    const s = this.state(document.uri);
    s.undo.push({ label: `Set Document Date to ${date}`, meta: before });
    if (s.undo.length > UNDO_DEPTH) s.undo.shift();
    this.store.forgetMeta();
    this.store.refresh(document);
    this.emitter.fire(document.uri);
  }

  private remember(s: State, content: string | null): void {
    s.ours.push(content);
    if (s.ours.length > 8) s.ours.shift();
  }

  /** The label of the correction Undo would revert. */
  lastCorrection(article: vscode.Uri): string | undefined {
    const u = this.states.get(article.toString())?.undo;
    return u?.[u.length - 1]?.label;
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
