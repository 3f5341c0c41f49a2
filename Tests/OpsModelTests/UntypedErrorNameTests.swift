import Testing
@testable import OpsModel

struct UntypedErrorNameTests {
    @Test(arguments: [
        ("Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o-mini'}}", "HTTP 429"),
        ("InternalServerError: Error code: 500 - {'error': {'type': 'server_error'}}", "HTTP 500"),
        ("upstream answered with status code 503", "HTTP 503"),
        ("status_code=502 from the proxy", "HTTP 502"),
        ("HTTP/1.1 504 Gateway Timeout", "HTTP 504"),
        ("HTTP 401 Unauthorized", "HTTP 401"),
        ("Rate limit reached for requests", "rate_limit"),
        ("429 Too Many Requests", "rate_limit"),
        ("Anthropic is Overloaded, try later", "overloaded"),
        ("This model's maximum context length is 128000 tokens", "context_length_exceeded"),
        ("Your request was rejected by our content policy", "content_policy"),
        ("Request timed out.", "timeout"),
        ("deadline exceeded after 30s", "timeout"),
    ])
    func messagesNameTheFailure(message: String, expected: String) {
        #expect(UntypedErrorName.name(status: nil, message: message) == expected)
    }

    @Test func aStatedErrorStatusWinsOverTheMessage() {
        #expect(UntypedErrorName.name(status: 429, message: "Request timed out") == "HTTP 429")
        #expect(UntypedErrorName.name(status: 503, message: nil) == "HTTP 503")
    }

    @Test func whatNamesNothingGivesNil() {
        // Statuses that are not errors, out of range, or numbers that are not statuses.
        for status: Int64 in [200, 302, 399, 600, -429, .max, .min] {
            #expect(UntypedErrorName.name(status: status, message: nil) == nil, "\(status)")
        }
        for message in ["", "boom", "Error code: 42", "Error code: 4290", "error code: 200 ok",
                        "see https://status.example.com/ for details", "Ошибка: всё пропало 🙃"] {
            #expect(UntypedErrorName.name(status: nil, message: message) == nil, "\(message)")
        }
    }

    @Test func onlyTheStartOfAHugeMessageIsSearched() {
        let padding = String(repeating: "x", count: UntypedErrorName.searchedBytes)
        #expect(UntypedErrorName.name(status: nil, message: padding + "Error code: 429") == nil)
        #expect(UntypedErrorName.name(status: nil, message: "Error code: 429" + padding + padding) == "HTTP 429")
        let truncatedLabel = String(repeating: "x", count: UntypedErrorName.searchedBytes - 3) + "Error code: 429"
        #expect(UntypedErrorName.name(status: nil, message: truncatedLabel) == nil)
    }

    @Test func theNamesClassifyAsTheIssueSays() {
        for (name, category) in [("HTTP 408", ErrorCategory.transient), ("HTTP 429", .transient), ("HTTP 500", .transient),
                                 ("HTTP 529", .transient), ("HTTP 404", .user), ("HTTP 401", .user),
                                 ("rate_limit", .transient), ("overloaded", .transient), ("timeout", .transient),
                                 ("context_length_exceeded", .user), ("content_policy", .user)] {
            let type = ErrorTypeName(name)
            let found = type.httpStatus.map(BuiltInErrorNames.category(ofStatus:)) ?? BuiltInErrorNames.category(of: type)
            #expect(found == category, "\(name)")
        }
    }
}
