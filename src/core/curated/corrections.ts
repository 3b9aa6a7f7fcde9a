// Corrections to a curated document, each a pure function from one AnnDoc to the next. Targets are named
// by brat type and span (the same in the automatic and the curated analysis), entities by kind and name.
// Every corrected or added annotation is marked Checked; lines this module does not own are left alone.
import type { EntityKind, Span, TimexType } from '../types';
import { splitAtNewlines } from './fromAnalysis';
import { CHECKED, CONFIDENCE, CONTENT_TYPES, CUE, CUE_OF, DATE, ENTITY_KIND, ENTITY_TYPE, NOTES, QUOTE, SAID_BY, SPEAKER, STATEMENT, dateNote, entityNote, parseEntityNote } from './schema';
import { idNumber, nextId, type AnnDoc, type AnnLine, type TextBound } from './standoff';
import { outer } from './toAnalysis';

export interface Target {
  readonly type: string;
  readonly span: Span;
}

export interface EntityRef {
  readonly kind: EntityKind;
  readonly name: string;
  readonly title?: string;
}

/** Who said something: a mention in the text and, when known, the entity it names. */
export interface SourceChoice {
  readonly span: Span;
  readonly entity: EntityRef | null;
}

const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const ENTITY_TYPES = new Set(Object.values(ENTITY_TYPE));

export function findTextBound(doc: AnnDoc, target: Target): TextBound | undefined {
  return doc.lines.find((l): l is TextBound => l.kind === 'T' && !l.lost && l.type === target.type && same(outer(l), target.span));
}

/** Each annotation's first note. */
function notesOf(doc: AnnDoc): Map<string, string> {
  const notes = new Map<string, string>();
  for (const l of doc.lines) if (l.kind === '#' && l.type === NOTES && !notes.has(l.target)) notes.set(l.target, l.text);
  return notes;
}

/** The canonical name a mention carries: its note's, else its own words. */
function mentionName(t: TextBound, text: string, notes: Map<string, string>): string {
  const note = notes.get(t.id);
  return note ? parseEntityNote(note).name : text.slice(outer(t).start, outer(t).end).replace(/\s+/g, ' ').trim();
}

/** The text-bound ids of an entity's mentions: its type, with its canonical name in the note (or as text). */
export function entityTextBounds(doc: AnnDoc, text: string, entity: EntityRef): TextBound[] {
  const type = ENTITY_TYPE[entity.kind];
  const notes = notesOf(doc);
  return doc.lines.filter((l): l is TextBound => l.kind === 'T' && !l.lost && l.type === type && mentionName(l, text, notes) === entity.name);
}

class Editor {
  private current: AnnLine[];
  /** Targets already Checked, built when first needed (Mark Document as Reviewed checks thousands). */
  private checkedTargets: Set<string> | undefined;
  /** Line of each annotation's Confidence attribute (positions stay valid while lines are only appended or replaced). */
  private confidenceAt: Map<string, number> | undefined;
  private readonly lastId = new Map<string, number>();

  constructor(private readonly doc: AnnDoc) {
    this.current = [...doc.lines];
  }

  get lines(): AnnLine[] {
    return this.current;
  }

  /** Replacing the lines (filtering, mapping) makes the indexes stale. */
  set lines(next: AnnLine[]) {
    this.current = next;
    this.checkedTargets = undefined;
    this.confidenceAt = undefined;
  }

  private id(prefix: string): string {
    const next = this.lastId.has(prefix) ? this.lastId.get(prefix)! + 1 : idNumber(nextId({ lines: this.lines, eol: this.doc.eol }, prefix));
    this.lastId.set(prefix, next);
    return `${prefix}${next}`;
  }

  addT(type: string, spans: readonly Span[]): string {
    const id = this.id('T');
    this.lines.push({ kind: 'T', id, type, spans });
    return id;
  }

  relate(type: string, arg1: string, arg2: string): void {
    this.lines.push({ kind: 'R', id: this.id('R'), type, args: [{ role: 'Arg1', ref: arg1 }, { role: 'Arg2', ref: arg2 }] });
  }

  setNote(target: string, text: string | null): void {
    const i = this.lines.findIndex((l) => l.kind === '#' && l.type === NOTES && l.target === target);
    if (text === null) {
      if (i >= 0) this.lines = this.lines.filter((_, j) => j !== i);
    } else if (i >= 0) {
      const old = this.lines[i];
      if (old.kind === '#' && old.text !== text) this.lines[i] = { kind: '#', id: old.id, type: NOTES, target, text };
    } else this.lines.push({ kind: '#', id: this.id('#'), type: NOTES, target, text });
  }

  note(target: string): string | undefined {
    const n = this.lines.find((l) => l.kind === '#' && l.type === NOTES && l.target === target);
    return n?.kind === '#' ? n.text : undefined;
  }

