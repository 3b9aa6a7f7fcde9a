// Counts for the active annotated document; a click focuses the Entities view. Also keeps the
// `newsAnnotator.active` context key (keybindings and menus) and the Problems entries in step.
import * as vscode from 'vscode';
import { reviewCounts } from '../core/curated';
import type { DocumentAnalysis } from '../core/types';
import type { ReviewSession } from './curation/review';
import type { AnnotatedDocuments } from './documents';
import { blockingProblem, documentDateLine, escapeMarkdown, statusText, summaryText } from './logic/text';
import type { AnalysisStore } from './store/analysisStore';
import { entryRange } from './store/analysisStore';
import { VIEW_ID } from './views/entityTree';

export const ACTIVE_CONTEXT = 'newsAnnotator.active';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  /** `reviewed 12/30`: the items a person checked; a click walks the rest. */
  readonly reviewItem = vscode.window.createStatusBarItem('newsAnnotator.review', vscode.StatusBarAlignment.Right, 99);
  private readonly problems = vscode.languages.createDiagnosticCollection('newsAnnotator');
  private readonly subscriptions: vscode.Disposable[] = [];
  private active: boolean | undefined;

  constructor(private readonly store: AnalysisStore, private readonly documents: AnnotatedDocuments, readonly review: ReviewSession) {
    this.item.name = 'News Annotator';
    this.item.command = { command: `${VIEW_ID}.focus`, title: 'Show the Entities view' };
    this.reviewItem.name = 'News Annotator: review';
    this.reviewItem.command = { command: 'newsAnnotator.nextItemToReview', title: 'Next Item to Review' };
    this.subscriptions.push(
      this.item,
      this.reviewItem,
      this.problems,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      documents.onDidChange(() => this.update()),
      store.onDidChange((uri) => {
        this.publishProblems(uri);
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const annotated = !!editor && this.documents.isAnnotated(editor.document);
    if (annotated !== this.active) {
      this.active = annotated;
      void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, annotated);
    }
    if (!editor || !annotated) {
      this.item.hide();
      this.reviewItem.hide();
      return;
    }
    const entry = this.store.get(editor.document.uri);
    if (!entry) {
      this.item.text = '$(sync~spin) News Annotator';
      this.item.tooltip = 'Analysing…';
      this.reviewItem.hide();
    } else {
      const a = entry.analysis;
      const trouble = a.diagnostics.some((d) => d.severity !== 'info');
      this.item.text = `${trouble ? '$(warning) ' : '$(quote) '}${summaryText(a)}`;
      this.item.tooltip = tooltip(a);
      const r = reviewCounts(a);
      if (r.total > 0) {
        this.reviewItem.text = `${r.checked === r.total ? '$(pass-filled)' : '$(checklist)'} reviewed ${r.checked}/${r.total}`;
        this.reviewItem.tooltip = a.curated
          ? `${r.checked} of ${r.total} quotes, statements, dates and entities checked by hand (kept in the .ann file beside the article). Click to review the next one.`
          : 'Nothing checked by hand yet: the automatic analysis. Click to review its least confident items first.';
        this.reviewItem.show();
      } else this.reviewItem.hide();
    }
    this.item.show();
  }

  /** The analysis' own diagnostics (empty, binary, no document date, a failed pass) in Problems. */
  private publishProblems(uri: vscode.Uri): void {
    const entry = this.store.get(uri);
    // Only open documents: a workspace full of seeds should not fill the Problems view.
    if (!entry || entry.version === -1) {
      this.problems.delete(uri);
      return;
    }
    const severity = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };
    this.problems.set(
      uri,
      entry.analysis.diagnostics.map((d) => {
        const diag = new vscode.Diagnostic(entryRange(entry, d.span ?? { start: 0, end: 0 }), d.message, severity[d.severity]);
        diag.source = 'News Annotator';
        return diag;
      }),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function tooltip(a: DocumentAnalysis): vscode.MarkdownString {
  const lines = [`**News Annotator** — ${statusText(a)}`];
  // The analysis' own diagnostic already says when there is no document date: not twice.
  // Nor for a document with nothing in it (empty, binary): the date is not its problem.
  if (blockingProblem(a) === null && (a.documentDate.value || !a.diagnostics.some((d) => /document date/i.test(d.message)))) lines.push(documentDateLine(a));
  for (const d of a.diagnostics) lines.push(`${d.severity === 'error' ? '$(error)' : d.severity === 'warning' ? '$(warning)' : '$(info)'} ${escapeMarkdown(d.message)}`);
  lines.push('Click to show the Entities view');
  const md = new vscode.MarkdownString(lines.join('\n\n'));
  md.supportThemeIcons = true;
  return md;
}
