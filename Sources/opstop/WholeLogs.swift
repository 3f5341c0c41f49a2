import OpsCore
import OpsSources

/// Reads whole usage logs (`-` is standard input) into a sink, for the commands that read to
/// the end: `report` and `snapshot`. An unreadable input ends the command with status 2.
enum WholeLogs {
    static func read(
        _ paths: [String], options: UsageLogDecoder.Options = UsageLogDecoder.Options(), into sink: (Event) -> Void
    ) -> [(path: String, stats: IngestStats)] {
        paths.map { path in
            var ingestor = LogIngestor(options: options)
            do {
                try WholeFileReader(path: path).forEachChunk { chunk in ingestor.feed(chunk, sink) }
            } catch let error as SourceError {
                CommandFailure(message: error.description, code: CommandFailure.unreadableInput).exit()
            } catch {
                CommandFailure(message: "cannot read '\(path)': \(error)", code: CommandFailure.unreadableInput).exit()
            }
            ingestor.finish(sink)
            return (path, ingestor.stats)
        }
    }
}
