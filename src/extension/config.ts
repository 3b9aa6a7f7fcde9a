// One typed view of the `newsAnnotator.*` settings, read once and refreshed only when they change.
import * as vscode from 'vscode';

export interface HighlightConfig {
  readonly quotes: boolean;
  readonly reported: boolean;
  readonly speakers: boolean;
  readonly dates: boolean;
  readonly people: boolean;
  readonly organizations: boolean;
  readonly places: boolean;
}

export interface NewsAnnotatorConfig {
  readonly include: readonly string[];
  readonly detectDateline: boolean;
  readonly highlight: HighlightConfig;
  readonly overviewRuler: boolean;
  readonly updateDelay: number;
  readonly followCursor: boolean;
  /** Where curated NAME.ann files live: '' beside each article, else a folder (relative to the workspace folder) with the same layout. */
  readonly curatedFolder: string;
}

export const SECTION = 'newsAnnotator';

export const DEFAULT_INCLUDE = ['**/seeds/**/*.txt', '**/*.news.txt'];

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
