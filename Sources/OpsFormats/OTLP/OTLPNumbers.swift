/// Reads token counts and money from attribute values with the log format's rules.
enum OTLPNumbers {
    /// A whole, non-negative count: an int, a whole double or a numeric string; nil for an empty value.
    static func count(_ value: OTLPAnyValue, key: String) -> Result<Int64?, OTLPMappingProblem> {
        let number: Double
        switch value {
        case .empty: return .success(nil)
        case let .int(int):
            guard int >= 0 else { return .failure(OTLPMappingProblem("\(key) must not be negative")) }
            return .success(int)
        case let .string(text):
            if let int = Int64(text) {
                return count(.int(int), key: key)
            }
            guard let parsed = Double(text), !text.isEmpty else {
                return .failure(OTLPMappingProblem("expected a number for \(key)"))
            }
            number = parsed
        case let .double(double):
            number = double
        case .bool, .bytes, .array, .kvlist:
            return .failure(OTLPMappingProblem("expected a number for \(key)"))
        }
        guard number.isFinite, number.rounded(.towardZero) == number else {
            let reason = number.isFinite ? "expected a whole number for \(key)" : "\(key) is out of range"
            return .failure(OTLPMappingProblem(reason))
        }
        guard number >= 0 else { return .failure(OTLPMappingProblem("\(key) must not be negative")) }
        guard number < 9.2e18 else { return .failure(OTLPMappingProblem("\(key) is out of range")) }
        return .success(Int64(number))
    }

    /// A finite, non-negative amount of US dollars; nil for an empty value.
    static func money(_ value: OTLPAnyValue, key: String) -> Result<Double?, OTLPMappingProblem> {
        let number: Double
        switch value {
        case .empty: return .success(nil)
        case let .int(int): number = Double(int)
        case let .double(double): number = double
        case let .string(text):
            guard let parsed = Double(text) else { return .failure(OTLPMappingProblem("expected a number for \(key)")) }
            number = parsed
        case .bool, .bytes, .array, .kvlist:
            return .failure(OTLPMappingProblem("expected a number for \(key)"))
        }
        guard number.isFinite else { return .failure(OTLPMappingProblem("\(key) is out of range")) }
        guard number >= 0 else { return .failure(OTLPMappingProblem("\(key) must not be negative")) }
        return .success(number)
    }
}
