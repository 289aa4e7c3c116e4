#!/usr/bin/env bash
# End-to-end speed of `pyfaceau-rs extract` on the sample videos: frames/second and peak RSS
# (GNU time), whole process including model loading, with 1 worker thread (pinned to one core)
# and with all cores, best of N runs. Mode `tracked` (default) runs the whole pipeline;
# `--landmarks` runs the back end alone on OpenFace's own landmarks.
#
# Absolute FPS moves a lot between machines, so compare versions side by side in one run:
# `--baseline BIN` runs another build (e.g. main before a change, built in a worktree) interleaved
# with this one and prints the ratios of wall time and of peak RSS. `--portable` adds a row with
# `PYFACEAU_CPU=portable`. A VIDEO may be a name under testdata/videos or a path (frames are then
# counted from the output CSV).
#
# Start-up first: the whole process on a one-frame black 640x480 video (made here with ffmpeg),
# median of max(N, 5) runs, ours and the baseline interleaved, with peak RSS; `--startup-only`
# stops there.
# Prints markdown tables for docs/parity.md.
#   bash scripts/bench-fps.sh [--landmarks] [--baseline BIN] [--portable] [--runs N] [--startup-only] [VIDEO ...]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${PYFACEAU_SHARED:-$(cd .. && pwd)/shared}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
cargo build --release --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/release/pyfaceau-rs"
mode=tracked
baseline=""
portable=0
runs=3
startup_only=0
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --landmarks) mode=landmarks ;;
    --baseline) baseline="$2"; shift ;;
    --portable) portable=1 ;;
    --runs) runs="$2"; shift ;;
    --startup-only) startup_only=1 ;;
    *) names+=("$1") ;;
  esac
  shift
done
[ ${#names[@]} -gt 0 ] || names=(default 2015-10-15-15-14 0417_02_003_bill_clinton 1192_01_006_julia_roberts)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
cores=$(nproc)

# Best wall time (and its peak RSS) of `runs` runs: "<seconds> <kB>".
best_of() {
  local label=$1; shift
  local best="" best_rss=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/time.$label" "$@" >/dev/null
    read -r wall rss < "$out/time.$label"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$wall; best_rss=$rss
    fi
  done
  echo "$best $best_rss"
}

# Median of the numbers on stdin.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Start-up: one black 640x480 frame, whole process.
if command -v ffmpeg >/dev/null; then
  ffmpeg -loglevel error -f lavfi -i color=black:s=640x480:d=0.04 -frames:v 1 "$out/black.mp4"
  srun=$(( runs > 5 ? runs : 5 ))
  : > "$out/s.ours"; : > "$out/s.base"
  for _ in $(seq "$srun"); do
    for who in ours base; do
      b=$bin; [ "$who" = base ] && b=$baseline
      [ -z "$b" ] && continue
      /usr/bin/time -f "%e %M" -o "$out/t" "$b" extract --quiet --threads 1 \
        --models "$shared/models/openface-2.2" "$out/black.mp4" -o "$out/black.csv" >/dev/null
      cat "$out/t" >> "$out/s.$who"
    done
  done
  sw=$(cut -d' ' -f1 < "$out/s.ours" | median); sr=$(cut -d' ' -f2 < "$out/s.ours" | median)
  echo "| start-up (one black 640x480 frame, median of $srun) | wall s | peak RSS MB |"
  echo "|---|---|---|"
  awk -v w="$sw" -v r="$sr" 'BEGIN { printf "| this build | %.3f | %.0f |\n", w, r / 1024 }'
  if [ -n "$baseline" ]; then
    bw=$(cut -d' ' -f1 < "$out/s.base" | median); br=$(cut -d' ' -f2 < "$out/s.base" | median)
    awk -v w="$bw" -v r="$br" 'BEGIN { printf "| baseline | %.3f | %.0f |\n", w, r / 1024 }'
    awk -v w="$sw" -v b="$bw" -v r="$sr" -v q="$br" \
      'BEGIN { printf "| baseline / this build | %.2f | %.2f |\n", b / w, q / r }'
  fi
  echo
else
  echo "(no ffmpeg: start-up not measured)" >&2
fi
[ "$startup_only" = 1 ] && exit 0

header="| video | mode | frames | threads | wall s | FPS | peak RSS MB |"
[ -n "$baseline" ] && header="$header baseline wall s | baseline FPS | wall ratio | baseline peak RSS MB | RSS ratio |"
[ "$portable" = 1 ] && header="$header portable FPS |"
echo "$header"
echo "$header" | sed 's/[^|]*/---/g; s/^---//; s/---$//'
for name in "${names[@]}"; do
  if [ -f "$name" ]; then
    video=$name; name=$(basename "$name")
    frames=""
  else
    video=$(ls "$shared/testdata/videos/$name".* | head -1)
    frames=$(($(wc -l < "$shared/testdata/openface/$name.csv") - 1))
  fi
  extra=()
  [ "$mode" = landmarks ] && extra=(--landmarks "$shared/testdata/openface/$name.csv")
  for threads in 1 "$cores"; do
    pin=()
    [ "$threads" = 1 ] && command -v taskset >/dev/null && pin=(taskset -c 0)
    args=(extract --quiet --threads "$threads" --models "$shared/models/openface-2.2" "$video" -o "$out/aus.csv" "${extra[@]}")
    # Interleave the builds run by run so that load changes hit both alike.
    ours="" base="" port=""
    for _ in $(seq "$runs"); do
      r=$(runs=1 best_of ours env "${pin[@]}" "$bin" "${args[@]}")
      ours=$(printf '%s\n%s\n' "$ours" "$r" | sed '/^$/d' | sort -n | head -1)
      if [ -n "$baseline" ]; then
        r=$(runs=1 best_of base env "${pin[@]}" "$baseline" "${args[@]}")
        base=$(printf '%s\n%s\n' "$base" "$r" | sed '/^$/d' | sort -n | head -1)
      fi
    done
    if [ "$portable" = 1 ]; then
      port=$(runs=1 best_of port env PYFACEAU_CPU=portable "${pin[@]}" "$bin" "${args[@]}")
    fi
    read -r wall rss <<< "$ours"
    [ -z "$frames" ] && frames=$(($(wc -l < "$out/aus.csv") - 1))
    line=$(awk -v n="$name" -v m="$mode" -v f="$frames" -v t="$threads" -v w="$wall" -v r="$rss" \
      'BEGIN { printf "| %s | %s | %d | %d | %.2f | %.1f | %.0f |", n, m, f, t, w, f / w, r / 1024 }')
    if [ -n "$baseline" ]; then
      read -r bwall brss <<< "$base"
      line="$line$(awk -v f="$frames" -v w="$wall" -v b="$bwall" -v r="$rss" -v q="$brss" \
        'BEGIN { printf " %.2f | %.1f | %.3f | %.0f | %.2f |", b, f / b, b / w, q / 1024, q / r }')"
    fi
    if [ "$portable" = 1 ]; then
      read -r pwall _ <<< "$port"
      line="$line$(awk -v f="$frames" -v p="$pwall" 'BEGIN { printf " %.1f |", f / p }')"
    fi
    echo "$line"
  done
done
