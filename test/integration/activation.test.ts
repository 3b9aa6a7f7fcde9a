import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, openSeed, waitFor } from './helpers';

interface Manifest {
  activationEvents?: string[];
  contributes: {
    commands?: { command: string }[];
    viewsContainers?: { activitybar?: { id: string }[] };
    views?: Record<string, { id: string }[]>;
  };
}

describe('activation', () => {
  const manifest = () => extension().packageJSON as Manifest;

  it('never activates on startup ("*")', () => {
    assert.ok(!(manifest().activationEvents ?? []).includes('*'), 'activationEvents must not contain "*"');
  });

  it('activates when the seed article opens as plain text', async () => {
    const editor = await openSeed();
    assert.equal(editor.document.languageId, 'plaintext');
    assert.match(editor.document.lineAt(0).text, /date 2021-03-19/);
    await waitFor('the extension to activate', () => extension().isActive);
  });

  it('registers every contributed command', async () => {
    const contributed = (manifest().contributes.commands ?? []).map(c => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter(id => !registered.has(id));
    assert.ok(missing.length === 0, `contributed but not registered by activate(): ${missing.join(', ')}`);
  });

  it('contributes the News view container and its views, and they open', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const container of manifest().contributes.viewsContainers?.activitybar ?? []) {
      assert.ok(registered.has(`workbench.view.extension.${container.id}`), `view container ${container.id} is not known to the workbench`);
    }
    const views = Object.values(manifest().contributes.views ?? {}).flat();
    assert.ok(views.some(v => v.id === 'newsAnnotator.entities'), 'the Entities view is not contributed');
    for (const view of views) {
      assert.ok(registered.has(`${view.id}.focus`), `view ${view.id} is not known to the workbench`);
      await vscode.commands.executeCommand(`${view.id}.focus`);
    }
  });
});
