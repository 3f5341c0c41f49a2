/// The semantic cache, guardrails and evaluations of a query (``DemoGenerator/writesSignals``).
extension DemoGenerator {
    /// Hit rate of the semantic cache before and after the deploy (which changed the embedding model).
    static let hitChanceBeforeDeploy = 0.55
    static let hitChanceAfterDeploy = 0.05
    static let evaluatedShare = 0.2
    /// Chance per query during the wave that an attacker's prompt arrives too.
    static let attackChance = 0.6

    mutating func planSignals(of root: DemoSpan) {
        let before = root.start < timeline.deploy
        // The lookup and the check run before the agent's first call, inside the query's time.
        let hit = signalRandom.chance(before ? Self.hitChanceBeforeDeploy : Self.hitChanceAfterDeploy)
        let lookupMicros = hit ? signalRandom.between(2_000, 8_000) : signalRandom.between(15_000, 40_000)
        var lookup = signalChild(of: root, role: .cacheLookup, start: root.start, micros: lookupMicros)
        lookup.signal = .lookup(hit: hit, savedMicroUSD: hit ? Int64(signalRandom.between(800, 4_000)) : 0)
        enqueue(DemoRecord(time: lookup.end, sequence: 0, body: .span(lookup)))
        var check = signalChild(of: root, role: .guardrail, start: root.start, micros: signalRandom.between(20_000, 60_000))
        check.signal = signalRandom.chance(0.03) ? .piiFlagged : .jailbreakPassed
        enqueue(DemoRecord(time: check.end, sequence: 0, body: .span(check)))
        if signalRandom.chance(Self.evaluatedShare) { planEvaluations(of: root, afterDeploy: !before) }
        if timeline.inJailbreakWave(root.start), signalRandom.chance(Self.attackChance) { planAttack(at: root.start) }
    }

    private mutating func planEvaluations(of root: DemoSpan, afterDeploy: Bool) {
        let time = root.end + Int64(signalRandom.between(1_000, 3_000)) * 1_000_000
        let faithfulness = afterDeploy ? 0.78 + 0.08 * signalRandom.normal() : 0.93 + 0.04 * signalRandom.normal()
        let relevancy = 0.9 + 0.04 * signalRandom.normal()
        for (metric, score) in [(DemoEvaluation.Metric.faithfulness, faithfulness), (.answerRelevancy, relevancy)] {
            let milli = Int64((Swift.min(1, Swift.max(0, score)) * 1000).rounded())
            enqueue(DemoRecord(time: time, sequence: 0, body: .evaluation(DemoEvaluation(
                traceHigh: root.traceHigh, traceLow: root.traceLow, time: time, metric: metric, milli: milli))))
        }
    }

    /// An attacker's request: its own trace, refused by the jailbreak guardrail or the app's rate limiter.
    private mutating func planAttack(at time: Int64) {
        var span = DemoSpan(
            role: .guardrail, traceHigh: signalRandom.next(), traceLow: signalRandom.next(), spanID: signalRandom.next() | 1,
            start: time, end: time + Int64(signalRandom.between(10_000, 50_000)) * 1_000,
            user: Int32(901 + signalRandom.between(0, 4)))
        span.signal = signalRandom.chance(0.25) ? .rateLimited : .jailbreakBlocked(reason: signalRandom.chance(0.7) ? 0 : 1)
        enqueue(DemoRecord(time: span.end, sequence: 0, body: .span(span)))
    }

    private mutating func signalChild(of root: DemoSpan, role: DemoSpan.Role, start: Int64, micros: Int) -> DemoSpan {
        DemoSpan(
            role: role, traceHigh: root.traceHigh, traceLow: root.traceLow, spanID: signalRandom.next() | 1,
            parentID: root.spanID, start: start, end: start + Int64(micros) * 1_000, user: root.user)
    }
}
