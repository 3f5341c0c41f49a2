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
# and the best of three wall times of `report --json --threads 1` over the whole log.
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

best_wall() { # BINARY LOG
    local best=""
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$1" report --json --threads 1 "$2" >/dev/null
        end=$(date +%s.%N)
        best=$(echo "$start $end ${best:-999}" | awk '{ t = $2 - $1; printf "%.3f", (t < $3 ? t : $3) }')
    done
    echo "$best"
}

printf '%-36s %-5s %14s %14s %9s\n' log build decoder/line report/line wall_s
for log in "$@"; do
    head -n "$slice_lines" "$log" > "$work/slice.jsonl"
    for build in base new; do
        binary=$base
        [[ $build == new ]] && binary=$new
        read -r decoder report < <(callgrind_slice "$work/$build" "$work/slice.jsonl")
        printf '%-36s %-5s %14s %14s %9s\n' "$(basename "$log")" "$build" "$decoder" "$report" "$(best_wall "$binary" "$log")"
    done
done
