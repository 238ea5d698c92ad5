#!/usr/bin/env bash
# Builds dist/mgdesk_<version>_amd64.deb from this checkout:
#   bash packaging/build_deb.sh
# It makes its own build venv (build/pkg-venv, mgdesk installed as a normal
# package plus PyInstaller), builds the one-folder bundle, strips debug
# symbols from the libraries that carry them (never numpy's: stripping breaks
# it), renders the icons, and packs /opt/mgdesk, /usr/bin/mgdesk, the desktop
# entry and the hicolor icons with dpkg-deb.  Needs root only to apt-get what
# is missing (binutils for strip).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
# shellcheck source=packaging/python.sh
. "$here/packaging/python.sh"

need_tools() {
  local missing="" tool pkg
  for pair in strip:binutils dpkg-deb:dpkg; do
    tool=${pair%%:*}; pkg=${pair##*:}
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    say "the build needs:$missing (sudo apt-get install$missing)"; exit 1
  fi
}

need_tools
python=$(find_python)
venv=build/pkg-venv
if [ ! -x "$venv/bin/python" ]; then
  say "creating the build venv"
  "$python" -m venv "$venv"
fi
say "installing mgdesk (not editable) and PyInstaller into $venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip >/dev/null
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps . >/dev/null
"$venv/bin/python" -m pip install --quiet ".[packaging]" >/dev/null
version=$("$venv/bin/python" -c 'import mgdesk; print(mgdesk.__version__)')

say "rendering icons"
rm -rf build/icons
"$venv/bin/python" packaging/render_icons.py build/icons

say "building the one-folder bundle (PyInstaller)"
rm -rf build/pyinstaller dist/mgdesk
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/mgdesk.spec

# Debug symbols only (not the symbol tables strip=True removes), and never in
# numpy's folders.  Saves ~45 MB, mostly libpython and the Python extension modules.
while IFS= read -r -d '' lib; do
  if file -L "$lib" | grep -q "with debug_info"; then strip --strip-debug "$lib"; fi
done < <(find dist/mgdesk -type f -name '*.so*' -not -path '*/numpy*' -print0)

say "packing the .deb"
root=build/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/doc/mgdesk"
cp -a dist/mgdesk "$root/opt/mgdesk"
ln -s /opt/mgdesk/mgdesk "$root/usr/bin/mgdesk"
install -m 0644 packaging/linux/mgdesk.desktop "$root/usr/share/applications/mgdesk.desktop"
for png in build/icons/*x*/mgdesk.png; do
  size=$(basename "$(dirname "$png")")
  install -D -m 0644 "$png" "$root/usr/share/icons/hicolor/$size/apps/mgdesk.png"
done
install -D -m 0644 resources/icons/mgdesk.svg "$root/usr/share/icons/hicolor/scalable/apps/mgdesk.svg"
{
  echo "mgdesk $version - GPL-3.0-or-later."
  echo "Bundled software and licences: /opt/mgdesk/_internal/mgdesk/resources/licenses/THIRD-PARTY.md"
} > "$root/usr/share/doc/mgdesk/copyright"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_KB@/$installed_kb/" packaging/linux/control.in > "$root/DEBIAN/control"
install -m 0755 packaging/linux/postinst "$root/DEBIAN/postinst"
install -m 0755 packaging/linux/postrm "$root/DEBIAN/postrm"
chmod -R u+rwX,go+rX,go-w "$root"
mkdir -p dist
deb="dist/mgdesk_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
say "built $deb ($(du -h "$deb" | cut -f1), installed $((installed_kb / 1024)) MB)"
echo "$deb"
