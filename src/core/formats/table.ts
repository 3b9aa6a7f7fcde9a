import type { Attribution, DocumentAnalysis } from '../types';

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** One statement as a line: content, then the mention and cue it hangs on and how sure the pass is. */
function statementLine(a: Attribution): string {
  const content = a.content.map((c) => c.text).join(' … ');
  const sure = a.confidence >= 0.9 ? '' : a.confidence >= 0.5 ? `, ${a.confidence.toFixed(2)}` : `, unsure ${a.confidence.toFixed(2)}`;
  return `    ${a.content[0].start}-${a.content[a.content.length - 1].end} ${a.kind === 'direct' ? '' : `[${a.kind}] `}${clip(content, 90)}  (${a.source?.text ?? 'no source'}${a.cue ? ` ${a.cue.text}` : ''}${sure})`;
}

/** A person-readable summary: speakers with their quotes and reported statements, then dates with their values. */
export function toTable(analysis: DocumentAnalysis, title: string, encoding?: string): string {
  const out: string[] = [];
  const dd = analysis.documentDate;
  out.push(`== ${title}`);
  out.push(`document date: ${dd.value ?? 'none'} (${dd.source})`);
  if (encoding) out.push(`encoding: ${encoding}`);
  for (const d of analysis.diagnostics) out.push(`${d.severity}: ${d.message}`);
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const statementsBySource = new Map<string, Attribution[]>();
  for (const a of analysis.attributions) {
    if (!a.sourceId || !byId.has(a.sourceId)) continue;
    const list = statementsBySource.get(a.sourceId);
    if (list) list.push(a);
    else statementsBySource.set(a.sourceId, [a]);
  }
  const speaks = (id: string) => (byId.get(id)?.quoteIds.length ?? 0) > 0 || statementsBySource.has(id);
  const speakers = analysis.entities.filter((e) => speaks(e.id));
  const quotesById = new Map(analysis.quotes.map((q) => [q.id, q]));
  const reported = analysis.attributions.filter((a) => a.kind !== 'direct').length;
  out.push(`speakers (${speakers.length}), quotes (${analysis.quotes.length}), reported statements (${reported})`);
  for (const s of speakers) {
    const statements = statementsBySource.get(s.id) ?? [];
    const own = statements.filter((a) => a.kind !== 'direct');
    out.push(`  ${s.name}${s.title ? ` — ${s.title}` : ''} [${s.kind}] ${s.quoteIds.length} quote(s), ${own.length} reported statement(s)`);
    for (const id of s.quoteIds) {
      const q = quotesById.get(id);
      if (q) out.push(`    ${q.start}-${q.end} ${clip(q.text, 90)}  (${q.speaker?.text ?? '?'}${q.cue ? ` ${q.cue.text}` : ''})`);
    }
    for (const a of own) out.push(statementLine(a));
  }
  const unattributed = analysis.quotes.filter((q) => !q.speakerId || !byId.has(q.speakerId));
  if (unattributed.length) {
    out.push(`  (unresolved speaker) ${unattributed.length} quote(s)`);
    for (const q of unattributed) out.push(`    ${q.start}-${q.end} ${clip(q.text, 90)}  (${q.speaker?.text ?? 'no speaker'})`);
  }
  const unresolved = analysis.attributions.filter((a) => a.kind !== 'direct' && (!a.sourceId || !byId.has(a.sourceId)));
  if (unresolved.length) {
    out.push(`  (unresolved source) ${unresolved.length} reported statement(s)`);
    for (const a of unresolved) out.push(statementLine(a));
  }
  out.push(`dates (${analysis.dates.length})`);
  for (const d of analysis.dates) out.push(`  ${d.start}-${d.end} ${clip(d.text, 40).padEnd(28)} ${d.type.padEnd(8)} ${d.value ?? '(unresolved)'}`);
  const others = analysis.entities.filter((e) => !speaks(e.id));
  for (const kind of ['person', 'organization', 'place', 'group'] as const) {
    const list = others.filter((e) => e.kind === kind);
    if (list.length) out.push(`${kind}s: ${list.map((e) => `${e.name} (${e.mentions.length})`).join(', ')}`);
  }
  return out.join('\n');
}
