extension ErrorClassifier {
    /// Request timeout, rate limit, server errors that go away on retry, and Anthropic's 529 "overloaded".
    public static let transientStatuses: Set<Int> = [408, 429, 500, 502, 503, 504, 529]
    /// Bad request, payload too large, unprocessable entity.
    public static let userStatuses: Set<Int> = [400, 413, 422]

    /// Exception classes and error codes of the common SDKs (OpenAI, Anthropic, LiteLLM, Google, Bedrock,
    /// Python), squashed: lowercased without `_`, `-` and spaces.
    static let builtInNames: [String: ErrorCategory] = {
        var names: [String: ErrorCategory] = [:]
        for name in transientNames { names[ErrorTypeName.squashed(name.lowercased())] = .transient }
        for name in userNames { names[ErrorTypeName.squashed(name.lowercased())] = .user }
        return names
    }()

    /// Names whose errors go away on retry: rate limits, overload, timeouts, lost connections, 5xx.
    public static let transientNames: [String] = [
        "RateLimitError", "rate_limit_exceeded", "rate_limit_error", "TooManyRequests", "ThrottlingException",
        "ResourceExhausted", "overloaded_error", "Overloaded",
        "TimeoutError", "Timeout", "APITimeoutError", "ReadTimeout", "ConnectTimeout", "DeadlineExceeded",
        "ModelTimeoutException",
        "ServiceUnavailableError", "ServiceUnavailable", "ServiceUnavailableException", "Unavailable",
        "ModelNotReadyException",
        "APIConnectionError", "ConnectionError", "ConnectionResetError",
        "InternalServerError", "InternalServerException", "server_error", "BadGatewayError",
    ]

    /// Names of errors in the request itself: validation, context too long, content policy.
    public static let userNames: [String] = [
        "ValidationError", "ValidationException", "BadRequestError", "BadRequest", "invalid_request_error",
        "UnprocessableEntityError", "InvalidArgument", "request_too_large",
        "ContextWindowExceededError", "context_length_exceeded",
        "ContentPolicyViolationError", "content_filter",
        "empty_input", "invalid_input",
    ]
}

extension ErrorClassifier {
    /// Whether the built-in names know `type` (so it classifies by name, not by the default).
    static func knowsName(_ type: String) -> Bool {
        let name = ErrorTypeName(type)
        return builtInNames[ErrorTypeName.squashed(name.lowered)] != nil
            || builtInNames[ErrorTypeName.squashed(name.lastComponent)] != nil
    }
}
