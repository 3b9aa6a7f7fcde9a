// `annotate --explain`: per attribution, the strategy that decided it, the cue's scores against the thresholds it had
// to pass, the source candidates the ranker weighed and why the winner won. A view of the analysis plus the traces the
// attribution pass writes when asked; it runs the pass once more, which gives the same result (the pass is pure).
import { analyze } from '../analyze';
import { findAttributions, type AttributionTrace } from '../attribution';
import type { AnalyzeOptions, Attribution, DocumentAnalysis } from '../types';

const STRATEGY_WORDS: Record<string, string> = {
  'cue-before': 'the cue comes before the content ("X said (that) …")',
  'cue-after': 'the cue closes the content ("…, X said"), or a passive cue ("… was criticized by X")',
  colon: 'a colon introduces the content ("X said: …")',
  continuation: 'no cue of its own: it continues the previous speaker\'s quotation',
  'according-to': '"according to X" or "as X said" frames the content',
  transcript: 'a speaker label ("NAME: …")',
  subject: 'the subject of the sentence holding the content',
  model: 'the ranker chose a different source than the sentence shape pointed to',
  none: 'no speaker was found',
};

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const num = (x: number) => (x >= 0 ? ` ${x.toFixed(2)}` : x.toFixed(2));

/** The explanation of one attribution, several lines. */
export function explainOne(a: Attribution, t: AttributionTrace, analysis: DocumentAnalysis): string {
  const out: string[] = [];
  const entity = a.sourceId ? analysis.entities.find((e) => e.id === a.sourceId) : undefined;
  out.push(`${a.id} ${a.kind} · ${a.strategy} · confidence ${a.confidence.toFixed(2)}`);
  out.push(`  content: ${a.content.map((c) => `“${clip(c.text, 100)}” [${c.start}-${c.end}]`).join(' … ')}`);
  out.push(`  strategy: ${STRATEGY_WORDS[a.strategy] ?? a.strategy}`);
  if (a.cue) {
    const cueWhy = t.cueScore === null
      ? 'the quote pass found it next to the quotation'
      : `cue score ${t.cueScore.toFixed(2)} ≥ ${t.threshold.toFixed(2)}; second look ${t.keepScore.toFixed(2)} ≥ ${t.keepThreshold.toFixed(2)}`;
    out.push(`  cue: “${a.cue.text}” [${a.cue.start}-${a.cue.end}] (${cueWhy})`);
  } else out.push('  cue: none');
  out.push(`  source: ${a.source ? `“${a.source.text}” (${a.source.kind})` : 'none'}${entity ? ` → ${entity.name} [${entity.kind}]` : a.source ? ' → no entity' : ''}`);
  if (t.ruleSource !== null) out.push(`  sentence shape points to: “${t.ruleSource}”`);
  if (t.candidates.length) {
    out.push('  candidates (ranker score):');
    for (const c of t.candidates) {
      const marks = [c.rule ? 'sentence shape' : '', c.quotePass ? 'quote pass' : ''].filter(Boolean).join(', ');
      out.push(`   ${num(c.score)}  ${clip(c.text, 60)}${marks ? `  (${marks})` : ''}`);
    }
    const [best, second] = t.candidates;
    const won = a.source && best.text === a.source.text
      ? `“${best.text}” scored highest${second ? `, ${(best.score - second.score).toFixed(2)} above “${clip(second.text, 40)}”` : ', the only candidate'}`
      : `the quote pass's speaker stands; the ranker's best was “${best.text}”`;
    out.push(`  why: ${won}.`);
  } else if (a.source) out.push('  why: the quote pass attributed the quotation; no ranking was needed.');
  out.push(`  confidence from: ${t.metaNames.join(' ')}`);
  return out.join('\n');
}

/** Every attribution of the text, explained; `analysis` is the automatic analysis of `text` when the caller has it. */
export function explainAttributions(text: string, options: AnalyzeOptions = {}, title = '', analysis: DocumentAnalysis = analyze(text, options)): string {
  const traces: AttributionTrace[] = [];
  findAttributions({ text, paragraphs: analysis.paragraphs, sentences: analysis.sentences, quotes: analysis.quotes }, undefined, traces);
  const out = [`== ${title || 'document'}: ${analysis.attributions.length} attribution(s)`];
  for (const d of analysis.diagnostics) if (d.severity === 'error') out.push(`error: ${d.message}`);
  const byId = new Map(traces.map((t) => [t.id, t]));
  for (const a of analysis.attributions) {
    const t = byId.get(a.id);
    out.push(t ? explainOne(a, t, analysis) : `${a.id}: no trace (the pass gave a different result on a second run)`);
  }
  return out.join('\n\n');
}
