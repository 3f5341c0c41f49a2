#!/usr/bin/env bash
# Throughput of the OTLP/HTTP receiver on a release build: `opstop report --listen` receives
# 1000 protobuf requests of 100 spans each (then gzip), and the report confirms every span arrived.
# Also prints the CPU seconds opstop used (the idle part of --for costs next to nothing), which
# stays meaningful on a busy machine where wall-clock rates mostly measure the neighbours.
# Usage: scripts/bench-receiver.sh [REQUESTS] [SPANS]   (needs OPSTOP_TEST_PYTHON or /tmp/opstop-venv)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
requests=${1:-1000}
spans=${2:-100}
python=${OPSTOP_TEST_PYTHON:-/tmp/opstop-venv/bin/python}
swift build -c release --product opstop >/dev/null
bin=$(swift build -c release --show-bin-path)/opstop
for mode in plain gzip; do
    port=$(( 20000 + RANDOM % 20000 ))
    out=$(mktemp)
    cpu=$(mktemp)
    /usr/bin/time -f "%U %S" -o "$cpu" "$bin" report --listen "127.0.0.1:$port" --for 20s --json >"$out" 2>/dev/null &
    report=$!
    sleep 1
    "$python" scripts/bench-receiver.py "$port" "$requests" "$spans" 4 "$([ "$mode" = gzip ] && echo gzip || echo plain)"
    wait "$report"
    "$python" -c "import json,sys; s=json.load(open(sys.argv[1]))['source']; print(f\"  report: {s['spans']} spans, {s['lines']} requests\")" "$out"
    read -r user system <"$cpu"
    awk -v u="$user" -v s="$system" -v n=$((requests * spans)) \
        'BEGIN { printf "  opstop CPU: %.2f s user + %.2f s system = %.0f spans per CPU second\n", u, s, n / (u + s) }'
    rm -f "$out" "$cpu"
done
