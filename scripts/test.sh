#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests need (Python packages
# of the interop tests in a project virtualenv, Debian packages when any are listed), builds,
# then runs the Rust tests and the interop tests against real RDF clients.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use, installed when missing (root in CI; sudo elsewhere).
# graphviz and a CJK font render the DOT export; chromium opens the HTML view; curl talks
# to the SPARQL endpoint; virtuoso-opensource (7.2: virtuoso-t, isql-vt) is the triple
# store tests/interop/test_virtuoso.py starts on loopback with a temporary database.
APT_PACKAGES=(graphviz fonts-noto-cjk chromium curl virtuoso-opensource)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r tests/interop/requirements.txt

cargo build --release --locked
cargo test --release --locked
.venv/bin/python -m pytest -q -c tests/interop/pytest.ini tests/interop
