import OpsModel

/// Scans one exposition line at a time over the scrape's bytes.
///
/// Names and label strings are reused from the previous line when their raw bytes are equal, so a
/// histogram's bucket lines cost one `String` (for `le`) each instead of one per label.
struct LineScanner {
    typealias Failure = ParseIssue.Kind

    private struct RawLabel {
        var name: Range<Int>
        var value: Range<Int>
        var label: Label
        var kept: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let format: ExpositionFormat
    let limits: ExpositionLimits
    private var position = 0
    private var end = 0
    private var previousName: (raw: Range<Int>, name: String)?
    private var previousLabels: [RawLabel] = []
    private var currentLabels: [RawLabel] = []

    init(bytes: UnsafeBufferPointer<UInt8>, format: ExpositionFormat, limits: ExpositionLimits) {
        self.bytes = bytes
        self.format = format
        self.limits = limits
    }

    /// Parses `bytes[start..<end]` (without its newline).
    mutating func scan(_ start: Int, _ end: Int) throws(Failure) -> ParsedLine {
        position = start
        self.end = end
        skipBlanks()
        guard position < end else { return .blank }
        if bytes[position] == Byte.hash {
            return try scanComment()
        }
        return try scanSample()
    }

    // MARK: Comments

    private mutating func scanComment() throws(Failure) -> ParsedLine {
        position += 1
        skipBlanks()
        let keyword = scanWhile(Byte.isLetter)
        guard !keyword.isEmpty else { return .comment }
        let word = ascii(keyword)
        guard word == "HELP" || word == "TYPE" || word == "UNIT" || word == "EOF" else { return .comment }
        if word == "EOF" {
            skipBlanks()
            return position == end ? .eof : .comment
        }
        guard position < end, Byte.isBlank(bytes[position]) else { throw .invalidMetadata }
        skipBlanks()
        let name = try scanMetricNameToken()
        var text = ""
        if position < end {
            guard Byte.isBlank(bytes[position]) else { throw .invalidMetadata }
            position += 1
            if format == .classicText { skipBlanks() }
            text = try decodeEscaped(position..<end, allowQuoteEscape: format == .openMetrics)
            position = end
        }
        switch word {
        case "HELP":
            return .help(name: name, text: text)
        case "UNIT":
            return .unit(name: name, unit: text.trimmingBlanks())
        default:
            guard let type = MetricType(word: text.trimmingBlanks()) else { throw .unknownType }
            return .type(name: name, type: type)
        }
    }

    private mutating func scanMetricNameToken() throws(Failure) -> String {
        guard position < end else { throw .invalidMetadata }
        if bytes[position] == Byte.quote {
            return try scanQuotedString().string
        }
        let raw = scanWhile(Byte.isNameContinue)
        guard !raw.isEmpty, Byte.isNameStart(bytes[raw.lowerBound]) else { throw .invalidMetricName }
        return ascii(raw)
    }

    // MARK: Samples

    private mutating func scanSample() throws(Failure) -> ParsedLine {
        var name: String?
        if bytes[position] != Byte.openBrace {
            let raw = scanWhile(Byte.isNameContinue)
            guard !raw.isEmpty, Byte.isNameStart(bytes[raw.lowerBound]) else { throw .invalidMetricName }
            name = reuseName(raw)
        }
        var scanned: [RawLabel] = []
        swap(&scanned, &currentLabels)
        scanned.removeAll(keepingCapacity: true)
        if position < end, bytes[position] == Byte.openBrace {
            position += 1
            do {
                let quotedName = try scanLabelSet(into: &scanned, allowName: name == nil, keepEmpty: false)
                if name == nil { name = quotedName }
            } catch {
                swap(&scanned, &currentLabels)
                throw error
            }
        }
        guard let name else { throw .invalidMetricName }
        swap(&previousLabels, &scanned)
        swap(&currentLabels, &scanned)
        let labels = try sortedLabels(previousLabels.compactMap { $0.kept ? $0.label : nil })

        guard position < end, Byte.isBlank(bytes[position]) else {
            throw position < end ? .invalidMetricName : .missingValue
        }
        skipBlanks()
        let value = try scanValue()
        var timestamp: Double?
        var exemplar: Exemplar?
        skipBlanks()
        if position < end, bytes[position] != Byte.hash {
            timestamp = try scanTimestamp(milliseconds: format == .classicText)
            skipBlanks()
        }
        if position < end, bytes[position] == Byte.hash {
            position += 1
            exemplar = try scanExemplar()
        }
        skipBlanks()
        guard position == end else { throw .unexpectedText }
        return .sample(name: name, labels: labels, value: value, timestamp: timestamp, exemplar: exemplar)
    }

