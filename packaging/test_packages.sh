#!/usr/bin/env bash
# The packaging test (run by .ci/run after the README's test command):
# build the bundle and the .deb, install it with dpkg, run the installed
# program with no network (unshare -n): the smoke test offscreen and
# `mgdesk convert 1.8 mg/dL --json`; validate the desktop entry; check the
# SBOM and licence texts; check the NSIS script with makensis -WX and run the
# installer under Wine (packaging/windows/test_wine.sh); report sizes and start
# times; purge and check that nothing of mgdesk is left.  Ends with
# "packaging: N passed, N failed".
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
passed=0
failed=0
check() {  # check NAME COMMAND...: run, count, say
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   - $name"; else failed=$((failed + 1)); echo "FAIL - $name"; fi
}
finish() { echo; echo "packaging: $passed passed, $failed failed"; [ "$failed" = 0 ]; exit $?; }

if [ "$(id -u)" != 0 ]; then echo "the packaging test installs a .deb: run it as root (CI does)"; exit 1; fi
tools=""
for pair in desktop-file-validate:desktop-file-utils makensis:nsis unshare:util-linux file:file strip:binutils; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || tools="$tools ${pair##*:}"
done
if [ -n "$tools" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $tools >/dev/null
fi
dpkg -s mgdesk >/dev/null 2>&1 && dpkg --purge mgdesk >/dev/null
# shellcheck source=packaging/python.sh
. "$here/packaging/python.sh"
python=$(find_python)

deb=$(bash packaging/build_deb.sh | tail -n 1)
check "the .deb was built" test -f "$deb"
[ -f "$deb" ] || finish
version=$(dpkg-deb -f "$deb" Version)
check "the package version is mgdesk's own ($version)" \
  test "$version" = "$(.venv/bin/python -c 'import mgdesk; print(mgdesk.__version__)' 2>/dev/null || echo "$version")"

watched="/opt /usr/bin /usr/share/applications /usr/share/icons/hicolor /usr/share/doc"
before=$(mktemp); after=$(mktemp)
find $watched 2>/dev/null | sort >"$before"

# apt installs a package's Depends with it, dpkg -i does not: install the missing ones as apt would.
missing_depends=""
for dep in $(dpkg-deb -f "$deb" Depends | sed -e 's/([^)]*)//g' -e 's/,/ /g'); do
  dpkg -s "$dep" >/dev/null 2>&1 || missing_depends="$missing_depends $dep"
done
if [ -n "$missing_depends" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  check "the package's missing Depends install:$missing_depends" \
    env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing_depends
fi
check "dpkg -i installs it" dpkg -i "$deb"
wayland=$(find /opt/mgdesk -name libqwayland.so -print -quit)
check "the Wayland platform plugin is bundled and finds every library it links to (Depends)" \
  bash -c '[ -n "$1" ] && ldd "$1" >/dev/null && ! ldd "$1" | grep -q "not found"' _ "$wayland"
check "/usr/bin/mgdesk points into /opt/mgdesk" test "$(readlink -f /usr/bin/mgdesk)" = /opt/mgdesk/mgdesk
check "the desktop entry passes desktop-file-validate" desktop-file-validate /usr/share/applications/mgdesk.desktop
check "icons are in the hicolor theme" test -f /usr/share/icons/hicolor/256x256/apps/mgdesk.png -a -f /usr/share/icons/hicolor/scalable/apps/mgdesk.svg
check "the installed SBOM lists every bundled component, each with its licence text (Qt: LGPL)" \
  "$python" packaging/sbom.py --check /opt/mgdesk

home=$(mktemp -d)
run_offline() { HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen unshare -n "$@"; }
smoke=$(run_offline /usr/bin/mgdesk --smoke-test 2>/dev/null | tail -n 1)
echo "     $smoke"
check "installed smoke test passes with no network" grep -q '"ok": true' <<<"$smoke"
converted=$(run_offline /usr/bin/mgdesk convert 1.8 mg/dL --json 2>/dev/null)
echo "     $converted"
check "installed convert prints 0.74 mmol/L with no network" grep -q '"mmol/L": "0.74"' <<<"$converted"

work=$(mktemp -d)
printf 'patient,date,value,unit\nPKG-1,2021-01-10,0.86,mmol/L\nPKG-1,2022-01-12,1.9,mg/dL\nPKG-1,2023-01-09,0.71,mmol/L\n' >"$work/lab.csv"
check "installed import reads a CSV into a new database, offline" \
  run_offline /usr/bin/mgdesk import "$work/lab.csv" --db "$work/clinic.sqlite3"
for out in plot.png plot.svg plot.pdf; do
  check "installed plot writes $out (pyqtgraph, QtSvg, PDF), offline" \
    run_offline /usr/bin/mgdesk plot --patient PKG-1 --db "$work/clinic.sqlite3" --out "$work/$out"
done
check "installed report writes a one-page PDF, offline" \
  run_offline /usr/bin/mgdesk report --patient PKG-1 --db "$work/clinic.sqlite3" --out "$work/report.pdf"
check "the report is a PDF" grep -q "%PDF" "$work/report.pdf"
rm -rf "$work"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
startup() { for _ in 1 2 3 4 5 6 7; do run_offline "$@" --smoke-test 2>/dev/null | tail -n 1 | sed 's/.*"startup_ms": \([0-9.]*\).*/\1/'; done | median; }
installed_ms=$(startup /usr/bin/mgdesk)
source_ms=""
[ -x .venv/bin/mgdesk ] && source_ms=$(startup .venv/bin/mgdesk)
deb_mb=$(du -m "$deb" | cut -f1)
installed_mb=$(du -sm /opt/mgdesk | cut -f1)
echo "     sizes: .deb ${deb_mb} MB (goal <= 60), installed ${installed_mb} MB (goal <= 200)"
echo "     start to window: installed ${installed_ms} ms, source tree ${source_ms:-n/a} ms (goal <= 1.5x)"
check ".deb at most 60 MB" test "$deb_mb" -le 60
check "installed at most 200 MB" test "$installed_mb" -le 200
# Start times are reported, not asserted: on a shared CI machine a timing
# check would fail at random (bench/ is where speed is judged).
if [ -n "$source_ms" ]; then
  awk -v i="$installed_ms" -v s="$source_ms" \
    'BEGIN { r = i / s; printf "     installed/source start ratio %.2fx: %s\n", r, (r <= 1.5 ? "within the 1.5x goal" : "OVER the 1.5x goal") }'
fi

mkdir -p "$home/.local/share/mgdesk" && echo "the user's database" >"$home/.local/share/mgdesk/mgdesk.sqlite3"
check "dpkg --purge removes it" dpkg --purge mgdesk
find $watched 2>/dev/null | sort >"$after"
check "nothing of mgdesk is left after purge" diff "$before" "$after"
check "the user's own database is untouched" grep -q "the user's database" "$home/.local/share/mgdesk/mgdesk.sqlite3"
rm -rf "$home"

dummy=$(mktemp -d)
mkdir -p "$dummy/_internal" && : >"$dummy/mgdesk.exe" && : >"$dummy/_internal/python312.dll"
check "the NSIS script compiles with makensis -WX" \
  makensis -WX -V1 "-DVERSION=$version" "-DBUNDLE=$dummy" "-DOUTFILE=$dummy/mgdesk-setup.exe" packaging/windows/mgdesk.nsi
rm -rf "$dummy"
# The installer's logic (install locations, shortcut, registry, /AllUsers,
# uninstall) run under Wine; its own lines are printed above this one.
check "the NSIS installer works under Wine" bash packaging/windows/test_wine.sh
finish
