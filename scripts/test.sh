#!/usr/bin/env bash
# npm test: installs what is missing (Node, npm packages, Debian's Chromium and nginx), then runs every
# check and test: content and types, lint and format, unit tests, builds of every unit (one under /nq57/),
# deploy/nginx/ served by nginx over the builds, size budgets, and end-to-end tests with accessibility
# checks in a real browser.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/node-env.sh

if ! command -v "${CHROME_PATH:-chromium}" >/dev/null 2>&1; then
  echo "Đang cài Chromium của Debian cho kiểm thử trình duyệt…" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y chromium >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y chromium >/dev/null; }
fi
# The nginx test runs its own nginx on a free port; a system nginx the package may start is left alone.
if [ ! -x /usr/sbin/nginx ]; then
  echo "Đang cài nginx của Debian cho kiểm thử cấu hình máy chủ…" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y nginx >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y nginx >/dev/null; }
fi

step() { printf '\n▶ %s\n' "$*"; }

# A command run beside the steps that follow (each of those leaves a core idle some of the time): `beside` starts
# it with its output kept aside, `collect` waits for it, prints that output and returns its exit status.
declare -A beside_pid=() beside_log=()
beside() {
  local name=$1
  shift
  beside_log[$name]="$(mktemp)"
  "$@" >"${beside_log[$name]}" 2>&1 &
  beside_pid[$name]=$!
}
collect() {
  local status=0
  wait "${beside_pid[$1]}" || status=$?
  cat "${beside_log[$1]}"
  return "$status"
}
trap 'kill "${beside_pid[@]}" 2>/dev/null || true; rm -f "${beside_log[@]}"' EXIT

# ESLint and Prettier (one core) beside the content and type check (the other); their report follows the check's.
beside lint sh -c 'eslint . --max-warnings=0 && prettier --check . >/dev/null && echo "✓ Prettier: mọi tệp đúng định dạng."'

step "Nội dung và kiểu (npm run check)"
node scripts/check.ts

step "ESLint và Prettier"
collect lint

step "Kiểm thử đơn vị và dòng lệnh (Vitest)"
vitest run

step "Dựng trang cho mọi đơn vị"
node scripts/build-test-sites.ts

step "Ngân sách dung lượng"
node scripts/budget-test-sites.ts

# The after-build tests (nginx over the builds, every npm script and a new unit on clean copies) spend most of
# their time waiting for servers and builds: they run beside Playwright, their report printed after its own.
beside after-build vitest run --config vitest.after-build.config.ts

step "Kiểm thử đầu cuối và trợ năng (Playwright, Chromium)"
playwright_status=0
playwright test || playwright_status=$?

step "nginx trên bản dựng (deploy/nginx/), mọi lệnh npm và một đơn vị mới (npm run new -- don-vi) trên bản sao sạch"
collect after-build
exit "$playwright_status"
