// Review and history: Next Item to Review, Mark Document as Reviewed, Undo Last Correction, Compare with
// Automatic Analysis, Set Document Date….
import * as vscode from 'vscode';
import { compareWithAutomatic, confirm, idsOf, reviewItems, type Difference } from '../../core/curated';
import { parseIsoDate } from '../../core/documentDate';
import type { ReviewSession } from '../curation/review';
import { activeAnalysis, type CommandContext } from './context';
import { run } from './correct';

function nextItem(ctx: CommandContext, review: ReviewSession): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.nextItemToReview', async (): Promise<number> => {
    const found = await activeAnalysis(ctx);
    return found ? review.walk(found.editor) : 0;
  });
}

function markReviewed(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.markReviewed', async (): Promise<boolean> => {
    const found = await activeAnalysis(ctx);
    if (!found) return false;
    const left = reviewItems(found.entry.analysis).filter((i) => !i.checked);
    if (left.length === 0) {
      vscode.window.setStatusBarMessage('$(check) Every item of this article is already checked', 3000);
      return false;
    }
    return run(ctx, found.editor.document, `Mark Document as Reviewed (${left.length} items)`, (doc, text) => confirm(doc, idsOf(doc, text, left.map((i) => i.ref))));
  });
}

function undo(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.undoCorrection', async (): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    try {
      const label = await ctx.curation.undo(editor.document);
      if (label) vscode.window.setStatusBarMessage(`$(discard) Undone: ${label}`, 4000);
      else void vscode.window.showInformationMessage('No correction of this article to undo in this session.');
      return label;
    } catch (err) {
      void vscode.window.showErrorMessage(`Could not undo: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  });
}

interface DifferencePick extends vscode.QuickPickItem {
  readonly difference: Difference;
}

function compare(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.compareWithAutomatic', async (options?: { take?: 'all' | readonly number[] }): Promise<readonly Difference[]> => {
    const found = await activeAnalysis(ctx);
    if (!found) return [];
    const { editor, entry } = found;
    if (!entry.analysis.curated) {
      void vscode.window.showInformationMessage('This article is not curated: what you see is the automatic analysis.');
      return [];
    }
    const diffs = compareWithAutomatic(entry.analysis, entry.automatic);
    if (diffs.length === 0) {
      void vscode.window.showInformationMessage('The automatic analysis agrees with the curated annotation.');
      return diffs;
    }
    let taken: Difference[];
    if (options?.take) taken = options.take === 'all' ? diffs : diffs.filter((_, i) => (options.take as readonly number[]).includes(i));
    else {
      const document = editor.document;
      const qp = vscode.window.createQuickPick<DifferencePick>();
      qp.title = `The automatic analysis differs in ${diffs.length} place${diffs.length === 1 ? '' : 's'}: pick what to take`;
      qp.placeholder = 'Checked items replace the curated ones (one undoable correction)';
      qp.canSelectMany = true;
      qp.matchOnDescription = true;
      qp.items = diffs.map((d) => ({ label: d.label, description: d.detail, detail: `line ${document.positionAt(d.span.start).line + 1}`, difference: d }));
      // Moving through the list shows each place in the editor.
      qp.onDidChangeActive(([active]) => {
        if (!active) return;
        const r = new vscode.Range(document.positionAt(active.difference.span.start), document.positionAt(active.difference.span.end));
        editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        editor.selection = new vscode.Selection(r.start, r.end);
      });
      taken = await new Promise<Difference[]>((resolve) => {
        qp.onDidAccept(() => {
          resolve(qp.selectedItems.map((p) => p.difference));
          qp.hide();
        });
        qp.onDidHide(() => resolve([]));
        qp.show();
      });
      qp.dispose();
    }
    if (taken.length) await run(ctx, editor.document, `Take ${taken.length} automatic item${taken.length === 1 ? '' : 's'}`, (doc, text) => taken.reduce((d, x) => x.take(d, text), doc));
    return diffs;
  });
}

function setDocumentDate(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.setDocumentDate', async (date?: string): Promise<boolean> => {
    const found = await activeAnalysis(ctx);
    if (!found) return false;
    const { editor, entry } = found;
    const dd = entry.analysis.documentDate;
    if (dd.source === 'dateline') {
      void vscode.window.showInformationMessage(`This article's dateline gives its date (${dd.value}); edit the dateline to change it.`);
      return false;
    }
    const value = typeof date === 'string'
      ? date
      : await vscode.window.showInputBox({
        title: 'Set Document Date',
        prompt: 'The date the article was published (YYYY-MM-DD): relative dates ("yesterday") are resolved against it. Saved in NAME.meta.json.',
        value: dd.value ?? '',
        validateInput: (v) => (parseIsoDate(v.trim()) && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : 'A real calendar date as YYYY-MM-DD'),
      });
    const iso = value === undefined ? null : parseIsoDate(value.trim());
    if (!iso) {
      if (value !== undefined) void vscode.window.showWarningMessage(`"${value}" is not a date as YYYY-MM-DD.`);
      return false;
    }
    try {
      await ctx.curation.setDocumentDate(editor.document, iso);
      vscode.window.setStatusBarMessage(`$(calendar) Document date ${iso}`, 4000);
      return true;
    } catch (err) {
      void vscode.window.showErrorMessage(`Could not set the document date: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  });
}

export function reviewCommands(ctx: CommandContext, review: ReviewSession): vscode.Disposable {
  return vscode.Disposable.from(nextItem(ctx, review), markReviewed(ctx), undo(ctx), compare(ctx), setDocumentDate(ctx));
}
