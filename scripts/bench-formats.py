#!/usr/bin/env python3
"""Decode speed of `opstop report --json` on generated logs in the other formats (OTLP/JSON,
LiteLLM, LangSmith), next to the native format. Standard library only.

Usage: scripts/bench-formats.py OPSTOP_BINARY [RECORDS]   (default 100000 records per format)
Writes bench-data/formats-*.jsonl (kept between runs) and prints MB/s, best of three.
"""

import json
import os
import random
import subprocess
import sys
import time
import uuid

START = 1_795_433_580.0


def litellm(i, rng):
    start = START + i * 0.5
    failed = rng.random() < 0.05
    return {
        "id": f"chatcmpl-{uuid.UUID(int=rng.getrandbits(128))}", "trace_id": str(uuid.UUID(int=rng.getrandbits(128))),
        "call_type": "acompletion", "cache_hit": None, "status": "failure" if failed else "success",
        "custom_llm_provider": "openai", "startTime": start, "endTime": start + rng.uniform(0.2, 3),
        "completionStartTime": start + 0.1, "model": "gpt-4o-mini", "model_group": "gpt-4o-mini", "api_base": "",
        "metadata": {"user_api_key_user_id": f"u_{i % 50}", "user_api_key_team_alias": "support",
                     "user_api_key_hash": "8f3a" * 16, "requester_metadata": None,
                     "usage_object": {"prompt_tokens": 400, "completion_tokens": 40}},
        "response_cost": 0.0 if failed else 8.4e-05, "prompt_tokens": 0 if failed else 400,
        "completion_tokens": 0 if failed else 40, "total_tokens": 0 if failed else 440,
        "error_str": "litellm.RateLimitError: rate limited" if failed else None,
        "error_information": {"error_class": "RateLimitError", "error_code": "429", "llm_provider": "openai"}
        if failed else {"error_class": "", "error_code": "", "llm_provider": ""},
        "messages": [{"role": "user", "content": "Where is order %d?" % i}],
        "response": {"choices": [{"index": 0, "message": {"role": "assistant", "content": "Your order shipped."}}]},
        "model_parameters": {"temperature": 0.2}, "hidden_params": {"model_id": "deploy-1", "api_base": None},
    }


def iso(seconds):
    whole = int(seconds)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + ".%06d+00:00" % int((seconds - whole) * 1e6)


def langsmith(i, rng):
    """One /runs/batch body: a chain with an llm and a tool child, all complete."""
    start = START + i * 2.0
    root = str(uuid.UUID(int=rng.getrandbits(128)))
    runs = [{"id": root, "trace_id": root, "name": "support_bot", "run_type": "chain", "start_time": iso(start),
             "end_time": iso(start + 1.5), "dotted_order": "x", "session_name": "bench",
             "inputs": {"q": "Where?"}, "outputs": {"output": "done"},
             "extra": {"metadata": {"user_id": f"u_{i % 50}"}}, "tags": ["prod"]}]
    for name, run_type in (("ChatOpenAI", "llm"), ("lookup_order", "tool")):
        runs.append({"id": str(uuid.UUID(int=rng.getrandbits(128))), "trace_id": root, "parent_run_id": root,
                     "name": name, "run_type": run_type, "start_time": iso(start + 0.1),
                     "end_time": iso(start + 1.0), "inputs": {"messages": []},
                     "outputs": {"usage_metadata": {"input_tokens": 412, "output_tokens": 38}}
                     if run_type == "llm" else {"status": "shipped"},
                     "extra": {"metadata": {"ls_provider": "openai", "ls_model_name": "gpt-4o-mini"}}})
    for run in runs:
        run["dotted_order"] = "20261123T000000000000Z" + run["id"]
    return {"post": runs, "patch": []}


def otlp(i, rng):
    """One export of three spans (root, chat, tool), as the Collector's file exporter writes it."""
    start = int((START + i * 2.0) * 1e9)
    trace = "%032x" % rng.getrandbits(128)
    root = "%016x" % (rng.getrandbits(63) | 1)

    def attribute(key, value):
        kind = "intValue" if isinstance(value, int) else "stringValue"
        return {"key": key, "value": {kind: str(value) if kind == "intValue" else value}}

    def span(span_id, parent, name, attributes, offset, length):
        return {"traceId": trace, "spanId": span_id, "parentSpanId": parent, "flags": 256, "name": name, "kind": 1,
                "startTimeUnixNano": str(start + offset), "endTimeUnixNano": str(start + offset + length),
                "attributes": attributes, "status": {}}

    spans = [span(root, "", "invoke_agent support_bot", [attribute("gen_ai.operation.name", "invoke_agent")], 0, 1_500_000_000),
             span("%016x" % (rng.getrandbits(63) | 1), root, "chat gpt-4o-mini",
                  [attribute("gen_ai.operation.name", "chat"), attribute("gen_ai.request.model", "gpt-4o-mini"),
                   attribute("gen_ai.provider.name", "openai"), attribute("gen_ai.usage.input_tokens", 412),
                   attribute("gen_ai.usage.output_tokens", 38)], 100_000_000, 800_000_000),
             span("%016x" % (rng.getrandbits(63) | 1), root, "execute_tool lookup_order",
                  [attribute("gen_ai.operation.name", "execute_tool"), attribute("gen_ai.tool.name", "lookup_order")],
                  950_000_000, 137_000_000)]
    resource = {"attributes": [attribute("service.name", "support-bot"), attribute("telemetry.sdk.language", "python")]}
    return {"resourceSpans": [{"resource": resource, "scopeSpans": [{"scope": {"name": "bench"}, "spans": spans}]}]}


def main():
    binary = sys.argv[1]
    records = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    os.makedirs("bench-data", exist_ok=True)
    for name, make in (("litellm", litellm), ("langsmith", langsmith), ("otlp", otlp)):
        path = f"bench-data/formats-{name}-{records}.jsonl"
        if not os.path.exists(path):
            rng = random.Random(42)
            with open(path, "w") as out:
                for i in range(records):
                    out.write(json.dumps(make(i, rng), separators=(",", ":")) + "\n")
        megabytes = os.path.getsize(path) / 1048576
        best = None
        for _ in range(3):
            began = time.perf_counter()
            subprocess.run([binary, "report", "--json", path], check=True, stdout=subprocess.DEVNULL)
            elapsed = time.perf_counter() - began
            best = elapsed if best is None else min(best, elapsed)
        print(f"{name:10} {records} records  {megabytes:7.1f} MB  {best:6.2f} s  {megabytes / best:6.1f} MB/s")


if __name__ == "__main__":
    main()
