/// The `/` prompt while it is open: the text being edited and the last complaint about it.
public struct FilterPrompt: Sendable, Hashable {
    public var input: PromptText
    /// Why `Enter` did not apply the text; cleared by the next edit.
    public var error: FilterError?

    public init(text: String = "", error: FilterError? = nil) {
        self.input = PromptText(text)
        self.error = error
    }
}
