// A curated NAME.ann read back as a DocumentAnalysis: the annotation the editor, the tree, the exports and
// the CLI show. The automatic analysis of the same text supplies what brat cannot hold (sentences, the
// document date, mention kinds) and the confidence of items nobody has checked yet.
import { entityId } from '../entities';
import { PRONOUNS } from '../quotes/lexicon';
import type {
  Attribution, AttributionKind, AttributionStrategy, DocumentAnalysis, Entity, EntityKind, Mention, MentionKind, Quote, Span, TextSpan, TimeExpression,
} from '../types';
import { CHECKED, CONFIDENCE, CUE, CUE_OF, DATE, ENTITY_KIND, NOTES, QUOTE, SAID_BY, SPEAKER, STATEMENT, parseDateNote, parseEntityNote } from './schema';
import { docProblems, type AnnDoc, type TextBound } from './standoff';

const key = (s: Span) => `${s.start}:${s.end}`;
const KIND_ORDER: readonly EntityKind[] = ['person', 'group', 'organization', 'place'];

/** Indexes of one document: which T is which, and what points at it. */
export class AnnIndex {
  readonly byId = new Map<string, TextBound>();
  readonly notes = new Map<string, string>();
  readonly checked = new Set<string>();
  /** The Confidence level a file gives an annotation (its writer's own estimate). */
  readonly level = new Map<string, string>();
  /** Content (Quote/Statement) id → its Speaker T id, and → its Cue T id. */
  readonly speakerOf = new Map<string, string>();
  readonly cueOf = new Map<string, string>();

  constructor(readonly doc: AnnDoc) {
    for (const l of doc.lines) if (l.kind === 'T' && !l.lost) this.byId.set(l.id, l);
    for (const l of doc.lines) {
      if (l.kind === '#' && l.type === NOTES && !this.notes.has(l.target)) this.notes.set(l.target, l.text);
      else if (l.kind === 'A' && l.type === CHECKED) this.checked.add(l.target);
      else if (l.kind === 'A' && l.type === CONFIDENCE && l.value) this.level.set(l.target, l.value);
      else if (l.kind === 'R' && l.args.length === 2) {
        const [a, b] = l.args;
        if (l.type === SAID_BY && this.byId.get(b.ref)?.type === SPEAKER && !this.speakerOf.has(a.ref)) this.speakerOf.set(a.ref, b.ref);
        if (l.type === CUE_OF && !this.cueOf.has(b.ref)) this.cueOf.set(b.ref, a.ref);
      }
    }
  }

  ofType(type: string): TextBound[] {
    return [...this.byId.values()].filter((t) => t.type === type).sort((a, b) => a.spans[0].start - b.spans[0].start || b.spans[b.spans.length - 1].end - a.spans[a.spans.length - 1].end);
  }
}

/** Item ids grouped by the entity that said them, in reading order. */
function idsBySource(pairs: readonly (readonly [string | null, string])[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const [source, id] of pairs) {
    if (source === null) continue;
    let list = by.get(source);
    if (!list) by.set(source, (list = []));
    list.push(id);
  }
  return by;
}

