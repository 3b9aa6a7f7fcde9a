import type { DocumentAnalysis } from '../types';

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** A person-readable summary: speakers with their quotes, then dates with their values. */
export function toTable(analysis: DocumentAnalysis, title: string, encoding?: string): string {
  const out: string[] = [];
  const dd = analysis.documentDate;
  out.push(`== ${title}`);
  out.push(`document date: ${dd.value ?? 'none'} (${dd.source})`);
  if (encoding) out.push(`encoding: ${encoding}`);
  for (const d of analysis.diagnostics) out.push(`${d.severity}: ${d.message}`);
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const speakers = analysis.entities.filter((e) => e.quoteIds.length > 0);
  const quotesById = new Map(analysis.quotes.map((q) => [q.id, q]));
  out.push(`speakers (${speakers.length}), quotes (${analysis.quotes.length})`);
  for (const s of speakers) {
    out.push(`  ${s.name}${s.title ? ` — ${s.title}` : ''} [${s.kind}] ${s.quoteIds.length} quote(s)`);
    for (const id of s.quoteIds) {
      const q = quotesById.get(id);
      if (q) out.push(`    ${q.start}-${q.end} ${clip(q.text, 90)}  (${q.speaker?.text ?? '?'}${q.cue ? ` ${q.cue.text}` : ''})`);
    }
  }
  const unattributed = analysis.quotes.filter((q) => !q.speakerId || !byId.has(q.speakerId));
  if (unattributed.length) {
    out.push(`  (unresolved speaker) ${unattributed.length} quote(s)`);
    for (const q of unattributed) out.push(`    ${q.start}-${q.end} ${clip(q.text, 90)}  (${q.speaker?.text ?? 'no speaker'})`);
  }
  out.push(`dates (${analysis.dates.length})`);
  for (const d of analysis.dates) out.push(`  ${d.start}-${d.end} ${clip(d.text, 40).padEnd(28)} ${d.type.padEnd(8)} ${d.value ?? '(unresolved)'}`);
  const others = analysis.entities.filter((e) => e.quoteIds.length === 0);
  for (const kind of ['person', 'organization', 'place', 'group'] as const) {
    const list = others.filter((e) => e.kind === kind);
    if (list.length) out.push(`${kind}s: ${list.map((e) => `${e.name} (${e.mentions.length})`).join(', ')}`);
  }
  return out.join('\n');
}
