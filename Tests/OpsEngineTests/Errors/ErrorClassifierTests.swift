import Testing
@testable import OpsModel
@testable import OpsEngine

struct ErrorClassifierTests {
    static let transient = [
        "408", "429", "500", "501", "502", "503", "504", "529", "599", "rate_limit", "overloaded",
        "RateLimitError", "rate_limit_exceeded", "rate_limit_error", "overloaded_error", "TimeoutError", "Timeout",
        "timeout", "ServiceUnavailableError", "APIConnectionError", "InternalServerError", "BadGatewayError",
        "ConnectionResetError",
    ]
    static let user = [
        "400", "401", "403", "404", "413", "422", "499", "context_length_exceeded", "content_policy",
        "ValidationError", "BadRequestError", "invalid_request_error", "ContextWindowExceededError",
        "context_length_exceeded", "ContentPolicyViolationError", "empty_input", "invalid_input",
    ]
    static let system = [
        "ToolCrash", "DatabaseConnectionLost", "OutOfMemoryError", "MemoryError", "AuthenticationError",
        "PermissionDeniedError", "BudgetExceededError", "insufficient_quota", "399", "600", "",
        "   ", "KeyError", "APIError",
    ]

    @Test(arguments: transient)
    func listedTransientTypes(type: String) {
        #expect(ErrorClassifier().category(ofType: type) == .transient)
    }

    @Test(arguments: user)
    func listedUserTypes(type: String) {
        #expect(ErrorClassifier().category(ofType: type) == .user)
    }

    @Test(arguments: system)
    func everythingElseIsSystem(type: String) {
        #expect(ErrorClassifier().category(ofType: type) == .system)
    }

    @Test(arguments: [
        ("openai.RateLimitError", ErrorCategory.transient),
        ("litellm.exceptions.RateLimitError", .transient),
        ("anthropic.InternalServerError", .transient),
        ("asyncio.TimeoutError", .transient),
        ("httpx.ReadTimeout", .transient),
        ("anthropic::Overloaded", .transient),
        ("litellm.ContextWindowExceededError", .user),
        ("openai.BadRequestError", .user),
        ("pydantic.ValidationError", .user),
        ("RATE_LIMIT_EXCEEDED", .transient),
        ("RateLimitExceeded", .transient),
        ("rate-limit-error", .transient),
        ("ratelimiterror", .transient),
        ("  Timeout \n", .transient),
        ("ContextLengthExceeded", .user),
        ("INVALID_REQUEST_ERROR", .user),
        ("myapp.tools.SearchCrashed", .system),
        ("openai.AuthenticationError", .system),
    ])
    func qualifiedAndRespelledNamesClassifyLikeTheirLastComponent(type: String, expected: ErrorCategory) {
        #expect(ErrorClassifier().category(ofType: type) == expected)
    }

    @Test(arguments: [
        ("HTTP 429", ErrorCategory.transient),
        ("http_429", .transient),
        ("status_code=429", .transient),
        ("Error code: 503", .transient),
        ("HTTP/529", .transient),
        ("http 400", .user),
        ("StatusCode 422", .user),
        ("HTTP 401", .user),
    ])
    func httpStatusesAmongLabelWordsAreRead(type: String, expected: ErrorCategory) {
        #expect(ErrorClassifier().category(ofType: type) == expected)
    }

    @Test(arguments: ["HTTP429", "429 Too Many Requests", "4290", "42", "HTTP 429 500", "error 999", "v429"])
    func stringsThatOnlyContainANumberAreNotStatuses(type: String) {
        #expect(ErrorTypeName.httpStatus(in: ErrorTypeName.lowered(type)) == nil)
    }

    @Test func statedCategoryWinsOverRules() {
        var classifier = ErrorClassifier(extraRules: [ErrorRule(pattern: "*", category: .transient)])
        #expect(classifier.classify(SpanError(type: "RateLimitError", statedCategory: .system)) == .system)
        #expect(classifier.classify(SpanError(type: "anything")) == .transient)
    }

    @Test func extraRulesComeBeforeBuiltInsAndFirstMatchWins() {
        var classifier = ErrorClassifier(extraRules: [
            ErrorRule(pattern: "RateLimitError", category: .system),
            ErrorRule(pattern: "Tool*", category: .user),
            ErrorRule(pattern: "ToolTimeout", category: .transient),
            ErrorRule(pattern: "*flaky*", category: .transient),
            ErrorRule(pattern: "404", category: .user),
            ErrorRule(pattern: "acme.*", category: .transient),
        ])
        #expect(classifier.classify(SpanError(type: "openai.RateLimitError")) == .system)
        #expect(classifier.classify(SpanError(type: "ToolTimeout")) == .user)
        #expect(classifier.classify(SpanError(type: "tools.ToolCrash")) == .user)
        #expect(classifier.classify(SpanError(type: "VeryFlakyDependency")) == .transient)
        #expect(classifier.classify(SpanError(type: "HTTP 404")) == .user)
        #expect(classifier.classify(SpanError(type: "acme.DiskFull")) == .transient)
        #expect(classifier.classify(SpanError(type: "overloaded_error")) == .transient)
        #expect(classifier.classify(SpanError(type: "NotMatched")) == .system)
    }

    @Test func memoisedAnswersEqualFreshOnes() {
        var classifier = ErrorClassifier(extraRules: [ErrorRule(pattern: "Tool*", category: .user)])
        let types = Self.transient + Self.user + Self.system + ["ToolX", "ToolX", "429", "429"]
        for type in types {
            #expect(classifier.classify(SpanError(type: type)) == classifier.category(ofType: type))
        }
    }
}
