#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$PROJECT_ROOT/scripts/setup.sh"
cd "$PROJECT_ROOT"
exec trunk serve --release "$@"
