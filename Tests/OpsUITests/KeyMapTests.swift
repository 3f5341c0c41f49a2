import Testing

@testable import OpsUI

private enum TestAction: Sendable, Hashable {
    case quit, help, up, down, open, back, filter, accept, cancel
}

struct KeyMapTests {
    private let map = KeyMap<TestAction>([
        .global: [
            KeyBinding([.char("q"), .ctrl("c")], .quit, help: "quit", isHint: true),
            KeyBinding([.char("?")], .help, help: "help", isHint: true),
            KeyBinding([.char("/")], .filter, help: "filter", isHint: true),
            KeyBinding([.escape], .back, help: "back"),
        ],
        .list: [
            KeyBinding([.up, .char("k")], .up, help: "previous", keyLabel: "↑/k"),
            KeyBinding([.down, .char("j")], .down, help: "next"),
            KeyBinding([.enter], .open, help: "open trace", isHint: true),
        ],
        .filterPrompt: [
            KeyBinding([.enter], .accept, help: "apply filter"),
            KeyBinding([.escape], .cancel, help: "cancel"),
        ],
        .help: [KeyBinding([.escape, .char("?")], .back, help: "close help")],
    ])

    @Test func scopeBindingsThenGlobal() {
        #expect(map.lookup(.char("k"), in: .list) == .up)
        #expect(map.lookup(.char("q"), in: .list) == .quit)
        #expect(map.lookup(.ctrl("c"), in: .dashboard) == .quit)
        #expect(map.lookup(.char("x"), in: .list) == nil)
    }

    @Test func aScopeMayRebindAGlobalKey() {
        #expect(map.lookup(.char("?"), in: .help) == .back)
        #expect(map.lookup(.escape, in: .filterPrompt) == .cancel)
    }

    @Test func theFilterPromptDoesNotInheritGlobals() {
        #expect(map.lookup(.char("q"), in: .filterPrompt) == nil)
        #expect(map.lookup(.enter, in: .filterPrompt) == .accept)
    }

    @Test func helpComesFromTheBindings() {
        #expect(
            map.help(for: .list) == [
                KeyHelp(keys: "↑/k", description: "previous"),
                KeyHelp(keys: "↓/j", description: "next"),
                KeyHelp(keys: "Enter", description: "open trace"),
                KeyHelp(keys: "q/Ctrl-C", description: "quit"),
                KeyHelp(keys: "?", description: "help"),
                KeyHelp(keys: "/", description: "filter"),
                KeyHelp(keys: "Esc", description: "back"),
            ])
        #expect(map.help(for: .help).map(\.description) == ["close help", "quit", "filter"])
        #expect(map.help(for: .list, includingGlobal: false).count == 3)
        #expect(map.hints(for: .list).map(\.keys) == ["Enter", "q/Ctrl-C", "?", "/"])
    }

    @Test func noKeyIsBoundTwiceInOneScope() {
        #expect(map.conflicts.isEmpty, "\(map.conflicts)")
    }

    @Test func conflictsAreReported() {
        var broken = map
        broken.add(KeyBinding([.char("j"), .char("x")], .open, help: "jump"), in: .list)
        #expect(broken.conflicts == [KeyConflict(scope: .list, key: .char("j"), bindings: ["next", "jump"])])
        #expect(broken.conflicts.first?.description == "list: j is bound to 'next' and 'jump'")
    }

    @Test(arguments: [
        ("q", Key.char("q")), ("Q", .char("Q")), ("?", .char("?")), ("enter", .enter), ("Esc", .escape),
        ("space", .char(" ")), ("PgDn", .pageDown), ("shift-tab", .backTab), ("ctrl-c", .ctrl("c")),
        ("Ctrl+L", .ctrl("l")), ("^d", .ctrl("d")), ("f5", .function(5)), ("up", .up),
    ])
    func parsesKeyNames(text: String, key: Key) {
        #expect(Key(parsing: text) == key)
    }

    @Test(arguments: ["", "ctrl-", "ctrl-ab", "f0", "f99", "hyper-x", " "])
    func rejectsUnknownKeyNames(text: String) {
        #expect(Key(parsing: text) == nil)
    }

    @Test func keyDescriptions() {
        #expect(
            [Key.char(" "), .ctrl("c"), .function(1), .backTab, .up].map(\.description) == [
                "Space", "Ctrl-C", "F1", "Shift-Tab", "↑",
            ])
    }
}
