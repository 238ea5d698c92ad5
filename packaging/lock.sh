#!/usr/bin/env bash
# Regenerates the hash-checked lock files from pyproject.toml (run it after
# changing a dependency; tests/core/test_lock.py says when it is due):
#
#   bash packaging/lock.sh
#
#   packaging/ci.lock     mgdesk's dependencies + the test extra: CI's .venv
#                         (packaging/dev.sh with MGDESK_LOCKED=1, as .ci/run sets)
#   packaging/build.lock  mgdesk's dependencies + the packaging extra (PyInstaller):
#                         the installer builds (packaging/build_deb.sh, the Windows workflow)
#
# Both are resolved for every platform (uv --universal) with the hash of every
# wheel and source archive, so pip --require-hashes refuses any file that
# differs from the one locked.  uv is a Python package, installed into its own
# venv (build/lock-venv) at a pinned version.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
# shellcheck source=packaging/python.sh
. "$here/packaging/python.sh"
uv_version=0.13.9
venv=build/lock-venv
if ! "$venv/bin/uv" --version 2>/dev/null | grep -q " $uv_version"; then
  rm -rf "$venv"
  "$(find_python)" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet "uv==$uv_version"
fi
# The [build-system] requirements are locked too, so that mgdesk itself is
# built with --no-build-isolation from hash-checked setuptools and wheel.
mkdir -p build
"$venv/bin/python" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))' \
  >build/build-system.in
for lock in ci=test build=packaging; do
  "$venv/bin/uv" pip compile pyproject.toml build/build-system.in --quiet --extra "${lock##*=}" --generate-hashes \
    --universal --python-version 3.12 --custom-compile-command "bash packaging/lock.sh" -o "packaging/${lock%%=*}.lock"
done
say "wrote packaging/ci.lock and packaging/build.lock"