    private mutating func scanValue() throws(Failure) -> Double {
        let token = scanWhile { !Byte.isBlank($0) }
        guard !token.isEmpty else { throw .missingValue }
        switch NumberParser.parseDouble(bytes, token) {
        case .value(let value): return value
        case .invalid: throw .invalidValue
        case .outOfRange: throw .valueOutOfRange
        }
    }

    private mutating func scanTimestamp(milliseconds: Bool) throws(Failure) -> Double {
        let token = scanWhile { !Byte.isBlank($0) }
        if milliseconds {
            guard let value = NumberParser.parseInt64(bytes, token) else { throw .invalidTimestamp }
            return Double(value) / 1000
        }
        guard case .value(let value) = NumberParser.parseDouble(bytes, token), value.isFinite else {
            throw .invalidTimestamp
        }
        return value
    }

    private mutating func scanExemplar() throws(Failure) -> Exemplar {
        skipBlanks()
        guard position < end, bytes[position] == Byte.openBrace else { throw .invalidExemplar }
        position += 1
        var raw: [RawLabel] = []
        do {
            _ = try scanLabelSet(into: &raw, allowName: false, keepEmpty: true)
        } catch {
            throw error == .unbalancedBrace || error == .unterminatedQuote ? .invalidExemplar : error
        }
        let labels = raw.map(\.label).sorted()
        guard position < end, Byte.isBlank(bytes[position]) else { throw .invalidExemplar }
        skipBlanks()
        let valueToken = scanWhile { !Byte.isBlank($0) }
        guard case .value(let value) = NumberParser.parseDouble(bytes, valueToken) else { throw .invalidExemplar }
        skipBlanks()
        var timestamp: Double?
        if position < end {
            let token = scanWhile { !Byte.isBlank($0) }
            guard case .value(let seconds) = NumberParser.parseDouble(bytes, token), seconds.isFinite else {
                throw .invalidExemplar
            }
            timestamp = seconds
        }
        return Exemplar(labels: labels, value: value, timestamp: timestamp)
    }

    // MARK: Labels

    /// Scans after `{` up to and including `}` into `labels`; returns a quoted metric name if one came first.
    private mutating func scanLabelSet(
        into labels: inout [RawLabel], allowName: Bool, keepEmpty: Bool
    ) throws(Failure) -> String? {
        var metricName: String?
        var first = true
        var count = 0
        while true {
            skipBlanks()
            guard position < end else { throw .unbalancedBrace }
            if bytes[position] == Byte.closeBrace {
                position += 1
                return metricName
            }
            if !first {
                guard bytes[position] == Byte.comma else { throw .unbalancedBrace }
                position += 1
                skipBlanks()
                guard position < end else { throw .unbalancedBrace }
                if bytes[position] == Byte.closeBrace { continue }
            }
            let nameStart = position
            let labelName: String
            if bytes[position] == Byte.quote {
                let quoted = try scanQuotedString()
                skipBlanks()
                if first, allowName, position < end, bytes[position] != Byte.equals {
                    metricName = quoted.string
                    first = false
                    continue
                }
                guard !quoted.string.isEmpty else { throw .invalidLabelName }
                labelName = quoted.string
            } else {
                let raw = scanWhile(Byte.isLabelContinue)
                guard !raw.isEmpty, Byte.isLabelStart(bytes[raw.lowerBound]) else { throw .invalidLabelName }
                labelName = ""
                skipBlanks()
            }
            let nameRange = nameStart..<position
            first = false
            guard position < end, bytes[position] == Byte.equals else { throw .expectedEquals }
            position += 1
            skipBlanks()
            guard position < end, bytes[position] == Byte.quote else { throw .expectedQuote }
            count += 1
            guard count <= limits.maxLabels else { throw .tooManyLabels }
            let valueRange = try skipQuoted()
            let label = try reuseLabel(name: nameRange, decodedName: labelName, value: valueRange, index: count - 1)
            let kept = keepEmpty || (!label.value.isEmpty && label.value != "None")
            labels.append(RawLabel(name: nameRange, value: valueRange, label: label, kept: kept))
        }
    }

