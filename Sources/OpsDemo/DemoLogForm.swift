/// How the demo writes its lines: the native OTel-named form or the short hand-written one.
package enum DemoLogForm: String, Sendable, CaseIterable {
    /// `gen_ai.*` attributes, times in Unix nanoseconds, content as OTel message arrays.
    case native
    /// `ts`, `duration_ms`, `model`, `input_tokens`, …, content as plain `input` and `output` text.
    case short
}
