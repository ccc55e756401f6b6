#!/usr/bin/env bash
# Installs what the project needs: a recent Node (see node-env.sh) and exactly the npm packages
# recorded in package-lock.json (npm ci: a lockfile that disagrees with package.json stops here, named,
# instead of being rewritten). Safe to run again; does nothing that is already done.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$root"
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "Đang cài các gói npm (Node $(node -v))…" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2 || {
    echo "npm ci thất bại: package-lock.json không khớp package.json hoặc không tải được gói." >&2
    echo "Nếu bạn vừa đổi package.json, chạy «npm install» rồi commit package-lock.json cùng lúc." >&2
    exit 1
  }
fi
