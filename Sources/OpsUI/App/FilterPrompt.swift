/// The `/` prompt while it is open: the text being edited and the last complaint about it.
package struct FilterPrompt: Sendable, Hashable {
    package var input: PromptText
    /// Why `Enter` did not apply the text; cleared by the next edit.
    package var error: FilterError?

    package init(text: String = "", error: FilterError? = nil) {
        self.input = PromptText(text)
        self.error = error
    }
}
