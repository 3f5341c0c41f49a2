#!/usr/bin/env bash
# Benchmarks of the live screen, on a release build, run by hand:
#   render   time of one full 200×60 frame with 50 000+ traces in the store
#   bytes    bytes written to the terminal per second on a steady dashboard (one span a second arriving)
#   idle     CPU used by an idle screen (a static log)
#   keys     key-to-screen latency while ingesting 20 000 spans a second
#   load     the live screen loading $OPSTOP_BENCH_LOG (`opstop FILE --from start`) until its header
#            stops saying `loading`, against `report --json` on the same file in the same run: wall
#            and CPU time (user + system) and peak RSS of both; then the loaded screen's idle CPU
#            over 60 s (a static followed file) and the bytes it wrote to the terminal meanwhile.
#            OPSTOP_BENCH_BASELINE=BIN measures another binary (say main's) the same way first.
#            load and replay also print the screen's own timing (OPSTOP_LOAD_TIME_LOG): from its
#            process's start to its first frame and to its first frame once nothing loads, which
#            leaves out starting tmux and polling its pane (about 0.05-0.1 s that `report` has no
#            counterpart of); the ratio to `report` is given both ways.
#   replay   `opstop replay $OPSTOP_BENCH_LOG --speed max`: the time to its first frame, until its
#            header stops saying `loading` (the log is indexed), until it has played the whole log,
#            its CPU time and peak RSS, and the whole play as a multiple of `report --json`'s time on
#            the same file in the same run (OPSTOP_BENCH_BASELINE too).
# OPSTOP_BENCH_BIN=BIN measures that binary instead of building one.
# --big: load and replay read a 10M-span log (generated into ${BENCH_DATA:-bench-data}/spans-10000000.jsonl
#        if missing, as scripts/bench-report.sh --big makes it: about 3.8 GB) instead of OPSTOP_BENCH_LOG.
# Usage: scripts/bench-screen.sh [render] [bytes] [idle] [keys] [load] [replay] [--big]   (default: the
#        first four; load and replay need OPSTOP_BENCH_LOG, e.g. bench-data/spans-1000000.jsonl, or --big)
set -euo pipefail
big=false
requested=()
for argument in "$@"; do
    if [ "$argument" = --big ]; then big=true; else requested+=("$argument"); fi
done
sections=" ${requested[*]:-render bytes idle keys} "
want() { [[ "$sections" == *" $1 "* ]]; }
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "bench: needs tmux" >&2; exit 2; }
# OPSTOP_BENCH_BIN: measure this binary instead of building one (e.g. a release build elsewhere).
if [ -n "${OPSTOP_BENCH_BIN:-}" ]; then
    bin=$OPSTOP_BENCH_BIN
else
    swift build -c release --product opstop >/dev/null
    bin=$(swift build -c release --show-bin-path)/opstop
fi
if $big; then
    data=${BENCH_DATA:-bench-data}
    OPSTOP_BENCH_LOG="$data/spans-10000000.jsonl"
    if [ ! -s "$OPSTOP_BENCH_LOG" ]; then
        mkdir -p "$data"
        echo "bench: generating 10000000 spans into $OPSTOP_BENCH_LOG"
        "$bin" demo --write "$OPSTOP_BENCH_LOG" --spans 10000000 --seed 42 --start 2026-11-01T00:00:00Z
    fi
fi
work=$(mktemp -d)
socket="opstop-bench-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; [ -n "${writer:-}" ] && kill "$writer" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if want render; then
echo "== render"
"$bin" demo --write "$work/big.jsonl" --spans 250000 --seed 9 >/dev/null
OPSTOP_RENDER_REPEAT=50 "$bin" snapshot "$work/big.jsonl" --size 200x60 --window all 2>&1 >/dev/null | tail -n 1
fi

