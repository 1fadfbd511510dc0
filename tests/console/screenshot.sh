#!/usr/bin/env bash
# Starts the real console in a real X server (Xvfb) on a seeded store and keeps a PNG of
# its window. Usage: screenshot.sh COMMANDPOST COMMANDPOST_CLI ARTIFACT_DIR
set -euo pipefail
console=$1 cli=$2 artifacts=$3
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$artifacts"
export COMMANDPOST_ACTOR=sabrina

incident=$("$cli" --data "$data" declare --title "Checkout errors after deploy" --severity SEV2 \
    --summary "5xx on checkout for 12% of requests")
"$cli" --data "$data" assign "$incident" commander sabrina
"$cli" --data "$data" assign "$incident" scribe bob
"$cli" --data "$data" assign "$incident" sme:payments dana
"$cli" --data "$data" declare --title "Slow search" --severity SEV4 >/dev/null

png="$artifacts/console.png"
rm -f "$png"
xvfb-run -a -s "-screen 0 1280x800x24" "$console" --data "$data" --incident "$incident" --screenshot "$png"
test -s "$png" || { echo "no screenshot written" >&2; exit 1; }
# A blank or failed frame compresses to a few kilobytes; a window with text does not.
size=$(stat -c %s "$png")
echo "screenshot kept: $png ($size bytes)"
[ "$size" -gt 15000 ] || { echo "screenshot looks empty" >&2; exit 1; }
