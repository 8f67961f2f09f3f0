# Sourced by the other scripts: puts the project's own tools first on PATH (scripts/bin: wasm-opt
# with its results kept, in front of npm's).
# shellcheck shell=bash
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PROJECT_ROOT
export PATH="$PROJECT_ROOT/scripts/bin:$PROJECT_ROOT/.tools/bin:$PROJECT_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
