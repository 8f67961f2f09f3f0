#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080 (rebuilds on change).
# Served exactly as published: Trunk's auto-reload script would break the page's
# Content-Security-Policy (scripts/post-build.mjs), so reload by hand after a change; the page
# offers the new version ("Nieuwe versie beschikbaar — herladen").
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$PROJECT_ROOT/scripts/setup.sh"
cd "$PROJECT_ROOT"
exec trunk serve --release --no-autoreload "$@"