# A writer appending short-form spans with current timestamps: RATE spans a second.
start_writer() {  # file rate
    python3 - "$1" "$2" <<'PY' &
import json, sys, time
path, rate = sys.argv[1], int(sys.argv[2])
n = 0
with open(path, "a", buffering=1) as out:
    while True:
        tick = time.time()
        batch = max(1, rate // 10)
        lines = []
        for _ in range(batch):
            n += 1
            lines.append(json.dumps({"trace_id": f"t{n}", "span_id": "s", "ts": tick - 0.2, "duration_ms": 200 + n % 700,
                                     "component": "llm", "model": "gpt-4o-mini", "input_tokens": 900, "output_tokens": 60,
                                     **({"error_type": "RateLimitError"} if n % 50 == 0 else {})}))
        out.write("\n".join(lines) + "\n")
        time.sleep(max(0, 0.1 - (time.time() - tick)) if rate >= 10 else 1.0)
PY
    writer=$!
}

run_screen() {  # args...
    tmux -L "$socket" -f /dev/null new-session -d -x 200 -y 60 "exec env TERM=xterm-256color LANG=C.UTF-8 $*"
    sleep 0.5
    tmux -L "$socket" display -p -t 0 '#{pane_pid}'
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# The screen's own timing (OPSTOP_LOAD_TIME_LOG): from its process's start to its first frame and to
# its first frame once nothing loads, without tmux's start and the pane polling. Args: file, report's
# "wall ..." (first field), what the load is called.
screen_timing() {
    for _ in $(seq 1 100); do [ -s "$1" ] && break; sleep 0.05; done
    [ -s "$1" ] || { echo "the screen wrote no load time"; return; }
    awk -v r="${2%% *}" -v what="$3" '$1 == "first-frame-ms" { first = $2 } $1 == "loaded-ms" { loaded = $2 } END {
        printf "timed by the screen: first frame %.0f ms, %s at %.2f s = %.2f x report'"'"'s time\n", first, what, loaded / 1000, loaded / 1000 / r }' "$1"
}

cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

idle_cpu() {  # pid seconds label: the share of a core the process used over that many seconds, after 3 s to settle
    sleep 3
    local before after hz
    before=$(cpu_ticks "$1")
    sleep "$2"
    after=$(cpu_ticks "$1")
    hz=$(getconf CLK_TCK)
    awk -v t=$((after - before)) -v hz="$hz" -v s="$2" -v label="$3" 'BEGIN { printf "%s: %.2f%% of a core over %d s\n", label, t / hz / s * 100, s }'
}

if want bytes; then
echo "== bytes"
: > "$work/steady.jsonl"
start_writer "$work/steady.jsonl" 1
pid=$(run_screen "$bin" "$work/steady.jsonl" --from start)
sleep 5
tmux -L "$socket" pipe-pane -t 0 -o "cat > $work/out.raw"
sleep 30
tmux -L "$socket" pipe-pane -t 0
bytes=$(stat -c %s "$work/out.raw")
echo "steady dashboard, one span a second: $((bytes / 30)) bytes/s to the terminal ($bytes bytes in 30 s)"
kill "$writer"; writer=""
tmux -L "$socket" kill-server
fi

if want idle; then
echo "== idle"
"$bin" demo --write "$work/static.jsonl" --minutes 10 --seed 3 >/dev/null
pid=$(run_screen "$bin" "$work/static.jsonl" --from start)
idle_cpu "$pid" 20 "idle screen"
tmux -L "$socket" kill-server
fi

if want keys; then
echo "== keys"
: > "$work/flood.jsonl"
start_writer "$work/flood.jsonl" 20000
pid=$(run_screen OPSTOP_KEY_LATENCY_LOG="$work/keys.txt" "$bin" "$work/flood.jsonl" --from start)
sleep 3
for _ in $(seq 1 40); do tmux -L "$socket" send-keys -t 0 Tab; sleep 0.25; done
lines=$(wc -l < "$work/flood.jsonl")
tmux -L "$socket" send-keys -t 0 q
sleep 1
kill "$writer"; writer=""
sort -n "$work/keys.txt" | awk -v lines="$lines" '{ v[NR] = $1 } END {
    printf "key to screen under %d spans written (20000/s): median %.1f ms, p95 %.1f ms, max %.1f ms over %d keys\n",
        lines, v[int(NR * 0.5) + 1] / 1000, v[int(NR * 0.95) + 1] / 1000, v[NR] / 1000, NR }'
fi

if want load; then
echo "== load"
log=${OPSTOP_BENCH_LOG:?load needs OPSTOP_BENCH_LOG=a usage log}
cat "$log" > /dev/null  # every run reads from the page cache
# OPSTOP_BENCH_BASELINE: another binary (say main's) measured the same way in the same run, first.
for measured in ${OPSTOP_BENCH_BASELINE:-} "$bin"; do
echo "-- $measured"
report=$( { /usr/bin/time -f "%e %U %S %M" "$measured" report --json "$log" > /dev/null; } 2>&1 | tail -n 1)
rm -f "$work/load-time.txt"
began=$(date +%s.%N)
pid=$(run_screen OPSTOP_LOAD_TIME_LOG="$work/load-time.txt" "$measured" "$log" --from start)
seen=""
for _ in $(seq 1 12000); do  # ten minutes at most
    pane=$(tmux -L "$socket" capture-pane -p -t 0)
    if [[ "$pane" == *"loading "* ]]; then seen=1
    elif [ -n "$seen" ]; then break; fi
    sleep 0.05
done
ended=$(date +%s.%N)
cpu=$(cpu_seconds "$pid")
rss=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
awk -v b="$began" -v e="$ended" -v r="$report" -v rss="$rss" -v cpu="$cpu" -v seen="${seen:-0}" 'BEGIN {
    split(r, f, " "); load = e - b; rcpu = f[2] + f[3]
    printf "report --json: %.2f s wall, %.2f s CPU, peak %d MB\n", f[1], rcpu, f[4] / 1024
    printf "live screen until caught up, seen through tmux: %.2f s wall (%.2f x report), %.2f s CPU (%.2f x report), peak %d MB (loading header seen: %s)\n",
        load, load / f[1], cpu, cpu / rcpu, rss / 1024, seen ? "yes" : "no" }'
