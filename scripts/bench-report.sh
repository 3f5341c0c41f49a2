#!/usr/bin/env bash
# Benchmark of `opstop report --json` on a generated 1M-span log, against `wc -l` and jq on the
# same file in the same run, with peak memory. Usage: scripts/bench-report.sh [SPANS] [--big]
#   SPANS  spans in the log (default 1000000)
#   --big  also run a log 10× larger to show that peak memory does not grow with the input
set -euo pipefail
cd "$(dirname "$0")/.."

spans=1000000
big=false
for argument in "$@"; do
    case "$argument" in
        --big) big=true ;;
        *) spans=$argument ;;
    esac
done

for tool in jq /usr/bin/time taskset; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: needs $tool (apt-get install -y jq time)" >&2; exit 2; }
done

echo "bench: building release binary"
swift build -c release --product opstop >/dev/null
bin=$(swift build -c release --show-bin-path)/opstop
mkdir -p bench-data

generate() {  # spans file
    if [ ! -s "$2" ]; then
        echo "bench: generating $1 spans into $2"
        "$bin" demo --write "$2" --spans "$1" --seed 42 --start 2026-11-01T00:00:00Z
    fi
}

# Runs a command three times and prints the best wall time and its peak RSS (KB).
measure() {
    local best="" rss=""
    for _ in 1 2 3; do
        local out
        out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -n 1)
        local seconds=${out% *} kilobytes=${out#* }
        if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; rss=$kilobytes; fi
    done
    echo "$best $rss"
}

run() {  # file
    local file=$1
    local megabytes
    megabytes=$(awk "BEGIN{printf \"%.0f\", $(stat -c %s "$file") / 1048576}")
    cat "$file" >/dev/null  # into the page cache
    read -r wc_s wc_kb < <(measure wc -l "$file")
    read -r jq_s jq_kb < <(measure jq -c 'select(.status=="error")' "$file")
    read -r op_s op_kb < <(measure "$bin" report --json "$file")
    # The same report held to one core (no second decoding thread): the issue's per-core target.
    read -r one_s one_kb < <(measure taskset -c 0 "$bin" report --json "$file")
    awk -v f="$file" -v mb="$megabytes" -v wc="$wc_s" -v jq="$jq_s" -v op="$op_s" -v opkb="$op_kb" -v jqkb="$jq_kb" \
        -v one="$one_s" -v onekb="$one_kb" 'BEGIN {
        printf "\n%s: %d MB\n", f, mb
        printf "  %-34s %8s %10s %10s\n", "command", "seconds", "MB/s", "peak MB"
        printf "  %-34s %8.2f %10.0f %10s\n", "wc -l", wc, mb / (wc > 0 ? wc : 0.01), "-"
        printf "  %-34s %8.2f %10.0f %10.0f\n", "jq -c select(.status==\"error\")", jq, mb / jq, jqkb / 1024
        printf "  %-34s %8.2f %10.0f %10.0f\n", "opstop report --json", op, mb / op, opkb / 1024
        printf "  %-34s %8.2f %10.0f %10.0f\n", "  the same on one core (taskset)", one, mb / one, onekb / 1024
        printf "  opstop is %.1fx the time of wc -l and %.1fx faster than jq\n", op / (wc > 0 ? wc : 0.01), jq / op
    }'
}

generate "$spans" "bench-data/spans-$spans.jsonl"
run "bench-data/spans-$spans.jsonl"
if $big; then
    large=$((spans * 10))
    generate "$large" "bench-data/spans-$large.jsonl"
    read -r op_s op_kb < <(measure "$bin" report --json "bench-data/spans-$large.jsonl")
    echo
    echo "bench-data/spans-$large.jsonl: opstop report --json ${op_s}s, peak $((op_kb / 1024)) MB"
fi
