#!/bin/sh
# Runs every fuzz target for SECONDS each (default 30) from its seed corpus in fuzz/corpus,
# after building them with the fuzz preset. Prints each target's executions; fails on the
# first input that crashes or breaks an invariant, which is left in build/fuzz/findings.
# Longer runs: fuzz/README.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
build=$root/build/fuzz
findings=$build/findings

(cd "$root" && cmake --preset fuzz >/dev/null)
cmake --build "$build" --target fuzzers --parallel "$(nproc)"
mkdir -p "$findings"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

total=0
for target in $(ls "$root/fuzz/corpus"); do
    mkdir -p "$work/$target"
    # New inputs go to a scratch corpus; the seeds in the repository stay as they are.
    if ! "$build/bin/$target" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$findings/$target-" -rss_limit_mb=2048 \
        "$work/$target" "$root/fuzz/corpus/$target" >"$work/$target.log" 2>&1; then
        tail -n 40 "$work/$target.log" >&2
        echo "fuzz: $target failed; the input is in $findings" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log")
    corpus=$(ls "$work/$target" | wc -l)
    echo "fuzz: $target: $runs executions in ${seconds} s, $corpus new inputs, no failure"
    total=$((total + runs))
done
echo "fuzz: $total executions in all"
