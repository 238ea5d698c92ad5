# Shared by packaging/dev.sh and packaging/build_deb.sh (sourced, not run):
# find a Python >= 3.12 on this machine, including pyenv installs its shims hide.

say() { printf 'mgdesk: %s\n' "$*" >&2; }

is_new_enough() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }

find_python() {
  local candidate
  if [ -n "${MGDESK_PYTHON:-}" ]; then
    is_new_enough "$MGDESK_PYTHON" && { echo "$MGDESK_PYTHON"; return; }
    say "MGDESK_PYTHON=$MGDESK_PYTHON is not Python >= 3.12"; exit 1
  fi
  for candidate in python3.12 python3.13 python3.14 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && is_new_enough "$candidate"; then
      command -v "$candidate"; return
    fi
  done
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
    if [ -x "$candidate" ] && is_new_enough "$candidate"; then echo "$candidate"; return; fi
  done
  say "no Python >= 3.12 found. On Debian: apt-get install python3.12 python3.12-venv (or set MGDESK_PYTHON)."
  exit 1
}
