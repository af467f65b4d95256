#!/usr/bin/env bash
# Soak the attendance matrix under Xvfb: 1,000 mouse-wheel steps and 100 window resizes, driven by xdotool.
# Usage: bash scripts/soak_matrix.sh [SEMINARKOLL_BIN]   (exit 0 when the app is still running at the end)
# Options (environment): SOAK_SETTLE seconds to wait for the window to load (default 15),
# SOAK_SHOT a PNG path for a screenshot of the matrix before the soak.
set -euo pipefail
bin=${1:-.venv/bin/seminarkoll}
work=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" demo --db "$work/soak.sqlite3" >/dev/null
export DISPLAY=:$(( 150 + RANDOM % 50 ))
Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
unset QT_QPA_PLATFORM
"$bin" --db "$work/soak.sqlite3" 2>"$work/stderr" & app=$!
window=""
for _ in $(seq 60); do
  window=$(xdotool search --pid "$app" --onlyvisible --name Seminarkoll 2>/dev/null | head -1 || true)
  [[ -n $window ]] && break
  sleep 0.5
done
[[ -n $window ]] || { echo "no window"; cat "$work/stderr"; exit 1; }
sleep ${SOAK_SETTLE:-15}
xdotool windowfocus --sync "$window" windowsize --sync "$window" 1300 800 windowmove "$window" 0 0
xdotool key --window "$window" ctrl+shift+m
sleep 2
[[ -n ${SOAK_SHOT:-} ]] && import -window root "$SOAK_SHOT"
xdotool mousemove 700 450
for i in $(seq 500); do xdotool click 5; xdotool click 4; done
echo "scrolled 1000 steps; alive: $(kill -0 $app 2>/dev/null && echo yes || echo no)"
for i in $(seq 50); do
  xdotool windowsize "$window" 900 600; xdotool windowsize "$window" 1500 950
done
sleep 1
if kill -0 "$app" 2>/dev/null; then
  echo "resized 100 times; the app is still running"
else
  echo "the app died:"; cat "$work/stderr"; exit 1
fi
