import OpsModel

/// Guardrail checks and the application's own rate limiter in a snapshot's window.
///
/// `blocked` includes the rate-limited requests (`rateLimited` is the part the app's limiter refused);
/// the per-guardrail, per-reason and per-user counts are of requests blocked or flagged.
package struct GuardrailSummary: Sendable, Hashable {
    /// One guardrail's checks.
    package struct Row: Sendable, Hashable {
        package var name: String
        package var checked: Int
        package var blocked: Int
        package var flagged: Int

        package init(name: String, checked: Int, blocked: Int, flagged: Int) {
            self.name = name
            self.checked = checked
            self.blocked = blocked
            self.flagged = flagged
        }

        /// Blocked or flagged.
        package var triggered: Int { blocked + flagged }
    }

    /// A name (a reason, a user) and how many requests it had blocked or flagged.
    package struct Count: Sendable, Hashable {
        package var name: String
        package var count: Int

        package init(name: String, count: Int) {
            self.name = name
            self.count = count
        }
    }

    /// A recent blocked or flagged request, for the drill-down to its trace.
    package struct Incident: Sendable, Hashable {
        package var traceID: TraceID
        package var spanID: SpanID
        package var timeNanos: Int64
        package var guardrail: String
        package var outcome: GuardrailVerdict.Outcome
        package var reason: String?
        package var userID: String?
        package var isRateLimit: Bool

        package init(
            traceID: TraceID, spanID: SpanID, timeNanos: Int64, guardrail: String, outcome: GuardrailVerdict.Outcome,
            reason: String?, userID: String?, isRateLimit: Bool
        ) {
            self.traceID = traceID
            self.spanID = spanID
            self.timeNanos = timeNanos
            self.guardrail = guardrail
            self.outcome = outcome
            self.reason = reason
            self.userID = userID
            self.isRateLimit = isRateLimit
        }
    }

    package var checked: Int
    package var blocked: Int
    package var flagged: Int
    /// Requests the application's own limiter refused (part of ``blocked``).
    package var rateLimited: Int
    /// Guardrails, most blocked and flagged first.
    package var byGuardrail: [Row]
    /// Reasons, most frequent first (bounded).
    package var byReason: [Count]
    /// Users with the most blocked or flagged requests, most first (bounded).
    package var topUsers: [Count]
    /// Blocked requests per minute for the last 60 minutes, oldest first.
    package var blockedPerMinute: [Int]
    /// Blocked over checked in the hour before the last alert window (the `guardrail_block_rate` baseline).
    package var previousHourBlockRate: Double?
    /// The newest blocked or flagged requests in the window, newest first.
    package var recent: [Incident]

    package init(
        checked: Int = 0, blocked: Int = 0, flagged: Int = 0, rateLimited: Int = 0, byGuardrail: [Row] = [],
        byReason: [Count] = [], topUsers: [Count] = [], blockedPerMinute: [Int] = [],
        previousHourBlockRate: Double? = nil, recent: [Incident] = []
    ) {
        self.checked = checked
        self.blocked = blocked
        self.flagged = flagged
        self.rateLimited = rateLimited
        self.byGuardrail = byGuardrail
        self.byReason = byReason
        self.topUsers = topUsers
        self.blockedPerMinute = blockedPerMinute
        self.previousHourBlockRate = previousHourBlockRate
        self.recent = recent
    }

    package var passed: Int { checked - blocked - flagged }
    /// Blocked over checked; nil without checks.
    package var blockRate: Double? { checked == 0 ? nil : Double(blocked) / Double(checked) }
    package var isEmpty: Bool { checked == 0 }
}
