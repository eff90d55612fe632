#!/usr/bin/env bash
# Times ActorGraph's algorithms against igraph and networkit, single-threaded, on the same edge
# lists (Erdős–Rényi and Barabási–Albert, ~5 edges per node), and prints them side by side.
#
#   scripts/algorithms/compare-igraph.sh                 # 10^5 nodes
#   SIZES=1000000 GRAPHS=er scripts/algorithms/compare-igraph.sh
#   SKIP=betweenness scripts/algorithms/compare-igraph.sh
#   SIZES=1000000 GRAPHS=er SKIP=multilevel,plm scripts/algorithms/compare-igraph.sh   # ~8 minutes
#
# Installs igraph and networkit into a venv (VENV, default .build-alg/compare-venv); if
# networkit cannot be installed it says so and carries on with igraph.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES="${SIZES:-100000}"
GRAPHS="${GRAPHS:-er,ba}"
SKIP="${SKIP:-}"
SCRATCH="${SCRATCH:-.build-alg}"
VENV="${VENV:-$SCRATCH/compare-venv}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check numpy igraph >/dev/null
if ! "$VENV/bin/pip" install --quiet --disable-pip-version-check networkit >/dev/null 2>&1; then
    echo "networkit could not be installed; comparing with igraph only" >&2
fi

swift build -c release --scratch-path "$SCRATCH" --product BenchAlgorithms >/dev/null
BENCH="$SCRATCH/release/BenchAlgorithms"
"$BENCH" --write-edges "$WORK" --sizes "$SIZES" --graphs "$GRAPHS" >"$WORK/files.txt"
SKIP_ARGS=()
# Steps only the Python libraries have (multilevel, plm) are not passed to BenchAlgorithms.
SWIFT_SKIP="$(echo "$SKIP" | tr ',' '\n' | { grep -v -e '^multilevel$' -e '^plm$' || true; } | paste -sd, -)"
if [ -n "$SWIFT_SKIP" ]; then SKIP_ARGS=(--skip "$SWIFT_SKIP"); fi
: >"$WORK/swift.jsonl"
while read -r file; do
    # One process per graph, so peak RSS is per graph.
    "$BENCH" --edges "$file" --json "${SKIP_ARGS[@]}" >>"$WORK/swift.jsonl"
done <"$WORK/files.txt"
PY_SKIP=()
if [ -n "$SKIP" ]; then PY_SKIP=(--skip="$SKIP"); fi
OMP_NUM_THREADS=1 "$VENV/bin/python" scripts/algorithms/compare_libraries.py "$WORK/swift.jsonl" $(cat "$WORK/files.txt") "${PY_SKIP[@]}"
