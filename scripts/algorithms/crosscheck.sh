#!/usr/bin/env bash
# Cross-checks `actorgraph analyze` against networkx on random graphs: PageRank, betweenness,
# closeness, eigenvector centrality, weak/strong components and shortest path lengths.
# Installs networkx into a venv; exits non-zero on any mismatch. Takes about a minute.
#
#   scripts/algorithms/crosscheck.sh            # 12 random graphs
#   GRAPHS=50 SEED=7 scripts/algorithms/crosscheck.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH="${SCRATCH:-.build-alg}"
VENV="${VENV:-$SCRATCH/crosscheck-venv}"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check networkx >/dev/null
swift build --scratch-path "$SCRATCH" --product actorgraph >/dev/null
"$VENV/bin/python" scripts/algorithms/crosscheck.py "$SCRATCH/debug/actorgraph" --graphs "${GRAPHS:-12}" --seed "${SEED:-2024}"
