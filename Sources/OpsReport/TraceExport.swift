import OpsModel
import OpsEngine

/// A trace as a JSON document, for `w` in the trace view and for bug reports.
package enum TraceExport {
    package static func json(_ record: TraceRecord) -> String {
        let summary = record.summary
        var writer = JSONWriter()
        writer.object { json in
            json.field("trace_id", record.traceID.description)
            json.field("name", summary.name)
            json.field("start", RFC3339.format(nanos: summary.startNanos))
            json.field("duration_ms", Double(summary.durationNanos) / 1_000_000)
            json.field("cost_usd", summary.costUSD)
            json.field("span_count", summary.spanCount)
            json.field("failed_spans", summary.failedSpans)
            json.key("spans")
            json.array { spans in
                for entry in record.entries { write(entry, to: &spans) }
            }
        }
        return writer.text
    }

    static func write(_ entry: TraceRecord.Entry, to json: inout JSONWriter) {
        let span = entry.span
        json.object { object in
            object.field("span_id", span.spanID.description)
            object.field("parent_span_id", span.parentID?.description)
            object.field("name", span.name)
            object.field("component", span.component.rawValue)
            object.field("status", span.status.rawValue)
            object.field("start_time", RFC3339.format(nanos: span.startNanos))
            object.field("end_time", RFC3339.format(nanos: span.endNanos))
            object.field("duration_ms", Double(span.durationNanos) / 1_000_000)
            object.field("provider", span.provider)
            object.field("request_model", span.requestModel)
            object.field("response_model", span.responseModel)
            object.field("tool", span.tool)
            object.field("user_id", span.userID)
            object.field("session_id", span.sessionID)
            object.field("service_name", span.serviceName)
            object.key("tokens")
            object.object { tokens in
                tokens.field("input", span.usage.input)
                tokens.field("output", span.usage.output)
                tokens.field("cache_read", span.usage.cacheRead)
                tokens.field("cache_creation", span.usage.cacheCreation)
                tokens.field("reasoning", span.usage.reasoning)
            }
            object.field("cost_usd", entry.costUSD)
            object.field("counts_toward_totals", entry.countsUsage)
            if let error = span.error {
                object.key("error")
                object.object { item in
                    item.field("type", error.type)
                    item.field("message", error.message)
                    item.field("category", entry.errorCategory?.rawValue)
                }
            }
            object.field("input", span.content?.input)
            object.field("output", span.content?.output)
        }
    }
}
