// Hovers over quotes, reported statements, speaker and entity mentions, and dates: what the annotation
// says about the text under the cursor, and links to correct it. Rendering lives in logic/text.ts (pure);
// this file only finds, wraps and adds the command links.
import * as vscode from 'vscode';
import { DATE, ENTITY_TYPE, QUOTE, STATEMENT } from '../../core/curated';
import { describeTimex } from '../../core/dates/describe';
import type { Span, TimeExpression } from '../../core/types';
import { itemArg } from '../commands/target';
import type { Config } from '../config';
import { contentSpan, isChecked, itemsAt } from '../logic/lookup';
import { dateHover, mentionHover, quoteHover, statementHover } from '../logic/text';
import { entryRange, type AnalysisStore } from '../store/analysisStore';

/** The commands a hover may run (links in a MarkdownString run only when listed). */
export const HOVER_COMMANDS = [
  'newsAnnotator.changeSpeaker', 'newsAnnotator.removeAnnotation', 'newsAnnotator.confirmItem', 'newsAnnotator.renameEntity', 'newsAnnotator.markDate',
];

function words(date: TimeExpression): string | null {
  try {
    return describeTimex(date) || null;
  } catch {
    return null; // a hover must never fail because one value could not be put in words
  }
}

function link(title: string, command: string, ...args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

export class Hovers implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly store: AnalysisStore, private readonly config: Config) {
    // Any document may be annotated by hand, so the selector is broad; provideHover returns at once
    // for documents without an analysis.
    this.registration = vscode.languages.registerHoverProvider({ pattern: '**' }, this);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // Only an analysis of this exact version: offsets from older text would point at the wrong words.
    const entry = this.store.current(document);
    if (!entry) return undefined;
    const a = entry.analysis;
    const low = this.config.value.lowConfidence;
    const offset = document.offsetAt(position);
    const at = itemsAt(a, offset);
    const sections: string[] = [];
    let narrowest: Span | undefined;
    const consider = (s: Span) => {
      if (!narrowest || s.end - s.start < narrowest.end - narrowest.start) narrowest = s;
    };
    const uri = document.uri;
    const actions = (...links: string[]) => links.filter(Boolean).join(' · ');
    const confirm = (type: string, span: Span, id: string) => (isChecked(a, id) ? '' : link('Confirm', 'newsAnnotator.confirmItem', itemArg(uri, type, span)));
    for (const { entity, mention } of at.mentions) {
      const arg = itemArg(uri, ENTITY_TYPE[entity.kind], mention);
      sections.push(`${mentionHover(entity, mention)}${isChecked(a, entity.id) ? '\n\n$(check) checked by hand' : ''}\n\n${actions(link('Rename…', 'newsAnnotator.renameEntity', { name: entity.name }), link('Remove this mention', 'newsAnnotator.removeAnnotation', arg))}`);
      consider(mention);
    }
    for (const date of at.dates) {
      const arg = itemArg(uri, DATE, date);
      sections.push(`${dateHover(a, date, words(date))}${isChecked(a, date.id) ? '\n\n$(check) checked by hand' : ''}\n\n${actions(link('Change…', 'newsAnnotator.markDate', { start: date.start, end: date.end }), confirm(DATE, date, date.id), link('Remove', 'newsAnnotator.removeAnnotation', arg))}`);
      consider(date);
    }
    for (const quote of at.quotes) {
      const arg = itemArg(uri, QUOTE, quote);
      sections.push(`${quoteHover(a, quote, low)}\n\n${actions(link('Change speaker…', 'newsAnnotator.changeSpeaker', arg), confirm(QUOTE, quote, quote.id), link('Remove', 'newsAnnotator.removeAnnotation', arg))}`);
      consider(quote);
    }
    for (const statement of at.statements) {
      const span = contentSpan(statement);
      const arg = itemArg(uri, STATEMENT, span);
      sections.push(`${statementHover(a, statement, low)}\n\n${actions(link('Change speaker…', 'newsAnnotator.changeSpeaker', arg), confirm(STATEMENT, span, statement.id), link('Remove', 'newsAnnotator.removeAnnotation', arg))}`);
      consider(statement.content.find((c) => c.start <= offset && offset <= c.end) ?? span);
    }
    if (!narrowest) return undefined;
    // One Markdown text with a rule between the items: the parts of one provider's hover are drawn
    // without any separator, so a name inside a quote would run straight into the quote's lines.
    const md = new vscode.MarkdownString(sections.join('\n\n---\n\n'));
    md.supportThemeIcons = true;
    md.isTrusted = { enabledCommands: HOVER_COMMANDS };
    return new vscode.Hover(md, entryRange(entry, narrowest));
  }

  dispose(): void {
    this.registration.dispose();
  }
}
