#!/usr/bin/env bash
# eduwatch set-up: installs a Chromium for `render: browser` sources, the npm dependencies
# (building better-sqlite3 when no prebuilt binary can be downloaded) and compiles to dist/.
# Safe to run again. Works offline-with-registry (Debian's Chromium) and online
# (playwright's own Chromium download) alike.
set -euo pipefail
cd "$(dirname "$0")/.."

have_chromium() {
  [ -n "${EDUWATCH_CHROMIUM:-}" ] && [ -x "${EDUWATCH_CHROMIUM}" ] && return 0
  [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]
}

if ! have_chromium; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "eduwatch setup: installing Debian's chromium (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  fi
fi

if have_chromium; then
  # Use the system browser; playwright must not try to download its own.
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
fi

echo "eduwatch setup: installing npm dependencies"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi

if ! have_chromium; then
  echo "eduwatch setup: no system Chromium; downloading playwright's (needs internet)"
  npx playwright install chromium || echo "eduwatch setup: WARNING: no Chromium available; sources with render: browser will fail" >&2
fi

# `npm ci` runs the prepare script (tsc); build again in case scripts were skipped.
[ -f dist/cli/main.js ] || npm run build
# The search ranking extension (store/native, compiled with cc; search falls back to scoring every
# match without it) is built now rather than by the first search.
if node -e "import('./dist/store/fts-top.js').then((m) => process.exit(m.topLibrary() ? 0 : 1))"; then
  echo "eduwatch setup: search ranking extension built (dist/native)"
else
  echo "eduwatch setup: note: no C compiler, so search scores every match (slower on large stores, same results)" >&2
fi
echo "eduwatch setup: done. Try: npm run demo"
