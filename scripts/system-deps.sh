#!/usr/bin/env bash
# Installs the system libraries Qt needs on a bare Debian/Ubuntu, and the tools the tests read
# PDFs and workbooks with (only when missing, only as root).
set -euo pipefail
needed=()
check() { ldconfig -p 2>/dev/null | grep -q "$1" || needed+=("$2"); }
check libGL.so.1 libgl1
check libEGL.so.1 libegl1
check libglib-2.0.so.0 libglib2.0-0
check libfontconfig.so.1 libfontconfig1
check libfreetype.so.6 libfreetype6
check libxkbcommon.so.0 libxkbcommon0
check libdbus-1.so.3 libdbus-1-3
check libX11.so.6 libx11-6
if [[ -n "${DISPLAY:-}" ]]; then
  check libxcb-cursor.so.0 libxcb-cursor0
  check libxkbcommon-x11.so.0 libxkbcommon-x11-0
  check libxcb-icccm.so.4 libxcb-icccm4
  check libxcb-keysyms.so.1 libxcb-keysyms1
fi
# The tests read PDFs back (Ghostscript, Poppler) and open workbooks in LibreOffice.
tools=()
command -v gs >/dev/null || tools+=(ghostscript)
command -v pdftotext >/dev/null || tools+=(poppler-utils)
command -v soffice >/dev/null || tools+=(libreoffice-calc-nogui)
command -v python3 >/dev/null || needed+=(python3 python3-venv)
python3 -c 'import venv, ensurepip' 2>/dev/null || needed+=(python3-venv)
[[ ${#needed[@]} -eq 0 && ${#tools[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installerar systempaket: ${needed[*]} ${tools[*]}"
  apt-get update -qq >/dev/null
  if [[ ${#needed[@]} -gt 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
  fi
  if [[ ${#tools[@]} -gt 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${tools[@]}" \
      >/dev/null
  fi
else
  echo "Saknade systempaket: ${needed[*]} ${tools[*]}. Installera dem (t.ex. sudo apt-get install ${needed[*]} ${tools[*]})." >&2
  exit 1
fi
