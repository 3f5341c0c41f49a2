extension Span {
    /// Whether ``cache`` was a hit, nil without a lookup; read in the span's box, so the lookup (and its
    /// cache name's reference count) is not copied.
    @inlinable package var cacheHit: Bool? { box.fields.cache?.hit }
    /// ``guardrail``'s outcome, nil without a verdict; read in place as ``cacheHit`` is.
    @inlinable package var guardrailOutcome: GuardrailVerdict.Outcome? { box.fields.guardrail?.outcome }
}
