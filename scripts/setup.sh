#!/usr/bin/env bash
# Installs what the project needs: a recent Node (see node-env.sh) and the npm packages
# recorded in package-lock.json. Safe to run again; does nothing that is already done.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$root"
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "Đang cài các gói npm (Node $(node -v))…" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
fi
