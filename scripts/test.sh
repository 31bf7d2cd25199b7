#!/usr/bin/env bash
# Every test: type check, lint, layering (docs/decisions/0018), formatting, Vitest (unit + integration
# on a real PostgreSQL), then Playwright against the production build in Debian's Chromium.
# With no DATABASE_URL, runs against the embedded PostgreSQL (see README).
#
# The stages run side by side, as their inputs allow (docs/decisions/0020-a-twelve-minute-suite.md):
# the build first (seconds; Playwright and tests/integration/deploy-stop.test.ts run the built
# site), then the static checks, Vitest and Playwright together. Each stage writes to its own log,
# printed whole when the stage ends.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DATABASE_URL:-}" ]; then
  exec npx tsx scripts/with-database.ts bash scripts/test.sh
fi

# The journeys run in Debian's Chromium, or in CHROMIUM_PATH; playwright.config.ts launches it.
# (Not its headless shell: a page there once stopped producing animation frames, and a click
# waited for them until its journey's timeout: docs/decisions/0020.)
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "--- installing Debian's Chromium for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "The browser tests need Chromium at $CHROMIUM_PATH: run 'sudo apt-get install chromium'," >&2
  echo "or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
  exit 1
fi
if ! command -v java >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "--- installing Debian's Java for the Nu Html Checker"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "The Nu Html Checker (vnu-jar) needs Java: run 'sudo apt-get install default-jre-headless'." >&2
    exit 1
  fi
fi

logs=$(mktemp -d)
started=$(date +%s)
declare -A pids begun
failed=()

# start <name> <command...>: runs the command in the background, its output to its log.
start() {
  local name=$1
  shift
  begun[$name]=$(date +%s)
  echo "--- $name: started at +$(($(date +%s) - started)) s"
  "$@" >"$logs/$name.log" 2>&1 &
  pids[$name]=$!
}

# finish <name>: waits for the stage, prints its log and how long it took.
finish() {
  local name=$1 status=0
  wait "${pids[$name]}" || status=$?
  echo "--- $name: $([ $status = 0 ] && echo passed || echo "FAILED ($status)") in $(($(date +%s) - ${begun[$name]})) s"
  cat "$logs/$name.log"
  [ $status = 0 ] || failed+=("$name")
}

checks() {
  # Below the test stages in the scheduler: on two cores the browser journeys are the longest
  # stage, and the static checks have no deadline to keep (docs/decisions/0020).
  renice -n 10 -p "$BASHPID" >/dev/null 2>&1 || true
  echo "· type check" && npx tsc --noEmit || return 1
  echo "· lint" && npx eslint --max-warnings=0 . || return 1
  echo "· layers" && npx depcruise app emails --config .dependency-cruiser.cjs || return 1
  echo "· page weight (scripts per landing page, brotli KiB)" && npx tsx scripts/page-weight.ts --budget 100 || return 1
  echo "· format" && npx prettier --check .
}

echo "--- prisma generate"
npm run --silent db:generate >/dev/null

start build npm run -s build
finish build
start checks checks
if [ ${#failed[@]} = 0 ]; then
  start vitest nice -n 4 npx vitest run
  start playwright npx playwright test
fi
finish checks
if [ -n "${pids[vitest]:-}" ]; then finish vitest; fi
if [ -n "${pids[playwright]:-}" ]; then finish playwright; fi

echo "--- all stages: $(($(date +%s) - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "--- failed: ${failed[*]}" >&2
  exit 1
fi
