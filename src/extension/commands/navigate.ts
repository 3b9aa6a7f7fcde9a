// Next/previous quote (or reported statement) and next/previous entity mention, wrapping around the document.
import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import { mentionsInOrder, statementsInOrder, stepSpan } from '../logic/lookup';
import { activeAnalysis, select, type CommandContext } from './context';

function navigator(ctx: CommandContext, id: string, spans: (a: import('../../core/types').DocumentAnalysis) => readonly Span[], direction: 1 | -1, none: string): vscode.Disposable {
  return vscode.commands.registerCommand(id, async () => {
    const found = await activeAnalysis(ctx);
    if (!found) return;
    const { editor, entry } = found;
    // From the selection's start, so that after a jump (which selects the item) "previous" leaves it.
    const target = stepSpan(spans(entry.analysis), editor.document.offsetAt(editor.selection.start), direction);
    if (!target) {
      vscode.window.setStatusBarMessage(none, 3000);
      return;
    }
    select(editor, new vscode.Range(editor.document.positionAt(target.start), editor.document.positionAt(target.end)));
  });
}

export function navigation(ctx: CommandContext): vscode.Disposable {
  // Quotes and reported statements: everything someone is said to have said.
  return vscode.Disposable.from(
    navigator(ctx, 'newsAnnotator.nextQuote', statementsInOrder, 1, 'No quotes or reported statements in this document'),
    navigator(ctx, 'newsAnnotator.previousQuote', statementsInOrder, -1, 'No quotes or reported statements in this document'),
    navigator(ctx, 'newsAnnotator.nextEntity', mentionsInOrder, 1, 'No entities in this document'),
    navigator(ctx, 'newsAnnotator.previousEntity', mentionsInOrder, -1, 'No entities in this document'),
  );
}
