import OpsModel

extension Event {
    /// The one word the event at `event` is stored in, read as an address without reading or
    /// retaining the event: for a span, its box's address (`SpanPrefetchTests` hold that layout to the
    /// real one); for the other cases a tagged box address, good only as a prefetch hint, which is
    /// safe because a prefetch never faults.
    @inline(__always)
    static func boxAddress(at event: UnsafePointer<Event>) -> UnsafeRawPointer? {
        UnsafeRawPointer(event).load(as: UnsafeRawPointer?.self)
    }
}
