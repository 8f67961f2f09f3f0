#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   1. native unit, property and render tests (cargo test)
#   2. the release build and its size (fails above the budget), and a build in a second theme
#   3. publiccode.yml's keys
#   4. browser tests of the built app in headless Chromium
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$PROJECT_ROOT/scripts/setup.sh" --test
cd "$PROJECT_ROOT"

echo "== native tests: model, state, render"
cargo test --locked

echo "== release build"
trunk build --release

echo "== size"
node tests/size.mjs dist

echo "== release build in a second house style (the NL Design System's example theme)"
THEME_CSS=node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css THEME_CLASS=voorbeeld-theme \
  trunk build --release --dist target/themed-dist

echo "== the papers: publiccode.yml"
node --test tests/publiccode.test.mjs

echo "== browser tests"
# Every browser test file, found by its name: a new one cannot be left out.
# Two files at a time: a test mostly waits on the browser, and the two cores are otherwise half
# idle (one at a time took 2 min 13 s of the first run's 10 min).
node --test --test-concurrency=2 tests/browser/*.test.mjs