screen_timing "$work/load-time.txt" "$report" "loaded"
tmux -L "$socket" pipe-pane -t 0 -o "cat > $work/idle.raw"
idle_cpu "$pid" 60 "loaded screen idle"
tmux -L "$socket" pipe-pane -t 0
echo "loaded screen idle: $(( $(stat -c %s "$work/idle.raw") / 63 )) bytes/s to the terminal"
tmux -L "$socket" kill-server
done
fi

if want replay; then
echo "== replay"
log=${OPSTOP_BENCH_LOG:?replay needs OPSTOP_BENCH_LOG=a usage log, or --big}
cat "$log" > /dev/null  # every run reads from the page cache
for measured in ${OPSTOP_BENCH_BASELINE:-} "$bin"; do
echo "-- $measured"
report=$( { /usr/bin/time -f "%e" "$measured" report --json "$log" > /dev/null; } 2>&1 | tail -n 1)
rm -f "$work/load-time.txt"
began=$(date +%s.%N)
pid=$(run_screen OPSTOP_LOAD_TIME_LOG="$work/load-time.txt" "$measured" replay "$log" --speed max)
first=""
indexed=""
ended=""
for _ in $(seq 1 12000); do  # ten minutes at most
    header=$(tmux -L "$socket" capture-pane -p -t 0 | head -n 1)
    if [ -z "$first" ] && [[ "$header" == *"REPLAY"* ]]; then first=$(date +%s.%N); fi
    if [ -n "$first" ] && [ -z "$indexed" ] && [[ "$header" != *"loading "* ]]; then indexed=$(date +%s.%N); fi
    if [[ "$header" == *"100%"* ]]; then ended=$(date +%s.%N); break; fi
    sleep 0.05
done
cpu=$(cpu_seconds "$pid")
rss=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
seconds_since() { [ -n "$2" ] && awk -v b="$1" -v e="$2" 'BEGIN { printf "%.2f s", e - b }' || echo "$3"; }
echo "replay --speed max: first frame $(seconds_since "$began" "$first" "not seen"), log indexed" \
    "$(seconds_since "$began" "$indexed" "not seen")," \
    "whole log played $(seconds_since "$began" "$ended" "not reached"), $cpu s CPU, peak $((rss / 1024)) MB"
[ -n "$ended" ] && awk -v b="$began" -v e="$ended" -v r="$report" \
    'BEGIN { printf "report --json: %.2f s; whole log played, seen through tmux, in %.2f x report'"'"'s time\n", r, (e - b) / r }'
screen_timing "$work/load-time.txt" "$report" "played (indexed while played)"
tmux -L "$socket" kill-server
done
fi
