import Foundation
import OpsDemo
import Testing
import OpsTestSupport

@Suite("DemoGenerator")
struct DemoGeneratorTests {
    static let tenMinutes = DemoRun(minutes: 10)

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        var first: [UInt8] = []
        var second: [UInt8] = []
        var other: [UInt8] = []
        var a = DemoGenerator(seed: 1, start: DemoRun.start, minutes: 2)
        var b = DemoGenerator(seed: 1, start: DemoRun.start, minutes: 2)
        var c = DemoGenerator(seed: 2, start: DemoRun.start, minutes: 2)
        a.writeAll(into: &first)
        b.writeAll(into: &second)
        c.writeAll(into: &other)
        #expect(!first.isEmpty)
        #expect(first == second)
        #expect(first != other)
    }

    @Test func everyLineIsValidJSONOfAKnownKind() {
        let run = Self.tenMinutes
        #expect(run.unparsable.isEmpty, "\(run.unparsable.prefix(2))")
        #expect(run.lines.count > 5_000)
        let kinds = Set(run.objects.compactMap { $0.text("kind") })
        #expect(kinds == ["span", "breaker", "budget"])
        for object in run.objects {
            #expect(object["v"] as? Int == 1)
            #expect(object.lineTime > 0)
        }
        #expect(run.objects.allSatisfy { $0["opstop.cost.usd"] == nil })
    }

    @Test func linesAreOrderedByTheirTime() {
        let times = Self.tenMinutes.objects.map(\.lineTime)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func everyTraceIsARootWrittenAfterItsChildren() throws {
        var traces: [String: [[String: Any]]] = [:]
        for span in Self.tenMinutes.spans {
            traces[span.text("trace_id") ?? "", default: []].append(span)
        }
        #expect(traces.count > 2_000)
        for (trace, spans) in traces {
            #expect(trace.count == 32)
            let root = try #require(spans.last)
            #expect(root["parent_span_id"] is NSNull)
            #expect(root.text("name") == "invoke_agent support_bot")
            #expect(root.text("gen_ai.operation.name") == "invoke_agent")
            #expect(root.text("service.name") == "support-bot")
            let rootID = root.text("span_id")
            let children = spans.dropLast()
            #expect(!children.isEmpty)
            #expect(children.first?.text("gen_ai.operation.name") == "chat")
            for child in children {
                #expect(child.text("parent_span_id") == rootID)
                #expect(child.nanos("start_time_unix_nano") >= root.nanos("start_time_unix_nano"))
                #expect(child.nanos("end_time_unix_nano") < root.nanos("end_time_unix_nano"))
                #expect(child.nanos("start_time_unix_nano") < child.nanos("end_time_unix_nano"))
            }
            let failed = children.contains { $0.isError && $0.text("error.type") != "rate_limit_exceeded"
                && $0.text("error.type") != "RateLimitError" }
            if failed { #expect(root.isError) }
        }
    }

    @Test func llmAndToolSpansCarryWhatTheEngineNeeds() {
        let models: Set = ["gpt-4o-mini", "gpt-4o", "claude-sonnet-4-5", "claude-3-5-haiku", "gemini-2.0-flash", "mistral-large-latest"]
        let providers: Set = ["openai", "anthropic", "gcp.gemini", "mistral_ai"]
        let tools: Set = ["lookup_order", "cancel_order", "refund_payment", "search_kb"]
        let spans = Self.tenMinutes.spans
        let chats = spans.filter { $0.text("gen_ai.operation.name") == "chat" }
        #expect(Set(chats.compactMap { $0.text("gen_ai.request.model") }) == models)
        #expect(Set(chats.compactMap { $0.text("gen_ai.provider.name") }) == providers)
        #expect(chats.contains { $0.text("gen_ai.response.model") == "gpt-4o-mini-2024-07-18" })
        #expect(chats.contains { $0["gen_ai.input.messages"] is [Any] && $0["gen_ai.output.messages"] is [Any] })
        for chat in chats where !chat.isError {
            let input = chat["gen_ai.usage.input_tokens"] as? Int ?? 0
            let output = chat["gen_ai.usage.output_tokens"] as? Int ?? 0
            #expect(input >= 300 && output >= 20)
        }
        let toolSpans = spans.filter { $0.text("gen_ai.operation.name") == "execute_tool" }
        #expect(Set(toolSpans.compactMap { $0.text("gen_ai.tool.name") }) == tools)
        #expect(toolSpans.filter { $0.text("gen_ai.tool.name") == "search_kb" }
            .allSatisfy { $0.text("opstop.component") == "retrieval" })
        let users = Set(spans.compactMap { $0.text("user.id") })
        #expect(users.contains("u_1") && users.contains("u_666") && users.count > 100)
    }

    @Test func theAverageLineIsBetween250And450Bytes() {
        let run = Self.tenMinutes
        let average = Double(run.bytes.count) / Double(run.lines.count)
        #expect(average > 250 && average < 450, "average \(average)")
    }

    @Test func writingInTimeSlicesGivesTheSameBytesAsWritingAll() {
        var sliced = DemoGenerator(seed: 7, start: DemoRun.start, minutes: 3)
        var bytes: [UInt8] = []
        var time = DemoRun.start
        while !sliced.isFinished {
            time += 250_000_000
            sliced.write(upTo: time, into: &bytes)
        }
        var whole = DemoGenerator(seed: 7, start: DemoRun.start, minutes: 3)
        var all: [UInt8] = []
        whole.writeAll(into: &all)
        #expect(bytes == all)
        var live = DemoGenerator(seed: 7, start: DemoRun.start, minutes: 3)
        let firstSecond = live.lines(upTo: DemoRun.start + 1_000_000_000)
        #expect(firstSecond.allSatisfy { !$0.contains("\n") && $0.hasPrefix("{\"v\":1,") })
    }

    @Test func writingBySpanCountStopsAtExactlyThatCount() {
        var generator = DemoGenerator(seed: 3, start: DemoRun.start, minutes: 1, queriesPerSecond: 50)
        var bytes: [UInt8] = []
        generator.write(spans: 5_000, into: &bytes)
        #expect(generator.spansWritten == 5_000)
        generator.write(spans: 1_000, into: &bytes)
        #expect(generator.spansWritten == 6_000)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "\"kind\":\"span\"").count - 1 == 6_000)
    }

    @Test func extremeArgumentsAreClampedInsteadOfTrapping() {
        var generator = DemoGenerator(seed: 0, start: Int64.max, minutes: Int.max, queriesPerSecond: .infinity)
        var bytes: [UInt8] = []
        generator.write(spans: 100, into: &bytes)
        #expect(generator.spansWritten == 100)
        var slow = DemoGenerator(seed: 0, start: -5, minutes: -3, queriesPerSecond: 1e-300)
        slow.write(upTo: slow.end, into: &bytes)
        #expect(slow.end - slow.start == 60_000_000_000)
    }
}
