/// What a `FileFollower` reports, in the order it happened.
///
/// After `.rotated`, `.truncated` and `.reappeared` the next `.data` starts a different file
/// (or the same file again) at offset 0: a caller splitting lines should drop any partial
/// line it kept from before.
package enum FollowEvent: Sendable, Equatable {
    /// Bytes appended to the followed file, in file order; lines may be split anywhere.
    case data([UInt8])
    /// The path names no file (yet, or any more); the follower keeps trying it.
    case missing
    /// The path names a file again after `.missing`; it is read from the start.
    case reappeared
    /// The path now names a different file (rename or re-creation); the old one was read
    /// to its end first, and the new one is read from the start.
    case rotated
    /// The file shrank below what was already read (copytruncate); it is read again from the start.
    case truncated
    /// The path exists but cannot be opened or read; the follower keeps trying.
    case unreadable(SourceError)
}
