#!/usr/bin/env bash
# Installs the Debian packages ActorGraph needs on a fresh machine:
#   libgraphviz-dev    Graphviz's C library and headers (libgvc), used in-process for rendering
#   fonts-dejavu-core  the font the diagrams name explicitly, so output is the same everywhere
#   pkg-config         how SwiftPM finds libgvc
#   python3            the scorer in ../shared/eval and the cross-check scripts
# and, for the tests that check exported files and reports with other tools (they are skipped
# when a tool is missing, so `--minimal` leaves these out):
#   libxml2-utils      xmllint, to validate GraphML against its XSD (fetched by scripts/report/fetch-schemas.sh)
#   cmark-gfm          renders the Markdown report as a forge would
#   chromium           headless browser that opens the HTML report
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
packages="libgraphviz-dev fonts-dejavu-core pkg-config python3"
if [ "${1:-}" != "--minimal" ]; then packages="$packages libxml2-utils cmark-gfm chromium"; fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $packages >/dev/null
echo "installed: $packages"
if [ "${1:-}" != "--minimal" ]; then
    "$(dirname "$0")/report/fetch-schemas.sh" >/dev/null && echo "GraphML schema in /tmp/actorgraph-schemas"
fi
