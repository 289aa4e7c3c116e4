#!/usr/bin/env bash
# A real Slurm job array on this machine. Installs Debian's Slurm and MUNGE when missing, starts
# munged, slurmctld and slurmd as a one-node cluster on localhost (configuration, state, sockets
# and logs in a temporary folder; no systemd, no cgroups), submits docs/slurm/extract-array.sbatch
# as --array=0-3 with one CPU per task over the public videos, waits, and checks that every
# video's CSV exists with the frames its manifest row reports, that the four manifests list every
# video exactly once as done, that each task ran one worker thread, and that every task exited 0.
# The daemons it started are stopped on every exit, failed or not.
#
#   bash scripts/slurm-test.sh [BINARY]
#
# BINARY: the pyfaceau-rs to run (default: cargo build --release, then
# $CARGO_TARGET_DIR/release/pyfaceau-rs). The models and videos come from ../shared (or
# $PYFACEAU_SHARED). Needs root: slurmd starts each job as the submitting user.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${PYFACEAU_SHARED:-$repo/../shared}
shared=$(cd "$shared" && pwd)
models=$shared/models/openface-2.2
videos=$shared/testdata/videos
script=$repo/docs/slurm/extract-array.sbatch
started=$(date +%s)

if [ "$(id -u)" -ne 0 ]; then
  echo "slurm-test: needs root (slurmd runs jobs as their user)" >&2
  exit 2
