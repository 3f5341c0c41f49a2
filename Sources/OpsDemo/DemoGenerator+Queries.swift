import OpsModel

/// Plans one query's spans at its arrival time and queues their lines.
extension DemoGenerator {
    /// Chance that a chat call fails for the caller's own fault (context too long, bad request).
    static let userErrorChance = 0.006
    /// Chance that an `openai` chat call is rate-limited during the storm.
    static let stormFailureChance = 0.4
    static let maxAttempts = 4
    /// Share of chat spans that carry `gen_ai.input.messages` / `gen_ai.output.messages`.
    static let contentChance = 0.1

    /// The trace under construction: ids, time cursor and the queued children.
    struct QueryDraft {
        var root: DemoSpan
        var cursor: Int64
        var failure: DemoFailure?
    }

    mutating func planQuery(at arrival: Int64) {
        let user = Int32(random.weighted(DemoCatalog.userCumulativeWeights) + 1)
        let model = random.weighted(DemoCatalog.modelCumulativeWeights)
        let shape = random.unit()
        let toolCount = shape < 0.15 ? 0 : (shape < 0.82 ? 1 : 2)
        var tools: [Int] = []
        for _ in 0..<toolCount {
            tools.append(random.weighted(DemoCatalog.toolCumulativeWeights))
        }
        var draft = beginQuery(at: arrival, user: user)
        var input = Int64(Swift.min(3000, Swift.max(300, random.logNormal(median: 900, sigma: 0.6))))
        for step in 0...toolCount {
            let isLast = step == toolCount
            let tool = isLast ? (tools.last ?? 0) : tools[step]
            let output = Int64(isLast ? random.between(40, 400) : random.between(20, 60))
            let content: DemoSpan.Content = toolCount == 0 ? .none : (isLast ? .answer : .askTool)
            guard chat(&draft, model: model, input: input, output: output, tool: tool, content: content) else { break }
            if isLast { break }
            callTool(&draft, tool: tool)
            input += output + Int64(random.between(80, 400))
        }
        finishQuery(draft)
    }

    /// The runaway user's loop: `gpt-4o` with huge, growing contexts; some overflow the window.
    mutating func planRunawayQuery(at arrival: Int64) {
        var draft = beginQuery(at: arrival, user: DemoCatalog.runawayUser)
        let progress = Double(arrival - timeline.runawayStart) / Double(Swift.max(1, timeline.runawayEnd - timeline.runawayStart))
        var input = Int64(40_000 + 80_000 * progress + random.normal() * 4_000)
        let model = DemoCatalog.runawayModel
        for step in 0...1 {
            let output = Int64(random.between(800, 3000))
            if input > 124_000 {
                failChat(&draft, model: model, failure: .contextWindowExceeded, tool: DemoCatalog.searchKB)
                break
            }
            guard chat(&draft, model: model, input: input, output: output, tool: DemoCatalog.searchKB,
                       content: .none, medianScale: 3.5) else { break }
            if step == 1 { break }
            callTool(&draft, tool: DemoCatalog.searchKB)
            input += output + Int64(random.between(1_000, 3_000))
        }
        finishQuery(draft)
    }

    private mutating func beginQuery(at arrival: Int64, user: Int32) -> QueryDraft {
        let sessionWindow = (arrival - start) / 900_000_000_000
        var mix = DemoRandom(seed: UInt64(UInt32(bitPattern: user)) &* 0x1000_0001 &+ UInt64(bitPattern: sessionWindow))
        let root = DemoSpan(
            role: .root, traceHigh: random.next(), traceLow: random.next(), spanID: random.next() | 1,
            start: arrival, end: arrival, user: user, session: UInt32(truncatingIfNeeded: mix.next()))
        return QueryDraft(root: root, cursor: arrival + Int64(random.between(1, 3)) * 1_000_000)
    }

