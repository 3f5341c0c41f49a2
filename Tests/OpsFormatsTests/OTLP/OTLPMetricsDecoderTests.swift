import Testing

@testable import OpsModel
@testable import OpsFormats

private let traceID: [UInt8] = Array(1...16)
private let spanID: [UInt8] = Array(0xA1...0xA8)

/// An `ExportMetricsServiceRequest` with one resource (`bot`, instance `i-1`) and one scope holding `metrics`.
private func metricsRequest(_ metrics: [(inout ProtobufTestWriter) -> Void]) -> [UInt8] {
    var writer = ProtobufTestWriter()
    writer.message(1) { resourceMetrics in
        resourceMetrics.message(1) { resource in
            resource.attribute(1, "service.name", string: "bot")
            resource.attribute(1, "service.instance.id", string: "i-1")
        }
        resourceMetrics.message(2) { scopeMetrics in
            scopeMetrics.message(1) { scope in
                scope.string(1, "opstop.test")
                scope.string(2, "1.0")
            }
            for metric in metrics { scopeMetrics.message(2, metric) }
        }
    }
    return writer.bytes
}

private func doubleBits(_ value: Double) -> UInt64 { value.bitPattern }

private func packedFixed64(_ values: [UInt64]) -> [UInt8] {
    values.flatMap { value in (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }
}

/// `gen_ai.client.operation.duration` (s): bounds 0.5, 1, 2; counts 1, 2, 0, 1; sum 4.1; one exemplar at 0.8.
private func durationHistogram(packed: Bool, temporality: UInt64 = 2) -> (inout ProtobufTestWriter) -> Void {
    { metric in
        metric.string(1, "gen_ai.client.operation.duration")
        metric.string(2, "GenAI operation duration.")
        metric.string(3, "s")
        metric.message(9) { histogram in
            histogram.message(1) { point in
                point.attribute(9, "gen_ai.operation.name", string: "chat")
                point.attribute(9, "gen_ai.request.model", string: "gpt-4o-mini")
                point.fixed64(2, 1_795_000_000_000_000_000)
                point.fixed64(3, 1_795_000_060_000_000_000)
                point.fixed64(4, 4)
                point.fixed64(5, doubleBits(4.1))
                if packed {
                    point.bytes(6, packedFixed64([1, 2, 0, 1]))
                    point.bytes(7, packedFixed64([0.5, 1, 2].map(doubleBits)))
                } else {
                    for count in [1, 2, 0, 1] as [UInt64] { point.fixed64(6, count) }
                    for bound in [0.5, 1, 2] { point.fixed64(7, doubleBits(bound)) }
                }
                point.message(8) { exemplar in
                    exemplar.fixed64(2, 1_795_000_030_500_000_000)
                    exemplar.fixed64(3, doubleBits(0.8))
                    exemplar.bytes(4, spanID)
                    exemplar.bytes(5, traceID)
                }
            }
            histogram.varint(2, temporality)
        }
    }
}

private func decode(_ bytes: [UInt8]) throws -> OTLPMetricsBatch {
    var deltas = OTLPDeltaAccumulator()
    return try OTLPMetricsDecoder().decodeProtobuf(bytes, deltas: &deltas)
}

@Test(arguments: [true, false])
func aHistogramBecomesCumulativeBucketsWithItsExemplar(packed: Bool) throws {
    let batch = try decode(metricsRequest([durationHistogram(packed: packed)]))
    #expect(batch.rejectedDataPoints == 0)
    #expect(batch.scrapes.count == 1)
    let target = try #require(batch.scrapes.first)
    #expect(target.job == "bot")
    #expect(target.target == "bot/i-1")
    #expect(target.dataPoints == 1)
    let family = try #require(target.scrape.family(named: "gen_ai_client_operation_duration_seconds"))
    #expect(family.type == .histogram)
    #expect(family.unit == "seconds")
    #expect(family.help == "GenAI operation duration.")
    let series = try #require(family.series.first)
    #expect(series.labels == [
        Label("gen_ai_operation_name", "chat"), Label("gen_ai_request_model", "gpt-4o-mini"),
        Label("instance", "i-1"), Label("job", "bot"), Label("otel_scope_name", "opstop.test"),
        Label("otel_scope_version", "1.0"),
    ])
    #expect(series.key == #"gen_ai_client_operation_duration_seconds{gen_ai_operation_name="chat","#
        + #"gen_ai_request_model="gpt-4o-mini",instance="i-1",job="bot",otel_scope_name="opstop.test","#
        + #"otel_scope_version="1.0"}"#)
    let histogram = try #require(series.histogram)
    #expect(histogram.boundsAndCounts.map(\.upperBound) == [0.5, 1, 2, .infinity])
    #expect(histogram.boundsAndCounts.map(\.count) == [1, 3, 3, 4])
    #expect(histogram.count == 4)
    #expect(histogram.sum == 4.1)
    #expect(series.created == 1_795_000_000)
    #expect(series.timestamp == 1_795_000_060)
    let exemplar = try #require(histogram.buckets[1].exemplar)
    #expect(histogram.exemplars.count == 1)
    #expect(exemplar.value == 0.8)
    #expect(exemplar.traceID == "0102030405060708090a0b0c0d0e0f10")
    #expect(exemplar.spanID == "a1a2a3a4a5a6a7a8")
    #expect(exemplar.timestamp == 1_795_000_030.5)
    #expect(series.samples.map(\.name) == [
        "gen_ai_client_operation_duration_seconds_bucket", "gen_ai_client_operation_duration_seconds_bucket",
        "gen_ai_client_operation_duration_seconds_bucket", "gen_ai_client_operation_duration_seconds_bucket",
        "gen_ai_client_operation_duration_seconds_count", "gen_ai_client_operation_duration_seconds_sum",
        "gen_ai_client_operation_duration_seconds_created",
    ])
    #expect(series.samples.first?.labels["le"] == "0.5")
    #expect(series.samples[3].labels["le"] == "+Inf")
    #expect(target.scrape.sampleCount == 7)
}

