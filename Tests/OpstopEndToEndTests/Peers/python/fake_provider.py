"""A fake OpenAI-compatible provider on 127.0.0.1 whose own log is the truth for producer tests.

`FakeProvider(log_path, plan).start()` serves `POST /v1/chat/completions` (and `/chat/completions`)
on a free port in a background thread. Each request takes the next outcome of `plan`:
  "ok"  200 with usage: prompt tokens from the request's text, some of them cached, and
        completion tokens with some reasoning tokens, in OpenAI's shape
        (`prompt_tokens_details.cached_tokens`, `completion_tokens_details.reasoning_tokens`);
  "429" OpenAI's rate-limit error body;
  "500" OpenAI's server error body.
When the plan runs out, requests succeed. Every answer is appended to the log as one JSON line:
{"status", "model", "prompt_tokens", "completion_tokens", "cached_tokens", "reasoning_tokens"}.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def usage_for(body):
    """Deterministic, distinct token counts from the request text."""
    text = json.dumps(body.get("messages", []), sort_keys=True)
    prompt = 40 + len(text)
    cached = (prompt // 64) * 32
    completion = 10 + len(text) % 23
    reasoning = completion // 4
    return prompt, completion, cached, reasoning


class FakeProvider:
    def __init__(self, log_path, plan=()):
        self.log_path = log_path
        self.plan = list(plan)
        self.lock = threading.Lock()
        self.count = 0
        open(log_path, "w").close()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def start(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        self.server.shutdown()

    def next_outcome(self):
        with self.lock:
            self.count += 1
            return self.plan.pop(0) if self.plan else "ok"

    def record(self, line):
        with self.lock, open(self.log_path, "a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                model = body.get("model", "")
                outcome = provider.next_outcome()
                if outcome == "429":
                    provider.record({"status": 429, "model": model})
                    self.answer(429, {"error": {
                        "message": f"Rate limit reached for {model} in organization org-fake on tokens per min.",
                        "type": "tokens", "param": None, "code": "rate_limit_exceeded"}})
                    return
                if outcome == "500":
                    provider.record({"status": 500, "model": model})
                    self.answer(500, {"error": {"message": "The server had an error while processing your request.",
                                                "type": "server_error", "param": None, "code": None}})
                    return
                prompt, completion, cached, reasoning = usage_for(body)
                provider.record({"status": 200, "model": model, "prompt_tokens": prompt,
                                 "completion_tokens": completion, "cached_tokens": cached,
                                 "reasoning_tokens": reasoning})
                self.answer(200, {
                    "id": f"chatcmpl-fake{provider.count}", "object": "chat.completion", "created": 1795433000,
                    "model": model, "system_fingerprint": "fp_fake",
                    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                                 "message": {"role": "assistant", "content": "Your order shipped.",
                                             "refusal": None}}],
                    "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                              "total_tokens": prompt + completion,
                              "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0},
                              "completion_tokens_details": {"reasoning_tokens": reasoning, "audio_tokens": 0,
                                                            "accepted_prediction_tokens": 0,
                                                            "rejected_prediction_tokens": 0}}})

            def answer(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(data)

        return Handler


# List prices per 1M tokens (input, cached input, output), as OpenAI publishes them: the cost
# truth for producers that state none.
LIST_PRICES = {"gpt-4o-mini": (0.15, 0.075, 0.60), "gpt-4.5-preview": (75.0, 37.5, 150.0)}

PLAN = ["ok", "429", "ok", "500", "ok"]


def truth(log_path):
    """Totals of a provider log: what a report of the producer's output must say."""
    lines = [json.loads(line) for line in open(log_path, encoding="utf-8") if line.strip()]
    ok = [line for line in lines if line["status"] == 200]
    return {
        "calls": len(lines),
        "ok": len(ok),
        "status_429": sum(1 for line in lines if line["status"] == 429),
        "status_500": sum(1 for line in lines if line["status"] == 500),
        "prompt_tokens": sum(line["prompt_tokens"] for line in ok),
        "completion_tokens": sum(line["completion_tokens"] for line in ok),
        "cached_tokens": sum(line["cached_tokens"] for line in ok),
        "reasoning_tokens": sum(line["reasoning_tokens"] for line in ok),
        "list_cost_usd": sum(list_cost(line) for line in ok),
    }


def list_cost(line):
    """What a successful call costs at list price; 0 for a model without one."""
    prices = LIST_PRICES.get(line["model"].split("/")[-1])
    if prices is None:
        return 0.0
    uncached = line["prompt_tokens"] - line["cached_tokens"]
    return (uncached * prices[0] + line["cached_tokens"] * prices[1] + line["completion_tokens"] * prices[2]) / 1e6


def chat_plan(call, count=len(PLAN)):
    """Makes `count` calls with `call(i)`, swallowing the provider's errors as an app would after logging them."""
    for index in range(count):
        try:
            call(index)
        except Exception as error:  # noqa: BLE001 - the 429s and 500s are planned
            print(json_line({"error": type(error).__name__}), flush=True)


def json_line(value):
    return json.dumps(value)
