"""One replica of an LLM app for opstop's fleet tests: prometheus_client metrics with known observations.

Usage: fleet_app.py --replica a|b

Binds 127.0.0.1 on a free port and prints "PORT <n>" on its first line of output. Serves:
  GET /metrics  the exposition (every labelled series exists from the start, at zero, so Prometheus
                sees each counter go up from 0 and rate() has a known start);
  GET /record   records this replica's observations, once (later calls change nothing).

The observations (seconds) are chosen so the fleet's figures can be computed by hand; the
test (PrometheusFleetTests.swift) states the expected sums and quantiles.
"""

import argparse
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

# OpenTelemetry GenAI semantic-convention bucket bounds (seconds).
DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92)

# Per replica: (model, error_type, seconds, how many) for gen_ai_client_operation_duration_seconds.
OPERATIONS = {
    "a": [
        ("gpt-4o-mini", "rate_limit_exceeded", 0.05, 30),
        ("gpt-4o-mini", "", 0.1, 360),
        ("gpt-4o-mini", "", 0.5, 150),
        ("claude-3-5-haiku", "", 1.0, 40),
        ("claude-3-5-haiku", "", 3.0, 20),
    ],
    "b": [
        ("gpt-4o-mini", "timeout", 0.05, 20),
        ("gpt-4o-mini", "", 0.1, 240),
        ("gpt-4o-mini", "", 0.5, 100),
        ("claude-3-5-haiku", "", 1.0, 20),
        ("claude-3-5-haiku", "", 3.0, 20),
    ],
}
# Tool calls: (tool, seconds, how many).
TOOLS = {"a": [("lookup_order", 0.03, 100)], "b": [("lookup_order", 0.03, 60), ("lookup_order", 0.3, 40)]}
# Spend in USD per model (binary fractions, so sums are exact).
SPEND = {"a": {"gpt-4o-mini": 0.5, "claude-3-5-haiku": 1.25}, "b": {"gpt-4o-mini": 0.25, "claude-3-5-haiku": 0.75}}
TOKENS = {"a": (60000, 6000), "b": (40000, 4000)}
# LiteLLM failures: (exception_class, exception_status, count).
FAILURES = {"a": ("RateLimitError", "429", 30), "b": ("Timeout", "408", 20)}
# litellm_deployment_state per deployment: 0 healthy, 1 partial outage, 2 complete outage.
DEPLOYMENT_STATE = {"a": {"gpt-4o-mini": 0, "claude-3-5-haiku": 2}, "b": {"gpt-4o-mini": 0, "claude-3-5-haiku": 0}}
MODELS = ("gpt-4o-mini", "claude-3-5-haiku")


class Replica:
    def __init__(self, name):
        self.name = name
        self.registry = CollectorRegistry()
        self.lock = threading.Lock()
        self.recorded = False
        self.duration = Histogram(
            "gen_ai_client_operation_duration_seconds", "GenAI operation duration.",
            ["gen_ai_request_model", "gen_ai_provider_name", "error_type"],
            buckets=DURATION_BUCKETS, registry=self.registry)
        self.tool = Histogram(
            "gen_ai_execute_tool_duration_seconds", "Tool execution duration.", ["gen_ai_tool_name"],
            buckets=DURATION_BUCKETS, registry=self.registry)
        self.spend = Counter("litellm_spend_metric", "Spend in USD.", ["model"], registry=self.registry)
        self.input_tokens = Counter(
            "litellm_input_tokens_metric", "Input tokens.", ["model"], registry=self.registry)
        self.output_tokens = Counter(
            "litellm_output_tokens_metric", "Output tokens.", ["model"], registry=self.registry)
        self.failures = Counter(
            "litellm_proxy_failed_requests_metric", "Failed requests.",
            ["requested_model", "exception_class", "exception_status"], registry=self.registry)
        self.state = Gauge(
            "litellm_deployment_state", "Deployment state.", ["litellm_model_name", "model_id", "api_provider"],
            registry=self.registry)
        # Every series exists at zero before anything is recorded.
        for model, error_type, _, _ in OPERATIONS[name]:
            self.duration.labels(model, provider(model), error_type)
        for tool, _, _ in TOOLS[name]:
            self.tool.labels(tool)
        for model in MODELS:
            self.spend.labels(model)
            self.input_tokens.labels(model)
            self.output_tokens.labels(model)
            self.state.labels(model, "deploy-" + model, provider(model)).set(0)
        error_class, status, _ = FAILURES[name]
        self.failures.labels("gpt-4o-mini", error_class, status)

    def record(self):
        with self.lock:
            if self.recorded:
                return
            self.recorded = True
            for model, error_type, seconds, count in OPERATIONS[self.name]:
                child = self.duration.labels(model, provider(model), error_type)
                for _ in range(count):
                    child.observe(seconds)
            for tool, seconds, count in TOOLS[self.name]:
                child = self.tool.labels(tool)
                for _ in range(count):
                    child.observe(seconds)
            for model, usd in SPEND[self.name].items():
                self.spend.labels(model).inc(usd)
            tokens_in, tokens_out = TOKENS[self.name]
            self.input_tokens.labels("gpt-4o-mini").inc(tokens_in)
            self.output_tokens.labels("gpt-4o-mini").inc(tokens_out)
            error_class, status, count = FAILURES[self.name]
            self.failures.labels("gpt-4o-mini", error_class, status).inc(count)
            for model, state in DEPLOYMENT_STATE[self.name].items():
                self.state.labels(model, "deploy-" + model, provider(model)).set(state)


def provider(model):
    return "anthropic" if model.startswith("claude") else "openai"


def handler_for(replica):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.startswith("/metrics"):
                body = generate_latest(replica.registry)
                self.reply(200, CONTENT_TYPE_LATEST, body)
            elif self.path.startswith("/record"):
                replica.record()
                self.reply(200, "text/plain", b"recorded\n")
            else:
                self.reply(404, "text/plain", b"not found\n")

        def reply(self, status, content_type, body):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--replica", choices=sorted(OPERATIONS), required=True)
    options = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(Replica(options.replica)))
    print("PORT %d" % server.server_address[1], flush=True)
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
