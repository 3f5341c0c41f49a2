import Foundation
import OpsDemo
import OpsTestSupport

/// A generated run parsed with Foundation, as an independent check of the hand-written JSON.
/// Immutable after `init`; the parsed JSON values are immutable Foundation objects, so sharing it is safe.
struct DemoRun: @unchecked Sendable {
    static let start: Int64 = 1_795_433_580_000_000_000

    let generator: DemoGenerator
    let bytes: [UInt8]
    let lines: [String]
    let objects: [[String: Any]]
    let unparsable: [String]

    init(
        seed: UInt64 = 7, minutes: Int, queriesPerSecond: Double = DemoGenerator.defaultQueriesPerSecond,
        signals: Bool = false, form: DemoLogForm = .native
    ) {
        var generator = DemoGenerator(seed: seed, start: Self.start, minutes: minutes, queriesPerSecond: queriesPerSecond)
        generator.writesSignals = signals
        generator.form = form
        var bytes: [UInt8] = []
        generator.writeAll(into: &bytes)
        self.generator = generator
        self.bytes = bytes
        lines = bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        var objects: [[String: Any]] = []
        var unparsable: [String] = []
        for line in lines {
            if let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] {
                objects.append(object)
            } else {
                unparsable.append(line)
            }
        }
        self.objects = objects
        self.unparsable = unparsable
    }

    var spans: [[String: Any]] { objects.filter { $0["kind"] as? String == "span" } }
}

extension Dictionary where Key == String, Value == Any {
    /// A nanosecond timestamp written as a JSON string.
    func nanos(_ key: String) -> Int64 { (self[key] as? String).flatMap { Int64($0) } ?? -1 }
    /// The line's time: a span's end, otherwise `time_unix_nano`.
    var lineTime: Int64 { self["kind"] as? String == "span" ? nanos("end_time_unix_nano") : nanos("time_unix_nano") }
    func text(_ key: String) -> String? { self[key] as? String }
    var isError: Bool { text("status") == "error" }
}
