// "Compare with Automatic Analysis": the automatic items that differ from the curated ones, each with the
// correction that takes it. After the analysis improves, a curator sees what it now finds and picks.
import type { Attribution, DocumentAnalysis, Quote, Span } from '../types';
import { markContent, markDate, markEntity, setSource, type EntityRef, type SourceChoice } from './corrections';
import { ENTITY_TYPE, QUOTE, STATEMENT } from './schema';
import type { AnnDoc } from './standoff';

export interface Difference {
  readonly kind: 'missing' | 'boundary' | 'source' | 'value';
  /** What the automatic analysis says, in a few words. */
  readonly label: string;
  /** What the curated annotation says instead. */
  readonly detail: string;
  readonly span: Span;
  /** The curated document with this automatic item taken. */
  take(doc: AnnDoc, text: string): AnnDoc;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const short = (t: string, n = 50) => {
  const flat = t.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

function outerOf(a: Attribution): Span {
  return { start: a.content[0].start, end: a.content[a.content.length - 1].end };
}

function refOf(analysis: DocumentAnalysis, id: string | null): EntityRef | null {
  const e = id ? analysis.entities.find((x) => x.id === id) : undefined;
  return e ? { kind: e.kind, name: e.name, ...(e.title ? { title: e.title } : {}) } : null;
}

function sourceName(analysis: DocumentAnalysis, a: Attribution): string {
  return refOf(analysis, a.sourceId)?.name ?? (a.source ? `“${a.source.text}”` : 'nobody');
}

export function compareWithAutomatic(curated: DocumentAnalysis, automatic: DocumentAnalysis): Difference[] {
  const out: Difference[] = [];
  // Direct speech quote by quote (an attribution may group several quotes); reported speech by statement.
  const asAttribution = (q: Quote): Attribution => ({
    id: q.id, kind: 'direct', content: [q], source: q.speaker, sourceId: q.speakerId, cue: q.cue, confidence: q.confidence ?? 1, strategy: 'none', quoteIds: [q.id],
  });
  const curatedStatements = [...curated.quotes.map(asAttribution), ...curated.attributions.filter((x) => x.kind !== 'direct')];
  for (const a of [...automatic.quotes.map(asAttribution), ...automatic.attributions.filter((x) => x.kind !== 'direct')]) {
    if (a.content.length === 0) continue;
    const span = outerOf(a);
    const type = a.kind === 'direct' ? QUOTE : STATEMENT;
    const noun = a.kind === 'direct' ? 'Quote' : 'Reported';
    const peers = curatedStatements.filter((c) => (c.kind === 'direct') === (a.kind === 'direct') && overlaps(outerOf(c), span));
    const choice: SourceChoice | null = a.source ? { span: a.source, entity: refOf(automatic, a.sourceId) } : null;
    const who = sourceName(automatic, a);
    const takeWhole = (doc: AnnDoc, text: string) => {
      const marked = markContent(doc, text, type, span);
      return setSource(marked.doc, { type, span }, choice);
    };
    if (peers.length === 0) {
      out.push({ kind: 'missing', label: `${noun} “${short(a.content.map((c) => c.text).join(' … '))}” — ${who}`, detail: 'not in the curated annotation', span, take: takeWhole });
      continue;
    }
    const peer = peers[0];
    if (!same(outerOf(peer), span)) {
      out.push({ kind: 'boundary', label: `${noun} “${short(a.content.map((c) => c.text).join(' … '))}”`, detail: `curated: “${short(peer.content.map((c) => c.text).join(' … '))}”`, span, take: takeWhole });
      continue;
    }
    const sameSource = a.source === null ? peer.source === null : peer.source !== null && same(peer.source, a.source) && (a.sourceId === null || refOf(automatic, a.sourceId)?.name === refOf(curated, peer.sourceId)?.name);
    if (!sameSource) {
      out.push({ kind: 'source', label: `${noun} “${short(a.content[0].text, 40)}” — ${who}`, detail: `curated: ${sourceName(curated, peer)}`, span, take: (doc) => setSource(doc, { type, span }, choice) });
    }
  }
  for (const d of automatic.dates) {
    const peer = curated.dates.find((c) => overlaps(c, d));
    const value = `${d.type} ${d.value ?? 'unresolved'}`;
    if (peer && same(peer, d) && peer.type === d.type && peer.value === d.value) continue;
    out.push({
      kind: peer ? (same(peer, d) ? 'value' : 'boundary') : 'missing',
      label: `Date “${short(d.text)}” ${value}`,
      detail: peer ? `curated: “${short(peer.text)}” ${peer.type} ${peer.value ?? 'unresolved'}` : 'not in the curated annotation',
      span: d,
      take: (doc, text) => markDate(doc, text, d, d.type, d.value).doc,
    });
  }
  const curatedMentions = curated.entities.flatMap((e) => e.mentions.map((m) => ({ m, e })));
  for (const e of automatic.entities) {
    // An unclassified name has no kind to disagree with: a curated mention of any kind there is no difference.
    const missing = e.mentions.filter((m) => !curatedMentions.some((c) => same(c.m, m) && (c.e.kind === e.kind || e.kind === 'unclassified')));
    if (missing.length === 0) continue;
    const ref: EntityRef = { kind: e.kind, name: e.name, ...(e.title ? { title: e.title } : {}) };
    out.push({
      kind: 'missing',
      label: `${ENTITY_TYPE[e.kind]} ${e.name}: ${missing.length === 1 ? `“${short(missing[0].text)}”` : `${missing.length} mentions`}`,
      detail: missing.length === e.mentions.length ? 'not in the curated annotation' : `${e.mentions.length - missing.length} of ${e.mentions.length} mentions curated`,
      span: missing[0],
      take: (doc, text) => missing.reduce((acc, m) => markEntity(acc, text, m, ref).doc, doc),
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
