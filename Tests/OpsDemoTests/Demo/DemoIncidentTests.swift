import Foundation
import OpsDemo
import Testing
import OpsTestSupport

@Suite("DemoGenerator incident")
struct DemoIncidentTests {
    static let run = DemoGeneratorTests.tenMinutes
    static let second: Int64 = 1_000_000_000

    @Test func openAIChatCallsAreRateLimitedDuringTheStormOnly() {
        let timeline = Self.run.generator.timeline
        let chats = Self.run.spans.filter { $0.text("gen_ai.provider.name") == "openai" }
        func errorShare(_ spans: [[String: Any]]) -> Double {
            Double(spans.filter(\.isError).count) / Double(Swift.max(1, spans.count))
        }
        let inside = chats.filter {
            let start = $0.nanos("start_time_unix_nano")
            return start >= timeline.stormStart + 10 * Self.second && start < timeline.stormEnd - 10 * Self.second
        }
        let outside = chats.filter {
            let start = $0.nanos("start_time_unix_nano")
            return start < timeline.stormStart || start >= timeline.stormEnd + 30 * Self.second
        }
        #expect(inside.count > 500 && outside.count > 500)
        #expect(errorShare(inside) > 0.25, "storm error share \(errorShare(inside))")
        #expect(errorShare(outside) < 0.05, "normal error share \(errorShare(outside))")
        let rateLimited = inside.filter { $0.text("error.type") == "rate_limit_exceeded" || $0.text("error.type") == "RateLimitError" }
        #expect(rateLimited.count * 10 > inside.filter(\.isError).count * 9)
        #expect(rateLimited.allSatisfy { $0["http.response.status_code"] as? Int == 429 })
        #expect(timeline.stormStart - DemoRun.start == 60 * Self.second)
    }

    @Test func cancelOrderFailsDuringTheOutageAndItsBreakerOpensAndCloses() {
        let timeline = Self.run.generator.timeline
        let cancels = Self.run.spans.filter { $0.text("gen_ai.tool.name") == "cancel_order" }
        let failed = cancels.filter(\.isError)
        #expect(failed.count > 20)
        #expect(failed.allSatisfy { timeline.inOutage($0.nanos("start_time_unix_nano")) })
        #expect(failed.contains { $0.text("error.type") == "db_connection_lost" })
        let breakers = Self.run.objects.filter { $0.text("kind") == "breaker" }
        #expect(breakers.compactMap { $0.text("breaker.state") } == ["open", "half_open", "open", "half_open", "closed"])
        #expect(breakers.allSatisfy { $0.text("breaker.name") == "tool:cancel_order" && $0.text("gen_ai.tool.name") == "cancel_order" })
        let opened = breakers.first?.lineTime ?? 0
        #expect(opened > timeline.outageStart && opened < timeline.outageStart + 30 * Self.second)
    }

    @Test func theRunawayUserBurnsGPT4oTokensDuringItsWindow() {
        let timeline = Self.run.generator.timeline
        let runaway = Self.run.spans.filter { $0.text("user.id") == "u_666" }
        #expect(runaway.count > 100)
        let roots = runaway.filter { $0["parent_span_id"] is NSNull }
        #expect(roots.allSatisfy { timeline.inRunaway($0.nanos("start_time_unix_nano")) })
        #expect(runaway.allSatisfy {
            let start = $0.nanos("start_time_unix_nano")
            return start >= timeline.runawayStart && start < timeline.runawayEnd + 60 * Self.second
        })
        let chats = runaway.filter { $0.text("gen_ai.operation.name") == "chat" }
        #expect(chats.allSatisfy { $0.text("gen_ai.request.model") == "gpt-4o" })
        let tokens = chats.compactMap { $0["gen_ai.usage.input_tokens"] as? Int }
        #expect((tokens.min() ?? 0) > 20_000)
        let budgets = Self.run.objects.filter { $0.text("kind") == "budget" }
        #expect(budgets.contains { $0["budget.threshold"] as? Double == 0.5 })
        #expect(budgets.allSatisfy { timeline.inRunaway($0.lineTime) || $0.lineTime >= timeline.runawayEnd })
    }

    @Test func aShortRunStartsItsIncidentWithinTheFirstTwoMinutes() {
        let run = DemoRun(seed: 11, minutes: 2)
        let timeline = run.generator.timeline
        #expect(timeline.stormStart - DemoRun.start < 60 * Self.second)
        #expect(timeline.runawayEnd <= run.generator.end)
        #expect(run.spans.contains { $0.text("error.type") == "rate_limit_exceeded" || $0.text("error.type") == "RateLimitError" })
        #expect(run.spans.contains { $0.text("user.id") == "u_666" })
        #expect(run.objects.filter { $0.text("kind") == "breaker" }.count == 5)
    }
}
