import OpsModel

/// Sorts failed calls into ``ErrorCategory``s by their `error.type`.
///
/// Order of decision: a category the log states; config rules (``extraRules``, first match wins); a stated
/// HTTP status; built-in names; else ``ErrorCategory/system``. See the ErrorClassification article.
/// Answers for raw type strings are remembered (up to ``memoCapacity`` of them), which is why ``classify(_:)``
/// is mutating.
package struct ErrorClassifier: Sendable {
    package static let memoCapacity = 4096

    /// Config rules, checked in order before the built-in ones.
    package let extraRules: [ErrorRule]
    private var memo: [String: ErrorCategory] = [:]

    package init(extraRules: [ErrorRule] = []) {
        self.extraRules = extraRules
    }

    /// The category of `error`: its stated one, else the one its type classifies as.
    package mutating func classify(_ error: SpanError) -> ErrorCategory {
        if let stated = error.statedCategory { return stated }
        if let known = memo[error.type] { return known }
        let category = category(ofType: error.type)
        if memo.count < Self.memoCapacity { memo[error.type] = category }
        return category
    }

    /// The category of an `error.type` string, computed without the memo.
    ///
    /// A config rule matches when its pattern matches the whole type, its last dotted component, or the bare
    /// status code of an HTTP status. Built-in names compare ignoring case, `_`, `-` and spaces, against the
    /// whole type and its last component.
    package func category(ofType type: String) -> ErrorCategory {
        let name = ErrorTypeName(type)
        if let rule = extraRules.first(where: { matches($0, name) }) { return rule.category }
        if let status = name.httpStatus { return BuiltInErrorNames.category(ofStatus: status) }
        return BuiltInErrorNames.category(of: name) ?? .system
    }

    private func matches(_ rule: ErrorRule, _ name: ErrorTypeName) -> Bool {
        if rule.matches(lowered: name.lowered) { return true }
        if name.lastComponent != name.lowered, rule.matches(lowered: name.lastComponent) { return true }
        if let status = name.httpStatus, rule.matches(lowered: String(status)) { return true }
        return false
    }
}
