// What scripts/train-entities.mjs needs from the core, in one entry point: the entity pass run as analyze() runs
// it, each entity with the kind its own evidence proves (the distant label) and the context features of its named
// mentions. Not used at run time.
import { findDocumentDate } from '../documentDate';
import { segment } from '../text/segment';
import { mentionFeatures } from './context';
import { provenKind } from './evidence';
import { collectEntities } from './index';

export { CONTEXT_CLASSES, classProbabilities, entityVote, mentionFeatures } from './context';

export interface TrainingEntity {
  readonly name: string;
  /** The kind the pass shows without the model. */
  readonly shown: string;
  /** The kind its own evidence proves, or null (no label). */
  readonly label: string | null;
  readonly mentions: { start: number; end: number; features: string[] }[];
}

const NAMED = new Set(['name', 'surname', 'variant']);

/** The document's entities with their distant labels and mention features. */
export function entityExamples(text: string, options: { fileName?: string; meta?: unknown } = {}): TrainingEntity[] {
  const { dateline } = findDocumentDate(text, options);
  const { paragraphs, sentences } = segment(text, dateline ? dateline.span.end : 0);
  const state = collectEntities(text, { paragraphs, sentences, useModel: false });
  const out: TrainingEntity[] = [];
  for (const e of state.registry.all) {
    const mentions = e.mentions.filter((m) => NAMED.has(m.kind)).map((m) => ({ start: m.start, end: m.end, features: mentionFeatures(text, m.start, m.end) }));
    if (mentions.length === 0) continue;
    out.push({ name: e.name, shown: e.shown ?? e.kind, label: provenKind(text, state.tokens, e), mentions });
  }
  return out;
}
