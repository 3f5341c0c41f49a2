/// The error names and HTTP statuses whose category every SDK agrees on: what ``ErrorCategory``
/// a failure has when no config rule and no stated category says otherwise.
package enum BuiltInErrorNames {
    /// Request timeout and rate limit; every 5xx (server errors go away on retry; 529 is Anthropic's "overloaded").
    package static let transientStatuses: Set<Int> = Set([408, 429] + Array(500...599))
    /// Every other 4xx: the request itself was refused (bad request, auth, not found, too large, unprocessable).
    package static let userStatuses: Set<Int> = Set(400...499).subtracting([408, 429])

    /// Names whose errors go away on retry: rate limits, overload, timeouts, lost connections, 5xx.
    package static let transientNames: [String] = [
        "RateLimitError", "rate_limit_exceeded", "rate_limit_error", "TooManyRequests", "ThrottlingException",
        "ResourceExhausted", "overloaded_error", "Overloaded", "rate_limit",
        "TimeoutError", "Timeout", "APITimeoutError", "ReadTimeout", "ConnectTimeout", "DeadlineExceeded",
        "ModelTimeoutException",
        "ServiceUnavailableError", "ServiceUnavailable", "ServiceUnavailableException", "Unavailable",
        "ModelNotReadyException",
        "APIConnectionError", "ConnectionError", "ConnectionResetError",
        "InternalServerError", "InternalServerException", "server_error", "BadGatewayError",
    ]

    /// Names of errors in the request itself: validation, context too long, content policy.
    package static let userNames: [String] = [
        "ValidationError", "ValidationException", "BadRequestError", "BadRequest", "invalid_request_error",
        "UnprocessableEntityError", "InvalidArgument", "request_too_large",
        "ContextWindowExceededError", "context_length_exceeded",
        "ContentPolicyViolationError", "content_filter", "content_policy",
        "empty_input", "invalid_input",
    ]

    /// Exception classes and error codes of the common SDKs (OpenAI, Anthropic, LiteLLM, Google, Bedrock,
    /// Python), squashed: lowercased without `_`, `-` and spaces.
    private static let squashedNames: [String: ErrorCategory] = {
        var names: [String: ErrorCategory] = [:]
        for name in transientNames { names[ErrorTypeName.squashed(name.lowercased())] = .transient }
        for name in userNames { names[ErrorTypeName.squashed(name.lowercased())] = .user }
        return names
    }()

    /// The category of a known name, compared ignoring case, `_`, `-` and spaces, as a whole and by its
    /// last dotted component; nil for a name these lists do not know.
    package static func category(of name: ErrorTypeName) -> ErrorCategory? {
        squashedNames[ErrorTypeName.squashed(name.lowered)] ?? squashedNames[ErrorTypeName.squashed(name.lastComponent)]
    }

    /// Whether the built-in names know `type` (so it classifies by name, not by the default).
    package static func knows(_ type: String) -> Bool {
        category(of: ErrorTypeName(type)) != nil
    }

    /// The built-in category of an HTTP status: see ``transientStatuses`` and ``userStatuses``.
    package static func category(ofStatus status: Int) -> ErrorCategory {
        if transientStatuses.contains(status) { return .transient }
        if userStatuses.contains(status) { return .user }
        return .system
    }
}
