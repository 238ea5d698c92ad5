#!/usr/bin/env bash
# Builds dist/mgdesk_<version>_amd64.deb from this checkout:
#   bash packaging/build_deb.sh
# It makes its own build venv (build/pkg-venv: every package from the
# hash-checked packaging/build.lock, then mgdesk itself as a normal package),
# builds the one-folder bundle, strips debug
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
  for pair in strip:binutils file:file dpkg-deb:dpkg git:git; do
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
# Reproducible builds: every file time in the package is the last commit's.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || true)}
[ -n "$SOURCE_DATE_EPOCH" ] || { say "not a git checkout: set SOURCE_DATE_EPOCH"; exit 1; }
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0  # PyInstaller's analysis, and any set iterated while building
python=$(find_python)
venv=build/pkg-venv
lock=packaging/build.lock
stamp="$venv/.locked-$(sha256sum "$lock" | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  say "creating the build venv from $lock (hashes checked)"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --require-hashes --requirement "$lock"
  touch "$stamp"
fi
say "installing mgdesk (not editable, no dependencies: they come from the lock) into $venv"
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps --no-build-isolation . >/dev/null
"$venv/bin/python" -m pip check >/dev/null || { say "the build venv does not satisfy mgdesk: bash packaging/lock.sh"; exit 1; }
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

# The bill of materials: cyclonedx-py lists the build venv, packaging/sbom.py
# keeps what the bundle really holds (plus the Python runtime and the system
# libraries it carries), copies each component's licence texts beside it and
# fails when one has none.
say "bill of materials and licence texts"
"$venv/bin/cyclonedx-py" environment --pyproject pyproject.toml --output-reproducible --output-format JSON \
  --output-file build/sbom-environment.cdx.json "$venv/bin/python"
"$venv/bin/python" packaging/sbom.py build/sbom-environment.cdx.json build/bundled.json dist/mgdesk

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
  echo "Bundled software: /opt/mgdesk/sbom.cdx.json (CycloneDX), with each component's licence texts"
  echo "in /opt/mgdesk/licenses/<component>/ (Qt: LGPL-3.0)."
} > "$root/usr/share/doc/mgdesk/copyright"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_KB@/$installed_kb/" packaging/linux/control.in > "$root/DEBIAN/control"
install -m 0755 packaging/linux/postinst "$root/DEBIAN/postinst"
install -m 0755 packaging/linux/postrm "$root/DEBIAN/postrm"
chmod -R u+rwX,go+rX,go-w "$root"
# Same commit, same bytes: every file time is the last commit's (dpkg-deb
# also takes its own timestamps from SOURCE_DATE_EPOCH).
find "$root" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +
mkdir -p dist
deb="dist/mgdesk_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
say "built $deb ($(du -h "$deb" | cut -f1), installed $((installed_kb / 1024)) MB)"
echo "$deb"