    /// The label at `index` from the previous line when its raw bytes match, else a freshly decoded one.
    private func reuseLabel(
        name: Range<Int>, decodedName: String, value: Range<Int>, index: Int
    ) throws(Failure) -> Label {
        if index < previousLabels.count {
            let candidate = previousLabels[index]
            if equal(candidate.name, name), equal(candidate.value, value) {
                return candidate.label
            }
        }
        let nameText = decodedName.isEmpty ? ascii(trimmedName(name)) : decodedName
        return Label(nameText, try decodeEscaped(value, allowQuoteEscape: true))
    }

    private func trimmedName(_ range: Range<Int>) -> Range<Int> {
        var upper = range.upperBound
        while upper > range.lowerBound, Byte.isBlank(bytes[upper - 1]) {
            upper -= 1
        }
        return range.lowerBound..<upper
    }

    private func sortedLabels(_ labels: [Label]) throws(Failure) -> [Label] {
        var sorted = labels
        if !isSorted(sorted) {
            sorted.sort()
        }
        for index in sorted.indices.dropFirst() where sorted[index - 1].name == sorted[index].name {
            throw .duplicateLabel
        }
        return sorted
    }

    private func isSorted(_ labels: [Label]) -> Bool {
        for index in labels.indices.dropFirst() where labels[index].name < labels[index - 1].name {
            return false
        }
        return true
    }

    // MARK: Strings

    /// Moves past a quoted string and returns the raw range between the quotes.
    private mutating func skipQuoted() throws(Failure) -> Range<Int> {
        position += 1
        let start = position
        while position < end {
            let byte = bytes[position]
            if byte == Byte.quote {
                position += 1
                let range = start..<(position - 1)
                guard range.count <= limits.maxLabelValueBytes * 2 else { throw .labelValueTooLong }
                return range
            }
            position += byte == Byte.backslash ? 2 : 1
        }
        throw .unterminatedQuote
    }

    private mutating func scanQuotedString() throws(Failure) -> (raw: Range<Int>, string: String) {
        let raw = try skipQuoted()
        return (raw, try decodeEscaped(raw, allowQuoteEscape: true))
    }

    /// Unescapes `\\`, `\n` and (in label values) `\"`; other backslashes stay as written, as in Prometheus.
    private func decodeEscaped(_ range: Range<Int>, allowQuoteEscape: Bool) throws(Failure) -> String {
        var hasEscape = false
        for index in range where bytes[index] == Byte.backslash {
            hasEscape = true
            break
        }
        let decoded: String?
        if hasEscape {
            var buffer: [UInt8] = []
            buffer.reserveCapacity(range.count)
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                if byte == Byte.backslash, index + 1 < range.upperBound {
                    let next = bytes[index + 1]
                    switch next {
                    case Byte.backslash: buffer.append(Byte.backslash)
                    case UInt8(ascii: "n"): buffer.append(Byte.newline)
                    case Byte.quote where allowQuoteEscape: buffer.append(Byte.quote)
                    default: buffer.append(contentsOf: [byte, next])
                    }
                    index += 2
                } else {
                    buffer.append(byte)
                    index += 1
                }
            }
            guard buffer.count <= limits.maxLabelValueBytes else { throw .labelValueTooLong }
            decoded = String(validating: buffer, as: UTF8.self)
        } else {
            guard range.count <= limits.maxLabelValueBytes else { throw .labelValueTooLong }
            decoded = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        guard let decoded else { throw .invalidUTF8 }
        return decoded
    }

    private mutating func reuseName(_ raw: Range<Int>) -> String {
        if let previousName, equal(previousName.raw, raw) {
            return previousName.name
        }
        let name = ascii(raw)
        previousName = (raw, name)
        return name
    }

    private func ascii(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func equal(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var left = lhs.lowerBound
        var right = rhs.lowerBound
        while left < lhs.upperBound {
            if bytes[left] != bytes[right] { return false }
            left += 1
            right += 1
        }
        return true
    }

    // MARK: Cursor

    private mutating func skipBlanks() {
        while position < end, Byte.isBlank(bytes[position]) {
            position += 1
        }
    }

    @inline(__always)
    private mutating func scanWhile(_ predicate: (UInt8) -> Bool) -> Range<Int> {
        let start = position
        while position < end, predicate(bytes[position]) {
            position += 1
        }
        return start..<position
    }
}