  check(target: string): void {
    this.checkedTargets ??= new Set(this.lines.flatMap((l) => (l.kind === 'A' && l.type === CHECKED ? [l.target] : [])));
    if (this.checkedTargets.has(target)) return;
    this.checkedTargets.add(target);
    this.lines.push({ kind: 'A', id: this.id('A'), type: CHECKED, target });
    // What a person checked is as sure as it gets: its confidence level says so too.
    if (!this.confidenceAt) {
      this.confidenceAt = new Map();
      this.lines.forEach((l, i) => {
        if (l.kind === 'A' && l.type === CONFIDENCE) this.confidenceAt!.set(l.target, i);
      });
    }
    const i = this.confidenceAt.get(target);
    const level = i === undefined ? undefined : this.lines[i];
    if (i !== undefined && level?.kind === 'A' && level.value !== 'High') this.lines[i] = { kind: 'A', id: level.id, type: CONFIDENCE, target, value: 'High' };
  }

  textBounds(filter: (t: TextBound) => boolean): TextBound[] {
    return this.lines.filter((l): l is TextBound => l.kind === 'T' && !l.lost && filter(l));
  }

  replace(id: string, next: TextBound): void {
    const i = this.lines.findIndex((l) => l.kind === 'T' && l.id === id);
    if (i >= 0) this.lines[i] = next;
  }

  /** Removes an annotation with its relations, notes and attributes (never lines of other tools). */
  remove(id: string): void {
    this.lines = this.lines.filter((l) => {
      if (l.kind === 'raw') return true;
      if (l.kind === 'T') return l.id !== id;
      if (l.kind === 'R') return !l.args.some((a) => a.ref === id);
      return l.target !== id;
    });
  }

  /** Speaker and Cue annotations nothing points at any more go too. */
  dropOrphans(): void {
    const referenced = new Set<string>();
    for (const l of this.lines) if (l.kind === 'R') for (const a of l.args) referenced.add(a.ref);
    for (const t of this.textBounds((t) => (t.type === SPEAKER || t.type === CUE) && !referenced.has(t.id))) this.remove(t.id);
  }

  /** Points every relation argument at `from` to `to`. */
  repoint(from: string, to: string): void {
    this.lines = this.lines.map((l) =>
      l.kind === 'R' && l.args.some((a) => a.ref === from) ? { kind: 'R', id: l.id, type: l.type, args: l.args.map((a) => (a.ref === from ? { ...a, ref: to } : a)) } : l,
    );
  }

