#!/usr/bin/env bash
# Every test: type check, lint, layering (docs/decisions/0018), formatting, Vitest (unit + integration on a real PostgreSQL), then
# Playwright against the production build in Debian's Chromium.
# With no DATABASE_URL, runs against the embedded PostgreSQL (see README).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DATABASE_URL:-}" ]; then
  exec npx tsx scripts/with-database.ts bash scripts/test.sh
fi

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "--- installing Debian's Chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at $chromium: run 'sudo apt-get install chromium'," >&2
    echo "or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
    exit 1
  fi
fi

echo "--- prisma generate"; npm run --silent db:generate >/dev/null
echo "--- type check";      npx tsc --noEmit
echo "--- lint";            npx eslint --max-warnings=0 .
echo "--- layers";          npx depcruise app emails --config .dependency-cruiser.cjs
echo "--- format";          npx prettier --check .
# The build first: tests/integration/deploy-stop.test.ts runs the built site as production does.
echo "--- build";           npx remix build
echo "--- vitest";          npx vitest run
echo "--- playwright";      npx playwright test
