"""Writes OTLP/JSON lines as the Collector's `file` exporter does, from real OpenTelemetry SDK spans.

Usage: formats_otlp.py OUTPUT.jsonl

The SDK's own OTLP encoder builds each export request; it is written as OTLP/JSON (hex ids,
integer enums, 64-bit integers as strings), one `{"resourceSpans":[...]}` per line, children
before their parent as a SimpleSpanProcessor exports them. A last line holds one metrics export.
Scenario, service `support-bot`: `invoke_agent support_bot` -> `chat gpt-4o-mini` (412 in, 38 out,
256 cache-read) and `execute_tool cancel_order`, which fails (`error.type` db_connection_lost).
"""

import base64
import json
import sys

from google.protobuf.json_format import MessageToDict
from opentelemetry.exporter.otlp.proto.common.metrics_encoder import encode_metrics
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.trace import Status, StatusCode

RESOURCE = Resource.create({"service.name": "support-bot"})


def otlp_json(message):
    """OTLP/JSON of a request: the protobuf JSON mapping with ids as hex, as the OTLP spec asks."""
    document = MessageToDict(message, use_integers_for_enums=True)

    def fix(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("traceId", "spanId", "parentSpanId") and isinstance(value, str):
                    node[key] = base64.b64decode(value).hex()
                else:
                    fix(value)
        elif isinstance(node, list):
            for item in node:
                fix(item)

    fix(document)
    return json.dumps(document, separators=(",", ":"))


class FileExporter(SpanExporter):
    def __init__(self, out):
        self.out = out

    def export(self, spans):
        self.out.write(otlp_json(encode_spans(spans)) + "\n")
        return SpanExportResult.SUCCESS

    def shutdown(self):
        pass


def main():
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        provider = TracerProvider(resource=RESOURCE)
        provider.add_span_processor(SimpleSpanProcessor(FileExporter(out)))
        tracer = provider.get_tracer("opstop.formats")
        with tracer.start_as_current_span("invoke_agent support_bot") as root:
            root.set_attribute("gen_ai.operation.name", "invoke_agent")
            root.set_attribute("user.id", "u_123")
            with tracer.start_as_current_span("chat gpt-4o-mini") as chat:
                chat.set_attribute("gen_ai.operation.name", "chat")
                chat.set_attribute("gen_ai.provider.name", "openai")
                chat.set_attribute("gen_ai.request.model", "gpt-4o-mini")
                chat.set_attribute("gen_ai.usage.input_tokens", 412)
                chat.set_attribute("gen_ai.usage.output_tokens", 38)
                chat.set_attribute("gen_ai.usage.cache_read.input_tokens", 256)
            with tracer.start_as_current_span("execute_tool cancel_order") as tool:
                tool.set_attribute("gen_ai.operation.name", "execute_tool")
                tool.set_attribute("gen_ai.tool.name", "cancel_order")
                tool.set_attribute("error.type", "db_connection_lost")
                tool.set_status(Status(StatusCode.ERROR, "connection to server lost"))
        provider.shutdown()

        reader = InMemoryMetricReader()
        meters = MeterProvider(resource=RESOURCE, metric_readers=[reader])
        histogram = meters.get_meter("opstop.formats").create_histogram("gen_ai.client.operation.duration", unit="s")
        histogram.record(0.84, {"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o-mini"})
        out.write(otlp_json(encode_metrics(reader.get_metrics_data())) + "\n")
        meters.shutdown()


if __name__ == "__main__":
    main()
