#!/usr/bin/env bash
# Fuzzes opstop's input readers: scripts/fuzz.sh SECONDS [TARGET...]
#
# Seeds come from the tests (the fuzzSmoke test writes them to .build-fuzz/corpus/TARGET). With a
# toolchain that has libFuzzer (swiftc -sanitize=fuzzer), opstop-fuzz is built with
# -sanitize=fuzzer,address and each target runs coverage-guided for its share of SECONDS; crashes
# land in .build-fuzz/crashes. Otherwise the seeded mutation fuzzer (the one `swift test` runs
# briefly) runs instead. Every crash found becomes a test.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
all=(usage-log otlp-protobuf-traces otlp-json-traces otlp-protobuf-metrics otlp-json-metrics otlp-protobuf-logs
    otlp-json-logs exposition prometheus-api langsmith-multipart config theme sanitizer)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
share=$(( seconds / ${#targets[@]} ))
[ "$share" -lt 1 ] && share=1

work="$PWD/.build-fuzz"
mkdir -p "$work/corpus" "$work/crashes"
echo "fuzz: writing seed corpora from the tests"
OPSTOP_FUZZ_CORPUS="$work/corpus" OPSTOP_FUZZ_ITERATIONS=0 swift test --filter fuzzSmoke >/dev/null

probe="$work/probe"
mkdir -p "$probe"
printf '@_cdecl("LLVMFuzzerTestOneInput")\npublic func f(_ d: UnsafePointer<UInt8>?, _ n: Int) -> Int32 { 0 }\n' > "$probe/p.swift"
if swiftc -sanitize=fuzzer -parse-as-library "$probe/p.swift" -o "$probe/p" >/dev/null 2>&1; then
    echo "fuzz: libFuzzer available; building opstop-fuzz with -sanitize=fuzzer,address"
    swift build --build-path "$work/build" --product opstop-fuzz -Xswiftc -sanitize=fuzzer,address \
        -Xswiftc -parse-as-library -Xswiftc -DFUZZING >/dev/null
    binary="$work/build/debug/opstop-fuzz"
    # TOMLKit 0.6.0 leaks a few KB per parse (TOMLTable.keys, the error path of TOMLTable(string:)):
    # not opstop's, and a config is read once at start-up, so leaks are not checked for config and theme.
    for target in "${targets[@]}"; do
        echo "fuzz: $target for ${share}s"
        mkdir -p "$work/corpus/$target-found"
        leaks=1
        case "$target" in config | theme) leaks=0 ;; esac
        ASAN_OPTIONS="detect_leaks=$leaks" OPSTOP_FUZZ_TARGET="$target" "$binary" -max_total_time="$share" -max_len=65536 -detect_leaks="$leaks" \
            -artifact_prefix="$work/crashes/$target-" "$work/corpus/$target-found" "$work/corpus/$target" 2>&1 |
            grep -E "DONE|ERROR|SUMMARY|Test unit written" || true
    done
else
    echo "fuzz: no libFuzzer in this toolchain; running the seeded mutation fuzzer"
    swift build --product opstop-fuzz >/dev/null
    for target in "${targets[@]}"; do
        .build/debug/opstop-fuzz "$target" "$share" "$work/corpus/$target"
    done
fi
crashes=$(find "$work/crashes" -type f | wc -l)
echo "fuzz: done; $crashes crash inputs in $work/crashes"
[ "$crashes" -eq 0 ]
