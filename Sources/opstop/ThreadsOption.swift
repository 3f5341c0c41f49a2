import ArgumentParser

/// `--threads N`, for the commands that read whole logs: the engine's thread and N - 1 decoding workers.
struct ThreadsOption: ParsableArguments {
    @Option(
        name: .customLong("threads"),
        help: ArgumentHelp(
            "Threads that read the logs, the engine's among them (default: the CPUs the process may use).",
            valueName: "n"))
    var count: Int?

    func validate() throws {
        if let count, !(1...1024).contains(count) { throw ValidationError("--threads must be between 1 and 1024") }
    }

    /// The number asked for, else the CPUs this process may run on.
    var resolved: Int { count ?? AvailableCores.count }
}
