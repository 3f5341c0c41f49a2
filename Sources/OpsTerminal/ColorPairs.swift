import CNCurses
import OpsUI

/// Curses colour pairs, allocated on first use for each (foreground, background).
struct ColorPairs {
    private var pairs: [Int64: Int32] = [:]
    private var next: Int32 = 1
    private let limit: Int32

    init(limit: Int32) {
        self.limit = limit
    }

    /// The pair for curses colour numbers (-1 is the terminal default); pair 0 when the
    /// terminal has run out of pairs.
    mutating func pair(foreground: Int32, background: Int32) -> Int32 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Int64(foreground) << 32 | Int64(UInt32(bitPattern: background))
        if let pair = pairs[key] { return pair }
        guard next < limit, init_extended_pair(next, foreground, background) == OK else { return 0 }
        pairs[key] = next
        next += 1
        return next - 1
    }
}
