import Foundation
import OpsFuzzing
import OpsModel
import OpsTestSupport
import Testing

@testable import OpsFormats

/// The seeds of each fuzz target, taken from the tests' own fixtures. `scripts/fuzz.sh` writes them
/// out as libFuzzer's starting corpus (OPSTOP_FUZZ_CORPUS=DIR).
enum FuzzSeeds {
    static func seeds(for target: FuzzTarget) -> [[UInt8]] {
        switch target {
        case .usageLog:
            return (OTLPSamples.fileExporterLines + [
                #"{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","start_time":"2026-11-23T10:00:00Z","duration_ms":800,"gen_ai.request.model":"gpt-4o","gen_ai.usage.input_tokens":10,"error.type":"429"}"#,
                #"{"kind":"breaker","time":"2026-11-23T10:00:01Z","breaker.name":"b","breaker.state":"open","gen_ai.tool.name":"t"}"#,
                #"{"post":[{"id":"r1","name":"agent","run_type":"chain","start_time":"2026-11-23T10:00:00Z"}]}"#,
                #"{"id":"a1","call_type":"acompletion","trace_id":"t-1","startTime":1795428060.0,"endTime":1795428061.5,"status":"success","model":"gpt-4o","response_cost":0.5}"#,
                #"{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"x","gauge":{"dataPoints":[{"asDouble":1,"timeUnixNano":"1"}]}}]}]}]}"#,
            ]).map { Array(($0 + "\n").utf8) }
        case .otlpProtobufTraces:
            return [Base64.decode(OTLPSamples.protobufTracesBase64.filter { !$0.isWhitespace }) ?? []]
        case .otlpJSONTraces:
            return [Array(OTLPSamples.httpJSONTraces.utf8), Array(OTLPSamples.langfuseExport.utf8)]
        case .otlpProtobufMetrics:
            var writer = ProtobufTestWriter()
            writer.message(1) { resourceMetrics in
                resourceMetrics.message(1) { resource in resource.attribute(1, "service.name", string: "bot") }
                resourceMetrics.message(2) { scopeMetrics in
                    scopeMetrics.message(2) { metric in
                        metric.string(1, "requests")
                        metric.message(5) { gauge in
                            gauge.message(1) { point in
                                point.fixed64(3, 1_795_433_580_000_000_000)
                                point.fixed64(4, (2.5).bitPattern)
                            }
                        }
                    }
                }
            }
            return [writer.bytes]
        case .otlpJSONMetrics:
            return [Array(#"{"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}}]},"scopeMetrics":[{"metrics":[{"name":"gen_ai.client.operation.duration","unit":"s","histogram":{"aggregationTemporality":2,"dataPoints":[{"startTimeUnixNano":"1","timeUnixNano":"2","count":"3","sum":4.1,"bucketCounts":["1","2","0"],"explicitBounds":[0.5,1]}]}}]}]}]}"#.utf8)]
        case .otlpProtobufLogs:
            var writer = ProtobufTestWriter()
            writer.message(1) { resourceLogs in
                resourceLogs.message(2) { scopeLogs in
                    scopeLogs.message(2) { record in
                        record.fixed64(1, 1_795_433_580_000_000_000)
                        record.bytes(9, [UInt8](repeating: 0xAB, count: 16))
                        record.bytes(10, [UInt8](repeating: 0x02, count: 8))
                        record.string(12, "gen_ai.evaluation.result")
                        record.attribute(6, "gen_ai.evaluation.name", string: "faithfulness")
                        record.attribute(6, "gen_ai.evaluation.score.label", string: "pass")
                        record.message(6) { pair in
                            pair.string(1, "gen_ai.evaluation.score.value")
                            pair.message(2) { $0.fixed64(4, (0.82).bitPattern) }
                        }
                    }
                }
            }
            return [writer.bytes]
        case .otlpJSONLogs:
            return [Array(#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"timeUnixNano":"1795433580000000000","eventName":"gen_ai.evaluation.result","traceId":"0102030405060708090a0b0c0d0e0f10","spanId":"0102030405060708","attributes":[{"key":"gen_ai.evaluation.name","value":{"stringValue":"faithfulness"}},{"key":"gen_ai.evaluation.score.value","value":{"doubleValue":0.82}},{"key":"gen_ai.evaluation.explanation","value":{"stringValue":"ok"}}]},{"observedTimeUnixNano":"1","body":{"stringValue":"other"}}]}]}]}"#.utf8)]
        case .exposition:
            return [PrometheusTextSample.text, OpenMetricsSample.text, OTelClassicSample.text, LiteLLMSample.text].map { Array($0.utf8) }
        case .prometheusAPI:
            return [
                #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"model":"gpt-4o"},"value":[1795447363.5,"0.25"]}]},"warnings":["w"]}"#,
                #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,"NaN"]]}]}}"#,
                #"{"status":"error","errorType":"bad_data","error":"parse error"}"#,
                #"{"status":"success","data":["a","b"]}"#,
            ].map { Array($0.utf8) }
        case .langSmithMultipart:
            // The first line is the content type, the rest the body (see FuzzTarget.checkMultipart).
            func seed(_ contentType: String, _ body: [UInt8]) -> [UInt8] { Array((contentType + "\n").utf8) + body }
            let handWritten = LangSmithMultipartTests.body([
                ("post.a", #"{"name":"root","run_type":"chain","start_time":"2026-11-23T10:00:00Z"}"#),
                ("post.a.inputs", #"{"q":"?"}"#), ("post.b", #"{"parent_run_id":"a","run_type":"llm","start_time":"2026-11-23T10:00:01Z"}"#),
                ("patch.b", #"{"end_time":"2026-11-23T10:00:02Z"}"#), ("patch.b.outputs", #"{"usage_metadata":{"input_tokens":7}}"#),
                ("feedback.a", #"{"score":1}"#), ("attachment.a.image", "not json"),
            ])
            return [
                seed(LangSmithSDKMultipartSample.contentType, LangSmithSDKMultipartSample.body),
                seed("multipart/form-data; boundary=XyZ", handWritten),
                seed(#"Multipart/Form-Data; boundary="XyZ""#, Array("--XyZ\r\nContent-Disposition: form-data; name=\"post.a\"\r\n\r\n{}".utf8)),
            ]
        case .config:
            return [Array("""
                [budget]
                daily_usd = 100
                [sla]
                query = "3s"
                [alerts]
                error_rate = 0.05
                [ui]
                refresh = "100ms"
                ascii = false
                [errors]
                "db_*" = "system"
                [[prices]]
                model = "gpt-4o"
                input_per_mtok = 2.5
                output_per_mtok = 10
                """.utf8)]
        case .theme:
            let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("themes")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: themes.path)) ?? []
            return files.sorted().compactMap { FileManager.default.contents(atPath: themes.path + "/" + $0).map(Array.init) }
        case .sanitizer:
            return ["\u{1b}]52;c;SGVsbG8=\u{7}x\u{9b}31m\u{202e}gnp\u{200d}👩‍💻 日本 e\u{301}", "plain\ttext\r\nline\u{2028}"]
                .map { Array($0.utf8) }
        }
    }
}

/// A short seeded pass over every fuzz target in every `swift test` (CI's smoke pass); the long
/// coverage-guided runs are `scripts/fuzz.sh SECONDS`.
@Test(arguments: FuzzTarget.allCases)
func fuzzSmoke(target: FuzzTarget) throws {
    // OPSTOP_FUZZ_ONLY=TARGET runs one target alone (to find which input crashed, with OPSTOP_FUZZ_LAST).
    if let only = ProcessInfo.processInfo.environment["OPSTOP_FUZZ_ONLY"], only != target.rawValue { return }
    let seeds = FuzzSeeds.seeds(for: target)
    #expect(!seeds.isEmpty && seeds.allSatisfy { !$0.isEmpty }, "no seed for \(target.rawValue)")
    if let directory = ProcessInfo.processInfo.environment["OPSTOP_FUZZ_CORPUS"] {
        let folder = directory + "/" + target.rawValue
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, seed) in seeds.enumerated() {
            try Data(seed).write(to: URL(fileURLWithPath: folder + "/seed-\(index)"))
        }
    }
    let iterations = Int(ProcessInfo.processInfo.environment["OPSTOP_FUZZ_ITERATIONS"] ?? "") ?? 400
    var fuzzer = MutationFuzzer(seed: 0x0505_7075_0000 &+ UInt64(target.rawValue.utf8.count))
    let findings = fuzzer.run(target, seeds: seeds, iterations: iterations)
    for finding in findings.prefix(3) {
        Issue.record("\(target.rawValue): \(finding.problem); input (base64): \(Base64.encode(finding.input))")
    }
}
