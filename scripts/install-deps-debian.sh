#!/usr/bin/env bash
# Installs the system libraries pyfaceau-rs builds against (Debian 12 package names): FFmpeg and
# OpenCV development files, clang/libclang (bindgen), pkg-config; and what the tests use: OpenBLAS
# (the numeric layer's emulations are checked against it), qemu-user (an emulated CPU without
# AVX), Slurm with MUNGE (scripts/slurm-test.sh runs a one-node cluster), and python3 with
# python3-venv for the Python package's test (scripts/python-test.sh; its abi3 extension needs no
# Python headers). Installs only what is missing, so a second run costs a second. Needs root (or
# sudo).
set -euo pipefail
packages=(
  pkg-config clang libclang-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libavdevice-dev libavfilter-dev ffmpeg
  libopencv-dev
  libopenblas-dev qemu-user
  libfontconfig-dev fonts-dejavu-core
  python3 python3-venv
  slurmctld slurmd slurm-client munge
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "installing: ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
