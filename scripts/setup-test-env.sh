#!/usr/bin/env bash
# Installs what the integration and UI tests need on a fresh Debian machine, using only the Debian
# repositories and the npm registry: Chromium, ripgrep, fonts, build tools (code-server's native modules
# compile from source), xvfb (only for the desktop VS Code route), the npm dependencies, and code-server
# into .vscode-test/code-server. Each step runs only when its result is missing. Run as root (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

say() { echo "[setup-test-env] $*"; }
die() { echo "[setup-test-env] ERROR: $*" >&2; exit 1; }

# npm's cache lives in the git-ignored .vscode-test/ unless the caller chose one: nothing goes into HOME.
export npm_config_cache="${npm_config_cache:-$ROOT/.vscode-test/npm-cache}"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# 1. Debian packages (skipped when all are installed).
packages=(chromium ripgrep fonts-dejavu-core build-essential python3 libkrb5-dev xvfb)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get to install them"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing ${missing[*]}; run as root or install them"
    SUDO=sudo
  fi
  say "installing ${missing[*]}"
  # Wait for another apt/dpkg run instead of failing on its lock.
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
else
  say "Debian packages present: ${packages[*]}"
fi
for tool in chromium rg xvfb-run g++ make python3; do
  command -v "$tool" >/dev/null || die "'$tool' is still missing after the apt step"
done

# 2. Node 20 (code-server 4.100.3 needs exactly 20; it is not installable from these sources).
command -v node >/dev/null || die "Node.js 20 (with headers, e.g. NodeSource) is required"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || die "Node.js 20 is required (found $(node --version))"

# 3. npm dependencies, exactly as locked.
say "npm ci"
npm ci --no-audit --no-fund

# 4. code-server, only when missing or broken.
cs_dir="$ROOT/.vscode-test/code-server"
cs_entry="$cs_dir/node_modules/code-server/out/node/entry.js"
cs_rg="$cs_dir/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
if [ -f "$cs_entry" ] && [ -x "$cs_rg" ]; then
  say "code-server present: $cs_entry"
else
  say "installing code-server into $cs_dir"
  rm -rf "$cs_dir"
  bash scripts/install-code-server.sh "$cs_dir"
fi
say "done"
