#!/usr/bin/env bash
# Benchmark of `opstop report --json` against `wc -l`, jq and DuckDB on the same generated logs, in
# the same run, with peak memory and the ratios the README quotes.
# Usage: scripts/bench-report.sh [SPANS] [--big] [--forms "native native-notext short short-notext"]
#   SPANS    spans in each log (default 1000000)
#   --big    also run a native log 10× larger to show that peak memory does not grow with the input
#   --forms  which logs: native / short form, each with input/output text or without (-notext)
# Logs go in $BENCH_DATA (default bench-data/, ignored by git); DuckDB is installed from PyPI into
# $BENCH_DATA/.venv (the benchmark's own, not CI's) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

spans=1000000
big=false
forms="native native-notext short short-notext"
while [ $# -gt 0 ]; do
    case "$1" in
        --big) big=true ;;
        --forms) forms=$2; shift ;;
        *) spans=$1 ;;
    esac
    shift
done

for tool in jq /usr/bin/time taskset python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: needs $tool (apt-get install -y jq time python3-venv)" >&2; exit 2; }
done

# OPSTOP_BENCH_BIN=BIN measures that binary (say scripts/release.sh's) instead of building one.
if [ -n "${OPSTOP_BENCH_BIN:-}" ]; then
    bin=$OPSTOP_BENCH_BIN
else
    echo "bench: building release binary"
    swift build -c release --product opstop >/dev/null
    bin=$(swift build -c release --show-bin-path)/opstop
fi
data=${BENCH_DATA:-bench-data}
mkdir -p "$data"
if [ ! -x "$data/.venv/bin/python" ] || ! "$data/.venv/bin/python" -c 'import duckdb' 2>/dev/null; then
    echo "bench: installing duckdb into $data/.venv"
    python3 -m venv "$data/.venv"
    "$data/.venv/bin/pip" install -q duckdb
fi
cores=$(nproc)

generate() {  # spans form file
    if [ ! -s "$3" ]; then
        local options=()
        case "$2" in
            native) options=() ;;
            native-notext) options=(--no-text) ;;
            short) options=(--form short) ;;
            short-notext) options=(--form short --no-text) ;;
        esac
        echo "bench: generating $1 spans ($2) into $3"
        "$bin" demo --write "$3" --spans "$1" --seed 42 --start 2026-11-01T00:00:00Z "${options[@]}"
    fi
}

# Runs a command BENCH_RUNS times (default 3) and prints the best wall time, its CPU time (user + system)
# and its peak RSS (KB). On a machine whose speed swings from run to run, more runs give steadier bests.
measure() {
    local best="" cpu="" rss=""
    for _ in $(seq "${BENCH_RUNS:-3}"); do
        local out
        out=$( { /usr/bin/time -f "%e %U %S %M" "$@" >/dev/null; } 2>&1 | tail -n 1)
        read -r seconds user system kilobytes <<<"$out"
        if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then
            best=$seconds; cpu=$(awk "BEGIN{print $user + $system}"); rss=$kilobytes
        fi
    done
    echo "$best $cpu $rss"
}

# The subset of report's figures DuckDB computes: spans, errors, tokens and cost (the demo's
# catalogue prices, per million tokens, as opstop's built-in table has them) and p50/p95/p99 of
# duration per component.
duckdb_query() {  # form file threads
    local columns select where
    case "$1" in
        native*)
            columns="{'kind':'VARCHAR','parent_span_id':'VARCHAR','start_time_unix_nano':'VARCHAR','end_time_unix_nano':'VARCHAR',\
'status':'VARCHAR','gen_ai.operation.name':'VARCHAR','opstop.component':'VARCHAR','gen_ai.request.model':'VARCHAR',\
'gen_ai.usage.input_tokens':'BIGINT','gen_ai.usage.output_tokens':'BIGINT','gen_ai.usage.cache_read.input_tokens':'BIGINT'}"
            select="coalesce(\"opstop.component\", CASE WHEN parent_span_id IS NULL THEN 'query'
                WHEN \"gen_ai.operation.name\" = 'chat' THEN 'llm' WHEN \"gen_ai.operation.name\" = 'execute_tool' THEN 'tool'
                ELSE 'other' END) AS component,
                (CAST(end_time_unix_nano AS BIGINT) - CAST(start_time_unix_nano AS BIGINT)) / 1e6 AS ms,
                \"gen_ai.request.model\" AS model, coalesce(\"gen_ai.usage.input_tokens\", 0) AS input,
                coalesce(\"gen_ai.usage.output_tokens\", 0) AS output,
                coalesce(\"gen_ai.usage.cache_read.input_tokens\", 0) AS cached, coalesce(status = 'error', false) AS failed"
            where="kind = 'span'" ;;
        short*)
            columns="{'kind':'VARCHAR','parent_id':'VARCHAR','duration_ms':'DOUBLE','component':'VARCHAR','status':'VARCHAR',\
'model':'VARCHAR','input_tokens':'BIGINT','output_tokens':'BIGINT','cached_tokens':'BIGINT'}"
            select="component, duration_ms AS ms, model,
                coalesce(input_tokens, 0) AS input, coalesce(output_tokens, 0) AS output,
                coalesce(cached_tokens, 0) AS cached, coalesce(status = 'error', false) AS failed"
            where="kind IS NULL" ;;
    esac
    cat <<SQL
SET threads = $3;
SET enable_progress_bar = false;
WITH spans AS (SELECT $select FROM read_json('$2', format = 'newline_delimited', columns = $columns) WHERE $where),
prices(model, pin, pcached, pout) AS (VALUES ('gpt-4o-mini', 0.15, 0.075, 0.6), ('gpt-4o', 2.5, 1.25, 10.0),
    ('claude-sonnet-4-5', 3.0, 0.3, 15.0), ('claude-3-5-haiku', 0.8, 0.08, 4.0), ('gemini-2.0-flash', 0.1, 0.025, 0.4),
    ('mistral-large-latest', 2.0, 2.0, 6.0))
SELECT component, count(*) AS spans, sum(failed::INT) AS errors, sum(input) AS input_tokens, sum(output) AS output_tokens,
    sum((greatest(input - cached, 0) * coalesce(pin, 0) + cached * coalesce(pcached, 0) + output * coalesce(pout, 0)) / 1e6) AS cost_usd,
    quantile_cont(ms, [0.5, 0.95, 0.99]) AS p50_p95_p99_ms
FROM spans LEFT JOIN prices USING (model) GROUP BY component ORDER BY component;
SQL
}

