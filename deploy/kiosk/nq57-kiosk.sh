#!/usr/bin/env bash
# Starts Chromium in kiosk mode on one LED screen and keeps it there: restarts the browser when it exits,
# when its page crashed or shows an error, or when it no longer answers. Usage:
#   nq57-kiosk.sh <địa chỉ trang kiosk> [rộng] [cao]
#   nq57-kiosk.sh https://hongbang.haiphong.gov.vn/nq57/kiosk/man-hinh-ngang/ 1920 1080
# Runs as the screen's desktop user (see docs/van-hanh-man-hinh-led.md for the systemd service).
set -u
url="${1:?Cần địa chỉ trang kiosk, ví dụ https://.../kiosk/man-hinh-ngang/}"
width="${2:-1920}"
height="${3:-1080}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
profile="${XDG_STATE_HOME:-$HOME/.local/state}/nq57-kiosk"
port=9222
mkdir -p "$profile"

# No screen saver, no power saving: the schedule in the screen's file decides when it goes dark.
xset s off -dpms s noblank 2>/dev/null || true

start() {
  # A persistent profile (not --incognito): the service worker keeps the last good copy of the page in it.
  "$browser" --kiosk "$url" --user-data-dir="$profile" \
    --window-position=0,0 --window-size="$width,$height" \
    --noerrdialogs --disable-infobars --disable-session-crashed-bubble --hide-crash-restore-bubble \
    --disable-features=Translate,TranslateUI --disable-pinch --overscroll-history-navigation=0 \
    --autoplay-policy=no-user-gesture-required --check-for-update-interval=31536000 \
    --remote-debugging-address=127.0.0.1 --remote-debugging-port="$port" >/dev/null 2>&1 &
  pid=$!
}

healthy() {
  # The browser lists its open pages on the local debugging port: one must be the kiosk page, not an error.
  local pages
  pages="$(curl -fsS --max-time 5 "http://127.0.0.1:$port/json/list" 2>/dev/null)" || return 1
  grep -q '"url": *"[^"]*/kiosk/' <<<"$pages" && ! grep -q 'chrome-error://\|"url": *"about:blank"' <<<"$pages"
}

start
sleep 60
while true; do
  if ! kill -0 "$pid" 2>/dev/null || ! healthy; then
    echo "$(date -Is) Trình duyệt không chạy đúng trang kiosk: khởi động lại." >&2
    kill "$pid" 2>/dev/null
    sleep 5
    kill -9 "$pid" 2>/dev/null
    start
    sleep 60
  fi
  sleep 30
done
