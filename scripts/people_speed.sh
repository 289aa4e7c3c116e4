#!/bin/sh
# Speed of `extract --faces all` on two_faces.mp4 (two people, 640x240, 205 frames) against
# `extract` on a one-person video of the same size and length (julia_roberts' first 205 frames,
# padded with black to 640 wide, the composites' x264 settings), made in a temporary folder.
# Usage: scripts/people_speed.sh [BINARY] [SHARED_DIR]   (docs/parity.md, "Every face")
set -eu
BIN=${1:-target/release/pyfaceau-rs}
SHARED=${2:-../shared}
M=$SHARED/models/openface-2.2
V=$SHARED/testdata/videos
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ffmpeg -v error -y -i "$V/1192_01_006_julia_roberts.avi" \
  -filter_complex "[0:v]trim=end_frame=205,setpts=PTS-STARTPTS,pad=640:240:0:0:black[v]" -map "[v]" \
  -an -c:v libx264 -preset medium -crf 18 -pix_fmt yuv420p "$TMP/one_face_640.mp4"
for run in 1 2 3; do
  for args in "$TMP/one_face_640.mp4 -o $TMP/one.csv" "$V/two_faces.mp4 -o $TMP/two.csv --faces all"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak RSS  <- extract $args" \
      "$BIN" extract -q --models "$M" $args
  done
done
