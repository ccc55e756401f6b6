#!/usr/bin/env bash
# npm start: installs what is missing, builds the site for SITE_UNIT (default hong-bang) and serves
# it at http://localhost:4321 (PORT to change it; plus SITE_BASE when set). Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/node-env.sh
port="${PORT:-4321}"
export SITE_URL="${SITE_URL:-http://localhost:$port}"
astro build
echo "Trang chạy tại http://localhost:$port${SITE_BASE:-/} — dừng bằng Ctrl+C."
exec astro preview --port "$port" --ignore-lock
