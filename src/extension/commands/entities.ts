// Merge Entity into… and Rename Entity…: corrections of who is who, on every mention at once.
import * as vscode from 'vscode';
import { mergeEntity, renameEntity } from '../../core/curated';
import { entityRef } from '../logic/curation';
import { plural } from '../logic/text';
import { ENTITY_ICONS } from '../views/entityTree';
import type { CommandContext } from './context';
import { run } from './correct';
import { resolveEntity } from './target';

function noEntity(): false {
  void vscode.window.showInformationMessage('Place the cursor on a name (or pick an entity in the News view) first.');
  return false;
}

function merge(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.mergeEntity', async (arg?: unknown, intoName?: string): Promise<boolean> => {
    const found = await resolveEntity(ctx, arg);
    if (!found) return noEntity();
    const { document, entry, entity } = found;
    const others = entry.analysis.entities.filter((e) => e.id !== entity.id);
    let into = typeof intoName === 'string' ? others.find((e) => e.name === intoName) : undefined;
    if (!into && typeof intoName !== 'string') {
      const picked = await vscode.window.showQuickPick(
        others
          .sort((a, b) => Number(b.kind === entity.kind) - Number(a.kind === entity.kind) || a.name.localeCompare(b.name))
          .map((e) => ({ label: e.name, description: [e.title, e.kind, plural(e.mentions.length, 'mention')].filter(Boolean).join(' · '), iconPath: new vscode.ThemeIcon(ENTITY_ICONS[e.kind]), e })),
        { title: `Merge ${entity.name} (${plural(entity.mentions.length, 'mention')}) into…`, placeHolder: 'The entity its mentions belong to', matchOnDescription: true },
      );
      into = picked?.e;
    }
    if (!into) return false;
    const target = into;
    return run(ctx, document, `Merge ${entity.name} into ${target.name}`, (doc, text) => mergeEntity(doc, text, entityRef(entity), entityRef(target)));
  });
}

function rename(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.renameEntity', async (arg?: unknown, newName?: string): Promise<boolean> => {
    const found = await resolveEntity(ctx, arg);
    if (!found) return noEntity();
    const { document, entity } = found;
    const name = typeof newName === 'string'
      ? newName
      : await vscode.window.showInputBox({
        title: `Rename ${entity.name}`,
        prompt: 'The canonical name: the fullest form, used in hovers, the tree and copied attributions',
        value: entity.name,
        validateInput: (v) => (v.trim() ? undefined : 'A name cannot be empty'),
      });
    const clean = name?.replace(/\s+/g, ' ').trim();
    if (!clean || clean === entity.name) return false;
    return run(ctx, document, `Rename ${entity.name} to ${clean}`, (doc, text) => renameEntity(doc, text, entityRef(entity), clean));
  });
}

export function entityCorrections(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(merge(ctx), rename(ctx));
}