fi
if [ $# -ge 1 ]; then
  bin=$(realpath "$1")
else
  (cd "$repo" && cargo build --release --locked --quiet)
  bin=${CARGO_TARGET_DIR:-$repo/target}/release/pyfaceau-rs
  bin=$(realpath "$bin")
fi
[ -x "$bin" ] || { echo "slurm-test: no binary at $bin" >&2; exit 2; }

packages=(slurmctld slurmd slurm-client munge)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "slurm-test: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Everything lives here; munged wants every folder above its socket searchable by all.
tmp=$(mktemp -d /tmp/pyfaceau-slurm.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp"/{munge,run,state,spool,log,jobs}
chmod 700 "$tmp/munge"
export SLURM_CONF=$tmp/slurm.conf
pids=()
job=""

cleanup() {
  local status=$?
  set +e
  if [ -n "$job" ] && [ -n "$(squeue -h -j "$job" 2>/dev/null)" ]; then
    scancel "$job"
    for _ in $(seq 20); do
      [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break
      sleep 0.5
    done
  fi
  if [ "$status" -ne 0 ]; then
    echo "slurm-test: FAILED; logs in $tmp" >&2
    for f in "$tmp"/log/*.log "$tmp"/jobs/*.log; do
      [ -f "$f" ] && { echo "--- $f" >&2; tail -n 15 "$f" >&2; }
    done
  fi
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null
  done
  [ "$status" -eq 0 ] && rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port nobody listens on, from `from` upwards.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
  local seconds=$1
  shift
  for _ in $(seq $((seconds * 5))); do
    "$@" && return 0
    sleep 0.2
  done
  echo "slurm-test: timed out after ${seconds}s waiting for: $*" >&2
  return 1
}

# MUNGE with a key of its own, on a socket of its own.
mungekey --create --keyfile="$tmp/munge/munge.key"
munged --key-file="$tmp/munge/munge.key" --socket="$tmp/run/munge.socket" \
  --pid-file="$tmp/run/munged.pid" --log-file="$tmp/log/munged.log" \
  --seed-file="$tmp/munge/munged.seed"
wait_for 10 test -s "$tmp/run/munged.pid"
pids+=("$(cat "$tmp/run/munged.pid")")
wait_for 10 test -S "$tmp/run/munge.socket"

# One node: this host, with the CPUs and memory slurmd finds.
host=$(hostname -s)
node=$(slurmd -C | head -n 1)
cpus=$(sed -n 's/.* CPUs=\([0-9]*\).*/\1/p' <<< "$node")
memory=$(sed -n 's/.* RealMemory=\([0-9]*\).*/\1/p' <<< "$node")
ctld_port=$(free_port 16817)
slurmd_port=$(free_port $((ctld_port + 1)))
cat > "$SLURM_CONF" <<EOF
ClusterName=pyfaceau-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$tmp/run/munge.socket
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool/%n
SlurmctldPidFile=$tmp/run/slurmctld.pid
SlurmdPidFile=$tmp/run/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
# No cgroups (containers rarely delegate them): processes tracked by parentage, no CPU binding.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -D > "$tmp/log/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N "$host" > "$tmp/log/slurmd.out" 2>&1 &
pids+=($!)
node_idle() { [ "$(sinfo -h -n "$host" -o %T 2>/dev/null)" = idle ]; }
wait_for 60 node_idle
echo "slurm-test: node $host idle ($cpus CPUs, $memory MB), $(($(date +%s) - started)) s" >&2

# The public videos, through links, and the docs' script as an array of 4 one-CPU tasks.
mkdir -p "$tmp/videos"
count=0
for v in "$videos"/*; do
  ln -s "$v" "$tmp/videos/$(basename "$v")"
  count=$((count + 1))
done
out=$tmp/out
submitted=$(date +%s)
job=$(cd "$tmp/jobs" && PYFACEAU=$bin PYFACEAU_MODELS=$models \
  sbatch --parsable --array=0-3 --cpus-per-task=1 --mem=1G --time=30:00 \
    --output="$tmp/jobs/%A_%a.log" "$script" "$tmp/videos" "$out")
job=${job%%;*}
echo "slurm-test: submitted job array $job ($count videos)" >&2
array_done() { [ -z "$(squeue -h -j "$job" 2>/dev/null)" ]; }
wait_for 900 array_done
echo "slurm-test: array finished in $(($(date +%s) - submitted)) s" >&2

# Every task exited 0 and ran one worker thread (SLURM_CPUS_PER_TASK=1).
for k in 0 1 2 3; do
  state=$(scontrol -o show job "${job}_$k" | tr ' ' '\n' | grep -E '^(JobState|ExitCode)=' | tr '\n' ' ')
  [ "$state" = "JobState=COMPLETED ExitCode=0:0 " ] || { echo "slurm-test: task $k: $state" >&2; exit 1; }
  log=$tmp/jobs/${job}_$k.log
  grep -q "^shard $k/4: .*worker threads: 1$" "$log" || { echo "slurm-test: task $k: no 1-thread summary in $log" >&2; exit 1; }
  cat "$log" >&2
done

# The manifests: every video once, done, its CSV present with a header and `frames` rows.
for k in 0 1 2 3; do
  m=$out/manifest-$k.csv
  [ -f "$m" ] || { echo "slurm-test: no $m" >&2; exit 1; }
  [ "$(head -n 1 "$m")" = "input,output,status,frames,frames_with_face,seconds,error" ] \
    || { echo "slurm-test: $m: unexpected header" >&2; exit 1; }
  tail -n +2 "$m"
done > "$tmp/all-rows.csv"
awk -F, -v want="$count" '
  $3 != "done" { print "slurm-test: not done: " $0 > "/dev/stderr"; bad = 1 }
  seen[$1]++ { print "slurm-test: listed twice: " $1 > "/dev/stderr"; bad = 1 }
  { n++ }
  END {
    if (n != want) { print "slurm-test: " n " rows for " want " videos" > "/dev/stderr"; bad = 1 }
    exit bad
  }' "$tmp/all-rows.csv"
for v in "$tmp"/videos/*; do
  name=$(basename "$v")
  csv=$out/${name%.*}.csv
  [ -s "$csv" ] || { echo "slurm-test: no CSV for $name" >&2; exit 1; }
  frames=$(awk -F, -v n="$name" '$1 == n { print $4 }' "$tmp/all-rows.csv")
  [ "$(($(wc -l < "$csv") - 1))" = "$frames" ] \
    || { echo "slurm-test: $csv: not the $frames rows of its manifest" >&2; exit 1; }
done
echo "slurm-test: OK, $count videos in 4 tasks, $(($(date +%s) - started)) s in all" >&2
