/// Where a load of a followed file's existing bytes stopped: the file it read (still open) and the
/// offset just past the bytes it read. The follower goes on from there on the same descriptor, so
/// a rotation, truncation or growth during the load is seen as it would have been by the follower.
struct FollowSeam: Sendable {
    /// Owned by whoever holds the seam: the follower closes it when it moves to another file.
    let descriptor: Int32
    /// The file the descriptor refers to (not necessarily what the path names now); nil when it
    /// could not be asked, as for a file the follower opened itself.
    let identity: FileIdentity?
    let offset: Int64
}