@Test func sumsAndGaugesKeepTheirValuesUnderPrometheusNames() throws {
    let body = metricsRequest([
        { metric in
            metric.string(1, "opstop.llm.cost")
            metric.string(3, "USD")
            metric.message(7) { sum in
                sum.message(1) { point in
                    point.attribute(7, "gen_ai.request.model", string: "gpt-4o-mini")
                    point.fixed64(2, 1_795_000_000_000_000_000)
                    point.fixed64(3, 1_795_000_060_000_000_000)
                    point.fixed64(4, doubleBits(0.0042))
                }
                sum.varint(2, 2)
                sum.varint(3, 1)
            }
        },
        { metric in
            metric.string(1, "gen_ai.client.token.usage")
            metric.string(3, "{token}")
            metric.message(7) { sum in
                sum.message(1) { point in point.fixed64(6, UInt64(bitPattern: 1234)) }
                sum.varint(2, 2)
                sum.varint(3, 1)
            }
        },
        { metric in
            metric.string(1, "queue.depth")
            metric.message(7) { sum in
                sum.message(1) { point in point.fixed64(6, UInt64(bitPattern: -3)) }
                sum.varint(2, 2)
            }
        },
        { metric in
            metric.string(1, "cache.hit")
            metric.string(3, "1")
            metric.message(5) { gauge in gauge.message(1) { point in point.fixed64(4, doubleBits(0.25)) } }
        },
    ])
    let scrape = try #require(try decode(body).scrapes.first?.scrape)
    #expect(scrape.families.map(\.name) == [
        "opstop_llm_cost_USD", "gen_ai_client_token_usage", "queue_depth", "cache_hit_ratio",
    ])
    #expect(scrape.families.map(\.type) == [.counter, .counter, .gauge, .gauge])
    let cost = try #require(scrape.families.first?.series.first)
    #expect(cost.value == 0.0042)
    #expect(cost.created == 1_795_000_000)
    #expect(cost.samples.map(\.name) == ["opstop_llm_cost_USD_total", "opstop_llm_cost_USD_created"])
    #expect(cost.labels["gen_ai_request_model"] == "gpt-4o-mini")
    #expect(scrape.families[1].series.first?.value == 1234)
    #expect(scrape.family(named: "gen_ai_client_token_usage_total")?.name == "gen_ai_client_token_usage")
    #expect(scrape.families[2].series.first?.value == -3)
    #expect(scrape.families[2].series.first?.samples.first?.name == "queue_depth")
    #expect(scrape.families[3].series.first?.value == 0.25)
}

