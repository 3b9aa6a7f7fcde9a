// The words the extension shows: hovers, status bar, tree labels, the copied attribution. Pure (no
// `vscode`), so every string is unit-tested; hovers are Markdown, everything else plain text.
import { LOW_CONFIDENCE, type Attribution, type DocumentAnalysis, type DocumentDateSource, type Entity, type KindEvidence, type Mention, type Quote, type TimeExpression } from '../../core/types';
import { attributionOf, isChecked, quoteDate, reported, speakers } from './lookup';

/** Escapes text for a Markdown hover so a bracket or asterisk in the article shows as itself. */
export function escapeMarkdown(text: string): string {
  // Only what changes inline rendering: hovers never start a line with article text, so list and
  // heading markers cannot trigger, and dates like 2021-03-18 stay readable in the raw string.
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `3 speakers · 10 quotes · 7 reported · 7 dates` (reported statements only when there are some). */
export function statusText(analysis: DocumentAnalysis): string {
  const r = reported(analysis).length;
  return [plural(speakers(analysis).length, 'speaker'), plural(analysis.quotes.length, 'quote'), ...(r ? [`${r} reported`] : []), plural(analysis.dates.length, 'date')].join(' · ');
}

// `low` below: the newsAnnotator.lowConfidence setting (config.value.lowConfidence), whose default is LOW_CONFIDENCE.

/** How sure, in words: `sure (0.93)`, `fairly sure (0.71)`, `unsure (0.32)`. */
export function confidenceText(confidence: number, low = LOW_CONFIDENCE): string {
  const words = confidence >= 0.9 ? 'sure' : confidence >= low ? 'fairly sure' : 'unsure';
  return `${words} (${confidence.toFixed(2)})`;
}

export function isUnsure(confidence: number | undefined, low = LOW_CONFIDENCE): boolean {
  return typeof confidence === 'number' && confidence < low;
}

/** The confidence of a quote's attribution: its attribution's, else the quote's own, if estimated. */
export function quoteConfidence(analysis: DocumentAnalysis, quote: Quote): number | undefined {
  return attributionOf(analysis, quote)?.confidence ?? quote.confidence;
}

/** Who said it, as a label: `Antony Blinken`, or `probably Blinken?` when the attribution is unsure. */
export function sourceLabel(analysis: DocumentAnalysis, a: Attribution, low = LOW_CONFIDENCE): string | null {
  const name = entityById(analysis, a.sourceId)?.name ?? a.source?.text ?? null;
  if (name === null) return null;
  return isUnsure(a.confidence, low) ? `probably ${shortName(name)}?` : name;
}

/** The surname of a multi-word person name (`Antony Blinken` → `Blinken`), for "probably Blinken?". */
function shortName(name: string): string {
  const words = name.split(/\s+/);
  return words.length === 2 && /^\p{Lu}/u.test(words[1]) ? words[1] : name;
}

/**
 * The problem that left a document with nothing annotated (empty, binary, a failed pass), if any:
 * "0 speakers · 0 quotes · 0 dates" would hide the reason, so the status bar and the tree say this.
 */
export function blockingProblem(analysis: DocumentAnalysis): string | null {
  if (analysis.quotes.length + analysis.dates.length + analysis.entities.length > 0) return null;
  const d = analysis.diagnostics.find((x) => x.severity === 'error') ?? analysis.diagnostics.find((x) => x.severity === 'warning');
  return d ? d.message.replace(/\.$/, '') : null;
}

/** The short summary of a document: its counts, or what kept it from being annotated. */
export function summaryText(analysis: DocumentAnalysis): string {
  return blockingProblem(analysis) ?? statusText(analysis);
}

/** Collapses whitespace and shortens to `max` characters with an ellipsis, for labels. */
export function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The words inside a quote's marks, without the comma or colon that English puts inside them. */
export function quoteBody(quote: Quote): string {
  return quote.text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”‘’'«»„]+/, '')
    .replace(/["“”‘’'«»„]+$/, '')
    .replace(/[,;:]\s*$/, '')
    .trim();
}

const entityById = (analysis: DocumentAnalysis, id: string | null) => (id ? analysis.entities.find((e) => e.id === id) : undefined);

/** Who said a quote, as a display name: the resolved entity, else the bare mention, else null; `probably X?` when unsure. */
export function speakerName(analysis: DocumentAnalysis, quote: Quote, low = LOW_CONFIDENCE): string | null {
  const name = entityById(analysis, quote.speakerId)?.name ?? quote.speaker?.text ?? null;
  return name !== null && isUnsure(quoteConfidence(analysis, quote), low) && !isChecked(analysis, quote.id) ? `probably ${shortName(name)}?` : name;
}

/**
 * `“…” — Antony Blinken, US Secretary of State, 2021-03-18`, with `(article.txt)` at the end when the
 * article is named. A reported statement reads `Blinken said that … — Antony Blinken, …` without marks.
 */
export function attributionText(analysis: DocumentAnalysis, quote: Quote | Attribution, article?: string): string {
  const direct = 'speakerId' in quote;
  const entity = entityById(analysis, direct ? quote.speakerId : quote.sourceId);
  const mention = direct ? quote.speaker : quote.source;
  const who = entity?.name ?? mention?.text ?? 'unattributed';
  const parts = [who];
  if (entity?.title) parts.push(entity.title);
  const span = direct ? quote : { start: quote.content[0].start, end: quote.content[quote.content.length - 1].end };
  const date = quoteDate(analysis, span);
  if (date) parts.push(date);
  const body = direct ? `“${quoteBody(quote)}”` : quote.content.map((c) => c.text.replace(/\s+/g, ' ').trim()).join(' … ');
  return `${body} — ${parts.join(', ')}${article ? ` (${article})` : ''}`;
}

/** Other names the text uses for an entity: distinct non-pronoun mentions besides the canonical name. */
export function otherNames(entity: Entity): string[] {
  const seen = new Set([entity.name]);
  const names: string[] = [];
  for (const m of entity.mentions) {
    const t = m.text.replace(/\s+/g, ' ');
    if (m.kind === 'pronoun' || seen.has(t)) continue;
    seen.add(t);
    names.push(t);
  }
  return names;
}

const KIND_LABEL: Record<Entity['kind'], string> = { person: 'person', organization: 'organization', place: 'place', group: 'group', unclassified: 'name' };

export function quoteHover(analysis: DocumentAnalysis, quote: Quote, low = LOW_CONFIDENCE): string {
  const entity = entityById(analysis, quote.speakerId);
  const lines: string[] = [];
  const confidence = quoteConfidence(analysis, quote);
  const checked = isChecked(analysis, quote.id);
  if (entity && isUnsure(confidence, low) && !checked) {
    lines.push(`**Quote** probably said by **${escapeMarkdown(entity.name)}**?${entity.title ? ` ${escapeMarkdown(entity.title)}` : ''}`);
  } else if (entity) {
    lines.push(`**Quote** said by **${escapeMarkdown(entity.name)}**${entity.title ? `, ${escapeMarkdown(entity.title)}` : ''}`);
  } else if (quote.speaker) {
    lines.push(`**Quote** attributed to “${escapeMarkdown(quote.speaker.text)}” (no named speaker)`);
  } else {
    lines.push('**Quote**, not attributed to anyone');
  }
  const details: string[] = [];
  if (quote.speaker) details.push(`mention “${escapeMarkdown(quote.speaker.text)}”`);
  if (quote.cue) details.push(`cue “${escapeMarkdown(quote.cue.text)}”`);
  else if (quote.attribution === 'continuation') details.push('no cue of its own: continues the previous attribution');
  else if (quote.attribution === 'colon') details.push('introduced by a colon');
  else if (quote.attribution === 'transcript') details.push('transcript speaker label');
  if (details.length) lines.push(details.join(' · '));
  const sure = sureness(analysis, confidence, checked, quote.speaker !== null, low);
  if (sure) lines.push(sure);
  return lines.join('\n\n');
}

/** The hover's last word on an attribution: checked by hand, or how sure the analysis is (and, when curated, that nobody checked it). */
function sureness(analysis: DocumentAnalysis, confidence: number | undefined, checked: boolean, hasSource: boolean, low: number): string {
  if (checked) return '$(check) checked by hand';
  const parts: string[] = [];
  if (hasSource && confidence !== undefined) parts.push(`${isUnsure(confidence, low) ? '$(warning) ' : ''}${confidenceText(confidence, low)}`);
  if (analysis.curated) parts.push('not checked by hand');
  return parts.join(' · ');
}

/** A reported statement: who (or "probably …?"), by which cue, how sure. */
export function statementHover(analysis: DocumentAnalysis, a: Attribution, low = LOW_CONFIDENCE): string {
  const entity = entityById(analysis, a.sourceId);
  const checked = isChecked(analysis, a.id);
  const what = a.kind === 'mixed' ? 'Reported, quoting in part,' : 'Reported';
  const lines: string[] = [];
  const name = entity?.name ?? a.source?.text;
  if (!name) lines.push(`**${what}**, not attributed to anyone`);
  else if (isUnsure(a.confidence, low) && !checked) lines.push(`**${what}** — probably **${escapeMarkdown(name)}**?`);
  else lines.push(`**${what}** by **${escapeMarkdown(name)}**${entity?.title ? `, ${escapeMarkdown(entity.title)}` : ''}`);
  const details: string[] = [];
  if (a.source && a.source.text !== name) details.push(`mention “${escapeMarkdown(a.source.text)}”`);
  if (a.cue) details.push(`cue “${escapeMarkdown(a.cue.text)}”`);
  if (a.strategy !== 'none' && a.strategy !== 'curated') details.push(`found by ${a.strategy}`);
  if (details.length) lines.push(details.join(' · '));
  const sure = sureness(analysis, a.confidence, checked, a.source !== null, low);
  if (sure) lines.push(sure);
  return lines.join('\n\n');
}

export function mentionHover(entity: Entity, mention: Mention): string {
  const head = `**${escapeMarkdown(entity.name)}**${entity.title ? ` — ${escapeMarkdown(entity.title)}` : ''}`;
  const facts: string[] = [];
  if (entity.quoteIds.length > 0) facts.push(plural(entity.quoteIds.length, 'quote'));
  else facts.push(KIND_LABEL[entity.kind]);
  facts.push(plural(entity.mentions.length, 'mention'));
  const lines = [head, facts.join(' · ')];
  const others = otherNames(entity);
  if (others.length) lines.push(`Also called: ${others.map(escapeMarkdown).join(', ')}`);
  if (mention.kind === 'pronoun' || mention.kind === 'nominal') lines.push(`“${escapeMarkdown(mention.text)}” refers to ${escapeMarkdown(entity.name)}`);
  return lines.join('\n\n');
}

const DATE_SOURCE: Record<DocumentDateSource, string> = {
  dateline: 'the dateline',
  meta: 'the date in meta.json',
  filename: 'the date in the file name',
  option: 'the document date',
  none: 'no document date',
};

/** `Document date 2021-03-19, from the dateline`, or why relative dates stay unresolved. */
export function documentDateLine(analysis: DocumentAnalysis): string {
  const dd = analysis.documentDate;
  return dd.value ? `Document date ${dd.value}, from ${DATE_SOURCE[dd.source]}` : 'No document date: relative dates stay unresolved';
}

/**
 * `Thursday, 18 March 2021 · 2021-03-18 · "yesterday", relative to the dateline 2021-03-19`.
 * `words` is the value in words (the core's describeTimex), passed in to keep this module standalone.
 */
export function dateText(analysis: DocumentAnalysis, date: TimeExpression, words: string | null): string {
  const parts: string[] = [];
  if (date.value === null) {
    parts.push(`"${date.text}" could not be resolved`);
    if (date.relative && analysis.documentDate.value === null) parts.push('no document date to resolve it against');
    return parts.join(' · ');
  }
  if (words && words !== date.value) parts.push(words);
  parts.push(date.value);
  if (date.relative) {
    const dd = analysis.documentDate;
    parts.push(`"${date.text}", relative to ${DATE_SOURCE[dd.source]}${dd.value ? ` ${dd.value}` : ''}`);
  }
  return parts.join(' · ');
}

/** What decided an entity's kind, in words a reader checks against the text. */
const EVIDENCE_WORDS: Record<KindEvidence, string> = {
  'title': 'a title or role before the name', 'person-mark': 'an honorific or a person\'s word beside it',
  'nominal': 'a description of a person', 'given-name': 'a given name', 'pronoun': '"he" or "she" taking the name up',
  'surname-reuse': 'the surname used alone later', 'name-shape': 'the shape of a person\'s name',
  'org-head': 'an organization\'s head word (Party, Ministry, Times …)', 'institution': 'an institution\'s name',
  'company-list': 'a list of company names', 'firm-frames': 'how the text speaks of a firm ("shares of", "analysts")',
  'firm-words': 'a firm\'s words in the name', 'acronym': 'an acronym', 'affiliation': 'a person\'s body ("Jane Roe of X")',
  'actor': 'what it does in the text (a team, a government)', 'side': 'a side in a match report',
  'body-after-the': '"the" before a body\'s name', 'gazetteer': 'the place gazetteer', 'facility': 'a building\'s or site\'s head word',
  'preposition': '"in", "at" or "near" before it', 'article': '"the" before it', 'cue': 'the words around it',
  'source-cue': 'how the text cites it ("according to", "told")', 'context-model': 'the context model\'s vote',
  'name-rule': 'a naming rule', 'people-plural': 'a plural of people', 'family': 'a family\'s name',
  'article-only': '"the" alone, not enough', 'lone-head': 'a head word alone, not enough', 'title-word': 'a title word alone, not enough',
  'low-vote': 'a context vote too weak to count', 'outvoted': 'pronouns alone, against the words around it', 'cut-name': 'the tail of a hyphenated name', 'none': 'no evidence',
};

/** "Why a person: a given name" for an entity's tooltip; empty when the analysis did not say (a curated file). */
export function kindReason(entity: Entity): string {
  if (!entity.evidence) return '';
  const kind = entity.kind === 'unclassified' ? 'unclassified' : `a${/^[aeiou]/.test(entity.kind) ? 'n' : ''} ${entity.kind}`;
  const p = entity.contextP !== undefined && entity.evidence === 'context-model' ? ` (p = ${entity.contextP.toFixed(2)})` : '';
  return `Why ${kind}: ${EVIDENCE_WORDS[entity.evidence] ?? entity.evidence}${p}`;
}

const TYPE_LABEL: Record<TimeExpression['type'], string> = { DATE: 'Date', TIME: 'Time', DURATION: 'Duration', SET: 'Recurring time' };

/** `Date`, `Time`, `Duration`, `Recurring time`: TimeML's type in words. */
export function timexTypeLabel(type: TimeExpression['type']): string {
  return TYPE_LABEL[type];
}

export function dateTypeLabel(date: TimeExpression): string {
  return timexTypeLabel(date.type);
}

/**
 * The tree description of a date: its value in words and in ISO, leaving out what repeats the label
 * (a date written `2021-03-19` or `1990` is not followed by the same string again).
 */
export function dateDescription(date: TimeExpression, words: string | null): string {
  if (date.value === null) return 'unresolved';
  const label = date.text.replace(/\s+/g, ' ').trim().toLowerCase();
  const parts: string[] = [];
  for (const p of [words, date.value]) if (p && p.toLowerCase() !== label && !parts.includes(p)) parts.push(p);
  return parts.join(' · ');
}

export function dateHover(analysis: DocumentAnalysis, date: TimeExpression, words: string | null): string {
  return `**${dateTypeLabel(date)}** ${escapeMarkdown(dateText(analysis, date, words))}`;
}