    /// One chat call with retries on rate limits; false when the query must stop.
    private mutating func chat(
        _ draft: inout QueryDraft, model: Int, input: Int64, output: Int64, tool: Int,
        content: DemoSpan.Content, medianScale: Double = 1
    ) -> Bool {
        let entry = DemoCatalog.models[model]
        for attempt in 0..<Self.maxAttempts {
            let storming = entry.isOpenAI && timeline.inStorm(draft.cursor)
            if storming, random.chance(Self.stormFailureChance) {
                let failure: DemoFailure = random.chance(0.75) ? .rateLimited : .rateLimitError
                failChat(&draft, model: model, failure: failure, tool: tool, seconds: random.logNormal(median: 0.12, sigma: 0.5))
                let backoff = 0.5 * Double(1 << attempt) * (0.5 + random.unit())
                draft.cursor += Int64(backoff * 1e9)
                if attempt == Self.maxAttempts - 1 {
                    draft.failure = failure
                    return false
                }
                continue
            }
            if random.chance(Self.userErrorChance) {
                let failure: DemoFailure = random.chance(0.6) ? .contextWindowExceeded : .badRequest
                failChat(&draft, model: model, failure: failure, tool: tool)
                draft.failure = failure
                return false
            }
            let median = entry.medianSeconds * medianScale * (storming ? 1.7 : 1)
            var span = child(of: draft, role: .chat, seconds: random.logNormal(median: median, sigma: 0.5))
            span.model = model
            span.tool = tool
            span.inputTokens = input
            span.outputTokens = output
            if random.chance(0.25) {
                span.cacheReadTokens = (input / 2) & ~127
            }
            span.showsResponseModel = random.chance(0.25)
            if random.chance(Self.contentChance) {
                span.content = content
                span.orderNumber = Int32(random.between(1000, 99_999))
            }
            push(span, in: &draft)
            return true
        }
        return false
    }

    private mutating func failChat(
        _ draft: inout QueryDraft, model: Int, failure: DemoFailure, tool: Int, seconds: Double? = nil
    ) {
        var span = child(of: draft, role: .chat, seconds: seconds ?? random.logNormal(median: 0.25, sigma: 0.5))
        span.model = model
        span.tool = tool
        span.failure = failure
        push(span, in: &draft)
        if failure == .contextWindowExceeded || failure == .badRequest {
            draft.failure = failure
        }
    }

    private mutating func callTool(_ draft: inout QueryDraft, tool: Int) {
        let entry = DemoCatalog.tools[tool]
        var seconds = random.logNormal(median: entry.medianSeconds, sigma: 0.5)
        var failure: DemoFailure?
        if tool == DemoCatalog.cancelOrder, timeline.inOutage(draft.cursor) {
            if timeline.breakerState(at: draft.cursor) == .open {
                failure = .circuitOpen
                seconds = 0.0002 + random.unit() * 0.0008
            } else {
                failure = .databaseLost
                seconds = random.logNormal(median: 2.5, sigma: 0.15)
            }
        }
        var span = child(of: draft, role: .tool, seconds: seconds)
        span.tool = tool
        span.failure = failure
        push(span, in: &draft)
        if let failure {
            draft.failure = failure.rootFailure
        }
    }

    private mutating func child(of draft: QueryDraft, role: DemoSpan.Role, seconds: Double) -> DemoSpan {
        let duration = Swift.max(100_000, Int64(seconds * 1e9))
        return DemoSpan(
            role: role, traceHigh: draft.root.traceHigh, traceLow: draft.root.traceLow,
            spanID: random.next() | 1, parentID: draft.root.spanID,
            start: draft.cursor, end: draft.cursor + duration, user: draft.root.user)
    }

    private mutating func push(_ span: DemoSpan, in draft: inout QueryDraft) {
        draft.cursor = span.end + Int64(random.between(200, 3_000)) * 1_000
        enqueue(DemoRecord(time: span.end, sequence: 0, body: .span(span)))
    }

    private mutating func finishQuery(_ draft: QueryDraft) {
        var root = draft.root
        root.end = draft.cursor
        root.failure = draft.failure
        enqueue(DemoRecord(time: root.end, sequence: 0, body: .span(root)))
        if writesSignals { planSignals(of: root) }
    }
}
