import ArgumentParser

/// `--threads N`, for the commands that read whole logs: how many threads decode them.
struct ThreadsOption: ParsableArguments {
    @Option(
        name: .customLong("threads"),
        help: ArgumentHelp(
            "Threads that decode the logs (default: the CPUs the process may use); the figures do not depend on it.",
            valueName: "n"))
    var count: Int?

    func validate() throws {
        if let count, !(1...1024).contains(count) { throw ValidationError("--threads must be between 1 and 1024") }
    }

    /// The number asked for, else the CPUs this process may run on.
    var resolved: Int { count ?? AvailableCores.count }
}
