/// How much of a split a segment wants.
///
/// When the space is too small, segments give way in this order: ``fill(_:)`` first, then
/// ``ratio(_:_:)``, ``percentage(_:)``, ``length(_:)`` and last ``min(_:)``. Space left over
/// goes to ``fill(_:)`` segments by weight; without any, to ``min(_:)`` and ``max(_:)``
/// segments (a max never beyond its cap); then to the last segment that is not a max; else
/// it stays empty at the end.
package enum Constraint: Sendable, Hashable {
    /// Exactly this many cells.
    case length(Int)
    /// At least this many cells; grows into left-over space.
    case min(Int)
    /// At most this many cells; takes left-over space up to the cap.
    case max(Int)
    /// This percentage of the space being split.
    case percentage(Int)
    /// This fraction of the space being split.
    case ratio(Int, Int)
    /// A share of the space left after the other segments, by weight.
    case fill(Int)
}
