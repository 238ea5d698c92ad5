#!/usr/bin/env bash
# Runs the NSIS installer's logic under Wine (run by packaging/test_packages.sh):
#
#   bash packaging/windows/test_wine.sh
#
# Builds packaging/windows/mgdesk.nsi for 64-bit Windows around a stand-in
# bundle (empty mgdesk.exe and mgdesk-cli.exe, the bundle's folders, a licence
# text and an SBOM), then in a fresh Wine prefix checks: a silent per-user
# install into %LOCALAPPDATA%\Programs\mgdesk with mgdesk-cli.exe beside
# mgdesk.exe, the Start-menu shortcut and the Add/Remove Programs entry; a
# silent uninstall that removes all of it and keeps the user's database; and
# the same for /AllUsers (Program Files, the all-users Start menu, HKLM).
# Debian's wine64 runs 64-bit programs only, hence the amd64 target; the real
# installer (32-bit stub) is built and run on Windows by the workflow.
# Ends with "wine: N passed, N failed".
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"
passed=0
failed=0
check() {  # check NAME COMMAND...: run, count, say
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   - wine: $name"; else failed=$((failed + 1)); echo "FAIL - wine: $name"; fi
}
finish() { echo "wine: $passed passed, $failed failed"; [ "$failed" = 0 ]; exit $?; }

wine=/usr/lib/wine/wine64
if [ ! -x "$wine" ]; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wine64 >/dev/null
  fi
  [ -x "$wine" ] || { echo "wine64 is not installed (apt-get install wine64)"; exit 1; }
fi
work=$(mktemp -d)
trap 'WINEPREFIX="$work/prefix" /usr/lib/wine/wineserver -k 2>/dev/null; rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' mgdesk/__init__.py)

bundle=$work/bundle
mkdir -p "$bundle/_internal/mgdesk" "$bundle/licenses/pyside6-essentials"
: >"$bundle/mgdesk.exe"
: >"$bundle/mgdesk-cli.exe"
: >"$bundle/_internal/python312.dll"
cp resources/licenses/LGPL-3.0.txt "$bundle/licenses/pyside6-essentials/"
echo '{"bomFormat": "CycloneDX"}' >"$bundle/sbom.cdx.json"
check "the installer compiles for 64-bit Windows (makensis -WX)" \
  makensis -WX -V1 "-XTarget amd64-unicode" "-DVERSION=$version" "-DBUNDLE=$bundle" \
  "-DOUTFILE=$work/mgdesk-setup.exe" packaging/windows/mgdesk.nsi
[ -f "$work/mgdesk-setup.exe" ] || finish

started=$(date +%s)
"$wine" wineboot -i >/dev/null 2>&1
/usr/lib/wine/wineserver -w
echo "     wine prefix made in $(($(date +%s) - started)) s"
c=$WINEPREFIX/drive_c
user=$(id -un)
run() { "$wine" "$@" >/dev/null 2>&1; local status=$?; /usr/lib/wine/wineserver -w; return "$status"; }
key='Software\Microsoft\Windows\CurrentVersion\Uninstall\mgdesk'
registry_has() { "$wine" reg query "$1\\$key" /v "$2" 2>/dev/null | tr -d '\r' | grep -q "$3"; }
registry_lacks() { ! "$wine" reg query "$1\\$key" >/dev/null 2>&1; }

# The user's own database, which no uninstall may touch.
database="$c/users/$user/AppData/Roaming/mgdesk/mgdesk.sqlite3"
mkdir -p "$(dirname "$database")" && echo "the user's database" >"$database"

# Per user (the default).
target="$c/users/$user/AppData/Local/Programs/mgdesk"
menu="$c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/mgdesk.lnk"
check "silent per-user install (/S) exits 0" run "$work/mgdesk-setup.exe" /S
check "per-user install location is %LOCALAPPDATA%\\Programs\\mgdesk" test -f "$target/mgdesk.exe"
check "mgdesk-cli.exe is beside mgdesk.exe" test -f "$target/mgdesk-cli.exe"
check "the licence texts and the SBOM are installed" test -f "$target/licenses/pyside6-essentials/LGPL-3.0.txt" -a -f "$target/sbom.cdx.json"
check "the Start-menu shortcut is in the user's menu" test -f "$menu"
check "the Add/Remove Programs entry is in HKCU" registry_has HKCU DisplayVersion "$version"
check "the entry names a quiet uninstaller" registry_has HKCU QuietUninstallString 'uninstall.exe" /S'
check "silent uninstall exits 0" run "$target/uninstall.exe" /S
check "uninstall removes the install folder" test ! -e "$target"
check "uninstall removes the shortcut" test ! -e "$menu"
check "uninstall removes the Add/Remove Programs entry" registry_lacks HKCU
check "uninstall keeps the user's database" grep -q "the user's database" "$database"

# All users.
target="$c/Program Files/mgdesk"
menu="$c/ProgramData/Microsoft/Windows/Start Menu/Programs/mgdesk.lnk"
check "silent all-users install (/S /AllUsers) exits 0" run "$work/mgdesk-setup.exe" /S /AllUsers
check "/AllUsers installs into Program Files" test -f "$target/mgdesk.exe" -a -f "$target/mgdesk-cli.exe"
check "/AllUsers puts the shortcut in the all-users menu" test -f "$menu"
check "/AllUsers writes the entry in HKLM, not HKCU" registry_has HKLM DisplayVersion "$version"
check "/AllUsers leaves HKCU alone" registry_lacks HKCU
check "all-users silent uninstall exits 0" run "$target/uninstall.exe" /S
check "all-users uninstall removes the folder, shortcut and entry" \
  bash -c '[ ! -e "$1" ] && [ ! -e "$2" ]' _ "$target" "$menu"
check "all-users uninstall removes the HKLM entry" registry_lacks HKLM
check "all-users uninstall keeps the user's database" grep -q "the user's database" "$database"
finish
