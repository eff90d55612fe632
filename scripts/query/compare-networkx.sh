#!/usr/bin/env bash
# Runs BenchQuery and the same questions in networkx on the same 10^6-edge graph.
# Installs networkx into a venv. Takes a few minutes (networkx is the slow side).
#
#   scripts/query/compare-networkx.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH="${SCRATCH:-.build}"
VENV="${VENV:-$SCRATCH/query-venv}"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check networkx >/dev/null
EDGES="$(mktemp)"
trap 'rm -f "$EDGES"' EXIT
swift run -c release --scratch-path "$SCRATCH" BenchQuery --repeats 3 --write-edges "$EDGES"
"$VENV/bin/python" scripts/query/compare_networkx.py "$EDGES" --repeats 3
