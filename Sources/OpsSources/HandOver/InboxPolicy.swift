/// What an ``Inbox`` does with a put while it is full (its held weight has reached its capacity).
///
/// Each use chooses one; `docs/inboxes.md` lists which use has which and why.
package enum InboxPolicy: Sendable, Hashable {
    /// The producer waits until the consumer takes enough, or the inbox is closed. For sources
    /// whose data would be lost if dropped (followed files, standard input, report's reader).
    case block
    /// The put is turned away at once (`put` returns false) and counted. For producers that can
    /// tell their sender to retry (the OTLP receiver answers 503 with `Retry-After`).
    case refuse
    /// The put is taken and the oldest items are dropped until the capacity holds again, and
    /// counted. For data where the newest matters more than every one (scrape outcomes).
    case dropOldest
}
