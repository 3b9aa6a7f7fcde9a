#!/usr/bin/env bash
# The project's test command (README, .ci/run): installs what the tests need when missing, then runs
# `npm test` (type check, lint, build, unit tests, integration tests in a real VS Code, UI test).
set -euo pipefail
cd "$(dirname "$0")/.."

export npm_config_cache="${npm_config_cache:-$PWD/.vscode-test/npm-cache}"
stage() { echo; echo "===== $1 ($(date -u +%H:%M:%S))"; }

start=$SECONDS
stage "setup: bash scripts/setup-test-env.sh"
bash scripts/setup-test-env.sh
setup_s=$((SECONDS - start))

stage "tests: npm test"
tests_start=$SECONDS
npm test
echo
echo "===== passed: setup ${setup_s}s, tests $((SECONDS - tests_start))s, total $((SECONDS - start))s"
