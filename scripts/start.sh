#!/usr/bin/env bash
# npm start: installs what is missing, builds the site for SITE_UNIT (default hong-bang) and serves
# it at http://localhost:4321 (plus SITE_BASE when set). Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/node-env.sh
astro build
echo "Trang chạy tại http://localhost:4321${SITE_BASE:-/} — dừng bằng Ctrl+C."
exec astro preview --port 4321 --ignore-lock
