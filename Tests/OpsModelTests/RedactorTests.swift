import OpsModel
import Testing

private let redactor = Redactor()

@Test func redactorMasksEmailsWithAStableLabelledHash() {
    let once = redactor.scrub("mail ana.lopez+ops@example.co.uk now")
    #expect(!once.contains("ana.lopez"))
    #expect(!once.contains("example.co.uk"))
    #expect(once.hasPrefix("mail [email "))
    #expect(once.hasSuffix("] now"))
    #expect(redactor.scrub("mail ana.lopez+ops@example.co.uk now") == once)
    #expect(redactor.scrub("mail bob@example.com now") != once)
    // Not addresses: no dot in the domain, a numeric top-level label, nothing before the @.
    for text in ["user@localhost", "a@b.1", "@example.com", "x @ y.com", "at@ the end@"] {
        #expect(redactor.scrub(text) == text)
    }
}

@Test func redactorMasksAPIKeysAndBearerTokens() {
    let secrets = [
        "sk-proj-AbCdEf0123456789XyZ_-abc", "sk-ant-api03-ABCDEFGHIJKLMNOPQRSTUV",
        "AKIAIOSFODNN7EXAMPLE", "ghp_0123456789abcdefghijABCDEFGHIJ", "xoxb-1234567890-abcdef",
    ]
    for secret in secrets {
        let masked = redactor.scrub("key=\(secret);")
        #expect(!masked.contains(secret), "\(secret) leaked: \(masked)")
        #expect(masked.hasPrefix("key=[key ") && masked.hasSuffix("];"))
    }
    #expect(!redactor.scrub("model-sk-proj-0123456789abcdefghij").contains("0123456789"), "a key after a dash")
    let bearer = redactor.scrub("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig")
    #expect(!bearer.contains("eyJhbGci"))
    #expect(bearer.hasPrefix("Authorization: [key "))
    // Too short, or part of a longer word, is not a key.
    for text in ["sk-short", "task-0123456789abcdef0123", "AKIA1234", "bearer of bad news", "AKIAIOSFODNN7EXAMPLEX"] {
        #expect(redactor.scrub(text) == text)
    }
}

@Test func redactorMasksOnlyCardNumbersThatPassTheLuhnCheck() {
    for card in ["4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "4012888888881881"] {
        let masked = redactor.scrub("card \(card) ok")
        #expect(masked.hasPrefix("card [card ") && masked.hasSuffix("] ok"), "\(card): \(masked)")
    }
    // Fails Luhn, too short, too long, glued to letters, doubled separators.
    for text in ["4111 1111 1111 1112", "411111111111", "41111111111111111111111", "x4111111111111111", "4111  1111 1111 1111"] {
        #expect(redactor.scrub(text) == text)
    }
    // Luhn catches every single-digit change: none of these is masked.
    let valid = Array("4012888888881881")
    for position in valid.indices {
        var changed = valid
        changed[position] = changed[position] == "0" ? "1" : "0"
        #expect(redactor.scrub(String(changed)) == String(changed))
    }
}

@Test func redactorIsIdempotentAndLeavesPlainTextAlone() {
    let text = "ask ana@example.com with sk-ant-0123456789abcdefghij, card 4111111111111111, Bearer abcdefghijklmnopqrstuvwxyz"
    let once = redactor.scrub(text)
    #expect(redactor.scrub(once) == once)
    let plain = "gpt-4o-mini answered in 1.2 s for 1,234 tokens — ok 日本 ❤️"
    #expect(redactor.scrub(plain) == plain)
    #expect(redactor.userID(redactor.userID("u-42")) == redactor.userID("u-42"))
    #expect(redactor.userID("u-42").hasPrefix("user-") && redactor.userID("u-42").utf8.count == 13)
    #expect(redactor.userID("u-42") != redactor.userID("u-43"))
}

/// Long runs of the characters each scanner looks at finish quickly and keep the text whole.
@Test func redactorSurvivesHostileInput() {
    let hostile = [
        String(repeating: "a@", count: 50_000), String(repeating: "1 ", count: 50_000),
        String(repeating: "sk-", count: 50_000), String(repeating: "Bearer ", count: 50_000),
        String(repeating: "a.b@c", count: 50_000), "\u{1b}]52;c;ana@example.com\u{7}", "😀@😀.com",
        String(repeating: "9", count: 100_000),
    ]
    for text in hostile {
        let masked = redactor.scrub(text)
        #expect(!masked.isEmpty)
        #expect(redactor.scrub(masked) == masked)
    }
    #expect(!redactor.scrub("\u{1b}]52;c;ana@example.com\u{7}").contains("ana@"))
}

@Test func redactorMasksEverySpanFieldThatCanHoldPersonalData() {
    let span = Span(
        traceID: TraceID("trace-of-ana@example.com"), spanID: SpanID("s1"), parentID: SpanID("p-ana@example.com"),
        name: "chat ana@example.com", startNanos: 0, endNanos: 1, tool: "lookup",
        error: SpanError(type: "AuthError", message: "bad key sk-live0123456789abcdefXYZ"),
        userID: "ana@example.com", sessionID: "sess-4111111111111111", conversationID: "conv-1",
        content: SpanContent(input: String(repeating: "secret prompt ", count: 100), output: "the answer"))
    let masked = redactor.redact(span)
    let fields = [
        masked.traceID.description, masked.parentID?.description ?? "", masked.name, masked.error?.message ?? "",
        masked.userID ?? "", masked.sessionID ?? "", masked.content?.input ?? "", masked.content?.output ?? "",
    ]
    for field in fields {
        for secret in ["ana@", "sk-live", "4111111111111111", "secret prompt", "the answer"] {
            #expect(!field.contains(secret), "\(secret) in \(field)")
        }
    }
    #expect(masked.content?.input == "[redacted 1.4 KB]")
    #expect(masked.content?.output == "[redacted 10 B]")
    #expect(masked.spanID == span.spanID)
    #expect(masked.parentID == redactor.redact(SpanID("p-ana@example.com")))
    #expect(masked.userID == redactor.userID("ana@example.com"))
    #expect(redactor.redact(masked).content == masked.content)
}

@Test func customPatternsAreRegularExpressionsAndBadOnesAreRefused() throws {
    let ticket = try RedactionPattern.parse("TICKET-[0-9]+").get()
    let custom = Redactor(patterns: [ticket])
    let masked = custom.scrub("see TICKET-1234 and ana@example.com")
    #expect(masked.hasPrefix("see [redacted "))
    #expect(masked.hasSuffix(" and ana@example.com"))
    #expect(try RedactionPattern.parse("email").get() == .email)
    if case .success = RedactionPattern.parse("(unclosed") { Issue.record("an invalid expression was accepted") }
    if case .success = RedactionPattern.parse("x*") { Issue.record("an expression matching empty text was accepted") }
}
