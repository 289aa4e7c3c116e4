#!/usr/bin/env bash
# The Python package's test (CI runs it through .ci/run): builds the wheel with maturin, installs
# it into a fresh venv with pandas, numpy, pytest and tqdm from PyPI, builds the CLI the tests
# compare against, and runs python/tests. Needs ../shared (or $PYFACEAU_SHARED) like
# scripts/test.sh. The venv is $PYFACEAU_VENV, else $CARGO_TARGET_DIR/python-venv (recreated).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps-debian.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
venv="${PYFACEAU_VENV:-$CARGO_TARGET_DIR/python-venv}"
wheels="$CARGO_TARGET_DIR/python-wheels"
rm -rf "$venv" "$wheels"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "maturin>=1.5,<2" pandas numpy pytest tqdm
cargo build --release --locked --bin pyfaceau-rs
(cd python && "$venv/bin/maturin" build --release --locked --out "$wheels")
"$venv/bin/pip" install --quiet --disable-pip-version-check "$wheels"/pyfaceau_rs-*.whl
# Run from the repository root so that the installed wheel, not python/pyfaceau_rs, is imported.
export PYFACEAU_CLI="$CARGO_TARGET_DIR/release/pyfaceau-rs"
"$venv/bin/python" -m pytest python/tests -q -p no:cacheprovider