@Test func deltaSumsAndHistogramsAddUpAcrossRequests() throws {
    func deltaSum(_ value: Int64) -> [UInt8] {
        metricsRequest([{ metric in
            metric.string(1, "requests")
            metric.message(7) { sum in
                sum.message(1) { point in point.fixed64(6, UInt64(bitPattern: value)) }
                sum.varint(2, 1)
                sum.varint(3, 1)
            }
        }])
    }
    var deltas = OTLPDeltaAccumulator()
    let decoder = OTLPMetricsDecoder()
    _ = try decoder.decodeProtobuf(deltaSum(3), deltas: &deltas)
    let second = try decoder.decodeProtobuf(deltaSum(4), deltas: &deltas)
    #expect(second.scrapes.first?.scrape.family(named: "requests")?.series.first?.value == 7)
    _ = try decoder.decodeProtobuf(metricsRequest([durationHistogram(packed: true, temporality: 1)]), deltas: &deltas)
    let twice = try decoder.decodeProtobuf(
        metricsRequest([durationHistogram(packed: true, temporality: 1)]), deltas: &deltas)
    let histogram = twice.scrapes.first?.scrape.families.first?.series.first?.histogram
    #expect(histogram?.boundsAndCounts.map(\.count) == [2, 6, 6, 8])
    #expect(histogram?.count == 8)
    #expect(histogram?.sum == 8.2)
    #expect(deltas.seriesCount == 2)
}

@Test func unusableDataPointsAreCountedForAPartialSuccess() throws {
    let body = metricsRequest([
        { metric in
            metric.string(1, "broken")
            metric.message(9) { histogram in
                histogram.message(1) { point in
                    point.fixed64(4, 3)
                    point.bytes(6, packedFixed64([1, 2]))
                    point.bytes(7, packedFixed64([1, 2].map(doubleBits)))
                }
            }
        },
        { metric in
            metric.string(1, "exponential")
            metric.message(10) { histogram in
                histogram.message(1) { _ in }
                histogram.message(1) { _ in }
            }
        },
        { metric in
            metric.string(1, "no.value")
            metric.message(5) { gauge in gauge.message(1) { point in point.fixed64(3, 1) } }
        },
    ])
    let batch = try decode(body)
    #expect(batch.rejectedDataPoints == 4)
    #expect(batch.partialSuccessMessage
        == "4 data points rejected: 'broken': 2 bucket counts for 2 bounds (expected one more); "
        + "'exponential' is an exponential histogram, which opstop does not read; "
        + "'no_value': a data point without a value")
}

@Test func otlpJSONGivesTheSameScrapeAsProtobuf() throws {
    let json = """
        {"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}},
        {"key":"service.instance.id","value":{"stringValue":"i-1"}}]},"scopeMetrics":[{"scope":{"name":"opstop.test",
        "version":"1.0"},"metrics":[{"name":"gen_ai.client.operation.duration","description":"GenAI operation duration.",
        "unit":"s","histogram":{"aggregationTemporality":2,"dataPoints":[{"attributes":[
        {"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},
        {"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}}],
        "startTimeUnixNano":"1795000000000000000","timeUnixNano":"1795000060000000000","count":"4","sum":4.1,
        "bucketCounts":["1","2","0","1"],"explicitBounds":[0.5,1,2],"exemplars":[{"timeUnixNano":"1795000030500000000",
        "asDouble":0.8,"spanId":"a1a2a3a4a5a6a7a8","traceId":"0102030405060708090a0b0c0d0e0f10"}]}]}}]}]}]}
        """
    var deltas = OTLPDeltaAccumulator()
    let fromJSON = try OTLPMetricsDecoder().decodeJSON(Array(json.utf8), deltas: &deltas)
    let fromProtobuf = try decode(metricsRequest([durationHistogram(packed: true)]))
    #expect(fromJSON.scrapes.first?.scrape.families == fromProtobuf.scrapes.first?.scrape.families)
    #expect(fromJSON.scrapes.first?.target == "bot/i-1")
}

