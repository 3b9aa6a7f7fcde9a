// "Find Entity…": a quick pick over the entities of every indexed article (and the open ones), each row
// naming its article, so the same person in two articles is told apart at a glance.
import * as vscode from 'vscode';
import type { SummaryEntity } from '../../core/corpus/summary';
import type { Article } from '../index/collection';
import { plural } from '../logic/text';
import { ENTITY_ICONS } from '../views/entityTree';
import type { CommandContext } from './context';

interface EntityPick extends vscode.QuickPickItem {
  readonly article: Article;
  readonly entity: SummaryEntity;
}

export function findEntity(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.findEntity', async (name?: unknown): Promise<SummaryEntity | undefined> => {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    // The active article's entities first, then the rest newest article first.
    const articles = [...ctx.index.articles.sorted()].sort((a, b) => Number(b.id === active) - Number(a.id === active));
    const picks: EntityPick[] = articles.flatMap((article) =>
      article.summary.entities.map((entity) => ({
        label: entity.name,
        iconPath: new vscode.ThemeIcon(entity.statementIds.length > 0 ? 'quote' : ENTITY_ICONS[entity.kind]),
        description: [entity.title, entity.kind].filter(Boolean).join(' · '),
        detail: `${article.path} · ${plural(entity.statementIds.length, 'statement')} · ${plural(entity.mentions, 'mention')}`,
        article,
        entity,
      })),
    );
    if (picks.length === 0) {
      void vscode.window.showInformationMessage('No entities yet: open an annotated news article first.');
      return undefined;
    }
    // A name argument skips the picker (keybindings, other extensions, tests).
    const picked =
      typeof name === 'string'
        ? (picks.find((p) => p.entity.name.toLowerCase() === name.toLowerCase()) ?? picks.find((p) => p.entity.name.toLowerCase().includes(name.toLowerCase())))
        : await vscode.window.showQuickPick(picks, { placeHolder: 'Find a speaker, person, organization or place by name', matchOnDescription: true, matchOnDetail: true });
    if (!picked) return undefined;
    const first = picked.entity.first;
    const editor = first ? await vscode.commands.executeCommand<vscode.TextEditor | undefined>('newsAnnotator.openAt', picked.article.id, first.start, first.end) : undefined;
    if (editor && ctx.tree.view.visible) {
      const entry = await ctx.store.whenCurrent(editor.document, 5000);
      const node = entry ? ctx.tree.model(entry).entityNode(picked.entity.id) : undefined;
      if (node) await ctx.tree.reveal(node, { select: true, focus: false });
    }
    return picked.entity;
  });
}
