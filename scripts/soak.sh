#!/usr/bin/env bash
# Soak test, run by hand (not part of swift test): the live screen follows a log that a writer
# replays from a generated log at 100× its event rate, rotating it every ROTATE_MB, beside a
# /metrics endpoint whose counters keep growing. RSS is sampled each minute and printed as a
# table; the run fails unless the last half of the samples stay within 10 % of each other.
# Usage: scripts/soak.sh [MINUTES=60] [ROTATE_MB=20]   (OPSTOP_BIN=PATH: skip the release build)
set -euo pipefail
minutes=${1:-60}
rotate_mb=${2:-20}
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "soak: needs tmux" >&2; exit 2; }
# OPSTOP_BIN=PATH soaks a binary already built (a debug one for a quick check of the script).
if [ -z "${OPSTOP_BIN:-}" ]; then
    swift build -c release --product opstop >/dev/null
    bin=$(swift build -c release --show-bin-path)/opstop
else
    bin=$OPSTOP_BIN
fi
work=$(mktemp -d)
socket="opstop-soak-$$"
pids=()
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# A day of generated traffic, replayed at 100× its own pace with timestamps moved to now.
"$bin" demo --write "$work/source.jsonl" --spans 400000 --seed 7 >/dev/null
python3 - "$work/source.jsonl" "$work/app.jsonl" "$rotate_mb" <<'PY' &
import json, os, sys, time
source, path, rotate_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
speed = 100.0
def stamp(record):
    for key in ("start_time_unix_nano", "time_unix_nano"):
        if key in record:
            return int(record[key]) / 1e9
    return None
records = [json.loads(line) for line in open(source) if line.strip()]
first = next(s for s in (stamp(r) for r in records) if s is not None)
generation = 0
out = open(path, "a", buffering=1)
written = 0
loop = 0
while True:
    start_wall = time.time()
    shift = start_wall - first
    for original in records:
        record = dict(original)
        moment = stamp(record)
        if moment is not None:
            due = start_wall + (moment - first) / speed
            delay = due - time.time()
            if delay > 0:
                time.sleep(min(delay, 1.0))
            offset = int((shift + (moment - first) * (1 / speed - 1)) * 1e9)
            for key in ("start_time_unix_nano", "end_time_unix_nano", "time_unix_nano"):
                if key in record:
                    record[key] = str(int(record[key]) + offset)
            if "trace_id" in record:
                record["trace_id"] = f"{loop:08x}" + str(record["trace_id"])[8:]
        line = json.dumps(record) + "\n"
        out.write(line)
        written += len(line)
        if written > rotate_mb << 20:
            out.close()
            generation += 1
            os.rename(path, f"{path}.{generation}")
            if generation > 2:
                os.remove(f"{path}.{generation - 2}")
            out = open(path, "a", buffering=1)
            written = 0
    loop += 1
PY
pids+=($!)

# A /metrics endpoint whose counters and histogram grow with every scrape.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 - "$port" <<'PY' &
import http.server, sys, time
start = time.time()
class Metrics(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        n = int((time.time() - start) * 50)
        body = "".join([
            "# TYPE llm_requests counter\n",
            *(f'llm_requests_total{{model="m{i}"}} {n * (i + 1)}\n' for i in range(20)),
            "# TYPE llm_latency_seconds histogram\n",
            *(f'llm_latency_seconds_bucket{{le="{le}"}} {int(n * f)}\n' for le, f in (("0.5", 0.5), ("1", 0.8), ("2", 0.95), ("+Inf", 1))),
            f"llm_latency_seconds_sum {n * 0.7}\nllm_latency_seconds_count {n}\n",
        ]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Metrics).serve_forever()
PY
pids+=($!)
sleep 2

tmux -L "$socket" -f /dev/null new-session -d -x 160 -y 48 \
    "exec env TERM=xterm-256color LANG=C.UTF-8 $bin $work/app.jsonl http://127.0.0.1:$port/metrics --from end"
sleep 1
pid=$(tmux -L "$socket" display -p -t 0 '#{pane_pid}')

echo "soak: opstop pid $pid, $minutes min, log rotated every $rotate_mb MB, /metrics on :$port"
printf '%6s %10s %12s\n' minute rss_mb log_files
samples=()
for minute in $(seq 1 "$minutes"); do
    sleep 60
    [ -d "/proc/$pid" ] || { echo "soak: opstop exited"; exit 1; }
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
    samples+=("$rss")
    printf '%6d %10.1f %12d\n' "$minute" "$(echo "$rss / 1024" | bc -l)" "$(ls "$work" | grep -c app.jsonl)"
done

# Flat: the last half of the samples within 10 % of each other.
half=("${samples[@]:$(( ${#samples[@]} / 2 ))}")
low=$(printf '%s\n' "${half[@]}" | sort -n | head -n 1)
high=$(printf '%s\n' "${half[@]}" | sort -n | tail -n 1)
spread=$(echo "($high - $low) * 100 / $low" | bc -l)
printf 'soak: last %d samples %.1f–%.1f MB, spread %.1f %%\n' "${#half[@]}" "$(echo "$low/1024" | bc -l)" \
    "$(echo "$high/1024" | bc -l)" "$spread"
if (( $(echo "$spread > 10" | bc -l) )); then echo "soak: FAILED (RSS still growing)"; exit 1; fi
echo "soak: flat"
