#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to AUs for a sample video: installs the system
# libraries, builds pyfaceau-rs, installs OpenFace 2.2's models (from ../shared if present, else
# downloads them), runs `extract` on default.wmv and compares the result with C++ OpenFace's CSV:
# once with the built-in detector and tracker (the product), once on OpenFace's own landmarks
# (`--landmarks`, columns 1-139 of its per-stage dump), where the AU columns must be identical.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${PYFACEAU_SHARED:-$(cd .. && pwd)/shared}"
bash scripts/install-deps-debian.sh
if ! command -v cargo >/dev/null; then
  echo "error: cargo not found: install Rust from https://rustup.rs first" >&2
  exit 2
fi
cargo build --release --locked
bin="${CARGO_TARGET_DIR:-target}/release/pyfaceau-rs"

if [ -d "$shared/models/openface-2.2" ]; then
  "$bin" models fetch --from "$shared/models/openface-2.2"
else
  "$bin" models fetch
fi

video="$shared/testdata/videos/default.wmv"
reference="$shared/testdata/openface/default.csv"
mkdir -p out
"$bin" extract "$video" -o out/default.csv
echo
echo "== out/default.csv (built-in tracker) against C++ OpenFace 2.2's default.csv"
"$bin" compare out/default.csv "$reference"

awk -F, 'NR == 1 {
           printf "frame,success,confidence"
           for (i = 0; i < 68; i++) printf ",x_%d", i
           for (i = 0; i < 68; i++) printf ",y_%d", i
           printf "\n"
         }
         { line = $1; for (i = 2; i <= 139; i++) line = line "," $i; print line }' \
  "$shared/testdata/openface/default.stages.csv" > out/default.landmarks.csv
"$bin" extract "$video" -o out/default.given-landmarks.csv --landmarks out/default.landmarks.csv
echo
echo "== out/default.given-landmarks.csv (OpenFace's landmarks) against default.csv"
echo "   (gaze and pose are not computed from given landmarks, so only AUs and landmarks are checked)"
"$bin" compare out/default.given-landmarks.csv "$reference" --max-gaze-rad inf --max-rotation-rad inf --max-translation-mm inf
