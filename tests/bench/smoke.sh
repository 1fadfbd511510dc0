#!/usr/bin/env bash
# Runs the benchmarks scaled down, so that they cannot rot: every benchmark must run to its
# end and report its figures. Timings are not judged here (docs/BENCHMARKS.md has them).
# Usage: smoke.sh COMMANDPOST_BENCH RESULTS_FILE
set -euo pipefail
bench=$1 results=$2
mkdir -p "$(dirname "$results")"
rm -f "$results"
# The console's start and memory are measured on a real X server, as people run it.
xvfb-run -a -s "-screen 0 1280x800x24" "$bench" --smoke --output "$results" >/dev/null
missing=0
for figure in "1. Fold speed" "2. Open time" "3. Append throughput" "4. Propagation latency" \
    "5. Memory" "6. Start" "7. Incoming event" "8. Incident list"; do
    if ! grep -q "^| $figure |" "$results"; then
        echo "no '$figure' figure in $results" >&2
        missing=1
    fi
done
# A figure of zero means a side measured nothing (a latency after the writer's reply may
# rightly be about zero: the server answers waiting polls first).
zero='\| -?0(\.0+)? (events/s|s|ms|MiB) \|'
zeros=$(grep -E '^\| [0-9]\. ' "$results" | grep -v 'returned' | grep -E "$zero" || true)
if [ -n "$zeros" ]; then
    echo "a figure is zero:" >&2
    echo "$zeros" >&2
    missing=1
fi
[ "$missing" -eq 0 ] || exit 1
echo "bench smoke: $(grep -cE '^\| [0-9]\. ' "$results") figures in $results"
