#!/usr/bin/env bash
# End-to-end speed of `pyfaceau-rs extract` on the sample videos: frames/second and peak RSS
# (GNU time), whole process including model loading, with 1 worker thread (pinned to one core,
# like OpenFace's single-core figure in ../shared/testdata/README.md) and with all cores. Mode
# `tracked` (default) runs the whole pipeline; `landmarks` runs the back end alone on OpenFace's
# own landmarks (`--landmarks`). Prints a markdown table for docs/parity.md.
#   bash scripts/bench-fps.sh [--landmarks] [VIDEO_NAME ...]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${PYFACEAU_SHARED:-$(cd .. && pwd)/shared}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
cargo build --release --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/release/pyfaceau-rs"
mode=tracked
if [ "${1:-}" = "--landmarks" ]; then mode=landmarks; shift; fi
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(default 2015-10-15-15-14 0417_02_003_bill_clinton 1192_01_006_julia_roberts)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
cores=$(nproc)
echo "| video | mode | frames | threads | wall s | FPS | peak RSS MB |"
echo "|---|---|---|---|---|---|---|"
for name in "${names[@]}"; do
  video=$(ls "$shared/testdata/videos/$name".* | head -1)
  frames=$(($(wc -l < "$shared/testdata/openface/$name.csv") - 1))
  extra=()
  [ "$mode" = landmarks ] && extra=(--landmarks "$shared/testdata/openface/$name.csv")
  for threads in 1 "$cores"; do
    pin=()
    [ "$threads" = 1 ] && command -v taskset >/dev/null && pin=(taskset -c 0)
    /usr/bin/time -f "%e %M" -o "$out/time" env OPENBLAS_NUM_THREADS=1 "${pin[@]}" \
      "$bin" extract --quiet --threads "$threads" --models "$shared/models/openface-2.2" \
      "$video" -o "$out/aus.csv" "${extra[@]}"
    read -r wall rss < "$out/time"
    awk -v n="$name" -v m="$mode" -v f="$frames" -v t="$threads" -v w="$wall" -v r="$rss" \
      'BEGIN { printf "| %s | %s | %d | %d | %.2f | %.0f | %.0f |\n", n, m, f, t, w, f / w, r / 1024 }'
  done
done
