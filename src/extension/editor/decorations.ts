// Paints quotes, speakers, dates (and optionally people, organizations, places) in visible editors.
// Decoration types are created once per configuration; every update only calls setDecorations, and
// only with ranges computed for the exact document version on screen.
import * as vscode from 'vscode';
import type { Config, NewsAnnotatorConfig } from '../config';
import type { AnnotatedDocuments } from '../documents';
import { LOW_CONFIDENCE, type Mention, type Span } from '../../core/types';
import { reported, sourcesOf, speakers } from '../logic/lookup';
import { entryRange, type AnalysisEntry, type AnalysisStore } from '../store/analysisStore';

export const KINDS = ['quote', 'reported', 'speaker', 'unsure', 'date', 'person', 'organization', 'place'] as const;
export type HighlightKind = (typeof KINDS)[number];
export type PaintedRanges = Readonly<Record<HighlightKind, readonly vscode.Range[]>>;

const color = (id: string) => new vscode.ThemeColor(`newsAnnotator.${id}`);

// Overlaps stay readable because each kind uses a different channel: quotes tint the background,
// speakers change the text (bold, colour, underline), dates draw a box; the entity tints are faint.
function styleFor(kind: HighlightKind, ruler: boolean): vscode.DecorationRenderOptions {
  const rulerOf = (id: string, lane: vscode.OverviewRulerLane) => (ruler ? { overviewRulerColor: color(id), overviewRulerLane: lane } : {});
  const base = { rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  switch (kind) {
    case 'quote':
      return { ...base, backgroundColor: color('quoteBackground'), ...rulerOf('quoteRuler', vscode.OverviewRulerLane.Left) };
    case 'reported':
      // Lighter than a quote: a faint tint and a dotted underline, which high-contrast themes draw alone.
      return {
        ...base,
        backgroundColor: color('reportedBackground'),
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 1px 0',
        borderColor: color('reportedBorder'),
        ...rulerOf('quoteRuler', vscode.OverviewRulerLane.Left),
      };
    case 'unsure':
      // After the source mention of an attribution the analysis is unsure of: "Blinken?".
      return { ...base, after: { contentText: '?', color: color('unsureForeground'), fontWeight: 'bold' } };
    case 'speaker':
      return {
        ...base,
        color: color('speakerForeground'),
        backgroundColor: color('speakerBackground'),
        fontWeight: 'bold',
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: color('speakerBorder'),
        ...rulerOf('speakerRuler', vscode.OverviewRulerLane.Center),
      };
    case 'date':
      return {
        ...base,
        backgroundColor: color('dateBackground'),
        border: '1px solid',
        borderColor: color('dateBorder'),
        borderRadius: '3px',
        ...rulerOf('dateRuler', vscode.OverviewRulerLane.Right),
      };
    case 'person':
      return { ...base, backgroundColor: color('personBackground'), borderRadius: '2px' };
    case 'organization':
      return { ...base, backgroundColor: color('organizationBackground'), borderRadius: '2px' };
    case 'place':
      return { ...base, backgroundColor: color('placeBackground'), borderRadius: '2px' };
  }
}

function enabled(kind: HighlightKind, c: NewsAnnotatorConfig): boolean {
  const h = c.highlight;
  return { quote: h.quotes, reported: h.reported, speaker: h.speakers, unsure: h.speakers, date: h.dates, person: h.people, organization: h.organizations, place: h.places }[kind];
}

type SpanLists = Readonly<Record<HighlightKind, readonly Span[]>>;

/**
 * Every span to paint for an entry, by kind, sorted by start (whatever is switched off); `low` is the
 * newsAnnotator.lowConfidence setting, below which a source gets its `?`.
 */
export function spansFor(entry: AnalysisEntry, low = LOW_CONFIDENCE): SpanLists {
  const a = entry.analysis;
  const out: Record<HighlightKind, Span[]> = { quote: [...a.quotes], reported: [], speaker: [], unsure: [], date: [...a.dates], person: [], organization: [], place: [] };
  for (const r of reported(a)) for (const c of r.content) out.reported.push(c);
  const speaking = new Set(speakers(a).map((e) => e.id));
  for (const e of a.entities) {
    // A person who is quoted or reported is a speaker wherever they are named; groups are only shown as speakers.
    // Unclassified names are not painted: nothing says what they are.
    const kind: HighlightKind | undefined = speaking.has(e.id) ? 'speaker' : e.kind === 'group' || e.kind === 'unclassified' ? undefined : e.kind;
    // A loop, not push(...mentions): spreading one entity's 125,000+ mentions into a call throws RangeError.
    if (kind) for (const m of e.mentions) out[kind].push(m);
  }
  // Unresolved speaker mentions ("a spokesman") are still speakers.
  const starts = new Set(out.speaker.map((x) => x.start));
  const unresolved = (m: Mention | null) => {
    if (m && !starts.has(m.start)) {
      starts.add(m.start);
      out.speaker.push(m);
    }
  };
  for (const q of a.quotes) if (q.speakerId === null) unresolved(q.speaker);
  const sources = sourcesOf(a, low);
  for (const m of sources.unresolved) unresolved(m);
  // Sources the analysis is unsure of (nobody checked them), once each.
  const seen = new Set<number>();
  for (const m of sources.unsure) {
    if (seen.has(m.start)) continue;
    seen.add(m.start);
    out.unsure.push(m);
  }
  for (const list of Object.values(out)) list.sort((x, y) => x.start - y.start);
  return out;
}

/** Above this many spans a document is painted only around what is on screen. */
export const WINDOW_THRESHOLD = 5000;
/** Lines painted above and below the visible ones in windowed mode, so scrolling shows no gap. */
const WINDOW_MARGIN = 400;
/** The longest span we expect to start before a window and still reach into it. */
const LONGEST_SPAN = 20000;

function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans that overlap [from, to), from a start-sorted list. */
export function spansIn(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let i = firstAtOrAfter(spans, from - LONGEST_SPAN); i < spans.length && spans[i].start < to; i++) if (spans[i].end > from) out.push(spans[i]);
  return out;
}

