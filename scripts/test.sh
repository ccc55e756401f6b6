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

# ESLint and Prettier run beside the check (each uses one core); their report follows the check's.
lint_log="$(mktemp)"
trap 'rm -f "$lint_log"; kill "${lint_pid:-}" 2>/dev/null || true' EXIT
(eslint . --max-warnings=0 && prettier --check . >/dev/null && echo "✓ Prettier: mọi tệp đúng định dạng.") >"$lint_log" 2>&1 &
lint_pid=$!

step "Nội dung và kiểu (npm run check)"
node scripts/check.ts

step "ESLint và Prettier"
lint_status=0
wait "$lint_pid" || lint_status=$?
cat "$lint_log"
[ "$lint_status" -eq 0 ] || exit "$lint_status"

step "Kiểm thử đơn vị và dòng lệnh (Vitest)"
vitest run

step "Dựng trang cho mọi đơn vị"
node scripts/build-test-sites.ts

step "Ngân sách dung lượng"
node scripts/budget-test-sites.ts

# The after-build tests (nginx over the builds, every npm script and a new unit on clean copies) spend most of
# their time waiting for servers and builds: they run beside Playwright, their report printed after its own.
after_log="$(mktemp)"
trap 'rm -f "$lint_log" "$after_log"; kill "${after_pid:-}" 2>/dev/null || true' EXIT
vitest run --config vitest.after-build.config.ts >"$after_log" 2>&1 &
after_pid=$!

step "Kiểm thử đầu cuối và trợ năng (Playwright, Chromium)"
playwright_status=0
playwright test || playwright_status=$?

step "nginx trên bản dựng (deploy/nginx/), mọi lệnh npm và một đơn vị mới (npm run new -- don-vi) trên bản sao sạch"
after_status=0
wait "$after_pid" || after_status=$?
cat "$after_log"
[ "$playwright_status" -eq 0 ] || exit "$playwright_status"
exit "$after_status"
