import Testing
@testable import OpsEngine

private func condition(_ active: Bool, for forNanos: Int64 = 10, severity: AlertSeverity = .critical) -> AlertCondition {
    AlertCondition(rule: .errorRate, active: active, severity: severity, message: "m", value: 1, threshold: 0, forNanos: forNanos)
}

@Test func alertGoesPendingThenFiresAfterItsDurationThenResolves() {
    var book = AlertBook()
    book.evaluate([condition(false)], at: 0)
    #expect(book.all.isEmpty)
    book.evaluate([condition(true)], at: 100)
    #expect(book.all.map(\.state) == [.pending])
    book.evaluate([condition(true)], at: 105)
    #expect(book.all.map(\.state) == [.pending])
    book.evaluate([condition(true)], at: 110)
    #expect(book.all.first?.state == .firing)
    #expect(book.all.first?.firedNanos == 110)
    #expect(book.all.first?.startedNanos == 100)
    book.evaluate([condition(false)], at: 130)
    #expect(book.all.first?.state == .resolved)
    #expect(book.all.first?.resolvedNanos == 130)
    book.evaluate([condition(true, for: 0)], at: 140)
    #expect(book.all.first?.state == .firing)
    #expect(book.all.first?.resolvedNanos == nil)
}

@Test func pendingAlertThatClearsLeavesNoTrace() {
    var book = AlertBook()
    book.evaluate([condition(true)], at: 0)
    book.evaluate([condition(false)], at: 5)
    #expect(book.all.isEmpty)
}

@Test func perTargetAlertsAreSeparateAndVanishedTargetsResolve() {
    var book = AlertBook()
    let open = { (key: String, active: Bool) in
        AlertCondition(rule: .breakerOpen, key: key, active: active, severity: .critical, message: key, value: 0, threshold: 0, forNanos: 0)
    }
    book.evaluate([open("a", true), open("b", true)], at: 1)
    #expect(Set(book.firing.map(\.id)) == ["breaker_open:a", "breaker_open:b"])
    book.evaluate([open("a", true)], at: 2)
    #expect(book.firing.map(\.id) == ["breaker_open:a"])
    #expect(book.all.first { $0.key == "b" }?.state == .resolved)
}

@Test func severityFollowsTheConditionWhileFiring() {
    var book = AlertBook()
    book.evaluate([condition(true, for: 0, severity: .warning)], at: 1)
    book.evaluate([condition(true, for: 0, severity: .critical)], at: 2)
    #expect(book.all.first?.severity == .critical)
    #expect(book.all.first?.sinceNanos == 1)
}

@Test func resolvedHistoryIsBounded() {
    var book = AlertBook(resolvedLimit: 3)
    for index in 0..<10 {
        let key = "t\(index)"
        let make = { (active: Bool) in
            AlertCondition(rule: .breakerOpen, key: key, active: active, severity: .critical, message: "", value: 0, threshold: 0, forNanos: 0)
        }
        book.evaluate([make(true)], at: Int64(index * 10))
        book.evaluate([make(false)], at: Int64(index * 10 + 5))
    }
    #expect(book.all.count == 3)
    #expect(book.all.map(\.key) == ["t9", "t8", "t7"])
}

@Test func aResolvedAlertKeepsTheFiguresItFiredWith() {
    var book = AlertBook()
    let rate = { (value: Double, active: Bool) in
        AlertCondition(rule: .errorRate, active: active, severity: .critical, message: "rate \(value)", value: value, threshold: 0.05, forNanos: 0)
    }
    book.evaluate([rate(0.2, true)], at: 1)
    book.evaluate([rate(0.3, true)], at: 2)
    book.evaluate([rate(0.01, false)], at: 3)
    #expect(book.all.first?.state == .resolved)
    #expect(book.all.first?.value == 0.3)
    #expect(book.all.first?.message == "rate 0.3")
}
