"""Emits one known agent trace through the official OTLP/HTTP protobuf exporter.

usage: otlp_agent_trace.py ENDPOINT TRACE_NUMBER [gzip]

The trace (times relative to a fixed start, so latencies are exact):
  invoke_agent support_bot   1500 ms, roll-up usage 1500 in / 300 out
    chat gpt-4o-mini          800 ms, 1000 in / 200 out
    execute_tool lookup_order 120 ms, status ERROR, error.type TimeoutError, an `exception` event
    chat gpt-4o-mini          400 ms, 500 in / 100 out
Exits 0 only when the exporter reports SUCCESS.
"""

import sys

from opentelemetry.exporter.otlp.proto.http import Compression
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExportResult
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Status, StatusCode, set_span_in_context

endpoint = sys.argv[1]
number = int(sys.argv[2])
compression = Compression.Gzip if len(sys.argv) > 3 and sys.argv[3] == "gzip" else Compression.NoCompression

memory = InMemorySpanExporter()
provider = TracerProvider(resource=Resource.create({"service.name": "support-bot"}))
provider.add_span_processor(SimpleSpanProcessor(memory))
tracer = provider.get_tracer("opstop.e2e", "1.0")

MS = 1_000_000
start = 1_795_433_000_000_000_000 + number * 60_000 * MS

root = tracer.start_span("invoke_agent support_bot", start_time=start, attributes={
    "gen_ai.operation.name": "invoke_agent",
    "gen_ai.agent.name": "support_bot",
    "gen_ai.usage.input_tokens": 1500,
    "gen_ai.usage.output_tokens": 300,
})
context = set_span_in_context(root)


def chat(offset_ms, duration_ms, input_tokens, output_tokens):
    span = tracer.start_span("chat gpt-4o-mini", context=context, start_time=start + offset_ms * MS, attributes={
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.usage.input_tokens": input_tokens,
        "gen_ai.usage.output_tokens": output_tokens,
    })
    span.end(end_time=start + (offset_ms + duration_ms) * MS)


chat(0, 800, 1000, 200)
tool = tracer.start_span("execute_tool lookup_order", context=context, start_time=start + 850 * MS, attributes={
    "gen_ai.operation.name": "execute_tool",
    "gen_ai.tool.name": "lookup_order",
    "error.type": "TimeoutError",
})
tool.record_exception(TimeoutError("order service did not answer in 100 ms"), timestamp=start + 960 * MS)
tool.set_status(Status(StatusCode.ERROR, "order service did not answer in 100 ms"))
tool.end(end_time=start + 970 * MS)
chat(1000, 400, 500, 100)
root.end(end_time=start + 1500 * MS)

exporter = OTLPSpanExporter(endpoint=endpoint, compression=compression, timeout=10)
result = exporter.export(memory.get_finished_spans())
exporter.shutdown()
print(f"exported {len(memory.get_finished_spans())} spans: {result}")
sys.exit(0 if result == SpanExportResult.SUCCESS else 1)
