#!/usr/bin/env bash
# The project's test command (README "Run the tests"; CI runs it through .ci/run): installs the
# system libraries a fresh Debian 12 machine lacks, then runs every test, parity tests included.
# The parity tests read OpenFace 2.2's models and reference output from ../shared (or from
# $PYFACEAU_SHARED).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps-debian.sh
cargo test --locked -- --nocapture
