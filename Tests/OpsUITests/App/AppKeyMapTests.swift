import Testing

@testable import OpsUI
import OpsModel

struct AppKeyMapTests {
    let map = AppKeyMap.standard

    @Test func noKeyIsBoundTwiceInAScope() {
        #expect(map.conflicts.isEmpty, "\(map.conflicts)")
    }

    @Test func everyBindingHasHelpAndKeys() {
        for (scope, bindings) in map.bindings {
            for binding in bindings {
                #expect(!binding.help.isEmpty, "a binding in \(scope) has no help")
                #expect(!binding.keys.isEmpty, "'\(binding.help)' in \(scope) has no keys")
            }
        }
        #expect(Set(map.bindings.keys) == Set(KeyScope.allCases))
    }

    @Test func specKeysDispatchToTheirActions() {
        var state = AppState()
        #expect(AppKeyMap.action(for: .char("q"), in: state) == .quit)
        #expect(AppKeyMap.action(for: .ctrl("c"), in: state) == .quit)
        #expect(AppKeyMap.action(for: .char("?"), in: state) == .toggleHelp)
        #expect(AppKeyMap.action(for: .tab, in: state) == .focusNextPanel)
        #expect(AppKeyMap.action(for: .backTab, in: state) == .focusPreviousPanel)
        #expect(AppKeyMap.action(for: .char("j"), in: state) == .moveDown)
        #expect(AppKeyMap.action(for: .up, in: state) == .moveUp)
        #expect(AppKeyMap.action(for: .char("G"), in: state) == .moveToBottom)
        #expect(AppKeyMap.action(for: .char("3"), in: state) == .selectWindow(.fifteenMinutes))
        #expect(AppKeyMap.action(for: .char("5"), in: state) == .selectWindow(.all))
        #expect(AppKeyMap.action(for: .char("s"), in: state) == .cycleSort)
        #expect(AppKeyMap.action(for: .char(" "), in: state) == .replay(.togglePause))
        #expect(AppKeyMap.action(for: .char("}"), in: state) == .replay(.seek(seconds: 600)))
        #expect(AppKeyMap.action(for: .char("0"), in: state) == .replay(.toStart))
        state.filterPrompt = FilterPrompt()
        #expect(AppKeyMap.action(for: .char("q"), in: state) == .promptInsert("q"))
        #expect(AppKeyMap.action(for: .ctrl("u"), in: state) == .promptClearToStart)
        #expect(AppKeyMap.action(for: .ctrl("c"), in: state) == .quit)
        #expect(AppKeyMap.action(for: .escape, in: state) == .promptCancel)
    }

    @Test func helpHidesReplayKeysUnlessReplayingAndShowsSharedLinesOnce() {
        let live = AppKeyMap.helpLines(for: .dashboard, replaying: false)
        let replay = AppKeyMap.helpLines(for: .dashboard, replaying: true)
        #expect(!live.contains { $0.description.hasPrefix("replay:") })
        #expect(replay.contains(KeyHelp(keys: "[/]", description: "replay: seek −/+ 1 minute")))
        #expect(live.filter { $0.keys == "1-5" }.count == 1)
        #expect(live.contains(KeyHelp(keys: "g G", description: "first / last row (replay: G jumps to the end)")))
        #expect(AppKeyMap.helpLines(for: .list, replaying: false).contains(KeyHelp(keys: "g G", description: "first / last row")))
        #expect(live.filter { $0.keys == "↑↓ j k" }.count == 1)
    }

    @Test func hintsComeFromTheMap() {
        let hints = map.hints(for: .list).map(\.keys)
        #expect(hints == ["Enter", "Esc/Bksp", "q/Ctrl-C", "?", "/"])
    }
}
