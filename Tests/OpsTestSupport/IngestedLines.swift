import OpsModel
import OpsFormats

/// What an ingestor made of some lines: its events (in order) and its stats.
package struct IngestedLines {
    package var events: [Event] = []
    package var stats = IngestStats()

    package var spans: [Span] {
        events.compactMap { event in
            if case let .span(span) = event { return span }
            return nil
        }
    }

    package func span(named name: String) -> Span? { spans.first { $0.name == name } }
}

/// Feeds `lines` (joined with newlines) through one `LogIngestor`, as a file is read.
package func ingest(_ lines: [String], keepContent: Bool = true) -> IngestedLines {
    var ingestor = LogIngestor(options: UsageLogDecoder.Options(keepContent: keepContent))
    var result = IngestedLines()
    var text = lines.joined(separator: "\n") + "\n"
    text.withUTF8 { bytes in
        ingestor.feed(UnsafeRawBufferPointer(bytes)) { result.events.append($0) }
    }
    ingestor.finish { result.events.append($0) }
    result.stats = ingestor.stats
    return result
}

/// Nanoseconds of epoch seconds written with microseconds, as LiteLLM writes them.
package func nanos(_ seconds: Int64, micros: Int64) -> Int64 { seconds * 1_000_000_000 + micros * 1000 }
