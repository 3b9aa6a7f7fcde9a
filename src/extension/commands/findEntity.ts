// "Find Entity…": a quick pick over every entity of every analysed document.
import * as vscode from 'vscode';
import type { Entity } from '../../core/types';
import { plural } from '../logic/text';
import { entryRange, type AnalysisEntry } from '../store/analysisStore';
import { ENTITY_ICONS } from '../views/entityTree';
import type { CommandContext } from './context';

interface EntityPick extends vscode.QuickPickItem {
  readonly entry: AnalysisEntry;
  readonly entity: Entity;
}

export function findEntity(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.findEntity', async (name?: unknown): Promise<Entity | undefined> => {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    // The active document's entities first, then the rest by file.
    const entries = ctx.store.all().sort((a, b) => Number(b.uri.toString() === active) - Number(a.uri.toString() === active));
    const picks: EntityPick[] = entries.flatMap((entry) =>
      entry.analysis.entities.map((entity) => ({
        label: entity.name,
        iconPath: new vscode.ThemeIcon(entity.quoteIds.length > 0 ? 'quote' : ENTITY_ICONS[entity.kind]),
        description: [entity.title, entity.kind].filter(Boolean).join(' · '),
        detail: `${plural(entity.quoteIds.length, 'quote')} · ${plural(entity.mentions.length, 'mention')}`,
        entry,
        entity,
      })),
    );
    // One titled section per document, so the same person in two articles is told apart at a glance.
    const items: (EntityPick | vscode.QuickPickItem)[] = entries.flatMap((entry) => {
      const own = picks.filter((p) => p.entry === entry);
      return own.length ? [{ label: vscode.workspace.asRelativePath(entry.uri), kind: vscode.QuickPickItemKind.Separator }, ...own] : [];
    });
    if (picks.length === 0) {
      void vscode.window.showInformationMessage('No entities yet: open an annotated news article first.');
      return undefined;
    }
    // A name argument skips the picker (keybindings, other extensions, tests).
    const picked =
      typeof name === 'string'
        ? picks.find((p) => p.entity.name.toLowerCase() === name.toLowerCase()) ?? picks.find((p) => p.entity.name.toLowerCase().includes(name.toLowerCase()))
        : ((await vscode.window.showQuickPick(items, { placeHolder: 'Find a speaker, person, organization or place by name', matchOnDescription: true })) as EntityPick | undefined);
    if (!picked) return undefined;
    const first = picked.entity.mentions[0];
    if (first) await vscode.commands.executeCommand('vscode.open', picked.entry.uri, { selection: entryRange(picked.entry, first) } satisfies vscode.TextDocumentShowOptions);
    const node = ctx.tree.model(picked.entry).entityNode(picked.entity.id);
    if (node && ctx.tree.view.visible) await ctx.tree.reveal(node, { select: true, focus: false });
    return picked.entity;
  });
}
