#!/usr/bin/env bash
# Times the built app against ../shared/bench/reference in the same browser run (first result,
# keystroke, twelve-scenario keystroke; medians of 9) and runs Lighthouse 12.2.3 on it, mobile
# and desktop. Not part of the test command; run it after scripts/test.sh, which builds dist/.
# Lighthouse goes to .tools/lighthouse, apart from the test tools in node_modules/.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$PROJECT_ROOT/scripts/setup.sh" --test
cd "$PROJECT_ROOT"
if [ ! -f .tools/lighthouse/node_modules/lighthouse/package.json ]; then
  echo "[bench] installing lighthouse 12.2.3 into .tools/lighthouse" >&2
  npm install --prefix .tools/lighthouse --no-audit --no-fund lighthouse@12.2.3 >&2
fi
[ -f dist/index.html ] || trunk build --release
exec node scripts/bench.mjs
