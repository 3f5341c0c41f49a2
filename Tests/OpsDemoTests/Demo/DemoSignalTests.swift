import Foundation
import OpsDemo
import Testing

@Suite("DemoGenerator signals")
struct DemoSignalTests {
    static let plain = DemoGeneratorTests.tenMinutes
    static let run = DemoRun(minutes: 10, signals: true)
    static let second: Int64 = 1_000_000_000

    static func isSignal(_ object: [String: Any]) -> Bool {
        object["kind"] as? String == "eval" || object["cache_hit"] != nil || object["guardrail"] != nil
    }

    @Test func everyLineIsJSONAndTheRestOfTheTrafficIsUnchanged() {
        #expect(Self.run.unparsable.isEmpty)
        let others = zip(Self.run.lines, Self.run.objects).filter { !Self.isSignal($0.1) }.map(\.0)
        #expect(others == Self.plain.lines)
    }

    @Test func theCacheStopsHittingAfterTheDeploy() {
        let deploy = Self.run.generator.timeline.deploy
        let lookups = Self.run.spans.filter { $0["cache_hit"] != nil }
        func hitRate(_ spans: [[String: Any]]) -> Double {
            Double(spans.filter { $0["cache_hit"] as? Bool == true }.count) / Double(Swift.max(1, spans.count))
        }
        let before = lookups.filter { $0.nanos("start_time_unix_nano") < deploy }
        let after = lookups.filter { $0.nanos("start_time_unix_nano") >= deploy }
        #expect(before.count > 500 && after.count > 500)
        #expect(hitRate(before) > 0.45, "before \(hitRate(before))")
        #expect(hitRate(after) < 0.10, "after \(hitRate(after))")
        #expect(lookups.allSatisfy { $0.text("component") == "cache" && $0.text("parent_span_id") != nil })
        let saved = lookups.compactMap { $0["saved_usd"] as? Double }
        #expect(saved.count == lookups.filter { $0["cache_hit"] as? Bool == true }.count)
        #expect(saved.allSatisfy { $0 >= 0.0008 && $0 <= 0.004 })
    }

    @Test func theJailbreakWaveIsBlockedDuringItsWindowOnly() {
        let timeline = Self.run.generator.timeline
        let blocked = Self.run.spans.filter { $0.text("outcome") == "blocked" }
        #expect(blocked.count > 50)
        #expect(blocked.allSatisfy { timeline.inJailbreakWave($0.nanos("start_time_unix_nano")) })
        let attackers: Set<String> = ["u_901", "u_902", "u_903", "u_904", "u_905"]
        #expect(blocked.allSatisfy { attackers.contains($0.text("user.id") ?? "") })
        let limited = blocked.filter { $0["rate_limited"] as? Bool == true }
        #expect(!limited.isEmpty && limited.count < blocked.count)
        #expect(Self.run.spans.filter { $0.text("outcome") == "flagged" }.allSatisfy { $0.text("guardrail") == "pii" })
    }

    @Test func faithfulnessDipsAfterTheDeployAndEveryScoreNamesItsTrace() {
        let deploy = Self.run.generator.timeline.deploy
        let evals = Self.run.objects.filter { $0.text("kind") == "eval" }
        let faithfulness = evals.filter { $0.text("name") == "faithfulness" }
        func mean(_ objects: [[String: Any]]) -> Double {
            objects.compactMap { $0["score"] as? Double }.reduce(0, +) / Double(Swift.max(1, objects.count))
        }
        let before = faithfulness.filter { $0.nanos("time_unix_nano") < deploy }
        let after = faithfulness.filter { $0.nanos("time_unix_nano") >= deploy + 30 * Self.second }
        #expect(before.count > 50 && after.count > 50)
        #expect(mean(before) > 0.9, "before \(mean(before))")
        #expect(mean(after) < 0.82, "after \(mean(after))")
        let traces = Set(Self.run.spans.compactMap { $0.text("trace_id") })
        #expect(evals.allSatisfy { traces.contains($0.text("trace_id") ?? "") })
        #expect(faithfulness.filter { ($0["score"] as? Double ?? 1) < 0.8 }.allSatisfy { $0.text("explanation") != nil })
    }

    @Test func theShortFormCarriesTheSameSignals() {
        let short = DemoRun(minutes: 10, signals: true, form: .short)
        #expect(short.unparsable.isEmpty)
        #expect(short.objects.filter { $0["cache_hit"] != nil }.count == Self.run.spans.filter { $0["cache_hit"] != nil }.count)
        #expect(short.objects.filter { $0.text("kind") == "eval" }.allSatisfy { $0["ts"] is Int && $0["score"] is Double })
    }

    @Test func theSameSeedGivesTheSameSignals() {
        #expect(DemoRun(minutes: 3, signals: true).bytes == DemoRun(minutes: 3, signals: true).bytes)
    }
}
