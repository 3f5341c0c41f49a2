import OpsModel

extension LangSmithRun {
    /// The run as a span; a problem when it lacks a start or an end.
    func span() throws(ForeignProblem) -> Span {
        guard let start = startNanos else { throw ForeignProblem("LangSmith run \(id.prefix(40)) without start_time") }
        guard let end = endNanos else { throw ForeignProblem("LangSmith run \(id.prefix(40)) without end_time") }
        guard end >= start else { throw ForeignProblem("LangSmith run \(id.prefix(40)) ends before it starts") }
        let segments = dottedOrder.map(Self.runIDs(inDottedOrder:)) ?? []
        let parent = parentRunID ?? (segments.count >= 2 ? segments[segments.count - 2] : nil)
        let trace = traceID ?? segments.first ?? (parent == nil ? id : nil)
        guard let trace else { throw ForeignProblem("LangSmith run \(id.prefix(40)) without trace_id") }
        let component = Self.component(runType, isRoot: parent == nil)
        let failed = error != nil || status == "error"
        var spanError: SpanError?
        if failed {
            let (type, message) = Self.errorTypeAndMessage(error ?? "error")
            spanError = SpanError(type: type, message: message)
        }
        let content = input == nil && output == nil ? nil : SpanContent(input: input, output: output)
        return Span(
            traceID: ForeignIDs.traceID(trace), spanID: ForeignIDs.spanID(id),
            parentID: parent.map(ForeignIDs.spanID), name: name ?? runType ?? "run", component: component,
            status: failed ? .error : (status == nil || status == "success" ? .ok : .unset),
            startNanos: start, endNanos: end, provider: provider,
            requestModel: component == .llm ? model : nil, tool: component == .tool ? name : nil,
            usage: usage ?? .zero, reportedCostUSD: costUSD, error: spanError,
            userID: userID, sessionID: sessionID, serviceName: project, content: content)
    }

    /// `llm`/`embedding` → llm, `tool` → tool, `retriever` → retrieval, a root `chain` → query, the rest
    /// (`prompt`, `parser`, a nested chain) → other.
    static func component(_ runType: String?, isRoot: Bool) -> Component {
        switch runType {
        case "llm"?, "embedding"?: return .llm
        case "tool"?: return .tool
        case "retriever"?: return .retrieval
        case "chain"?: return isRoot ? .query : .other
        default: return .other
        }
    }

    /// The run ids in a dotted order (`20261123T113557871802Z<uuid>.…`), root first.
    static func runIDs(inDottedOrder order: String) -> [String] {
        order.split(separator: ".").compactMap { segment in
            guard let zone = segment.firstIndex(of: "Z") else { return nil }
            let id = segment[segment.index(after: zone)...]
            return id.isEmpty ? nil : String(id)
        }
    }

    /// `ConnectionError('lost')\n\nTraceback…` → (`ConnectionError`, `ConnectionError('lost')`).
    /// A first word followed by a space is not a class: the text names the type (`Request timed out.` → `timeout`).
    static func errorTypeAndMessage(_ error: String) -> (String, String) {
        let firstLine = error.split(whereSeparator: \.isNewline).first.map(String.init) ?? error
        let head = firstLine.prefix { $0 != "(" && $0 != ":" && $0 != " " }
        let next = firstLine.dropFirst(head.count).first
        let isName = !head.isEmpty && head.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            && next != " "
        let message = String(firstLine.prefix(500))
        if isName, !["error", "exception"].contains(head.lowercased()) { return (String(head), message) }
        return (UntypedErrorName.name(status: nil, message: firstLine) ?? (isName ? String(head) : "error"), message)
    }
}
