import OpsModel
import OpsEngine

/// One span in full: its attributes, its error, and its input and output messages, wrapped
/// to the width and scrolled by lines.
package struct SpanDetailView: Widget, Sendable {
    package struct Line: Sendable, Hashable {
        package var text: String
        package var style: Style

        package init(_ text: String, style: Style = Style(.text)) {
            self.text = text
            self.style = style
        }
    }

    package var traceID: TraceID
    package var spanID: SpanID
    package var entry: TraceRecord.Entry?
    package var scroll: Int
    /// The trace's evaluation scores; the view shows those of this span (and, on the root, the trace's).
    package var evaluations: [Evaluation]

    package init(traceID: TraceID, spanID: SpanID, entry: TraceRecord.Entry?, scroll: Int, evaluations: [Evaluation] = []) {
        self.traceID = traceID
        self.spanID = spanID
        self.entry = entry
        self.scroll = scroll
        self.evaluations = evaluations
    }

    /// The longest label (`conversation`) and a gap of two columns.
    static let labelWidth = 14

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let title = entry.map { "Span · " + ($0.span.name.isEmpty ? "(unnamed)" : $0.span.name) } ?? "Span \(spanID)"
        let lines = entry.map { Self.lines(for: $0, evaluations: evaluations, width: max(0, area.width - 4)) } ?? [
            Line("This span is no longer in memory. Esc goes back.", style: Style(.muted))
        ]
        let inner = Block(title: title).inner(area)
        let limit = max(0, lines.count - inner.height)
        let first = min(max(0, scroll), limit)
        var trailing = spanID.description
        if lines.count > inner.height, inner.height > 0 {
            trailing = "\(first + 1)-\(min(lines.count, first + inner.height)) of \(lines.count)"
        }
        Block(title: title, trailingTitle: trailing).render(in: area, buffer: &buffer, context: context)
        let text = inner.inset(horizontal: 1, vertical: 0)
        for (row, line) in lines.dropFirst(first).prefix(text.height).enumerated() {
            buffer.put(line.text, x: text.x, y: text.y + row, style: line.style, maxWidth: text.width)
        }
    }

    /// Every line the view would show at `width` columns, before scrolling.
    package static func lines(for entry: TraceRecord.Entry, evaluations: [Evaluation] = [], width: Int) -> [Line] {
        guard width > 0 else { return [] }
        var lines: [Line] = []
        let span = entry.span
        func field(_ label: String, _ value: String?, style: Style = Style(.text)) {
            guard let value, !value.isEmpty else { return }
            let valueWidth = width - labelWidth
            guard valueWidth >= 8 else {
                lines.append(Line(label, style: Style(.muted)))
                lines += WordWrap.wrap(value, width: width).map { Line($0, style: style) }
                return
            }
            for (index, piece) in WordWrap.wrap(value, width: valueWidth).enumerated() {
                let head = index == 0 ? label : ""
                // A label never runs into its value: at most one column short of the label width.
                let shown = TerminalText.truncate(head, toWidth: labelWidth - 1)
                lines.append(Line(shown.padding(to: labelWidth) + piece, style: index == 0 && piece.isEmpty ? Style(.muted) : style))
            }
        }
        field("span", span.spanID.description + (span.parentID.map { "  parent " + $0.description } ?? "  (root)"))
        field("component", span.component.rawValue)
        switch span.status {
        case .error:
            var text = "error"
            if let type = span.error?.type { text += " · " + type }
            if let category = entry.errorCategory { text += " (\(category.rawValue))" }
            field("status", text, style: Style(.critical, .bold))
            field("error", span.error?.message, style: Style(.critical))
        case .ok: field("status", "ok", style: Style(.ok))
        case .unset: field("status", "unset", style: Style(.muted))
        }
        var model = span.requestModel ?? span.responseModel
        if let request = span.requestModel, let response = span.responseModel, request != response {
            model = request + " → " + response
        }
        field("model", model)
        field("provider", span.provider)
        field("tool", span.tool)
        if let cache = span.cache { field("cache", Self.cacheText(cache), style: Style(cache.hit ? .ok : .muted)) }
        if let verdict = span.guardrail {
            field("guardrail", Self.verdictText(verdict), style: Style(Self.role(verdict.outcome), verdict.outcome == .pass ? [] : .bold))
            field("reason", verdict.reason, style: Style(Self.role(verdict.outcome)))
        }
        field("tokens", tokens(span.usage))
        if entry.costUSD != 0 || !span.usage.isZero {
            field("cost", Money.format(entry.costUSD) + (entry.countsUsage ? "" : " (roll-up of its children, not counted)"))
        }
        field("start", ClockText.time(nanos: span.startNanos) + " UTC")
        field("duration", DurationText.label(nanos: span.durationNanos))
        field("user", span.userID)
        field("session", span.sessionID)
        field("conversation", span.conversationID)
        field("service", span.serviceName)
        for (heading, text) in [("Input", span.content?.input), ("Output", span.content?.output)] {
            guard let text, !text.isEmpty else { continue }
            lines.append(Line(""))
            lines.append(Line("── \(heading) ──", style: Style(.title, .bold)))
            for message in MessageText.messages(text) {
                let indent = message.heading == nil ? 0 : 2
                if let heading = message.heading { lines.append(Line(heading + ":", style: Style(.accent, .bold))) }
                for paragraph in message.paragraphs {
                    let style = paragraph.hasPrefix("→") || paragraph.hasPrefix("←") ? Style(.muted) : Style(.text)
                    lines += WordWrap.wrap(paragraph, width: max(1, width - indent)).map {
                        Line(String(repeating: " ", count: indent) + $0, style: style)
                    }
                }
            }
        }
        if span.content == nil {
            lines.append(Line(""))
            lines.append(Line("No prompt or completion recorded for this span.", style: Style(.muted)))
        }
        lines += evaluationLines(Self.evaluations(of: span, in: evaluations), width: width)
        return lines
    }

    /// The scores that name this span, and on a root those that name no span (scores of the whole trace).
    static func evaluations(of span: Span, in evaluations: [Evaluation]) -> [Evaluation] {
        evaluations.filter { evaluation in evaluation.spanID.map { $0 == span.spanID } ?? span.isRoot }
    }

    /// A heading, then per score `faithfulness 0.62 · unfaithful · by ragas` and the explanation wrapped below.
    static func evaluationLines(_ evaluations: [Evaluation], width: Int) -> [Line] {
        guard !evaluations.isEmpty, width > 0 else { return [] }
        var lines = [Line(""), Line("── Evaluations ──", style: Style(.title, .bold))]
        for evaluation in evaluations {
            var head = evaluation.name
            if let score = evaluation.score, score.isFinite { head += " " + scoreText(score) }
            if let label = evaluation.label, !label.isEmpty { head += " · " + label }
            if let evaluator = evaluation.evaluator, !evaluator.isEmpty { head += " · by " + evaluator }
            lines += WordWrap.wrap(head, width: width).map { Line($0, style: Style(.accent, .bold)) }
            guard let explanation = evaluation.explanation, !explanation.isEmpty else { continue }
            lines += WordWrap.wrap(explanation, width: max(1, width - 2)).map { Line("  " + $0, style: Style(.text)) }
        }
        return lines
    }

    /// A score with the digits it needs: `0.82`, `0.875`, `4`.
    static func scoreText(_ score: Double) -> String {
        guard score.isFinite else { return "—" }
        if score == score.rounded(), abs(score) < 1e6 { return String(Int(score)) }
        let text = Money.fixed(score, decimals: 3)
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return String(trimmed)
    }

    static func cacheText(_ cache: CacheLookup) -> String {
        var text = cache.hit ? "hit" : "miss"
        if let saved = cache.savedUSD, saved.isFinite { text += " · saved " + Money.format(saved) }
        if let name = cache.cacheName, !name.isEmpty { text += " · " + name }
        return text
    }

    static func verdictText(_ verdict: GuardrailVerdict) -> String {
        var text = verdict.outcome.rawValue + " · " + verdict.guardrail
        if verdict.isRateLimit { text += " (the app's rate limiter)" }
        return text
    }

    static func role(_ outcome: GuardrailVerdict.Outcome) -> ColorRole {
        switch outcome {
        case .pass: return .ok
        case .flagged: return .warning
        case .blocked: return .critical
        }
    }

    static func tokens(_ usage: TokenUsage) -> String? {
        guard !usage.isZero else { return nil }
        var input = "\(usage.input) in"
        if usage.cacheRead > 0 { input += " (\(usage.cacheRead) cached)" }
        var output = "\(usage.output) out"
        if usage.reasoning > 0 { output += " (\(usage.reasoning) reasoning)" }
        return input + " · " + output
    }
}

extension String {
    /// Pads with spaces to `width` columns (never cuts).
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - TerminalText.displayWidth(of: self)))
    }
}
