#!/usr/bin/env bash
# Sets up mgdesk from this checkout and runs it or its whole test suite.
#
#   bash packaging/dev.sh start [mgdesk arguments]   # set up, then start mgdesk
#   bash packaging/dev.sh test                       # set up, then ruff, mypy, import-linter, pytest
#
# Set-up: finds Python >= 3.12, creates or reuses .venv, installs mgdesk into it
# (again only when pyproject.toml changed), and checks the Debian libraries the
# Qt runtime needs: installs them when running as root, else names them.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
  start|test) ;;
  *) echo "usage: bash packaging/dev.sh start [ARGS...] | test" >&2; exit 2 ;;
esac

# shellcheck source=packaging/python.sh
. "$here/packaging/python.sh"

# Debian packages the Qt runtime loads.  Offscreen (tests, smoke test) needs the
# first list; a window on an X11 or Wayland desktop needs the second too.
qt_offscreen_pkgs="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core"
qt_desktop_pkgs="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libwayland-client0 libwayland-cursor0"

ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian system: make sure Qt 6's runtime libraries are installed"; return; }
  local wanted="$qt_offscreen_pkgs" missing="" pkg
  [ "$mode" = start ] && wanted="$wanted $qt_desktop_pkgs"
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian packages:$missing"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    say "missing Debian packages the Qt runtime needs:$missing"
    say "install them with: sudo apt-get install$missing"
    exit 1
  fi
}

# The tests start a throw-away PostgreSQL server of their own (tests/pg_server.py):
# Debian's server package provides initdb and pg_ctl.
ensure_postgresql() {
  [ "$mode" = test ] || return 0
  local initdb
  for initdb in /usr/lib/postgresql/*/bin/initdb; do [ -x "$initdb" ] && return; done
  command -v initdb >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian package: postgresql (for the clinic server tests)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  else
    say "the clinic server tests need PostgreSQL: sudo apt-get install postgresql"; exit 1
  fi
}

ensure_venv() {
  local python ver stamp want
  python=$(find_python)
  if [ ! -x .venv/bin/python ] || ! is_new_enough .venv/bin/python; then
    rm -rf .venv
    say "creating .venv with $python"
    if ! "$python" -m venv .venv >/dev/null 2>&1; then
      rm -rf .venv
      ver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python$ver-venv" >/dev/null
        "$python" -m venv .venv
      else
        say "$python cannot create a virtual environment: sudo apt-get install python$ver-venv"; exit 1
      fi
    fi
  fi
  # One install serves both commands (the test tools are small); it is redone
  # only when pyproject.toml (or, locked, the lock file) changes.  With
  # MGDESK_LOCKED=1 (CI) every package comes from packaging/ci.lock, each file
  # checked against its hash; the development install keeps pyproject's ranges.
  stamp=.venv/.mgdesk-installed
  if [ -n "${MGDESK_LOCKED:-}" ]; then
    want="locked $(cat pyproject.toml packaging/ci.lock | sha256sum | cut -d' ' -f1)"
  else
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  fi
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return
  if [ -n "${MGDESK_LOCKED:-}" ]; then
    say "installing the locked dependencies (packaging/ci.lock, hashes checked) and mgdesk into .venv"
    .venv/bin/python -m pip install --quiet --require-hashes --requirement packaging/ci.lock
    .venv/bin/python -m pip install --quiet --no-deps --no-build-isolation --editable .
  else
    say "installing mgdesk and its dependencies into .venv (once)"
    .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
    .venv/bin/python -m pip install --quiet --editable ".[test]"
  fi
  echo "$want" >"$stamp"
}

ensure_debian_packages
ensure_postgresql
ensure_venv
# The window's translations (.qm) are built, never committed; ~1 s, so every time.
.venv/bin/python packaging/translations.py build

if [ "$mode" = start ]; then
  exec .venv/bin/mgdesk "$@"
fi

export PATH="$here/.venv/bin:$PATH"
export QT_QPA_PLATFORM=offscreen
step() { printf '\n== %s\n' "$*"; }
step "ruff"; ruff check .; ruff format --check .
step "mypy (strict on domain, store, interchange, cli)"; mypy
step "import-linter"; lint-imports
step "pytest, Qt-free job (PySide6 and pyqtgraph made unimportable)"; python tests/run_qt_free.py
step "pytest, everything"; python -m pytest "$@"
