import Testing
@testable import OpsModel
@testable import OpsFormats

// `readValue` reads every key that holds plain text with one inlined `readText`, then chooses the
// field (`RecordFields.setText`); these tests hold each such key of a span to the field it names.

/// Each plain-text key a span keeps, with where its value shows in the span.
private let spanTextKeys: [(KnownKey, @Sendable (Span) -> String?)] = [
    (.name, { $0.name }),
    (.providerName, { $0.provider }), (.genAISystem, { $0.provider }), (.provider, { $0.provider }),
    (.requestModel, { $0.requestModel }), (.model, { $0.requestModel }),
    (.responseModel, { $0.responseModel }),
    (.toolName, { $0.tool }), (.tool, { $0.tool }),
    (.conversationID, { $0.conversationID }),
    (.errorType, { $0.error?.type }), (.errorTypeShort, { $0.error?.type }),
    (.errorMessage, { $0.error?.message }), (.errorMessageShort, { $0.error?.message }),
    (.userID, { $0.userID }), (.userIDShort, { $0.userID }),
    (.sessionID, { $0.sessionID }), (.sessionIDShort, { $0.sessionID }),
    (.serviceName, { $0.serviceName }),
    (.cacheName, { $0.cache?.cacheName }), (.opstopCacheName, { $0.cache?.cacheName }),
    (.guardrail, { $0.guardrail?.guardrail }), (.opstopGuardrailName, { $0.guardrail?.guardrail }),
]

@Test func everyPlainTextKeyOfASpanLandsInItsOwnField() {
    // A warm decoder (keys predicted) and a cold one per line must agree, and both must store the value.
    var warm = UsageLogDecoder()
    for round in 0..<3 {
        for (index, (key, field)) in spanTextKeys.enumerated() {
            let value = "v\(index)_\(round)"
            let line = #"{"ts":1793491200340,"duration_ms":1,"status":"error","cache_hit":true,"# + #""\#(key.text)":"\#(value)"}"#
            var cold = UsageLogDecoder()
            #expect(warm.decode(line, lineNumber: 1).span.flatMap(field) == value, "\(key.text)")
            #expect(cold.decode(line, lineNumber: 1).span.flatMap(field) == value, "\(key.text)")
        }
    }
}

/// Aliases of one field share it: the last one on the line wins.
@Test func theLastOfTwoAliasesOnALineWins() {
    var decoder = UsageLogDecoder()
    let line = #"{"ts":1793491200340,"duration_ms":1,"model":"first","gen_ai.request.model":"second","provider":"p","gen_ai.system":"q"}"#
    let span = decoder.decode(line, lineNumber: 1).span
    #expect(span?.requestModel == "second")
    #expect(span?.provider == "q")
}