export class Highlighter implements vscode.Disposable {
  private types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  private cache = new WeakMap<AnalysisEntry, { spans: SpanLists; total: number; ranges?: PaintedRanges }>();
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly painted = new WeakMap<vscode.TextEditor, { version: number; ranges: Partial<PaintedRanges> }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly config: Config, private readonly store: AnalysisStore, private readonly documents: AnnotatedDocuments) {
    this.createTypes();
    this.subscriptions.push(
      store.onDidChange((uri) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.paint(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        // Only windowed (very large) documents depend on what is on screen.
        const entry = this.store.current(e.textEditor.document);
        if (!entry || (this.cache.get(entry)?.total ?? 0) <= WINDOW_THRESHOLD) return;
        if (this.scrollTimer) clearTimeout(this.scrollTimer);
        this.scrollTimer = setTimeout(() => this.paint(e.textEditor), 50);
      }),
      config.onDidChange(() => {
        this.createTypes();
        // The spans depend on the settings too (newsAnnotator.lowConfidence decides the `?` marks).
        this.cache = new WeakMap();
        this.paintAll();
      }),
    );
    this.paintAll();
  }

  private createTypes(): void {
    this.disposeTypes();
    const c = this.config.value;
    for (const kind of KINDS) this.types.set(kind, vscode.window.createTextEditorDecorationType(styleFor(kind, c.overviewRuler)));
  }

  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (!this.documents.isAnnotated(document)) {
      this.clear(editor);
      return;
    }
    // Only ranges for the version on screen; while a newer version is being analysed the editor keeps
    // shifting the previous decorations along with the edits, which is what the user expects.
    const entry = this.store.current(document);
    if (!entry) return;
    let cached = this.cache.get(entry);
    if (!cached) {
      const spans = spansFor(entry, this.config.value.lowConfidence);
      cached = { spans, total: Object.values(spans).reduce((n, l) => n + l.length, 0) };
      this.cache.set(entry, cached);
    }
    const toRange = (x: Span) => entryRange(entry, x);
    let ranges: PaintedRanges;
    if (cached.total <= WINDOW_THRESHOLD) {
      cached.ranges ??= Object.fromEntries(KINDS.map((k) => [k, cached!.spans[k].map(toRange)])) as unknown as PaintedRanges;
      ranges = cached.ranges;
    } else {
      // A 5 MB article has ~100 000 mentions: converting and sending them all would block the host,
      // and the editor only shows a few dozen lines anyway.
      const visible = editor.visibleRanges;
      const first = Math.max(0, (visible[0]?.start.line ?? 0) - WINDOW_MARGIN);
      const last = Math.min(entry.lineStarts.length - 1, (visible[visible.length - 1]?.end.line ?? 0) + WINDOW_MARGIN + 1);
      const from = entry.lineStarts[first];
      const to = last + 1 < entry.lineStarts.length ? entry.lineStarts[last + 1] : entry.analysis.textLength + 1;
      ranges = Object.fromEntries(KINDS.map((k) => [k, spansIn(cached!.spans[k], from, to).map(toRange)])) as unknown as PaintedRanges;
    }
    const shown: Partial<Record<HighlightKind, readonly vscode.Range[]>> = {};
    const c = this.config.value;
    for (const kind of KINDS) {
      const list = enabled(kind, c) ? ranges[kind] : [];
      editor.setDecorations(this.types.get(kind)!, list as vscode.Range[]);
      shown[kind] = list;
    }
    this.painted.set(editor, { version: entry.version, ranges: shown });
  }

  private clear(editor: vscode.TextEditor): void {
    if (!this.painted.has(editor)) return;
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.painted.delete(editor);
  }

  /** What was last painted in an editor, for tests and the UI test's expectations. */
  lastPainted(editor: vscode.TextEditor): { version: number; ranges: Partial<PaintedRanges> } | undefined {
    return this.painted.get(editor);
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }

  dispose(): void {
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    this.disposeTypes();
    for (const s of this.subscriptions) s.dispose();
  }
}
