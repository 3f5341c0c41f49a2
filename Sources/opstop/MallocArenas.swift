import CMalloc

/// Caps glibc's malloc arenas. By default every thread that allocates may get an arena of its own
/// (up to eight per core), and each keeps freed memory for its thread: `report --threads 16` of a
/// 10M-span log peaked at 141 MB that way, 104 MB with four arenas (threads share them; each
/// still has its own small-block cache), in about the same time.
enum MallocArenas {
    static let limit: Int32 = 4

    static func cap() {
        // A request glibc may refuse, which leaves its default.
        _ = mallopt(M_ARENA_MAX, limit)
    }
}
