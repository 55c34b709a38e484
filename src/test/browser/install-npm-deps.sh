#!/usr/bin/env bash
# Installs the browser tests' JavaScript (axe-core, pinned in package-lock.json) into
# target/browser-npm. Run by Maven in generate-test-resources. Never fails the build: without
# npm, or offline with an empty npm cache, it says so and the accessibility tests skip with the
# same reason (or fail under -Dbrowser.required=true, as in .ci/run).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: install-npm-deps.sh OUT_DIR}"
mkdir -p "$out"
if cmp -s "$here/package-lock.json" "$out/package-lock.json" \
  && [ -f "$out/node_modules/axe-core/axe.min.js" ]; then
  exit 0 # already installed from this lock file
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "browser-npm: npm not found: axe-core not installed; the axe checks will be skipped" \
    "(install Node.js and npm, e.g. apt-get install -y npm)." >&2
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$out/"
if ! (cd "$out" && npm ci --prefer-offline --no-audit --no-fund --ignore-scripts \
  --loglevel=error >/dev/null); then
  rm -f "$out/package-lock.json"
  echo "browser-npm: npm ci failed: axe-core not installed; the axe checks will be skipped." >&2
  exit 0
fi
echo "browser-npm: installed axe-core $(cd "$out" && node -p "require('axe-core/package.json').version" 2>/dev/null || echo '?') into $out"
