import Testing
@testable import OpsEngine
import OpsModel

@Test(arguments: [
    ("RateLimitError", "ratelimiterror", true),
    ("RateLimitError", "ratelimiterrorx", false),
    ("Tool*", "toolcrash", true),
    ("Tool*", "tool", true),
    ("Tool*", "mytool", false),
    ("*Timeout", "readtimeout", true),
    ("*Timeout", "timeoutx", false),
    ("*time*out*", "the time ran out", true),
    ("A*B*C", "axxbyyc", true),
    ("a*b*c", "axxbyyc", true),
    ("a*b*c", "axxbyy", false),
    ("*", "", true),
    ("", "", true),
    ("", "x", false),
    ("**x**", "abxcd", true),
    ("a*a*a", "aaaa", true),
])
func wildcardPatternsMatchCaseInsensitively(pattern: String, text: String, expected: Bool) {
    #expect(ErrorRule(pattern: pattern, category: .user).matches(lowered: text) == expected)
}
