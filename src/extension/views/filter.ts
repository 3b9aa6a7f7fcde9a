// The filter the Entities and People views share: one speaker (a person merged across articles), one
// kind of statement, or only the low-confidence ones. Pure: no `vscode`.
import type { MergedEntity } from '../../core/corpus/people';
import { sourceRef, type StatementFilter } from '../../core/corpus/search';
import type { Attribution, DocumentAnalysis, Quote, StatementKind } from '../../core/types';

export interface FilterState {
  readonly speaker?: { readonly key: string; readonly name: string };
  readonly kind?: StatementKind;
  readonly lowConfidence?: boolean;
}

const KIND_WORDS: Record<StatementKind, string> = { direct: 'direct quotes', reported: 'reported statements', mixed: 'mixed statements' };

export function isActive(f: FilterState): boolean {
  return f.speaker !== undefined || f.kind !== undefined || f.lowConfidence === true;
}

/** "Filtered: Antony Blinken · direct quotes · confidence below 0.5" */
export function describeFilter(f: FilterState, threshold: number): string | undefined {
  const parts: string[] = [];
  if (f.speaker) parts.push(f.speaker.name);
  if (f.kind) parts.push(KIND_WORDS[f.kind]);
  if (f.lowConfidence) parts.push(`confidence below ${threshold}`);
  return parts.length ? `Filtered: ${parts.join(' · ')}` : undefined;
}

/** The statement filter of the core's search for this state. */
export function statementFilter(f: FilterState, people: readonly MergedEntity[], threshold: number): StatementFilter {
  let sources: Set<string> | undefined;
  if (f.speaker) {
    sources = new Set();
    const merged = people.find((p) => p.key === f.speaker!.key);
    for (const m of merged?.members ?? []) sources.add(sourceRef(m.docId, m.entity.id));
  }
  return { ...(sources ? { sources } : {}), ...(f.kind ? { kind: f.kind } : {}), ...(f.lowConfidence ? { below: threshold } : {}) };
}

/** Which of one analysed document's quotes the filter keeps (the Entities view lists quotes, not summaries). */
export function quotePredicate(f: FilterState, docId: string, analysis: DocumentAnalysis, filter: StatementFilter): ((q: Quote) => boolean) | undefined {
  if (!isActive(f)) return undefined;
  const attributions = new Map(analysis.attributions.map((a) => [a.id, a]));
  return (q) => {
    const at = q.attributionId ? attributions.get(q.attributionId) : undefined;
    const kind: StatementKind = at?.kind ?? 'direct';
    const confidence = q.confidence ?? at?.confidence;
    if (filter.kind !== undefined && kind !== filter.kind) return false;
    if (filter.below !== undefined && !(confidence !== undefined && confidence < filter.below)) return false;
    if (filter.sources !== undefined && !(q.speakerId !== null && filter.sources.has(sourceRef(docId, q.speakerId)))) return false;
    return true;
  };
}

/** Which of one analysed document's reported (and mixed) statements the filter keeps, as it keeps quotes. */
export function statementPredicate(f: FilterState, docId: string, filter: StatementFilter): ((a: Attribution) => boolean) | undefined {
  if (!isActive(f)) return undefined;
  return (a) => {
    if (filter.kind !== undefined && a.kind !== filter.kind) return false;
    if (filter.below !== undefined && !(a.confidence < filter.below)) return false;
    if (filter.sources !== undefined && !(a.sourceId !== null && filter.sources.has(sourceRef(docId, a.sourceId)))) return false;
    return true;
  };
}

/** Holds the current filter; both views listen. */
export class ViewFilter {
  private current: FilterState = {};
  private readonly listeners = new Set<() => void>();

  get state(): FilterState {
    return this.current;
  }

  set(state: FilterState): void {
    this.current = state;
    for (const l of [...this.listeners]) l();
  }

  clear(): void {
    this.set({});
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
}
