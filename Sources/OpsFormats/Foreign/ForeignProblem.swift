/// Why a record in another tool's format cannot be used: the reason names the field and says what was expected.
struct ForeignProblem: Error, Sendable, Hashable {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
