// Corrections of one item: Change Speaker…, Mark Selection as Quote / Reported Speech / Date… / Person /
// Organization / Place, Remove Annotation. Each writes NAME.ann through the curation layer (one undo step).
// Arguments (hover links, tests) may name the item and the choice, so no picker is needed.
import * as vscode from 'vscode';
import {
  ENTITY_TYPE, QUOTE, STATEMENT, TIMEX_TYPES, confirm, idsOf, markContent, markDate, markEntity, removeAnnotation, setSource, type SourceChoice,
} from '../../core/curated';
import { isTimexValue } from '../../core/dates/timeml';
import type { DocumentAnalysis, EntityKind, Span, TimexType } from '../../core/types';
import { entityRef, proposeEntity, speakerCandidates, trimSpan } from '../logic/curation';
import { snippet, timexTypeLabel } from '../logic/text';
import type { AnalysisEntry } from '../store/analysisStore';
import type { CommandContext } from './context';
import { resolveItem } from './target';

/** Runs a correction and reports a failure (a file that cannot be written) instead of throwing. */
export async function run(ctx: CommandContext, document: vscode.TextDocument, label: string, change: Parameters<CommandContext['curation']['correct']>[2]): Promise<boolean> {
  try {
    const changed = await ctx.curation.correct(document, label, change);
    if (changed) vscode.window.setStatusBarMessage(`$(check) ${label} — saved in ${vscode.workspace.asRelativePath(ctx.curation.annUri(document.uri))}`, 4000);
    return changed;
  } catch (err) {
    void vscode.window.showErrorMessage(`Could not save the correction: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}

/** The active editor's selection as a span of its text (trimmed), or a message saying to select something. */
function selection(what: string): { editor: vscode.TextEditor; span: Span } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(`Select the text to mark as ${what} first.`);
    return undefined;
  }
  const d = editor.document;
  const span = trimSpan(d.getText(), { start: d.offsetAt(editor.selection.start), end: d.offsetAt(editor.selection.end) });
  if (span.end <= span.start) {
    void vscode.window.showInformationMessage(`Select the text to mark as ${what} first.`);
    return undefined;
  }
  return { editor, span };
}

async function annotatedEntry(ctx: CommandContext, document: vscode.TextDocument): Promise<AnalysisEntry | undefined> {
  if (!ctx.documents.isAnnotated(document)) await ctx.documents.annotate(document.uri);
  return ctx.store.whenCurrent(document, 10_000);
}

interface SpeakerArgs {
  /** An entity's canonical name, or null for "no speaker". */
  readonly speaker?: string | null;
  /** The mention to use (offsets); default: the entity's mention nearest to the content, or the selection. */
  readonly mention?: Span;
}

interface SpeakerPick extends vscode.QuickPickItem {
  readonly choice: SourceChoice | null | 'selection';
}

function changeSpeaker(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.changeSpeaker', async (arg?: unknown, args?: SpeakerArgs): Promise<boolean> => {
    const item = await resolveItem(ctx, arg, ['quote', 'statement']);
    if (!item) {
      void vscode.window.showInformationMessage('Place the cursor in a quote or reported statement to change its speaker.');
      return false;
    }
    const { document, entry, span } = item;
    const a: DocumentAnalysis = entry.analysis;
    const current = item.attribution?.sourceId ?? null;
    let choice: SourceChoice | null | undefined;
    if (args && 'speaker' in args) {
      if (args.speaker === null) choice = null;
      else if (args.mention) {
        const entity = a.entities.find((e) => e.name === args.speaker);
        choice = { span: args.mention, entity: entity ? entityRef(entity) : { kind: 'person', name: args.speaker ?? document.getText().slice(args.mention.start, args.mention.end) } };
      } else {
        const c = speakerCandidates(a, entry.automatic, span, null).find((x) => x.entity.name === args.speaker);
        if (!c) {
          void vscode.window.showWarningMessage(`No one called "${args.speaker}" in this article.`);
          return false;
        }
        choice = { span: c.mention, entity: entityRef(c.entity) };
      }
    } else {
      const line = (o: number) => document.positionAt(o).line + 1;
      const picks: SpeakerPick[] = speakerCandidates(a, entry.automatic, span, current).map((c) => ({
        label: c.entity.name,
        description: [c.entity.title, `“${snippet(c.mention.text, 30)}”, line ${line(c.mention.start)}`].filter(Boolean).join(' · '),
        detail: c.reason === 'the automatic analysis' ? 'the automatic analysis says so' : undefined,
        iconPath: new vscode.ThemeIcon(c.entity.kind === 'person' ? 'person' : 'organization'),
        choice: { span: c.mention, entity: entityRef(c.entity) },
      }));
      picks.push(
        { label: 'Selected text…', description: 'make the text selected in the editor the speaker', iconPath: new vscode.ThemeIcon('selection'), choice: 'selection' },
        { label: 'No speaker', description: 'nobody is named for it', iconPath: new vscode.ThemeIcon('circle-slash'), choice: null },
      );
      const picked = await vscode.window.showQuickPick(picks, { title: `Change Speaker of “${snippet(document.getText().slice(span.start, span.end), 50)}”`, placeHolder: 'Who said it? (most likely first)', matchOnDescription: true });
      if (!picked) return false;
      if (picked.choice === 'selection') {
        const sel = selection('the speaker');
        if (!sel || sel.editor.document !== document) return false;
        const text = document.getText().slice(sel.span.start, sel.span.end);
        choice = { span: sel.span, entity: proposeEntity(a, 'person', text) };
      } else choice = picked.choice;
    }
    const type = item.kind === 'quote' ? QUOTE : STATEMENT;
    const who = choice === null ? 'no speaker' : (choice.entity?.name ?? 'a mention');
    return run(ctx, document, `Change Speaker to ${who}`, (doc) => setSource(doc, { type, span }, choice ?? null));
  });
}

function markAs(ctx: CommandContext, id: string, type: typeof QUOTE | typeof STATEMENT, what: string): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (range?: Span): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    const sel = range && editor ? { editor, span: range } : selection(what);
    if (!sel) return false;
    const { document } = sel.editor;
    if (!(await annotatedEntry(ctx, document))) return false;
    return run(ctx, document, `Mark as ${what}`, (doc, text) => markContent(doc, text, type, sel.span).doc);
  });
}

interface DateArgs {
  readonly type?: TimexType;
  readonly value?: string | null;
}

/** The type and value the automatic analysis gives the selected words, if it found a date there. */
function proposedDate(entry: AnalysisEntry, span: Span): { type: TimexType; value: string | null } | undefined {
  const overlap = (d: Span) => d.start < span.end && span.start < d.end;
  const d = entry.analysis.dates.find(overlap) ?? entry.automatic.dates.find(overlap);
  return d && { type: d.type, value: d.value };
}

function markDateCommand(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.markDate', async (range?: Span, args?: DateArgs): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    const sel = range && editor ? { editor, span: range } : selection('a date');
    if (!sel) return false;
    const { document } = sel.editor;
    const entry = await annotatedEntry(ctx, document);
    if (!entry) return false;
    const proposal = proposedDate(entry, sel.span);
    let type = args?.type;
    if (!type) {
      const picked = await vscode.window.showQuickPick(
        TIMEX_TYPES.map((t) => ({ label: timexTypeLabel(t), description: t === proposal?.type ? `${t} · the automatic analysis` : t, type: t })).sort((x, y) => Number(y.type === proposal?.type) - Number(x.type === proposal?.type)),
        { title: `Mark “${snippet(document.getText().slice(sel.span.start, sel.span.end), 40)}” as…`, placeHolder: 'TimeML type' },
      );
      if (!picked) return false;
      type = picked.type;
    }
    let value = args && 'value' in args ? args.value ?? null : undefined;
    if (value === undefined) {
      const input = await vscode.window.showInputBox({
        title: `TimeML value of this ${timexTypeLabel(type).toLowerCase()}`,
        value: proposal?.type === type ? (proposal.value ?? '') : '',
        prompt: 'e.g. 2021-03-18, 2021-W11, 2021-Q1, PRESENT_REF, T14:30, P2Y, XXXX-WXX-1; empty: unresolved',
        validateInput: (v) => (v.trim() === '' || isTimexValue(type!, v.trim()) ? undefined : `"${v.trim()}" is not a TimeML ${type} value`),
      });
      if (input === undefined) return false;
      value = input.trim() || null;
    }
    if (value !== null && !isTimexValue(type, value)) {
      void vscode.window.showWarningMessage(`"${value}" is not a TimeML ${type} value.`);
      return false;
    }
    return run(ctx, document, `Mark as ${type} ${value ?? 'unresolved'}`, (doc, text) => markDate(doc, text, sel.span, type!, value ?? null).doc);
  });
}

function markEntityCommand(ctx: CommandContext, kind: EntityKind): vscode.Disposable {
  const label = ENTITY_TYPE[kind];
  return vscode.commands.registerCommand(`newsAnnotator.mark${label}`, async (range?: Span, name?: string): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    const sel = range && editor ? { editor, span: range } : selection(`a ${label.toLowerCase()}`);
    if (!sel) return false;
    const { document } = sel.editor;
    const entry = await annotatedEntry(ctx, document);
    if (!entry) return false;
    const proposal = proposeEntity(entry.analysis, kind, document.getText().slice(sel.span.start, sel.span.end));
    const entity = typeof name === 'string' ? { ...proposal, name } : proposal;
    return run(ctx, document, `Mark as ${label} ${entity.name}`, (doc, text) => markEntity(doc, text, sel.span, entity).doc);
  });
}

function removeCommand(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.removeAnnotation', async (arg?: unknown): Promise<boolean> => {
    const item = await resolveItem(ctx, arg, ['quote', 'statement', 'date', 'mention']);
    if (!item) {
      void vscode.window.showInformationMessage('Place the cursor on a quote, statement, date or name (or pick one in the News view) to remove it.');
      return false;
    }
    const what = item.kind === 'mention' ? `${item.type} “${item.document.getText().slice(item.span.start, item.span.end)}”` : item.kind === 'statement' ? 'reported statement' : item.kind;
    return run(ctx, item.document, `Remove ${what}`, (doc) => removeAnnotation(doc, { type: item.type, span: item.span }));
  });
}

function confirmCommand(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.confirmItem', async (arg?: unknown): Promise<boolean> => {
    const item = await resolveItem(ctx, arg, ['quote', 'statement', 'date', 'mention']);
    if (!item) {
      void vscode.window.showInformationMessage('Place the cursor on a quote, statement, date or name to confirm it.');
      return false;
    }
    // A name confirms its entity: every mention of it.
    const ref = item.entity ? { entity: entityRef(item.entity) } : { target: { type: item.type, span: item.span } };
    return run(ctx, item.document, `Confirm ${item.entity ? item.entity.name : item.kind}`, (doc, text) => confirm(doc, idsOf(doc, text, [ref])));
  });
}

export function corrections(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    changeSpeaker(ctx),
    markAs(ctx, 'newsAnnotator.markQuote', QUOTE, 'a quote'),
    markAs(ctx, 'newsAnnotator.markReported', STATEMENT, 'reported speech'),
    markDateCommand(ctx),
    ...(['person', 'organization', 'place'] as const).map((k) => markEntityCommand(ctx, k)),
    removeCommand(ctx),
    confirmCommand(ctx),
  );
}

