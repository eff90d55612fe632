#!/bin/sh
# Full-page screenshots of an HTML report in headless Chromium (Debian package `chromium`), at
# desktop (1280 px) and phone (390 px) widths, to look at before handing a report on.
#
# Usage: scripts/report/screenshots.sh report.html [out-folder] [segment-height]
#   writes out-folder/desktop-01.png, desktop-02.png, …, phone-01.png, … : the whole page, top
#   to bottom, in segments of segment-height CSS pixels (default 3000; Chromium cannot capture
#   one image taller than about 16,000 px, and long reports are longer than that).
#
# Chromium's --screenshot captures the window only: the page height is measured first (with
# --dump-dom on a copy that records it with a one-line script), then each segment is a copy of
# the page shifted up by its offset with a negative top margin. The report itself is unchanged.
set -eu
report="$1"
out="${2:-$(dirname "$report")}"
segment="${3:-3000}"
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium_bin" ] || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 1; }
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions --mute-audio"
for spec in desktop:1280 phone:390; do
  name="${spec%%:*}"; width="${spec##*:}"
  sed 's#</body>#<script>document.body.setAttribute("data-height", Math.ceil(document.documentElement.scrollHeight))</script></body>#' \
    "$report" > "$work/measure.html"
  height="$($chromium_bin $flags --window-size="$width,$segment" --virtual-time-budget=2000 --dump-dom "file://$work/measure.html" 2>/dev/null \
    | sed -n 's/.*data-height="\([0-9]*\)".*/\1/p' | head -n 1)"
  height="${height:-$segment}"
  offset=0; index=1
  while [ "$offset" -lt "$height" ]; do
    sed "s#</head>#<style>html { margin-top: -${offset}px; }</style></head>#" "$report" > "$work/page.html"
    file="$(printf '%s/%s-%02d.png' "$out" "$name" "$index")"
    $chromium_bin $flags --window-size="$width,$segment" --virtual-time-budget=1000 --screenshot="$file" "file://$work/page.html" >/dev/null 2>&1
    echo "$file"
    offset=$((offset + segment)); index=$((index + 1))
  done
  echo "$name: page height $height px at width $width px"
done