@Test func brokenMetricsBodiesThrow() {
    var deltas = OTLPDeltaAccumulator()
    #expect(throws: OTLPDecodingError.self) { try OTLPMetricsDecoder().decodeProtobuf([0x0A, 0x09], deltas: &deltas) }
    #expect(throws: OTLPDecodingError.json("not JSON")) {
        try OTLPMetricsDecoder().decodeJSON(Array("{nope".utf8), deltas: &deltas)
    }
}

@Test func namesFollowThePrometheusExporter() {
    typealias Naming = OTLPPrometheusNaming
    #expect(Naming.metricName("gen_ai.client.operation.duration", unit: "s", type: .histogram)
        == "gen_ai_client_operation_duration_seconds")
    #expect(Naming.metricName("http.server.request.duration", unit: "ms", type: .histogram)
        == "http_server_request_duration_milliseconds")
    #expect(Naming.metricName("gen_ai.client.token.usage", unit: "{token}", type: .histogram)
        == "gen_ai_client_token_usage")
    #expect(Naming.metricName("network.io", unit: "By/s", type: .gauge) == "network_io_bytes_per_second")
    #expect(Naming.metricName("requests_total", unit: "", type: .counter) == "requests")
    #expect(Naming.metricName("latency_seconds", unit: "s", type: .histogram) == "latency_seconds")
    #expect(Naming.metricName("cpu.utilization", unit: "1", type: .gauge) == "cpu_utilization_ratio")
    #expect(Naming.metricName("cpu.time", unit: "1", type: .counter) == "cpu_time")
    #expect(Naming.metricName("2xx..responses", unit: "", type: .gauge) == "_2xx_responses")
    #expect(Naming.labelName("gen_ai.request.model") == "gen_ai_request_model")
    #expect(Naming.labelName("1st") == "key_1st")
}

@Test func theScrapeHasTheShapeTheOpenMetricsParserGivesForTheSameData() throws {
    let labels = #"gen_ai_operation_name="chat",gen_ai_request_model="gpt-4o-mini",instance="i-1",job="bot","#
        + #"otel_scope_name="opstop.test",otel_scope_version="1.0""#
    let name = "gen_ai_client_operation_duration_seconds"
    let text = """
        # TYPE \(name) histogram
        # UNIT \(name) seconds
        # HELP \(name) GenAI operation duration.
        \(name)_bucket{\(labels),le="0.5"} 1 1795000060
        \(name)_bucket{\(labels),le="1.0"} 3 1795000060 # {span_id="a1a2a3a4a5a6a7a8",trace_id="0102030405060708090a0b0c0d0e0f10"} 0.8 1795000030.5
        \(name)_bucket{\(labels),le="2.0"} 3 1795000060
        \(name)_bucket{\(labels),le="+Inf"} 4 1795000060
        \(name)_count{\(labels)} 4 1795000060
        \(name)_sum{\(labels)} 4.1 1795000060
        \(name)_created{\(labels)} 1795000000 1795000060
        # EOF

        """
    let parsed = ExpositionParser.parse(text, contentType: "application/openmetrics-text; version=1.0.0")
    #expect(parsed.issueCount == 0)
    let expected = try #require(parsed.family(named: name))
    let converted = try #require(try decode(metricsRequest([durationHistogram(packed: true)]))
        .scrapes.first?.scrape.family(named: name))
    #expect(converted.type == expected.type)
    #expect(converted.unit == expected.unit)
    #expect(converted.help == expected.help)
    let mine = try #require(converted.series.first)
    let theirs = try #require(expected.series.first)
    #expect(mine.labels == theirs.labels)
    #expect(mine.key == theirs.key)
    #expect(mine.histogram == theirs.histogram)
    #expect(mine.created == theirs.created)
    #expect(mine.timestamp == theirs.timestamp)
    #expect(mine.samples.map(\.name) == theirs.samples.map(\.name))
    #expect(mine.samples.map(\.value) == theirs.samples.map(\.value))
}
