"""An app recording OpenTelemetry GenAI metrics, exported with opentelemetry-exporter-prometheus
and served by prometheus_client. Batch 1 before serving, batch 2 after the first scrape."""
from opentelemetry.exporter.prometheus import PrometheusMetricReader
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.view import ExplicitBucketHistogramAggregation, View
from opentelemetry.sdk.resources import Resource
from prometheus_client import REGISTRY

from scrape_common import emit, serve

# The GenAI semantic conventions' advised boundaries for durations, in seconds.
BOUNDS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]
reader = PrometheusMetricReader()
provider = MeterProvider(
    resource=Resource.create({"service.name": "support-bot"}),
    metric_readers=[reader],
    views=[
        View(instrument_name="gen_ai.client.operation.duration", aggregation=ExplicitBucketHistogramAggregation(BOUNDS)),
        View(instrument_name="gen_ai.execute_tool.duration", aggregation=ExplicitBucketHistogramAggregation(BOUNDS)),
    ],
)
meter = provider.get_meter("opstop.scrape.test", "0.1.0")
duration = meter.create_histogram("gen_ai.client.operation.duration", unit="s", description="GenAI operation duration")
tool_duration = meter.create_histogram("gen_ai.execute_tool.duration", unit="s", description="Tool duration")
token_usage = meter.create_histogram("gen_ai.client.token.usage", unit="{token}", description="Tokens used")

BASE = {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o-mini"}


def call(seconds, error=None, tokens_in=100, tokens_out=20):
    attributes = dict(BASE)
    if error:
        attributes["error.type"] = error
    duration.record(seconds, attributes)
    if not error:
        token_usage.record(tokens_in, dict(BASE, **{"gen_ai.token.type": "input"}))
        token_usage.record(tokens_out, dict(BASE, **{"gen_ai.token.type": "output"}))


# Batch 1
for value in [0.05, 0.2, 0.3]:
    call(value, tokens_in=50, tokens_out=10)


def batch2(scrape):
    if scrape != 1:
        return
    call(0.05, error="rate_limit_exceeded")
    call(0.07, error="rate_limit_exceeded")
    for value in [0.2, 0.3, 0.4, 0.8, 0.9, 2.0]:
        call(value)
    tool_duration.record(0.1, {"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "lookup_order"})
    tool_duration.record(0.3, {"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "lookup_order"})
    emit({"batch2": True})


serve(REGISTRY, batch2)
