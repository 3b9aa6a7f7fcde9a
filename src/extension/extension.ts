import type * as vscode from 'vscode';

// Wiring only: each feature is one disposable object created here.
export function activate(_context: vscode.ExtensionContext): void {
  // Features land with issue 4.
}

export function deactivate(): void {}