/** The first of start-sorted annotations that starts at or after `offset`. */
function firstFrom(sorted: readonly TextBound[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].spans[0].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a level's bin lies ([0.9, 1], [0.5, 0.9), [0, 0.5)): its middle stands for it. */
const LEVEL_CONFIDENCE: Readonly<Record<string, number>> = { High: 0.95, Medium: 0.7, Low: 0.25 };

/**
 * The confidence of an unchecked item the automatic analysis does not agree with: the file's own level (an
 * earlier analysis or another tool wrote it), else an even 0.5.
 */
function fileConfidence(ix: AnnIndex, id: string): number {
  return LEVEL_CONFIDENCE[ix.level.get(id) ?? ''] ?? 0.5;
}

export function outer(t: TextBound): Span {
  return { start: t.spans[0].start, end: t.spans[t.spans.length - 1].end };
}

function mentionKindOf(text: string, name: string, kind: EntityKind): MentionKind {
  if (kind === 'group') return 'group';
  if (text === name) return 'name';
  if (PRONOUNS.has(text.toLowerCase())) return 'pronoun';
  if (/^\p{Ll}/u.test(text)) return 'nominal';
  if (name.endsWith(` ${text}`)) return 'surname';
  return 'variant';
}

/** Fragments split only by a line break are one piece of content again (brat had to split them). */
function contentOf(text: string, t: TextBound): TextSpan[] {
  const out: Span[] = [];
  for (const s of t.spans) {
    const last = out[out.length - 1];
    if (last && /^[\r\n]*$/.test(text.slice(last.end, s.start))) out[out.length - 1] = { start: last.start, end: s.end };
    else out.push({ ...s });
  }
  return out.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

export function curatedAnalysis(text: string, doc: AnnDoc, automatic: DocumentAnalysis): DocumentAnalysis {
  const ix = new AnnIndex(doc);
  const slice = (s: Span): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  // Mention kinds brat cannot hold, from the automatic analysis where it has the same span.
  const autoMentionKind = new Map<string, MentionKind>();
  for (const e of automatic.entities) for (const m of e.mentions) autoMentionKind.set(key(m), m.kind);
  const autoSourceKind = new Map<string, MentionKind>();
  for (const a of automatic.attributions) if (a.source) autoSourceKind.set(key(a.source), a.source.kind);
  for (const q of automatic.quotes) if (q.speaker) autoSourceKind.set(key(q.speaker), q.speaker.kind);

  // Entities: the mentions of one type that carry the same canonical name.
  const groups = new Map<string, { kind: EntityKind; name: string; title?: string; mentions: Mention[]; tids: string[] }>();
  for (const t of [...ix.byId.values()].sort((a, b) => a.spans[0].start - b.spans[0].start)) {
    const kind = ENTITY_KIND[t.type];
    if (!kind) continue;
    const span = outer(t);
    const surface = text.slice(span.start, span.end);
    const note = ix.notes.get(t.id);
    const { name, title } = note ? parseEntityNote(note) : { name: surface.replace(/\s+/g, ' ').trim(), title: undefined };
    if (!name) continue;
    const k = `${kind}\u0000${name}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { kind, name, mentions: [], tids: [] }));
    if (title && !g.title) g.title = title;
    g.mentions.push({ ...slice(span), kind: autoMentionKind.get(key(span)) ?? mentionKindOf(surface, name, kind) });
    g.tids.push(t.id);
  }
  const entityAt = new Map<string, string>();
  const entitiesByName = new Map<string, { id: string; kind: EntityKind }[]>();
  for (const g of groups.values()) {
    const id = entityId(g.kind, g.name);
    for (const m of g.mentions) if (!entityAt.has(key(m))) entityAt.set(key(m), id);
    const list = entitiesByName.get(g.name) ?? [];
    list.push({ id, kind: g.kind });
    entitiesByName.set(g.name, list);
  }

  const source = (contentId: string): { mention: Mention | null; entity: string | null } => {
    const sid = ix.speakerOf.get(contentId);
    const st = sid ? ix.byId.get(sid) : undefined;
    if (!st) return { mention: null, entity: null };
    const span = outer(st);
    const named = ix.notes.get(st.id)?.trim();
    const candidates = named ? (entitiesByName.get(named) ?? []) : [];
    const here = entityAt.get(key(span));
    const entity = candidates.find((c) => c.id === here)?.id
      ?? [...candidates].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0]?.id
      ?? (named ? null : here ?? null);
    const surface = text.slice(span.start, span.end);
    return { mention: { ...slice(span), kind: autoSourceKind.get(key(span)) ?? autoMentionKind.get(key(span)) ?? mentionKindOf(surface, named ?? '', 'person') }, entity };
  };
  const cue = (contentId: string): TextSpan | null => {
    const cid = ix.cueOf.get(contentId);
    const ct = cid ? ix.byId.get(cid) : undefined;
    return ct?.type === CUE ? slice(outer(ct)) : null;
  };
  const sameSource = (a: Mention | null, b: Mention | null) => (a === null ? b === null : b !== null && a.start === b.start && a.end === b.end);

  // Statements first: a quote inside one belongs to it (a mixed statement).
  const autoByContent = new Map(automatic.attributions.map((a) => [key({ start: a.content[0]?.start ?? -1, end: a.content[a.content.length - 1]?.end ?? -1 }), a]));
  const attributions: Attribution[] = [];
  const statementOfQuote = new Map<string, string>();
  const quoteTs = ix.ofType(QUOTE);
  for (const t of ix.ofType(STATEMENT)) {
    const span = outer(t);
    const { mention, entity } = source(t.id);
    const content = contentOf(text, t);
    const insideTs: TextBound[] = [];
    for (let i = firstFrom(quoteTs, span.start); i < quoteTs.length && quoteTs[i].spans[0].start < span.end; i++) {
      if (outer(quoteTs[i]).end <= span.end) insideTs.push(quoteTs[i]);
    }
    const inside = insideTs.map((q) => q.id);
    for (const q of inside) statementOfQuote.set(q, t.id);
    // A statement made of exactly its quotes is one direct attribution over several quotes.
    const direct = insideTs.length === content.length && content.every((c, i) => c.start === outer(insideTs[i]).start && c.end === outer(insideTs[i]).end);
    const auto = autoByContent.get(key(span));
    const checked = ix.checked.has(t.id);
    const agrees = auto && sameSource(auto.source, mention);
    attributions.push({
      id: t.id,
      kind: direct ? 'direct' : inside.length ? 'mixed' : 'reported',
      content,
      source: mention,
      sourceId: entity,
      cue: cue(t.id),
      confidence: checked ? 1 : agrees ? auto.confidence : fileConfidence(ix, t.id),
      strategy: checked ? 'curated' : agrees ? auto.strategy : 'none',
      quoteIds: inside,
    });
  }

  const autoQuotes = new Map(automatic.quotes.map((q) => [key(q), q]));
  const autoAttribution = new Map(automatic.attributions.map((a) => [a.id, a]));
  for (const a of automatic.attributions) for (const q of a.quoteIds) if (!autoAttribution.has(`quote:${q}`)) autoAttribution.set(`quote:${q}`, a);
  const quotes: Quote[] = quoteTs.map((t) => {
    const span = outer(t);
    const { mention, entity } = source(t.id);
    const c = cue(t.id);
    const auto = autoQuotes.get(key(span));
    const agrees = auto && sameSource(auto.speaker, mention);
    const checked = ix.checked.has(t.id);
    const autoAttr = auto ? (auto.attributionId ? autoAttribution.get(auto.attributionId) : undefined) ?? autoAttribution.get(`quote:${auto.id}`) : undefined;
    const confidence = checked ? 1 : agrees ? (autoAttr?.confidence ?? auto.confidence) : ix.level.has(t.id) ? fileConfidence(ix, t.id) : undefined;
    const attribution: AttributionKind = agrees ? auto.attribution : c ? 'cue' : 'none';
    const quote: Quote = {
      id: t.id,
      ...slice(span),
      speaker: mention,
      speakerId: entity,
      cue: c,
      attribution,
      ...(auto?.multiParagraph || /[\r\n]/.test(text.slice(span.start, span.end)) ? { multiParagraph: true } : {}),
      ...(confidence !== undefined ? { confidence } : {}),
      attributionId: statementOfQuote.get(t.id) ?? t.id,
    };
    if (!statementOfQuote.has(t.id)) {
      const strategy: AttributionStrategy = checked ? 'curated' : agrees && autoAttr ? autoAttr.strategy : 'none';
      attributions.push({
        id: t.id, kind: 'direct', content: [slice(span)], source: mention, sourceId: entity, cue: c,
        confidence: confidence ?? 0.5, strategy, quoteIds: [t.id],
      });
    }
    return quote;
  });
  attributions.sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));

  const autoDates = new Map(automatic.dates.map((d) => [key(d), d]));
  const dates: TimeExpression[] = ix.ofType(DATE).map((t) => {
    const span = outer(t);
    const parsed = parseDateNote(ix.notes.get(t.id) ?? '') ?? { type: 'DATE' as const, value: null };
    const auto = autoDates.get(key(span));
    const surface = text.slice(span.start, span.end);
    return { id: t.id, ...slice(span), type: parsed.type, value: parsed.value, relative: auto ? auto.relative : !/\d{4}/.test(surface) };
  });

  const quotesBy = idsBySource(quotes.map((q) => [q.speakerId, q.id]));
  const attributionsBy = idsBySource(attributions.map((a) => [a.sourceId, a.id]));
  const entities: Entity[] = [...groups.values()]
    .map((g) => {
      const id = entityId(g.kind, g.name);
      return {
        id,
        kind: g.kind,
        name: g.name,
        ...(g.title ? { title: g.title } : {}),
        mentions: g.mentions,
        quoteIds: quotesBy.get(id) ?? [],
        attributionIds: attributionsBy.get(id) ?? [],
      };
    })
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));

  const quoteIdSet = new Set(quotes.map((q) => q.id));
  const checked = [
    ...quotes.filter((q) => ix.checked.has(q.id)).map((q) => q.id),
    ...attributions.filter((a) => !quoteIdSet.has(a.id) && ix.checked.has(a.id)).map((a) => a.id),
    ...dates.filter((d) => ix.checked.has(d.id)).map((d) => d.id),
    ...[...groups.values()].filter((g) => g.tids.every((t) => ix.checked.has(t))).map((g) => entityId(g.kind, g.name)),
  ];
  return {
    textLength: text.length,
    documentDate: automatic.documentDate,
    paragraphs: automatic.paragraphs,
    sentences: automatic.sentences,
    quotes,
    attributions,
    entities,
    dates,
    diagnostics: automatic.diagnostics,
    curated: { checked, problems: docProblems(doc) },
  };
}
