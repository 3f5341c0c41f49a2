"""The OpenTelemetry SDK sending gen_ai.evaluation.result events to opstop: as span events and as OTLP logs.

Usage: quality_otel_evaluations.py ENDPOINT

Six chat spans, each evaluated for faithfulness and answer_relevancy (RAGAS-style scores); the events of
even spans go on the span (span.add_event), those of odd spans go as log records with event_name set
(Logger.emit inside the span, so the SDK stamps its trace and span ids), exported by the OTLP/HTTP span and
log exporters (protobuf) to ENDPOINT/v1/traces and ENDPOINT/v1/logs. One unrelated log record is sent too.
Prints the truth computed from the scores handed to the SDK:
{"spans": 6, "metrics": {NAME: {"count": N, "mean": x, "min": x}}, "by_route": {"span": N, "log": N}, "done": true}
"""

import json
import sys

from opentelemetry._logs import SeverityNumber
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

endpoint = sys.argv[1].rstrip("/")
resource = Resource.create({"service.name": "support-bot"})
tracer_provider = TracerProvider(resource=resource)
tracer_provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=endpoint + "/v1/traces")))
logger_provider = LoggerProvider(resource=resource)
logger_provider.add_log_record_processor(SimpleLogRecordProcessor(OTLPLogExporter(endpoint=endpoint + "/v1/logs")))
tracer = tracer_provider.get_tracer("rag-evals")
logger = logger_provider.get_logger("rag-evals")

faithfulness = [0.95, 0.91, 0.62, 0.88, 0.97, 0.74]
relevancy = [0.90, 0.85, 0.80, 0.93, 0.70, 0.88]
scores = {"faithfulness": [], "answer_relevancy": []}
routes = {"span": 0, "log": 0}
for index in range(6):
    with tracer.start_as_current_span("chat gpt-4o-mini") as span:
        span.set_attribute("gen_ai.operation.name", "chat")
        span.set_attribute("gen_ai.request.model", "gpt-4o-mini")
        span.set_attribute("gen_ai.usage.input_tokens", 100 + index)
        span.set_attribute("gen_ai.usage.output_tokens", 20)
        for name, value in (("faithfulness", faithfulness[index]), ("answer_relevancy", relevancy[index])):
            attributes = {
                "gen_ai.evaluation.name": name,
                "gen_ai.evaluation.score.value": value,
                "gen_ai.evaluation.score.label": "pass" if value >= 0.85 else "fail",
                "gen_ai.evaluation.explanation": f"{name} judged by ragas for answer {index}",
            }
            if index % 2 == 0:
                span.add_event("gen_ai.evaluation.result", attributes=attributes)
                routes["span"] += 1
            else:
                logger.emit(event_name="gen_ai.evaluation.result", attributes=attributes,
                            severity_number=SeverityNumber.INFO)
                routes["log"] += 1
            scores[name].append(value)
logger.emit(body="cache warmed", severity_number=SeverityNumber.INFO)
tracer_provider.force_flush()
logger_provider.force_flush()
tracer_provider.shutdown()
logger_provider.shutdown()
metrics = {name: {"count": len(values), "mean": sum(values) / len(values), "min": min(values)}
           for name, values in scores.items()}
print(json.dumps({"spans": 6, "metrics": metrics, "by_route": routes, "done": True}), flush=True)
