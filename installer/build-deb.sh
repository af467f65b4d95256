#!/usr/bin/env bash
# Wraps the PyInstaller folder dist/seminarkoll/ into dist/seminarkoll_VERSION_ARCH.deb:
# /opt/seminarkoll (the program), /usr/bin/seminarkoll, the desktop entry, AppStream metainfo
# and hicolor icons. Usage: installer/build-deb.sh [VERSION]   (run `make dist` instead)
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: build-deb.sh VERSION}
arch=$(dpkg --print-architecture)
bundle=dist/seminarkoll
[[ -x $bundle/seminarkoll ]] || { echo "build-deb.sh: $bundle/seminarkoll is missing; run PyInstaller first" >&2; exit 1; }
root=build/deb/seminarkoll
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$root/opt/seminarkoll"
ln -s /opt/seminarkoll/seminarkoll "$root/usr/bin/seminarkoll"
install -m 644 resources/linux/se.seminarkoll.Seminarkoll.desktop "$root/usr/share/applications/"
install -m 644 resources/linux/se.seminarkoll.Seminarkoll.metainfo.xml "$root/usr/share/metainfo/"
install -m 644 resources/icons/seminarkoll.svg "$root/usr/share/icons/hicolor/scalable/apps/"
for png in resources/icons/hicolor/*/apps/seminarkoll.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/$size/apps/seminarkoll.png"
done
installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: seminarkoll
Version: $version
Architecture: $arch
Maintainer: Seminarkoll <seminarkoll@localhost>
Installed-Size: $installed_size
Depends: libgl1, libegl1, libfontconfig1, libfreetype6, libxkbcommon0, libdbus-1-3, libglib2.0-0t64 | libglib2.0-0, libx11-6, libxcb-cursor0, libxkbcommon-x11-0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0
Section: education
Priority: optional
Description: Plan, run and follow up leadership-development seminar series
 Seminarkoll keeps cohorts, seminars, guest lecturers, participants and
 attendance for seminar series such as Ledare på lut in one SQLite file,
 in Swedish or English.
CONTROL
out=dist/seminarkoll_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$out" >/dev/null
echo "$out"
