// Workspace-relative paths of article uris, as labels. VS Code's asRelativePath looks the folder up in a
// search tree on every call; thousands of uris under a few folders only need a prefix test. Pure.

export interface WorkspaceFolderRef {
  /** uri.toString() of the folder. */
  readonly uri: string;
  readonly name: string;
}

/** "archive/2021/a.txt" (with "folder/" in front in a multi-root workspace); the decoded uri path outside every folder. */
export function relativePath(uri: string, folders: readonly WorkspaceFolderRef[]): string {
  for (const f of folders) {
    const base = f.uri.endsWith('/') ? f.uri : `${f.uri}/`;
    if (uri.startsWith(base)) {
      const rest = decodeURIComponent(uri.slice(base.length));
      return folders.length > 1 ? `${f.name}/${rest}` : rest;
    }
  }
  const i = uri.indexOf('://');
  const path = i < 0 ? uri : uri.slice(uri.indexOf('/', i + 3));
  return decodeURIComponent(path);
}
