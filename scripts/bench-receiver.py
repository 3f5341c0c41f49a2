"""Load generator for the OTLP/HTTP receiver: REQUESTS protobuf requests of SPANS spans each.

usage: bench-receiver.py PORT [REQUESTS] [SPANS] [CONNECTIONS] [gzip]
Builds every body first (distinct trace and span ids, GenAI attributes as the SDKs send them),
then posts them over CONNECTIONS keep-alive connections and prints spans/s from the first
request to the last answer. Needs opentelemetry-proto (in the test venv).
"""

import gzip
import http.client
import os
import sys
import threading
import time

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span

port = int(sys.argv[1])
requests = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
spans = int(sys.argv[3]) if len(sys.argv) > 3 else 100
connections = int(sys.argv[4]) if len(sys.argv) > 4 else 4
compress = len(sys.argv) > 5 and sys.argv[5] == "gzip"


def attribute(key, value):
    if isinstance(value, int):
        return KeyValue(key=key, value=AnyValue(int_value=value))
    return KeyValue(key=key, value=AnyValue(string_value=value))


def body(number):
    request = ExportTraceServiceRequest()
    resource_spans = request.resource_spans.add()
    resource_spans.resource.attributes.append(attribute("service.name", "bench"))
    scope = resource_spans.scope_spans.add()
    scope.scope.name = "bench"
    start = 1_795_433_000_000_000_000 + number * 1_000_000_000
    trace_id = os.urandom(16)
    for index in range(spans):
        span = scope.spans.add()
        span.trace_id = trace_id if index % 10 else os.urandom(16)
        span.span_id = os.urandom(8)
        span.name = "chat gpt-4o-mini"
        span.kind = Span.SPAN_KIND_CLIENT
        span.start_time_unix_nano = start + index * 1_000_000
        span.end_time_unix_nano = start + index * 1_000_000 + 250_000_000
        span.attributes.extend([
            attribute("gen_ai.operation.name", "chat"), attribute("gen_ai.provider.name", "openai"),
            attribute("gen_ai.request.model", "gpt-4o-mini"), attribute("gen_ai.response.model", "gpt-4o-mini-2024-07-18"),
            attribute("gen_ai.usage.input_tokens", 412), attribute("gen_ai.usage.output_tokens", 38),
            attribute("server.address", "api.openai.com"),
        ])
    data = request.SerializeToString()
    return gzip.compress(data) if compress else data


bodies = [body(number) for number in range(requests)]
headers = {"Content-Type": "application/x-protobuf"}
if compress:
    headers["Content-Encoding"] = "gzip"
failures = []


def worker(share):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    for data in share:
        connection.request("POST", "/v1/traces", body=data, headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            failures.append(response.status)


threads = [threading.Thread(target=worker, args=(bodies[index::connections],)) for index in range(connections)]
began = time.perf_counter()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.perf_counter() - began
size = sum(len(data) for data in bodies) / len(bodies)
print(f"{requests} requests x {spans} spans ({size / 1024:.1f} KiB each{', gzip' if compress else ''}) over "
      f"{connections} connections in {elapsed:.2f} s: {requests * spans / elapsed:,.0f} spans/s, "
      f"{requests / elapsed:,.0f} requests/s; non-200 answers: {len(failures)}")
