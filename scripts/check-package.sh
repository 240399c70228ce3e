#!/usr/bin/env bash
# The package as an administrator installs it: `npm pack`, then `npm install --omit=dev` of the
# tarball into an empty project (no TypeScript, no tsx), then run the installed binary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
cp -R examples "$work/examples"
cd "$work"
npm init -y >/dev/null
npm install --omit=dev --no-audit --no-fund "./$tarball"
test ! -e node_modules/tsx && test ! -e node_modules/typescript
echo "installed ringform $(npx --no-install ringform --version) from $tarball"
npx --no-install ringform validate examples/
npx --no-install ringform test examples/ >/dev/null
echo "package check passed: packed, installed without dev dependencies, validate and test ran"
