import Testing
@testable import OpsModel
@testable import OpsEngine

@Test func spansAreOutcomesOfTheirToolOrModel() {
    var board = BreakerBoard()
    let trace = TraceID("t")
    board.recordOutcome(of: Span(traceID: trace, spanID: SpanID("1"), name: "execute_tool search",
                                 component: .tool, status: .error, startNanos: 0, endNanos: 5, tool: "search"))
    board.recordOutcome(of: Span(traceID: trace, spanID: SpanID("2"), name: "chat", component: .llm, status: .ok,
                                 startNanos: 0, endNanos: 6, requestModel: "gpt-4o",
                                 responseModel: "gpt-4o-2024-08-06"))
    board.recordOutcome(of: Span(traceID: trace, spanID: SpanID("3"), name: "chat", component: .llm, status: .ok,
                                 startNanos: 0, endNanos: 7, responseModel: "claude-3-5-haiku"))
    board.recordOutcome(of: Span(traceID: trace, spanID: SpanID("4"), name: "agent", component: .query,
                                 status: .error, startNanos: 0, endNanos: 8))
    board.recordOutcome(of: Span(traceID: trace, spanID: SpanID("5"), name: "execute_tool", component: .tool,
                                 status: .error, startNanos: 0, endNanos: 9))
    #expect(board.breakers.map { "\($0.target) \($0.kind.rawValue) \($0.consecutiveFailures) \($0.since)" } == [
        "claude-3-5-haiku model 0 7",
        "gpt-4o model 0 6",
        "search tool 1 5",
    ])
}

@Test(arguments: [
    ("tool", TargetKind.tool), ("Model", .model), ("llm", .model), ("PROVIDER", .provider), ("breaker", .other),
])
func breakerLineTargetTypesAreRead(text: String, kind: TargetKind) {
    #expect(TargetKind(parsing: text) == kind)
    #expect(TargetKind(parsing: nil) == .other)
}

/// ``BreakerBoard/openBreakers`` reads states in place: it must list exactly the open ones of ``breakers``.
@Test func openBreakersAreTheOpenOnesAmongAllBreakers() {
    var board = BreakerBoard()
    for (index, target) in ["claude-sonnet-4-5", "gpt-4o", "mistral-large-latest", "search"].enumerated() {
        // The first two fail past the threshold, the others keep succeeding.
        for call in 0..<10 {
            board.recordOutcome(
                target: target, kind: .model, failed: index < 2, at: Int64(index * 100 + call) * 1_000_000)
        }
    }
    let open = board.breakers.filter { $0.state == .open }.map(\.target)
    #expect(open == ["claude-sonnet-4-5", "gpt-4o"])
    #expect(board.openBreakers.map(\.target).sorted() == open)
}
