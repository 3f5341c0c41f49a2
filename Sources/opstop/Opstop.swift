import ArgumentParser

@main
struct Opstop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opstop",
        abstract: "top for LLM operations: cost burn, latency, errors, breakers and alerts from your usage logs.",
        discussion: """
            Examples:
              opstop demo --write demo.jsonl     write a generated log with an incident
              opstop report demo.jsonl           summarise a log
              opstop report app.jsonl --json     the same as JSON, for scripts
            """,
        version: "0.1.0",
        subcommands: [ReportCommand.self, DemoCommand.self]
    )
}
