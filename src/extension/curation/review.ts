// "Next Item to Review": walks the items nobody has checked yet, least confident first. Each is selected in
// the editor with a picker whose first entry confirms it, so confirming is one key (Enter); the others
// correct it, skip it, or end the walk (Escape).
import * as vscode from 'vscode';
import { confirm, idsOf, toReview, type ReviewItem } from '../../core/curated';
import type { Config } from '../config';
import { confidenceText, snippet, sourceLabel, speakerName } from '../logic/text';
import type { AnalysisStore } from '../store/analysisStore';
import type { Curation } from './curation';

type Action = 'confirm' | 'speaker' | 'date' | 'rename' | 'remove' | 'skip';

interface ActionPick extends vscode.QuickPickItem {
  readonly action: Action;
}

const NOUN: Record<ReviewItem['kind'], string> = { quote: 'Quote', statement: 'Reported statement', date: 'Date', entity: 'Entity' };

export class ReviewSession implements vscode.Disposable {
  /** The item on screen, while a walk is going on (tests and the status bar read it). */
  current: ReviewItem | undefined;
  private running = false;

  constructor(private readonly store: AnalysisStore, private readonly curation: Curation, private readonly config: Config) {}

  /** Walks the active document's unchecked items until none is left or the user stops. Returns how many were confirmed. */
  async walk(editor: vscode.TextEditor): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    const document = editor.document;
    const skipped = new Set<string>();
    let confirmed = 0;
    try {
      for (;;) {
        const entry = await this.store.whenCurrent(document, 10_000);
        if (!entry) return confirmed;
        const all = toReview(entry.analysis);
        const left = all.filter((i) => !skipped.has(`${i.kind}:${i.id}`));
        const item = left[0];
        if (!item) {
          void vscode.window.showInformationMessage(all.length ? `Nothing else to review in this article (${all.length} skipped).` : 'Every item of this article is checked.');
          return confirmed;
        }
        const range = new vscode.Range(document.positionAt(item.span.start), document.positionAt(item.span.end));
        const shown = await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
        shown.selection = new vscode.Selection(range.start, range.end);
        shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        this.current = item; // once it is on screen
        const a = entry.analysis;
        const quote = item.kind === 'quote' ? a.quotes.find((q) => q.id === item.id) : undefined;
        const statement = item.kind === 'statement' ? a.attributions.find((x) => x.id === item.id) : undefined;
        const low = this.config.value.lowConfidence;
        const who = quote ? (speakerName(a, quote, low) ?? 'no speaker') : statement ? (sourceLabel(a, statement, low) ?? 'no speaker') : undefined;
        const action = await this.ask(item, document.getText().slice(item.span.start, item.span.end), left.length, who);
        if (!action) return confirmed;
        if (action === 'skip') {
          skipped.add(`${item.kind}:${item.id}`);
          continue;
        }
        if (action === 'confirm') {
          const changed = await this.curation.correct(document, `Confirm ${NOUN[item.kind].toLowerCase()}`, (doc, text) => confirm(doc, idsOf(doc, text, [item.ref])));
          if (changed) confirmed++;
          else skipped.add(`${item.kind}:${item.id}`);
          continue;
        }
        const command = { speaker: 'newsAnnotator.changeSpeaker', date: 'newsAnnotator.markDate', rename: 'newsAnnotator.renameEntity', remove: 'newsAnnotator.removeAnnotation' }[action];
        const typeOf = 'target' in item.ref ? item.ref.target.type : '';
        if (action === 'date') await vscode.commands.executeCommand(command, item.span);
        else if (action === 'rename') await vscode.commands.executeCommand(command, { name: 'entity' in item.ref ? item.ref.entity.name : '' });
        else await vscode.commands.executeCommand(command, { uri: document.uri.toString(), type: typeOf || 'Person', start: item.span.start, end: item.span.end });
      }
    } finally {
      this.current = undefined;
      this.running = false;
    }
  }

  private async ask(item: ReviewItem, text: string, left: number, who: string | undefined): Promise<Action | undefined> {
    const picks: ActionPick[] = [{ label: '$(check) Confirm', description: 'it is right as it is (Enter)', action: 'confirm' }];
    if (item.kind === 'quote' || item.kind === 'statement') picks.push({ label: '$(person) Change Speaker…', action: 'speaker' });
    if (item.kind === 'date') picks.push({ label: '$(calendar) Change Type or Value…', action: 'date' });
    if (item.kind === 'entity') picks.push({ label: '$(edit) Rename Entity…', action: 'rename' });
    if (item.kind !== 'entity') picks.push({ label: '$(trash) Remove', description: 'it is not one', action: 'remove' });
    picks.push({ label: '$(arrow-right) Skip', description: 'decide later', action: 'skip' });
    const sure = item.confidence === null ? '' : ` · ${confidenceText(item.confidence, this.config.value.lowConfidence)}`;
    const picked = await vscode.window.showQuickPick(picks, {
      title: `Review (${left} left): ${NOUN[item.kind]} “${snippet(text, 50)}”${who ? ` — ${who}` : ''}${sure}`,
      placeHolder: 'Enter confirms it; Escape stops reviewing',
    });
    return picked?.action;
  }

  dispose(): void {
    this.current = undefined;
  }
}
