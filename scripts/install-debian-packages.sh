#!/usr/bin/env bash
# Installs the Debian packages ActorGraph needs on a fresh machine:
#   libgraphviz-dev    Graphviz's C library and headers (libgvc), used in-process for rendering
#   fonts-dejavu-core  the font the diagrams name explicitly, so output is the same everywhere
#   pkg-config         how SwiftPM finds libgvc
#   python3            the scorer in ../shared/eval and the optional cross-check scripts
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev fonts-dejavu-core pkg-config python3 >/dev/null
echo "installed: libgraphviz-dev fonts-dejavu-core pkg-config python3"
