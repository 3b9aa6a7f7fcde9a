// One typed view of the `newsAnnotator.*` settings, read once and refreshed only when they change.
import * as vscode from 'vscode';
import { LOW_CONFIDENCE } from '../core/types';

export interface HighlightConfig {
  readonly quotes: boolean;
  readonly reported: boolean;
  readonly speakers: boolean;
  readonly dates: boolean;
  readonly people: boolean;
  readonly organizations: boolean;
  readonly places: boolean;
}

export interface IndexConfig {
  /** Index the workspace's articles in the background (People, search, timeline across articles). */
  readonly enabled: boolean;
  /** At most this many article files are indexed; the view says when more exist. */
  readonly maxFiles: number;
  /** Worker threads for indexing; 0 picks one less than the number of cores (at least one). */
  readonly workers: number;
}

export interface NewsAnnotatorConfig {
  readonly include: readonly string[];
  readonly detectDateline: boolean;
  readonly highlight: HighlightConfig;
  readonly overviewRuler: boolean;
  readonly updateDelay: number;
  readonly followCursor: boolean;
  readonly index: IndexConfig;
  /** Rows a view lists at once under one node before a "Show more" row. */
  readonly pageSize: number;
  /** Attributions below this confidence count as unsure: "probably X?" and `?` marks, the copy warning, review order, the views' low-confidence filter. */
  readonly lowConfidence: number;
  /** Where curated NAME.ann files live: '' beside each article, else a folder (relative to the workspace folder) with the same layout. */
  readonly curatedFolder: string;
}

export const SECTION = 'newsAnnotator';

export const DEFAULT_INCLUDE = ['**/seeds/**/*.txt', '**/*.news.txt'];

/** A number setting clamped to its range; anything else a hand-edited settings.json holds gives the default. */
function num(c: vscode.WorkspaceConfiguration, key: string, fallback: number, min: number, max: number): number {
  const v = c.get<unknown>(key);
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.min(max, v)) : fallback;
}

function read(): NewsAnnotatorConfig {
  const c = vscode.workspace.getConfiguration(SECTION);
  const include = c.get<unknown>('include');
  const delay = c.get<number>('updateDelay', 300);
  return {
    // A hand-edited settings.json can hold anything: keep only strings.
    include: Array.isArray(include) ? include.filter((g): g is string => typeof g === 'string' && g.length > 0) : DEFAULT_INCLUDE,
    detectDateline: c.get('detectDateline', true),
    highlight: {
      quotes: c.get('highlight.quotes', true),
      reported: c.get('highlight.reported', true),
      speakers: c.get('highlight.speakers', true),
      dates: c.get('highlight.dates', true),
      people: c.get('highlight.people', false),
      organizations: c.get('highlight.organizations', false),
      places: c.get('highlight.places', false),
    },
    overviewRuler: c.get('overviewRuler', true),
    updateDelay: Number.isFinite(delay) ? Math.max(0, Math.min(5000, delay)) : 300,
    followCursor: c.get('followCursor', false),
    index: {
      enabled: c.get('index.enabled', true),
      maxFiles: Math.floor(num(c, 'index.maxFiles', 20000, 1, 10_000_000)),
      workers: Math.floor(num(c, 'index.workers', 0, 0, 64)),
    },
    pageSize: Math.floor(num(c, 'view.pageSize', 200, 10, 100_000)),
    lowConfidence: num(c, 'lowConfidence', LOW_CONFIDENCE, 0, 1),
    curatedFolder: typeof c.get('curatedFolder') === 'string' ? c.get<string>('curatedFolder', '').trim() : '',
  };
}

/** Holds the current configuration; features subscribe to `onDidChange` instead of reading settings. */
export class Config implements vscode.Disposable {
  private current = read();
  private readonly emitter = new vscode.EventEmitter<NewsAnnotatorConfig>();
  readonly onDidChange = this.emitter.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(SECTION)) return;
    this.current = read();
    this.emitter.fire(this.current);
  });

  get value(): NewsAnnotatorConfig {
    return this.current;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
