// Wiring only: each feature is one disposable object; activate() creates them and returns a small API
// (the same extension host runs the integration tests, which inspect the store, tree and decorations).
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Config } from './config';
import { Curation } from './curation/curation';
import { ReviewSession } from './curation/review';
import { AnnotatedDocuments } from './documents';
import { Highlighter } from './editor/decorations';
import { Hovers } from './editor/hovers';
import { StatusBar } from './statusBar';
import { AnalysisStore } from './store/analysisStore';
import { Analyzer } from './store/analyzer';
import { EntityTree } from './views/entityTree';

// The analysis worker loads this bundle and calls this (see store/analyzer.ts).
export { runAnalysisWorker } from './store/analyzer';

export interface NewsAnnotatorApi {
  readonly store: AnalysisStore;
  readonly tree: EntityTree;
  readonly highlighter: Highlighter;
  readonly hovers: Hovers;
  readonly statusBar: StatusBar;
  readonly documents: AnnotatedDocuments;
  readonly curation: Curation;
  readonly review: ReviewSession;
  /** Milliseconds activate() took. */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('News Annotator', { log: true });
  const config = new Config();
  const documents = new AnnotatedDocuments(config, context.workspaceState);
  const analyzer = new Analyzer(__filename, (m) => log.info(m));
  const store = new AnalysisStore(config, documents, analyzer, log);
  // Before anything reads the store: a curated NAME.ann is what every view shows.
  const curation = new Curation(config, store, log);
  const review = new ReviewSession(store, curation);
  const highlighter = new Highlighter(config, store, documents);
  const hovers = new Hovers(store);
  const tree = new EntityTree(config, store, documents);
  const statusBar = new StatusBar(store, documents, review);
  context.subscriptions.push(
    log, config, documents, analyzer, store, curation, review, highlighter, hovers, tree, statusBar, registerCommands({ store, documents, tree, curation }, review),
  );
  // Documents already open when we activate (the usual case for onLanguage:plaintext).
  store.refreshVisible();
  const activationMs = performance.now() - t0;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return { store, tree, highlighter, hovers, statusBar, documents, curation, review, activationMs };
}

export function deactivate(): void {}
