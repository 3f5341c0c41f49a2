import OpsModel

/// What one LangSmith run record (a run line, a batch `post` or `patch` entry) states, checked
/// but not yet made a span: a post may wait for the patch that completes it.
struct LangSmithRun: Sendable {
    var id: String
    var traceID: String?
    var parentRunID: String?
    var dottedOrder: String?
    var runType: String?
    var name: String?
    var startNanos: Int64?
    var endNanos: Int64?
    var error: String?
    var status: String?
    var model: String?
    var provider: String?
    var userID: String?
    var sessionID: String?
    var project: String?
    var usage: TokenUsage?
    var costUSD: Double?
    var input: String?
    var output: String?

    /// Reads a run object; a problem for a wrong type or an unusable value.
    init(_ run: ForeignJSON, keepContent: Bool) throws(ForeignProblem) {
        guard let id = try run.label("id") else { throw ForeignProblem("LangSmith run without id") }
        self.id = id
        traceID = try run.label("trace_id")
        parentRunID = try run.label("parent_run_id")
        dottedOrder = try run.string("dotted_order")
        runType = try run.string("run_type")?.lowercased()
        name = try run.string("name")
        startNanos = try run.isoTime("start_time")
        endNanos = try run.isoTime("end_time")
        error = try run.string("error")
        status = try run.string("status")?.lowercased()
        project = try run.string("session_name")
        let extra = run.object("extra")
        let metadata = extra?.object("metadata")
        let invocation = extra?.object("invocation_params")
        let outputs = run.object("outputs")
        model = ForeignJSON.first(try metadata?.string("ls_model_name"), try invocation?.string("model"),
                                  try invocation?.string("model_name"),
                                  try outputs?.object("llm_output")?.string("model_name"))
        provider = try metadata?.string("ls_provider")
        userID = ForeignJSON.first(try metadata?.string("user_id"), try metadata?.string("user"))
        sessionID = ForeignJSON.first(try metadata?.string("session_id"), try metadata?.string("thread_id"),
                                      try metadata?.string("conversation_id"))
        let isModelCall = runType == "llm" || runType == "embedding"
        usage = try Self.usage(run, outputs: isModelCall ? outputs : nil, metadata: isModelCall ? metadata : nil)
        costUSD = try Self.cost(run)
        if keepContent {
            input = run["inputs"].flatMap(ForeignJSON.contentText)
            output = run["outputs"].flatMap(ForeignJSON.contentText)
        }
    }

    /// Top-level counts, else `usage_metadata` (outputs, then metadata), else `llm_output.token_usage`; the
    /// last three only for model calls, as a chain's outputs often repeat its LLM child's usage.
    private static func usage(_ run: ForeignJSON, outputs: ForeignJSON?, metadata: ForeignJSON?)
        throws(ForeignProblem) -> TokenUsage?
    {
        if run.has("prompt_tokens") || run.has("completion_tokens") {
            return TokenUsage(input: try run.count("prompt_tokens") ?? 0, output: try run.count("completion_tokens") ?? 0)
        }
        if let usage = outputs?.object("usage_metadata") ?? metadata?.object("usage_metadata") {
            return TokenUsage(
                input: try usage.count("input_tokens") ?? 0, output: try usage.count("output_tokens") ?? 0,
                cacheRead: try usage.object("input_token_details")?.count("cache_read") ?? 0,
                cacheCreation: try usage.object("input_token_details")?.count("cache_creation") ?? 0,
                reasoning: try usage.object("output_token_details")?.count("reasoning") ?? 0)
        }
        if let usage = outputs?.object("llm_output")?.object("token_usage") {
            return TokenUsage(input: try usage.count("prompt_tokens") ?? 0,
                              output: try usage.count("completion_tokens") ?? 0)
        }
        return nil
    }

    /// `total_cost`, else `prompt_cost` + `completion_cost`; numbers or decimal strings (LangSmith's API writes both).
    private static func cost(_ run: ForeignJSON) throws(ForeignProblem) -> Double? {
        if let total = try amount(run, "total_cost") { return total }
        let parts = [try amount(run, "prompt_cost"), try amount(run, "completion_cost")].compactMap { $0 }
        return parts.isEmpty ? nil : parts.reduce(0, +)
    }

    private static func amount(_ run: ForeignJSON, _ key: String) throws(ForeignProblem) -> Double? {
        if case let .string(text)? = run[key] {
            guard let value = Double(text), value.isFinite, value >= 0, value <= ForeignJSON.maxCostUSD else {
                throw ForeignProblem("\(key) '\(text.prefix(40))' is not a cost")
            }
            return value
        }
        return try run.money(key)
    }

    /// The run with the fields `patch` states laid over its own.
    func completed(by patch: LangSmithRun) -> LangSmithRun {
        var run = self
        run.traceID = patch.traceID ?? traceID
        run.parentRunID = patch.parentRunID ?? parentRunID
        run.dottedOrder = patch.dottedOrder ?? dottedOrder
        run.runType = patch.runType ?? runType
        run.name = patch.name ?? name
        run.startNanos = patch.startNanos ?? startNanos
        run.endNanos = patch.endNanos ?? endNanos
        run.error = patch.error ?? error
        run.status = patch.status ?? status
        run.model = patch.model ?? model
        run.provider = patch.provider ?? provider
        run.userID = patch.userID ?? userID
        run.sessionID = patch.sessionID ?? sessionID
        run.project = patch.project ?? project
        run.usage = patch.usage ?? usage
        run.costUSD = patch.costUSD ?? costUSD
        run.input = patch.input ?? input
        run.output = patch.output ?? output
        return run
    }
}
