// "Copy Quote with Attribution": “…” — Antony Blinken, US Secretary of State, 2021-03-18 (article.txt).
// An attribution the analysis is unsure of (and nobody checked) is copied only after a warning: a wrong
// name under a quote is a false citation.
import * as vscode from 'vscode';
import type { Attribution, Quote } from '../../core/types';
import { contentSpan, isChecked, itemsAt } from '../logic/lookup';
import { attributionText, confidenceText, isUnsure, quoteConfidence, sourceLabel, speakerName } from '../logic/text';
import { activeAnalysis, type CommandContext } from './context';

export function copyQuoteWithAttribution(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.copyQuoteWithAttribution', async (options?: { unsure?: 'copy' | 'cancel' }): Promise<string | undefined> => {
    const found = await activeAnalysis(ctx);
    if (!found) return undefined;
    const { editor, entry } = found;
    const doc = editor.document;
    const a = entry.analysis;
    const at = (offset: number): Quote | Attribution | undefined => {
      const here = itemsAt(a, offset);
      // The narrowest: a quote inside a mixed statement is copied as that quote.
      return here.quotes.length ? here.quotes[0] : here.statements.sort((x, y) => contentSpan(x).end - contentSpan(x).start - (contentSpan(y).end - contentSpan(y).start))[0];
    };
    const item = at(doc.offsetAt(editor.selection.active)) ?? at(doc.offsetAt(editor.selection.start));
    if (!item) {
      void vscode.window.showInformationMessage('Place the cursor inside a quote or reported statement to copy it with its attribution.');
      return undefined;
    }
    const article = doc.uri.path.split('/').pop() ?? doc.uri.path;
    const direct = 'speakerId' in item;
    const confidence = direct ? quoteConfidence(a, item) : item.confidence;
    const hasSource = direct ? item.speaker !== null : item.source !== null;
    const low = ctx.config.value.lowConfidence;
    if (hasSource && isUnsure(confidence, low) && !isChecked(a, item.id)) {
      const who = (direct ? speakerName(a, item, low) : sourceLabel(a, item, low)) ?? 'someone';
      const choice = options?.unsure === 'copy' ? 'Copy Anyway' : options?.unsure === 'cancel' ? undefined : await vscode.window.showWarningMessage(
        `The attribution to ${who.replace(/^probably |\?$/g, '')} in ${article} is unsure (${confidenceText(confidence!, low)}) and nobody has checked it. Copy it anyway?`,
        { modal: true, detail: 'Check it first with Change Speaker… or Confirm, so the citation is right.' },
        'Copy Anyway',
      );
      if (choice !== 'Copy Anyway') return undefined;
    }
    const text = attributionText(a, item, article);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage('$(check) Copied with its attribution', 3000);
    return text; // returned for tests and other extensions
  });
}
