#!/usr/bin/env bash
# Installs code-server (VS Code server + web workbench) from the npm registry alone, for the
# integration and UI tests. Usage: scripts/install-code-server.sh [dest]   (default .vscode-test/code-server)
#
# Why this is not a plain `npm i code-server`: its postinstall runs `npm install` inside lib/vscode,
# where @vscode/ripgrep downloads rg from GitHub and native modules fetch prebuilt binaries from GitHub;
# neither is reachable offline. We seed ripgrep's download cache with the Debian rg and let node-gyp
# compile the native modules against the local Node headers. See ../shared/notes/vscode-test-host.md.
set -euo pipefail

CS_VERSION="${CS_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="${1:-$ROOT/.vscode-test/code-server}"

for tool in node npm rg tar; do
  command -v "$tool" >/dev/null || { echo "install-code-server: '$tool' is required but missing" >&2; exit 1; }
done
if [ "$(node -p 'process.versions.node.split(".")[0]')" != 20 ]; then
  echo "install-code-server: code-server $CS_VERSION's postinstall requires Node 20 (found $(node --version))" >&2
  exit 1
fi

mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || echo '{ "private": true }' > package.json

# Keep every temporary file (ripgrep cache, node-gyp scratch, code-server's config) out of the system
# temp dir and the real HOME, but keep the caller's npm cache and npmrc: resolve them before moving HOME.
npm_config_cache="${npm_config_cache:-$(npm config get cache)}"
npm_config_userconfig="${npm_config_userconfig:-$(npm config get userconfig)}"
export npm_config_cache npm_config_userconfig
export TMPDIR="$PWD/.tmp"
export HOME="$TMPDIR/home" XDG_CONFIG_HOME="$TMPDIR/xdg/config" XDG_DATA_HOME="$TMPDIR/xdg/data" XDG_CACHE_HOME="$TMPDIR/xdg/cache"
trap 'rm -rf "$TMPDIR"' EXIT
mkdir -p "$TMPDIR" "$HOME"

echo "install-code-server: fetching code-server@$CS_VERSION (scripts deferred)"
npm install --no-audit --no-fund --no-save --ignore-scripts "code-server@$CS_VERSION"

VS=node_modules/code-server/lib/vscode
rg_pkg=$(node -p "require('./$VS/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version")
npm pack --silent "@vscode/ripgrep@$rg_pkg" --pack-destination "$TMPDIR" >/dev/null
rg_tag=$(tar -xzOf "$TMPDIR/vscode-ripgrep-$rg_pkg.tgz" package/lib/postinstall.js \
  | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
[ -n "$rg_tag" ] || { echo "install-code-server: could not read the ripgrep tag of @vscode/ripgrep@$rg_pkg" >&2; exit 1; }
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) echo "install-code-server: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
echo "install-code-server: seeding @vscode/ripgrep@$rg_pkg ($rg_tag) with $(command -v rg)"
mkdir -p "$TMPDIR/rg-stage" "$TMPDIR/vscode-ripgrep-cache-$rg_pkg"
cp "$(command -v rg)" "$TMPDIR/rg-stage/rg"
tar -czf "$TMPDIR/vscode-ripgrep-cache-$rg_pkg/ripgrep-$rg_tag-$rg_target.tar.gz" -C "$TMPDIR/rg-stage" rg

# node-gyp: build against the local headers instead of downloading them from nodejs.org.
node_root=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$node_root/include/node/node.h" ]; then
  export npm_config_nodedir="$node_root"
fi

build_log="$DEST/install-scripts.log"
echo "install-code-server: running install scripts (native modules compile from source; log: $build_log)"
if ! npm_config_unsafe_perm=true npm_config_yes=true npm rebuild --foreground-scripts code-server argon2 >"$build_log" 2>&1; then
  echo "install-code-server: the install scripts failed; last lines of $build_log:" >&2
  tail -n 80 "$build_log" >&2
  exit 1
fi

echo -n "install-code-server: bundled "; "$VS/node_modules/@vscode/ripgrep/bin/rg" --version | sed -n 1p
echo -n "install-code-server: code-server "; node node_modules/code-server/out/node/entry.js --version 2>/dev/null | sed -n '$p'
echo "install-code-server: entry point $DEST/node_modules/code-server/out/node/entry.js"
