import CPrefetch
import OpsModel

/// Decodes one line of a usage log (opstop native v1, its short hand-written form, older OTel
/// names) into a span, breaker or budget event, without Foundation and without recursion.
///
/// The line is validated as JSON while the top-level object is walked; known keys (also
/// inside `attributes` and `resource`) are extracted, unknown values are skipped. Repeated
/// strings (models, providers, tools, names, …) are interned. One decoder per thread.
package struct UsageLogDecoder: Sendable {
    package struct Options: Sendable, Hashable {
        /// Keep prompts and completions (`gen_ai.input.messages`, `input`, …) in `Span.content`.
        package var keepContent: Bool
        /// Hold LangSmith runs posted without an end until their patch (see `ForeignFormat`); replay,
        /// which reads lines out of file order, turns it off.
        package var holdsRuns: Bool
        /// Decode OTLP `resourceMetrics` lines for `takeMetrics()`; otherwise they are only counted.
        /// Only a reader that takes them after every chunk (report, snapshot) should turn it on.
        package var readsMetrics: Bool

        package init(keepContent: Bool = true, holdsRuns: Bool = true, readsMetrics: Bool = false) {
            self.keepContent = keepContent
            self.holdsRuns = holdsRuns
            self.readsMetrics = readsMetrics
        }
    }

    /// Where in the line an object sits, which decides the keys read there.
    enum Context {
        case top, attributes, resource, resourceAttributes

        var depth: Int {
            switch self {
            case .top: return 1
            case .attributes, .resource: return 2
            case .resourceAttributes: return 3
            }
        }
    }

    package var options: Options
    /// Names the source in synthetic ids (the high 32 bits; the line number is the low 32), so
    /// lines without ids from different files, or from one file before and after a rotation,
    /// never share an id. 0 by default; see ``syntheticSourceKey(for:)``.
    package var syntheticSource: UInt32 = 0
    var interner = StringInterner()
    var scratch: [UInt8] = []
    var fields = RecordFields()
    var problems = LineProblems()
    var nameCache: [SynthesizedName] = []
    var nameCacheCursor = 0
    var predictor = KeyPredictor()
    var operationMemo = OperationMemo()
    /// A reader's spent events, whose span boxes new spans are built in (see ``recycle(_:)``).
    var recycledEvents: [Event] = []
    static let nameCacheSize = 16
    var foreign: ForeignLineDecoder
    /// Off only in tests, which hold the fast paths (`UsageLogDecoder+FastPaths`) to the full grammar.
    var usesFastPaths = true

    package init(options: Options = Options()) {
        self.options = options
        foreign = ForeignLineDecoder(
            keepContent: options.keepContent, holdsRuns: options.holdsRuns, readsMetrics: options.readsMetrics)
        scratch.reserveCapacity(256)
    }

    /// A source's key for ``syntheticSource``: FNV-1a of its name (a path, `-` for standard input),
    /// so the same input gives the same ids on every run.
    package static func syntheticSourceKey(for name: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// Takes `events`, events a reader has finished with, so that the spans of the lines decoded next
    /// are built in their heap boxes instead of new ones; returns the events taken the time before,
    /// emptied (freeing what was not reused) with their capacity kept, for the next events.
    package mutating func recycle(_ events: consuming [Event]) -> [Event] {
        var emptied = events
        swap(&emptied, &recycledEvents)
        emptied.removeAll(keepingCapacity: true)
        return emptied
    }

    /// How many spent events ahead of the next one taken ``prefetchRecycledBox()`` asks for: a span
    /// takes the decoder about a microsecond, a line from the other core's cache a fraction of that.
    static let recyclePrefetchDistance = 4
    /// How far ahead the spent events' own slots are fetched, so reading the box address to prefetch
    /// does not wait either (the engine's thread wrote the slots last, handing the events out).
    static let recycleSlotPrefetchDistance = 24

    /// Asks the CPU for the heap box of the spent span that will be taken ``recyclePrefetchDistance``
    /// spans from now, to be written: the engine's thread read it last, on the other core, and the
    /// decoder's first touch of it (the reference count, checked and updated at once) otherwise
    /// waits for every line it writes to come back from there.
    @inline(__always)
    func prefetchRecycledBox() {
        // Eight lines hold a box (`BlockSequencer.spanBoxBytes`, a test checks) but for its last
        // byte when it starts in a line's last quarter.
        let box = recycledBoxAddress(ahead: Self.recyclePrefetchDistance, slotAhead: Self.recycleSlotPrefetchDistance)
        if let box { opstop_prefetch_eight_lines_for_writing(box) }
    }

    /// The box address (``Event/boxAddress(at:)``) of the spent event taken `distance` spans after
    /// the next one, nil when fewer are left. Also prefetches the slot `slotAhead` spans after
    /// the next one (the engine's thread wrote the slots last, handing the events out), so that
    /// reading the word does not wait later either.
    @inline(__always)
    func recycledBoxAddress(ahead distance: Int, slotAhead: Int) -> UnsafeRawPointer? {
        let count = recycledEvents.count
        guard count > distance else { return nil }
        return recycledEvents.withUnsafeBufferPointer { events in
            guard let base = events.baseAddress else { return nil }
            if count > slotAhead { opstop_prefetch(base + (count - 1 - slotAhead), 1) }
            return Event.boxAddress(at: base + (count - 1 - distance))
        }
    }

    /// LangSmith runs held now, waiting for the patch that completes them.
    package var heldRuns: Int { foreign.book.count }

    /// Hands over the `resourceMetrics` lines decoded since the last call.
    package mutating func takeMetrics() -> [MetricsLine] { foreign.takeMetrics() }

    /// Decodes one line (without its newline); `lineNumber` names synthetic ids and is 1-based.
    package mutating func decode(_ line: UnsafeRawBufferPointer, lineNumber: Int) -> DecodedLine {
        var events: [Event] = []
        switch decode(line, lineNumber: lineNumber, into: { events.append($0) }) {
        case .delivered: return events.first.map(DecodedLine.event) ?? .blank
        case let .foreign(outcome): return .foreign(events, outcome)
        case .blank: return .blank
        case .ignored: return .ignored
        case let .malformed(reason): return .malformed(reason: reason)
        }
    }

    /// Decodes one line, handing its events (if any) to `sink` as they are built, so an event is
    /// never copied through a returned `DecodedLine`; the ingestor's entry point.
    package mutating func decode(_ line: UnsafeRawBufferPointer, lineNumber: Int, into sink: (Event) -> Void) -> LineOutcome {
        decode(line, lineNumber: lineNumber, defersForeign: false, into: { sink($0) }) ?? .blank
    }

    /// Decodes a line as `decode(_:lineNumber:into:)` does, except another tool's record: nil for
    /// those, with nothing handed to `sink`. They are left to one decoder that reads every such line
    /// in file order, because they may depend on earlier lines (a LangSmith run waiting for its
    /// patch); a block decoder working apart from the lines before its block defers them. `sink`
    /// takes each event over, so a span's box passes on with no reference counting.
    package mutating func decodeDeferringForeign(
        _ line: UnsafeRawBufferPointer, lineNumber: Int, into sink: (consuming Event) -> Void
    ) -> LineOutcome? {
        decode(line, lineNumber: lineNumber, defersForeign: true, into: sink)
    }

    @inline(__always)
    private mutating func decode(
        _ line: UnsafeRawBufferPointer, lineNumber: Int, defersForeign: Bool, into sink: (consuming Event) -> Void
    ) -> LineOutcome? {
        guard let base = line.baseAddress, !line.isEmpty else { return .blank }
        // Fields keep 32-bit offsets into the line.
        guard line.count <= Int(Int32.max) else { return .malformed(reason: "line longer than 2 GiB") }
        var scanner = JSONScanner(base: base, count: line.count)
        if line.count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF {
            scanner.position = 3
        }
        scanner.skipWhitespace()
        guard let first = scanner.peek() else { return .blank }
        fields = RecordFields()
        if !problems.isEmpty { problems = LineProblems() }
        do throws(LineError) {
            if first == UInt8(ascii: "{") {
                try walkTopObject(&scanner)
            } else {
                try scanner.skipValue()
            }
            scanner.skipWhitespace()
            if let extra = scanner.peek() {
                throw .syntax("unexpected \(LineError.describe(extra)) after the end of the JSON value", at: scanner.position)
            }
        } catch {
            return .malformed(reason: error.reason)
        }
        guard first == UInt8(ascii: "{") else {
            return .malformed(reason: "expected a JSON object, found \(Self.describeValue(startingWith: first))")
        }
        // Another tool's record: one well-predicted branch per native line.
        if let format = fields.foreign, fields.kind == nil, !fields.spanID.isPresent {
            if defersForeign { return nil }
            return foreign.decode(format, line, into: { sink($0) })
        }
        return makeEvent(lineNumber: lineNumber, line: base, into: sink)
    }

    /// `an array`, `a string`, `a number`, `null`, `true` or `false`, by a valid JSON value's first byte.
    static func describeValue(startingWith byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "t"): return "true"
        case UInt8(ascii: "f"): return "false"
        default: return "a number"
        }
    }

    /// Decodes a line held in an array (convenient for tests and small callers).
    package mutating func decode(_ line: [UInt8], lineNumber: Int) -> DecodedLine {
        line.withUnsafeBytes { decode($0, lineNumber: lineNumber) }
    }

    /// Decodes a line given as text.
    package mutating func decode(_ line: String, lineNumber: Int) -> DecodedLine {
        var copy = line
        return copy.withUTF8 { decode(UnsafeRawBufferPointer($0), lineNumber: lineNumber) }
    }

    /// Walks the object at the cursor, reading the keys `context` knows and skipping the rest.
    mutating func walkObject(_ scanner: inout JSONScanner, context: Context) throws(LineError) {
        try walk(&scanner, context: context)
    }

    /// `walkObject` for the line's own object: a copy of the walk compiled for `.top` alone, so the
    /// choices that depend on the context (prediction, accepted keys) are made once, not per key.
    mutating func walkTopObject(_ scanner: inout JSONScanner) throws(LineError) {
        try walk(&scanner, context: .top)
    }

    @inline(__always)
    private mutating func walk(_ scanner: inout JSONScanner, context: Context) throws(LineError) {
        scanner.position += 1
        var next = try scanner.nextSignificant(expecting: "a key or '}'")
        if next == UInt8(ascii: "}") {
            scanner.position += 1
            return
        }
        // Top-level keys are predicted from the keys that followed the previous one in earlier lines.
        let predicts = context == .top
        var state = KeyPredictor.startState
        var slots = predictor.slots
        while true {
            guard next == UInt8(ascii: "\"") else { throw .unexpected(next, at: scanner.position) }
            let key: KnownKey?
            if predicts, let hit = KeyPredictor.predict(
                scanner.base, at: scanner.position, count: scanner.count, after: state, in: slots) {
                // Past the opening quote, the key, its closing quote and the colon.
                scanner.position &+= hit.length &+ 1
                key = hit.key
                if hit.candidate != 0, predictor.notePromotable(after: state, candidate: hit.candidate) {
                    slots = predictor.slots
                }
                state = hit.state
                // Nearly every value follows its colon with no space (no whitespace byte is above 0x20).
                if scanner.position < scanner.count, scanner.byte(at: scanner.position) <= 0x20 { scanner.skipWhitespace() }
            } else {
                let keyToken = try Self.scanKey(&scanner)
                key = match(keyToken, in: scanner)
                if predicts {
                    // Only a key followed at once by its colon makes a pattern (`KeyPredictor`).
                    if !keyToken.hasEscapes, scanner.peek() == UInt8(ascii: ":") {
                        predictor.learn(after: state, scanner.base + keyToken.start, length: keyToken.count, key: key)
                        slots = predictor.slots
                    }
                    state = key.map { Int($0.rawValue) } ?? KeyPredictor.unknownState
                }
                try Self.passColon(&scanner)
            }
            // At the top every key is read (`accept` would return it): no switch on the context per key.
            if let key, let wanted = predicts ? key : accept(key, in: context) {
                try readValue(for: wanted, &scanner, context: context)
            } else {
                try scanner.skipValue(depth: context.depth)
            }
            // Nearly every value is followed by `,"` with no space: the next key's quote in one step.
            let position = scanner.position
            if position &+ 1 < scanner.count,
               UInt16(littleEndian: scanner.base.loadUnaligned(fromByteOffset: position, as: UInt16.self)) == Self.commaQuote {
                scanner.position = position &+ 1
                next = UInt8(ascii: "\"")
                continue
            }
            next = try scanner.nextSignificant(expecting: "',' or '}'")
            if next == UInt8(ascii: ",") {
                scanner.position += 1
                next = try scanner.nextSignificant(expecting: "a key")
            } else if next == UInt8(ascii: "}") {
                scanner.position += 1
                return
            } else {
                throw .unexpected(next, at: scanner.position)
            }
        }
    }

    /// `,` (0x2C) then `"` (0x22), loaded as a little-endian pair of bytes. A literal: a `static let`
    /// would cost a `swift_once` call per value.
    @inline(__always)
    static var commaQuote: UInt16 { 0x222C }

    /// The `:` after a key the predictor did not confirm, and the whitespace around it.
    @inline(__always)
    private static func passColon(_ scanner: inout JSONScanner) throws(LineError) {
        // Nearly every key is followed by `:` and its value with no space (no whitespace byte is above 0x20).
        let colon = scanner.position
        if colon &+ 1 < scanner.count, scanner.byte(at: colon) == UInt8(ascii: ":"), scanner.byte(at: colon &+ 1) > 0x20 {
            scanner.position = colon &+ 1
            return
        }
        if scanner.peek() == UInt8(ascii: ":") {
            scanner.position += 1
        } else {
            try scanner.consume(UInt8(ascii: ":"), expecting: "':'")
        }
        scanner.skipWhitespace()
    }

    /// A key the predictor did not confirm. Kept out of line: inlined, its scan's vector constants
    /// would be reloaded after every value of every line.
    @inline(never)
    private static func scanKey(_ scanner: inout JSONScanner) throws(LineError) -> StringToken {
        try scanner.scanString()
    }

    @inline(__always)
    private mutating func match(_ token: StringToken, in scanner: JSONScanner) -> KnownKey? {
        if !token.hasEscapes {
            return KnownKey.match(scanner.base + token.start, count: token.count)
        }
        return withText(token, in: scanner) { _, bytes in
            bytes.baseAddress.flatMap { KnownKey.match($0, count: bytes.count) }
        }
    }

    /// The key when `context` reads it; nested objects read fewer keys.
    @inline(__always)
    private func accept(_ key: KnownKey, in context: Context) -> KnownKey? {
        switch context {
        case .top: return key
        case .attributes: return key == .attributes || key == .resource ? nil : key
        case .resource: return key == .serviceName || key == .attributes ? key : nil
        case .resourceAttributes: return key == .serviceName ? key : nil
        }
    }
}
