import Foundation

/// A fenced code block of README.md or docs/*.md, as the docs test runs it.
struct DocSnippet: CustomStringConvertible, Sendable {
    /// The file, relative to the package root.
    var file: String
    /// The line of the opening fence, counted from 1.
    var line: Int
    /// The fence's info string up to its first space (`sh`, `toml`, `json`…; empty when none).
    var language: String
    /// The block's lines, without the fence's indentation.
    var lines: [String]

    var text: String { lines.joined(separator: "\n") + "\n" }
    var firstLine: String { lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "" }
    var description: String { "\(file):\(line) (```\(language))" }

    /// A fence that was opened and never closed, which would swallow the rest of the file.
    struct UnclosedFence: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var description: String { "\(file):\(line): a code fence is never closed" }
    }

    /// The documents whose snippets are run: README.md and every docs/*.md.
    static func documents(in root: URL) throws -> [String] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    static func all(in root: URL) throws -> [DocSnippet] {
        try documents(in: root).flatMap { file in
            try extract(String(contentsOf: root.appendingPathComponent(file), encoding: .utf8), file: file)
        }
    }

    /// The fenced blocks of a CommonMark text: a fence is three or more backticks or tildes, indented by up to
    /// three spaces, or more inside a list item; the block ends at a line of the same fence character, at least
    /// as long, and its lines lose the opening fence's indentation.
    static func extract(_ markdown: String, file: String) throws -> [DocSnippet] {
        var snippets: [DocSnippet] = []
        var open: (fence: String, indent: Int, snippet: DocSnippet)?
        for (index, rawLine) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if var current = open {
                let closing = rest.trimmingCharacters(in: .whitespaces)
                if closing.count >= current.fence.count, closing.allSatisfy({ $0 == current.fence.first }) {
                    snippets.append(current.snippet)
                    open = nil
                } else {
                    current.snippet.lines.append(String(line.dropFirst(min(indent, current.indent))))
                    open = current
                }
                continue
            }
            guard let mark = rest.first, mark == "`" || mark == "~" else { continue }
            let fence = String(rest.prefix { $0 == mark })
            guard fence.count >= 3 else { continue }
            let info = rest.dropFirst(fence.count).trimmingCharacters(in: .whitespaces)
            if mark == "`", info.contains("`") { continue }  // inline code, not a fence
            let language = String(info.prefix { !$0.isWhitespace })
            open = (fence, indent, DocSnippet(file: file, line: index + 1, language: language, lines: []))
        }
        if let open { throw UnclosedFence(file: file, line: open.snippet.line) }
        return snippets
    }
}
