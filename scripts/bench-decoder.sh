#!/usr/bin/env bash
# Instructions per line of the native usage-log decoder, for two opstop binaries side by side.
#
# Usage: scripts/bench-decoder.sh BASE_BINARY NEW_BINARY LOG...
#   e.g. scripts/bench-decoder.sh ../main/.build-release/release/opstop .build/release/opstop \
#        bench-data/spans-1000000-{native,native-notext,short,short-notext}.jsonl
#
# For each log it prints, for both binaries, from one callgrind run of
# `report --json --threads 1` over the log's first SLICE lines (default 20000):
#   - decoder instructions per line: the inclusive count of BlockDecoder.decode (line splitting,
#     decoding, handing events on) divided by SLICE; the engine and the report are left out;
#   - report instructions per line: the whole run's count divided by SLICE (start-up included,
#     about 3,500 per line at 20,000 lines);
# and the best of RUNS (default 7) wall times of `report --json --threads 1` over the whole log, the
# two binaries run in turn (this machine is noisy: only instruction counts and best-of walls compare).
# Needs valgrind and objcopy (instruction counters are not assumed: many VMs have none).
# Valgrind cannot read the debug info of Swift release builds, so it runs on copies with the
# debug info stripped (symbols kept).
set -euo pipefail

[[ $# -ge 3 ]] || { echo "usage: $0 BASE_BINARY NEW_BINARY LOG..." >&2; exit 2; }
base=$1 new=$2
shift 2
slice_lines=${SLICE:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
objcopy --strip-debug "$base" "$work/base"
objcopy --strip-debug "$new" "$work/new"

callgrind_slice() { # BINARY SLICE_FILE -> "decoder/line report/line"
    valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$1" report --json --threads 1 "$2" >/dev/null 2>&1
    callgrind_annotate --inclusive=yes "$work/cg" 2>/dev/null | awk -v lines="$slice_lines" '
        /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
        /BlockDecoderV6decode_7reusing/ && !decoder { gsub(",", "", $1); decoder = $1 }
        END { printf "%.0f %.0f\n", decoder / lines, total / lines }'
}

runs=${RUNS:-7}

wall() { # BINARY LOG -> seconds
    local start end
    start=$(date +%s.%N)
    "$1" report --json --threads 1 "$2" >/dev/null
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }'
}

best_walls() { # LOG -> "base_best new_best", the binaries run in turn
    local best_base=999 best_new=999
    for _ in $(seq "$runs"); do
        best_base=$(echo "$(wall "$base" "$1") $best_base" | awk '{ printf "%.3f", ($1 < $2 ? $1 : $2) }')
        best_new=$(echo "$(wall "$new" "$1") $best_new" | awk '{ printf "%.3f", ($1 < $2 ? $1 : $2) }')
    done
    echo "$best_base $best_new"
}

printf '%-36s %-5s %14s %14s %9s\n' log build decoder/line report/line wall_s
for log in "$@"; do
    head -n "$slice_lines" "$log" > "$work/slice.jsonl"
    read -r wall_base wall_new < <(best_walls "$log")
    for build in base new; do
        wall_s=$wall_base
        [[ $build == new ]] && wall_s=$wall_new
        read -r decoder report < <(callgrind_slice "$work/$build" "$work/slice.jsonl")
        printf '%-36s %-5s %14s %14s %9s\n' "$(basename "$log")" "$build" "$decoder" "$report" "$wall_s"
    done
done
