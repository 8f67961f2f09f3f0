#!/usr/bin/env bash
# Installs what the project needs and this machine lacks. Safe to run again: it installs only
# what is missing. Cargo tools go to .tools/, npm tools to node_modules/ (both in the project);
# only Chromium (for the tests) comes from Debian's packages. The recipes are those of
# ../shared/TOOLCHAIN.md: several obvious alternatives fail on these machines.
#
#   scripts/setup.sh          what building and serving need
#   scripts/setup.sh --test   and what the tests need (Chromium)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"

say() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The build tools are compiled once, for this machine, without link-time optimisation and in
# 16 parts: Trunk unoptimised (opt-level 0), wasm-bindgen-cli at opt-level 1. On a 2-core machine
# Trunk took 7-11 minutes to compile with its own release profile, 3.4 at opt-level 1 and 2.2 at
# 0, and builds the page as fast (it waits for cargo and wasm-opt: 35-37 s either way);
# wasm-bindgen-cli took 2.5-4 minutes and 1.4 at opt-level 1, and processes our 2.2 MB module in
# 0.16 s against 0.13.
quick() {
  local level=$1
  shift
  CARGO_PROFILE_RELEASE_OPT_LEVEL=$level CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_DEBUG=0 "$@"
}

# The installs below run side by side and are awaited together: the two tools' builds each
# leave a core idle in their serial stretches (proc macros, the final link), and npm waits on
# the network. Measured on a fresh clone: 10 min 22 s one after another.
pids=()

# Trunk 0.22 needs a newer rustc; 0.21 compiles only with --locked.
if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  say "installing trunk 0.21.14 (takes a few minutes)"
  # Without default features: no TLS stack (offline = true never downloads), and faster to build.
  quick 0 cargo install trunk --version 0.21.14 --locked --no-default-features --root .tools &
  pids+=($!)
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock, or Trunk tries to download one.
# Without --locked: with it, the install fails to resolve webpki-roots.
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen (takes a few minutes)"
  quick 1 cargo install wasm-bindgen-cli --version "$bindgen" --root .tools &
  pids+=($!)
fi

# wasm-opt from npm's binaryen (Debian's is too old); playwright-core, puppeteer-core (it drives
# Debian's Firefox ESR over WebDriver BiDi, with no download) and axe-core for the browser tests.
if ! npm ls --depth=0 >/dev/null 2>&1 || [ ! -x node_modules/.bin/wasm-opt ]; then
  say "installing npm tools (binaryen, terser, playwright-core, puppeteer-core, axe-core, yaml)"
  npm ci --no-audit --no-fund &
  pids+=($!)
fi

# The browser tests: Chromium, Firefox ESR (a smoke test of what browsers do differently:
# workers, the service worker), and pdftotext/pdfinfo to read the printed report. The
# spreadsheet's test: LibreOffice Calc without its user interface, the engine that recalculates
# the business case's formulas (without its recommended extras: 56 packages, about 88 MB, 13 s
# to install here).
if [ "${1:-}" = "--test" ]; then
  missing=""
  command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
  command -v firefox-esr >/dev/null 2>&1 || missing="$missing firefox-esr"
  command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
  calc=""
  command -v soffice >/dev/null 2>&1 || calc="libreoffice-calc-nogui"
  if [ -n "$missing$calc" ]; then
    say "installing from Debian's packages:$missing $calc"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update
    if [ -n "$missing" ]; then
      # shellcheck disable=SC2086
      $sudo apt-get install -y $missing
    fi
    if [ -n "$calc" ]; then
      $sudo apt-get install -y --no-install-recommends "$calc"
    fi
  fi
fi

# Each install's own status: a failed one stops the script here (set -e).
for pid in "${pids[@]}"; do
  wait "$pid"
done