  /** Keeps one relation of this type per first argument (after repointing several onto one). */
  dedupe(type: string, key: (l: { args: readonly { ref: string }[] }) => string): void {
    const seen = new Set<string>();
    this.lines = this.lines.filter((l) => {
      if (l.kind !== 'R' || l.type !== type) return true;
      const k = key(l);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  done(): AnnDoc {
    return { lines: this.lines, eol: this.doc.eol };
  }
}

/** The entity mention at a span, named as `entity` (a pronoun said to be Austin becomes Austin's). */
function ensureMention(ed: Editor, span: Span, entity: EntityRef): void {
  const type = ENTITY_TYPE[entity.kind];
  const note = entityNote(entity.name, entity.title);
  const here = ed.textBounds((t) => ENTITY_TYPES.has(t.type) && same(outer(t), span));
  if (here.length === 0) {
    const id = ed.addT(type, [span]);
    ed.setNote(id, note);
    ed.check(id);
    return;
  }
  for (const t of here) {
    const current = ed.note(t.id);
    if (t.type === type && current && parseEntityNote(current).name === entity.name) continue;
    if (t.type !== type) ed.replace(t.id, { kind: 'T', id: t.id, type, spans: t.spans });
    ed.setNote(t.id, note);
    ed.check(t.id);
  }
}

/** Sets who said a quote or statement (null: nobody). */
export function setSource(doc: AnnDoc, target: Target, source: SourceChoice | null): AnnDoc {
  const content = findTextBound(doc, target);
  if (!content) return doc;
  const ed = new Editor(doc);
  ed.lines = ed.lines.filter((l) => !(l.kind === 'R' && l.type === SAID_BY && l.args[0]?.ref === content.id));
  // A quote said by someone else no longer belongs to a statement that groups it with other quotes.
  if (content.type === QUOTE) {
    const q = outer(content);
    for (const st of ed.textBounds((t) => t.type === STATEMENT && t.spans.some((f) => same(f, q)))) ed.remove(st.id);
  }
  if (source) {
    const existing = ed.textBounds((t) => t.type === SPEAKER && same(outer(t), source.span))[0];
    const sid = existing?.id ?? ed.addT(SPEAKER, [source.span]);
    ed.setNote(sid, source.entity ? source.entity.name : null);
    ed.relate(SAID_BY, content.id, sid);
    if (source.entity) ensureMention(ed, source.span, source.entity);
  }
  ed.dropOrphans();
  ed.check(content.id);
  return ed.done();
}

/**
 * Adds a text-bound annotation of `type` over `span`, replacing those of the same family it overlaps
 * (a corrected quote boundary keeps the old quote's speaker and cue). Returns the new document and id.
 */
function mark(doc: AnnDoc, text: string, type: string, span: Span, family: (t: TextBound) => boolean): { doc: AnnDoc; id: string; ed: Editor } {
  const ed = new Editor(doc);
  const replaced = ed.textBounds((t) => family(t) && overlaps(outer(t), span));
  const id = ed.addT(type, splitAtNewlines(text, span));
  for (const old of replaced) {
    ed.repoint(old.id, id);
    ed.lines = ed.lines.filter((l) => !((l.kind === 'A' || l.kind === '#') && l.target === old.id));
    ed.remove(old.id);
  }
  ed.dedupe(SAID_BY, (l) => l.args[0].ref);
  ed.dedupe(CUE_OF, (l) => l.args[1].ref);
  ed.check(id);
  return { doc: ed.done(), id, ed };
}

/** Marks a span as a direct quote ("Quote") or as reported speech ("Statement"). */
export function markContent(doc: AnnDoc, text: string, type: string, span: Span): { doc: AnnDoc; id: string } {
  const { doc: out, id } = mark(doc, text, type, span, (t) => t.type === type);
  return { doc: out, id };
}

/** Marks a span as a time expression with its TimeML type and value. */
export function markDate(doc: AnnDoc, text: string, span: Span, type: TimexType, value: string | null): { doc: AnnDoc; id: string } {
  const { ed, id } = mark(doc, text, DATE, span, (t) => t.type === DATE);
  ed.setNote(id, dateNote(type, value));
  return { doc: ed.done(), id };
}

/** Marks a span as a mention of a person, organization or place (named `entity`). */
export function markEntity(doc: AnnDoc, text: string, span: Span, entity: EntityRef): { doc: AnnDoc; id: string } {
  const { ed, id } = mark(doc, text, ENTITY_TYPE[entity.kind], span, (t) => ENTITY_TYPES.has(t.type));
  ed.setNote(id, entityNote(entity.name, entity.title));
  return { doc: ed.done(), id };
}

/** Removes the annotation (quote, statement, date, mention) at a target, with what hangs on it. */
export function removeAnnotation(doc: AnnDoc, target: Target): AnnDoc {
  const t = findTextBound(doc, target);
  if (!t) return doc;
  const ed = new Editor(doc);
  ed.remove(t.id);
  ed.dropOrphans();
  return ed.done();
}

/** Gives an entity a new canonical name, in every mention's note and every speaker's. */
export function renameEntity(doc: AnnDoc, text: string, entity: EntityRef, name: string): AnnDoc {
  return mergeEntity(doc, text, entity, { ...entity, name });
}

/** Makes every mention of `from` a mention of `into` (its kind, name and title); speakers follow. */
export function mergeEntity(doc: AnnDoc, text: string, from: EntityRef, into: EntityRef): AnnDoc {
  const mentions = entityTextBounds(doc, text, from);
  if (mentions.length === 0) return doc;
  const ed = new Editor(doc);
  const type = ENTITY_TYPE[into.kind];
  for (const t of mentions) {
    if (t.type !== type) ed.replace(t.id, { kind: 'T', id: t.id, type, spans: t.spans });
    ed.setNote(t.id, entityNote(into.name, into.title));
    ed.check(t.id);
  }
  // The whole resulting entity has been looked at: its own mentions count as checked too.
  if (from.kind !== into.kind || from.name !== into.name) for (const t of entityTextBounds(doc, text, into)) ed.check(t.id);
  for (const s of ed.textBounds((t) => t.type === SPEAKER)) if (ed.note(s.id)?.trim() === from.name) ed.setNote(s.id, into.name);
  return ed.done();
}

/** Marks annotations as checked by a person (confirming them as they are). */
export function confirm(doc: AnnDoc, ids: readonly string[]): AnnDoc {
  const ed = new Editor(doc);
  const present = new Set(ed.textBounds(() => true).map((t) => t.id));
  for (const id of ids) if (present.has(id)) ed.check(id);
  return ed.done();
}

/** How an analysis item is found in NAME.ann: a quote, statement or date by type and span, an entity by its mentions. */
export type ItemRef = { readonly target: Target } | { readonly entity: EntityRef };

/** The text-bound ids behind analysis items (indexed once, for a whole document's worth of items). */
export function idsOf(doc: AnnDoc, text: string, items: readonly ItemRef[]): string[] {
  const notes = notesOf(doc);
  const bySpan = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const l of doc.lines) {
    if (l.kind !== 'T' || l.lost) continue;
    const o = outer(l);
    const k = `${l.type}@${o.start}:${o.end}`;
    if (!bySpan.has(k)) bySpan.set(k, l.id);
    if (ENTITY_TYPES.has(l.type)) {
      const n = `${l.type}\u0000${mentionName(l, text, notes)}`;
      const list = byName.get(n) ?? [];
      list.push(l.id);
      byName.set(n, list);
    }
  }
  return items.flatMap((item) => {
    if ('entity' in item) return byName.get(`${ENTITY_TYPE[item.entity.kind]}\u0000${item.entity.name}`) ?? [];
    const id = bySpan.get(`${item.target.type}@${item.target.span.start}:${item.target.span.end}`);
    return id ? [id] : [];
  });
}

export function isContentType(type: string): boolean {
  return CONTENT_TYPES.has(type);
}

export function entityKindOfType(type: string): EntityKind | undefined {
  return ENTITY_KIND[type];
}
