#!/bin/sh
# Extracts the reference corpus (when ../shared is present), every development set and examples/
# into graph JSON files under OUT, so that two builds can be compared byte for byte:
#
#   scripts/extraction/snapshot.sh /tmp/before            # with the old build
#   scripts/extraction/snapshot.sh /tmp/after             # with the new build
#   diff -r /tmp/before /tmp/after && echo identical
#
# ACTORGRAPH selects the binary (default .build/release/actorgraph).
set -eu
out=${1:?usage: snapshot.sh OUT_DIR}
bin=${ACTORGRAPH:-.build/release/actorgraph}
mkdir -p "$out"
if [ -d ../shared/corpus/aleppo-2016 ]; then
    "$bin" extract ../shared/corpus/aleppo-2016 -o "$out/reference.json"
fi
for set in Tests/Fixtures/DevelopmentSets/set-*; do
    "$bin" extract "$set/articles" -o "$out/$(basename "$set").json"
done
"$bin" extract examples -o "$out/examples.json"
