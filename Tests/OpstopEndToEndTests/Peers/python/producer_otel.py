"""OpenInference or OpenLLMetry instrumenting the openai client, exporting OTLP/HTTP protobuf to opstop.

Usage: producer_otel.py openinference|openllmetry OPSTOP_URL PROVIDER_LOG README_MD

Five chat completions against the fake provider (plan: ok, 429, ok, 500, ok; client retries off),
each span sent at once (SimpleSpanProcessor) by an exporter set up only by the OTEL_EXPORTER_OTLP_*
variables README.md exports, pointed at OPSTOP_URL. Prints {"done": true}.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import openai  # noqa: E402
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter  # noqa: E402
from opentelemetry.sdk.resources import Resource  # noqa: E402
from opentelemetry.sdk.trace import TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402

from fake_provider import PLAN, FakeProvider, chat_plan  # noqa: E402

from docs_env import docs_env  # noqa: E402

which, opstop_url, provider_log, readme = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
# The exporter configured only by the variables README.md exports (endpoint and protocol).
os.environ.update(docs_env(readme, "OTEL_EXPORTER_OTLP_", opstop_url))
tracer_provider = TracerProvider(resource=Resource.create({"service.name": f"support-bot-{which}"}))
tracer_provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter()))
if which == "openinference":
    from openinference.instrumentation.openai import OpenAIInstrumentor
else:
    from opentelemetry.instrumentation.openai import OpenAIInstrumentor
OpenAIInstrumentor().instrument(tracer_provider=tracer_provider)

provider = FakeProvider(provider_log, PLAN).start()
client = openai.OpenAI(base_url=provider.base_url, api_key="x", max_retries=0)
chat_plan(lambda i: client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": f"Where is order {1000 + i * 37}?"}]))
tracer_provider.shutdown()
print('{"done": true}', flush=True)
