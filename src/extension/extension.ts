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
import { ViewFilter } from './views/filter';
import { PeopleTree } from './views/peopleTree';
import { WorkspaceIndex } from './index/workspaceIndex';
import { TimelinePanel } from './timeline/timelinePanel';

// The analysis worker and the index's pool workers load this bundle and call these.
export { runAnalysisWorker } from './store/analyzer';
export { runIndexWorker } from './index/runner';

export interface NewsAnnotatorApi {
  readonly store: AnalysisStore;
  readonly tree: EntityTree;
  readonly highlighter: Highlighter;
  readonly hovers: Hovers;
  readonly statusBar: StatusBar;
  readonly documents: AnnotatedDocuments;
  readonly index: WorkspaceIndex;
  readonly people: PeopleTree;
  readonly filter: ViewFilter;
  readonly timeline: TimelinePanel;
  /** A second, independent index over the same workspace and cache, as a window reload would make (tests). */
  readonly createIndex: () => WorkspaceIndex;
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
  const review = new ReviewSession(store, curation, config);
  const highlighter = new Highlighter(config, store, documents);
  const hovers = new Hovers(store, config);
  const indexOptions = { bundle: __filename, storage: context.storageUri ?? context.globalStorageUri, log };
  const createIndex = () => new WorkspaceIndex(config, documents, store, context.workspaceState, indexOptions);
  const index = createIndex();
  store.cachedAnalysis = (uri, bytes) => index.cachedAnalysis(uri, bytes);
  const filter = new ViewFilter();
  const tree = new EntityTree(config, store, documents, index, filter);
  const people = new PeopleTree(config, index, filter);
  const timeline = new TimelinePanel(context.extensionUri, index, store, documents);
  const statusBar = new StatusBar(store, documents, review);
  context.subscriptions.push(
    log, config, documents, analyzer, store, curation, review, index, highlighter, hovers, tree, people, timeline, statusBar,
    registerCommands({ config, store, documents, tree, index, filter, curation }, review),
  );
  // Documents already open when we activate (the usual case for onLanguage:plaintext).
  store.refreshVisible();
  // The workspace is indexed in the background, after activation returns.
  setTimeout(() => void index.start(), 0);
  const activationMs = performance.now() - t0;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return { store, tree, highlighter, hovers, statusBar, documents, index, people, filter, timeline, createIndex, curation, review, activationMs };
}

export function deactivate(): void {}
