/// What an ``Inbox`` has turned away, dropped or made wait since it was made.
package struct InboxCounts: Sendable, Hashable {
    /// Puts turned away whole because the inbox was full (``InboxPolicy/refuse``).
    package var refusedPuts = 0
    /// Items dropped, oldest first, to make room for newer ones (``InboxPolicy/dropOldest``).
    package var droppedItems = 0
    /// Puts whose producer had to wait for room (``InboxPolicy/block``).
    package var waitedPuts = 0

    package init(refusedPuts: Int = 0, droppedItems: Int = 0, waitedPuts: Int = 0) {
        self.refusedPuts = refusedPuts
        self.droppedItems = droppedItems
        self.waitedPuts = waitedPuts
    }
}
