#!/usr/bin/env bash
# Starts what `make dist` built: the PyInstaller folder and the unpacked .deb each run
# `--version`, `demo --db` into a temporary file, and open the window offscreen for a few
# seconds (it must still be running). Usage: installer/check-dist.sh   (run `make dist-check`)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen SEMINARKOLL_CONFIG_DIR=$work/config
window_seconds=${WINDOW_SECONDS:-5}

check() {
  local program=$1 label=$2 db=$work/$2.sqlite3 version code
  version=$("$program" --version)
  [[ $version == "Seminarkoll "* ]] || { echo "$label: --version printed '$version'" >&2; return 1; }
  "$program" demo --db "$db" >/dev/null
  "$program" status --cohort 1 --db "$db" | grep -q . || { echo "$label: status is empty" >&2; return 1; }
  code=0
  timeout "$window_seconds" "$program" --db "$db" 2>"$work/$label.err" || code=$?
  [[ $code -eq 124 ]] || { cat "$work/$label.err" >&2; echo "$label: the window exited after less than ${window_seconds}s (code $code)" >&2; return 1; }
  ! grep -q "Traceback" "$work/$label.err" || { cat "$work/$label.err" >&2; return 1; }
  # PostgreSQL's driver is bundled: an unreachable server is refused, not a missing driver.
  code=0
  "$program" --db postgresql://nobody@127.0.0.1:1/x list 2>"$work/$label.err" || code=$?
  [[ $code -eq 2 ]] && grep -q "tar inte emot anslutningar" "$work/$label.err" \
    || { cat "$work/$label.err" >&2; echo "$label: PostgreSQL's driver is missing" >&2; return 1; }
  echo "$label: $version; demo loaded; window open for ${window_seconds}s; PostgreSQL driver present"
}

check dist/seminarkoll/seminarkoll "folder"
deb=$(ls dist/seminarkoll_*.deb)
dpkg-deb -x "$deb" "$work/deb"
[[ -L $work/deb/usr/bin/seminarkoll ]] || { echo "deb: /usr/bin/seminarkoll is missing" >&2; exit 1; }
check "$work/deb/opt/seminarkoll/seminarkoll" "deb"
echo "bundle: $(du -sh dist/seminarkoll | cut -f1) folder, $(du -h "$deb" | cut -f1) .deb"
