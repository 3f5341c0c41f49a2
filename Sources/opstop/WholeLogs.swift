import Foundation
import OpsModel
import OpsFormats
import OpsSources

/// Reads whole usage logs (`-` is standard input) into a sink, for the commands that read to
/// the end: `report` and `snapshot`. An unreadable input ends the command with status 2.
///
/// With more than one thread, `threads - 1` workers decode blocks of the input while the caller's
/// thread runs the sink (the engine); events reach the sink in input order either way, exactly as one
/// thread delivers them (``ParallelLogReader``), so the figures do not depend on the thread count.
enum WholeLogs {
    /// `metrics` receives the OTLP metrics lines (`{"resourceMetrics":[…]}`); they feed a store of
    /// their own. `threads` is the number of decoding workers (default: the CPUs the process may use).
    /// `letGo` gives the events the sink has let go of, after each block (see ``ParallelLogReader``).
    static func read(
        _ paths: [String], options: UsageLogDecoder.Options = UsageLogDecoder.Options(),
        threads: Int = AvailableCores.count,
        metrics: (MetricsLine) -> Void = { _ in }, into sink: (Event) -> Void, letGo: () -> [Event] = { [] }
    ) -> [(path: String, stats: IngestStats)] {
        var results: [(path: String, stats: IngestStats)] = []
        // The caller's thread (the engine) is one of the threads; the others decode.
        let failure = ParallelLogReader(workers: threads - 1, options: options).read(
            paths, events: sink, metrics: { $0.forEach(metrics) }, finished: { results.append(($0, $1)) },
            letGo: letGo)
        if let failure { CommandFailure(message: failure, code: CommandFailure.unreadableInput).exit() }
        return results
    }
}
