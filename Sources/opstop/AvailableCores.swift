import Foundation

/// The CPUs this process may run on: its affinity mask on Linux (so `taskset -c 0` counts as one).
enum AvailableCores {
    static var count: Int {
        allowedByAffinity() ?? ProcessInfo.processInfo.activeProcessorCount
    }

    /// The bits set in `Cpus_allowed` of /proc/self/status (comma-separated hex words).
    private static func allowedByAffinity() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") })
        else { return nil }
        let mask = line.dropFirst("Cpus_allowed:".count).trimmingCharacters(in: .whitespaces)
        var count = 0
        for word in mask.split(separator: ",") {
            guard let value = UInt64(word, radix: 16) else { return nil }
            count += value.nonzeroBitCount
        }
        return count > 0 ? count : nil
    }
}