duckdb_run() {  # form file threads
    local script
    script=$(mktemp)
    duckdb_query "$@" >"$script"
    echo "$script"
}

run() {  # form file
    local form=$1 file=$2
    local megabytes
    megabytes=$(awk "BEGIN{printf \"%.0f\", $(stat -c %s "$file") / 1048576}")
    cat "$file" >/dev/null  # into the page cache
    local all one
    all=$(duckdb_run "$form" "$file" "$cores")
    one=$(duckdb_run "$form" "$file" 1)
    local py="import duckdb, sys; [print(row) for row in duckdb.sql(open(sys.argv[1]).read()).fetchall()]"
    echo
    echo "$file ($form): $megabytes MiB; DuckDB's figures:"
    "$data/.venv/bin/python" -c "$py" "$all" | sed 's/^/    /'
    read -r wc_s wc_cpu wc_kb < <(measure wc -l "$file")
    # BENCH_JQ=0 leaves jq out (tens of seconds a log); its column then reads 0.
    if [ "${BENCH_JQ:-1}" = 0 ]; then jq_s=0 jq_cpu=0 jq_kb=0; else
        read -r jq_s jq_cpu jq_kb < <(measure jq -c 'select(.status=="error")' "$file")
    fi
    read -r db_s db_cpu db_kb < <(measure "$data/.venv/bin/python" -c "$py" "$all")
    read -r db1_s db1_cpu db1_kb < <(measure taskset -c 0 "$data/.venv/bin/python" -c "$py" "$one")
    read -r op_s op_cpu op_kb < <(measure "$bin" report --json "$file")
    read -r one_s one_cpu one_kb < <(measure taskset -c 0 "$bin" report --json --threads 1 "$file")
    rm -f "$all" "$one"
    awk -v mb="$megabytes" -v cores="$cores" \
        -v wc="$wc_s" -v jq="$jq_s" -v jqcpu="$jq_cpu" -v jqkb="$jq_kb" \
        -v db="$db_s" -v dbcpu="$db_cpu" -v dbkb="$db_kb" -v db1="$db1_s" -v db1cpu="$db1_cpu" -v db1kb="$db1_kb" \
        -v op="$op_s" -v opcpu="$op_cpu" -v opkb="$op_kb" -v one="$one_s" -v onecpu="$one_cpu" -v onekb="$one_kb" 'BEGIN {
        printf "  %-44s %8s %8s %9s %8s\n", "command", "wall s", "CPU s", "MiB/s", "peak MB"
        printf "  %-44s %8.2f %8s %9.0f %8s\n", "wc -l", wc, "-", mb / (wc > 0 ? wc : 0.01), "-"
        if (jq > 0) printf "  %-44s %8.2f %8.2f %9.0f %8.0f\n", "jq -c select(.status==\"error\")", jq, jqcpu, mb / jq, jqkb / 1024
        else printf "  %-44s %8s\n", "jq -c select(.status==\"error\")", "left out (BENCH_JQ=0)"
        printf "  %-44s %8.2f %8.2f %9.0f %8.0f\n", "DuckDB read_json + group-by (" cores " threads)", db, dbcpu, mb / db, dbkb / 1024
        printf "  %-44s %8.2f %8.2f %9.0f %8.0f\n", "  the same on one core", db1, db1cpu, mb / db1, db1kb / 1024
        printf "  %-44s %8.2f %8.2f %9.0f %8.0f\n", "opstop report --json (" cores " threads)", op, opcpu, mb / op, opkb / 1024
        printf "  %-44s %8.2f %8.2f %9.0f %8.0f\n", "  the same on one core (--threads 1)", one, onecpu, mb / one, onekb / 1024
        printf "  opstop / DuckDB wall: %.2f (all cores), %.2f (one core); one core -> %d: %.2fx; %s; %.1fx wc -l\n",
            op / db, one / db1, cores, one / op, (jq > 0 ? sprintf("%.1fx jq", jq / op) : "jq left out"), op / (wc > 0 ? wc : 0.01)
    }'
}

for form in $forms; do
    file="$data/spans-$spans-$form.jsonl"
    [ "$form" = native ] && file="$data/spans-$spans.jsonl"
    generate "$spans" "$form" "$file"
    run "$form" "$file"
done
if $big; then
    large=$((spans * 10))
    generate "$large" native "$data/spans-$large.jsonl"
    read -r op_s op_cpu op_kb < <(measure "$bin" report --json "$data/spans-$large.jsonl")
    echo
    echo "$data/spans-$large.jsonl: opstop report --json ${op_s}s (CPU ${op_cpu}s), peak $((op_kb / 1024)) MB"
fi
