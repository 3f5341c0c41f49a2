import Foundation
import Testing

@Test func configCommandShowsWhereOpstopLooksAndWhatItFinds() throws {
    let root = try OpstopBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let files = ["xdg/opstop/config.toml", "data/opstop/themes/zeta.toml", "data/opstop/themes/alpha.toml"]
    for file in files {
        let url = root.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "name = \"x\"\n".write(to: url, atomically: true, encoding: .utf8)
    }
    let result = try OpstopBinary.run(
        ["config"],
        environment: [
            "XDG_CONFIG_HOME": root.path + "/xdg", "XDG_DATA_HOME": root.path + "/data", "HOME": root.path + "/home",
        ])
    #expect(result.status == 0, "\(result.stderr)")
    let binary = URL(fileURLWithPath: OpstopBinary.path).resolvingSymlinksInPath().deletingLastPathComponent()
    let r = root.path
    #expect(
        result.stdout == """
            Config file (the first that exists is read; --config PATH reads another):
              \(r)/xdg/opstop/config.toml  (read)
              \(r)/home/.config/opstop/config.toml  (none)
            Theme directories (NAME.toml from the first that has it, else a built-in theme):
              \(r)/xdg/opstop/themes  (none)
              \(r)/home/.config/opstop/themes  (none)
              \(r)/data/opstop/themes  (alpha, zeta)
              \(r)/home/.local/share/opstop/themes  (none)
              \(binary.path)/themes  (none)
              \(binary.deletingLastPathComponent().path)/share/opstop/themes  (none)
            Built-in themes: default, light, solarized-dark, high-contrast, mono

            """)
}

@Test func helpConfigDocumentsTheLookupOrder() throws {
    let result = try OpstopBinary.run(["help", "config"])
    #expect(result.status == 0, "\(result.stderr)")
    for path in [
        "$XDG_CONFIG_HOME/opstop/config.toml", "~/.config/opstop/config.toml", "$XDG_DATA_HOME/opstop/themes",
        "~/.local/share/opstop/themes", "beside the opstop binary", "the built-in theme NAME",
    ] {
        #expect(result.stdout.contains(path), "opstop help config does not mention \(path):\n\(result.stdout)")
    }
}

@Test func versionNamesTheVersionAndACommitOrSaysItIsUnknown() throws {
    let result = try OpstopBinary.run(["--version"])
    #expect(result.status == 0)
    let line = result.stdout.trimmingCharacters(in: .newlines)
    let pattern = #/opstop \d+\.\d+\.\d+ \(commit (unknown|[0-9a-f]{7,40}(-dirty)?)\)/#
    #expect(line.wholeMatch(of: pattern) != nil, "got \(line)")
}
