// What a correction command is about: the item named by a hover link or a test ({uri, type, start, end}),
// the tree node it was run on, or the item under the cursor in the active editor.
import * as vscode from 'vscode';
import { DATE, ENTITY_TYPE, QUOTE, STATEMENT } from '../../core/curated';
import type { Attribution, Entity, Span } from '../../core/types';
import { contentSpan, itemsAt } from '../logic/lookup';
import type { AnalysisEntry } from '../store/analysisStore';
import type { TreeNode } from '../views/model';
import type { CommandContext } from './context';

export type ItemKind = 'quote' | 'statement' | 'date' | 'mention';

export interface ItemTarget {
  readonly document: vscode.TextDocument;
  readonly entry: AnalysisEntry;
  readonly kind: ItemKind;
  /** The brat type of the annotation (Quote, Statement, Date, Person…). */
  readonly type: string;
  readonly span: Span;
  /** The attribution of a quote or statement, the entity of a mention. */
  readonly attribution?: Attribution;
  readonly entity?: Entity;
}

/** A hover link's (and a test's) way of naming an item. */
export interface ItemArg {
  readonly uri: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export function itemArg(uri: vscode.Uri, type: string, span: Span): ItemArg {
  return { uri: uri.toString(), type, start: span.start, end: span.end };
}

const isItemArg = (x: unknown): x is ItemArg => !!x && typeof x === 'object' && typeof (x as ItemArg).uri === 'string' && typeof (x as ItemArg).type === 'string' && typeof (x as ItemArg).start === 'number';
const isNode = (x: unknown): x is TreeNode => !!x && typeof x === 'object' && 'type' in x && 'id' in x && typeof (x as TreeNode).id === 'string';

/** The document a tree node is in; undefined for the folder and "Show more" rows, which are in none. */
export function rootUri(node: TreeNode): vscode.Uri | undefined {
  let n = node;
  while (n.type !== 'document') {
    if (n.type === 'folder' || n.type === 'more' || !n.parent) return undefined;
    n = n.parent;
  }
  return vscode.Uri.parse(n.uri);
}

/** Every item of an entry at a span and brat type (a statement by its whole content). */
function itemBy(document: vscode.TextDocument, entry: AnalysisEntry, type: string, span: Span): ItemTarget | undefined {
  const a = entry.analysis;
  const same = (s: Span) => s.start === span.start && s.end === span.end;
  if (type === QUOTE) {
    const q = a.quotes.find(same);
    return q && { document, entry, kind: 'quote', type, span: q, attribution: a.attributions.find((x) => x.id === q.attributionId || x.quoteIds.includes(q.id)) };
  }
  if (type === STATEMENT) {
    const s = a.attributions.find((x) => x.kind !== 'direct' && x.content.length > 0 && same(contentSpan(x)));
    return s && { document, entry, kind: 'statement', type, span: contentSpan(s), attribution: s };
  }
  if (type === DATE) {
    const d = a.dates.find(same);
    return d && { document, entry, kind: 'date', type, span: d };
  }
  for (const e of a.entities) {
    const m = e.mentions.find(same);
    if (m && ENTITY_TYPE[e.kind] === type) return { document, entry, kind: 'mention', type, span: m, entity: e };
  }
  return undefined;
}

async function entryOf(ctx: CommandContext, document: vscode.TextDocument): Promise<AnalysisEntry | undefined> {
  if (!ctx.documents.isAnnotated(document)) {
    void vscode.window.showInformationMessage('This file is not annotated. Run "News Annotator: Annotate This File" first.');
    return undefined;
  }
  return ctx.store.whenCurrent(document, 10_000);
}

/**
 * The item a command is about, of one of `kinds`. Under the cursor, the narrowest item of those kinds wins
 * (a name inside a quote is the name for Remove, the quote for Change Speaker).
 */
export async function resolveItem(ctx: CommandContext, arg: unknown, kinds: readonly ItemKind[]): Promise<ItemTarget | undefined> {
  if (isItemArg(arg)) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(arg.uri));
    const entry = await entryOf(ctx, document);
    const item = entry && itemBy(document, entry, arg.type, arg);
    return item && kinds.includes(item.kind) ? item : undefined;
  }
  if (isNode(arg)) {
    const uri = rootUri(arg);
    if (!uri) return undefined;
    const document = await vscode.workspace.openTextDocument(uri);
    const entry = await entryOf(ctx, document);
    if (!entry) return undefined;
    let item: ItemTarget | undefined;
    if (arg.type === 'quote') item = itemBy(document, entry, QUOTE, arg.quote);
    else if (arg.type === 'statement') item = itemBy(document, entry, STATEMENT, contentSpan(arg.attribution));
    else if (arg.type === 'date') item = itemBy(document, entry, DATE, arg.date);
    else if (arg.type === 'mention') item = itemBy(document, entry, ENTITY_TYPE[arg.entity.kind], arg.mention);
    return item && kinds.includes(item.kind) ? item : undefined;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const entry = await entryOf(ctx, editor.document);
  if (!entry) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const at = itemsAt(entry.analysis, offset);
  const found: ItemTarget[] = [];
  const add = (type: string, span: Span) => {
    const item = itemBy(editor.document, entry, type, span);
    if (item && kinds.includes(item.kind)) found.push(item);
  };
  for (const { entity, mention } of at.mentions) add(ENTITY_TYPE[entity.kind], mention);
  for (const d of at.dates) add(DATE, d);
  for (const q of at.quotes) add(QUOTE, q);
  for (const s of at.statements) add(STATEMENT, contentSpan(s));
  return found.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
}

/** The entity a command is about: a tree node's, a name given as argument, or the one named under the cursor. */
export async function resolveEntity(ctx: CommandContext, arg: unknown): Promise<{ document: vscode.TextDocument; entry: AnalysisEntry; entity: Entity } | undefined> {
  if (isNode(arg) && (arg.type === 'entity' || arg.type === 'mention')) {
    const uri = rootUri(arg);
    if (!uri) return undefined;
    const document = await vscode.workspace.openTextDocument(uri);
    const entry = await entryOf(ctx, document);
    const entity = entry?.analysis.entities.find((e) => e.id === arg.entity.id);
    return entry && entity ? { document, entry, entity } : undefined;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const entry = await entryOf(ctx, editor.document);
  if (!entry) return undefined;
  if (arg && typeof arg === 'object' && typeof (arg as { name?: unknown }).name === 'string') {
    const name = (arg as { name: string }).name;
    const entity = entry.analysis.entities.find((e) => e.name === name);
    return entity ? { document: editor.document, entry, entity } : undefined;
  }
  const hit = itemsAt(entry.analysis, editor.document.offsetAt(editor.selection.active)).mentions[0];
  return hit ? { document: editor.document, entry, entity: hit.entity } : undefined;
}
