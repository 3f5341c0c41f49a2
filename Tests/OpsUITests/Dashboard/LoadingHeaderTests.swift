import OpsEngine
import OpsModel
import Testing

@testable import OpsUI

/// The header while sources catch up with a log read from its start, and once they have.
struct LoadingHeaderTests {
    private static func header(_ sources: [SourceLine], width: Int = 120, context: RenderContext = .unicode) -> String {
        var input = DashboardFixture.input()
        input.sources = sources
        return DashboardFixture.render(input, width: width, height: 40, context: context).lines.prefix(2).joined(separator: "\n")
    }

    @Test func aLoadingSourceShowsItsProgressInTheHeader() {
        let loading = LoadProgress(readBytes: 140_500_000, totalBytes: 334_200_000)
        let text = Self.header([SourceLine(name: "spans.jsonl", health: .live, loading: loading)])
        #expect(text.contains("loading 42 % · 140 MB of 334 MB"), "\(text)")
    }

    @Test func onceCaughtUpTheHeaderIsTheNormalOne() {
        let text = Self.header([SourceLine(name: "spans.jsonl", health: .live)])
        #expect(!text.contains("loading"), "\(text)")
        #expect(text.contains("LIVE"), "\(text)")
    }

    @Test func severalLoadingSourcesAddUpAndAsciiUsesADash() {
        let text = Self.header(
            [
                SourceLine(name: "a.jsonl", health: .live, loading: LoadProgress(readBytes: 500_000, totalBytes: 1_000_000)),
                SourceLine(name: "b.jsonl", health: .live, loading: LoadProgress(readBytes: 0, totalBytes: 1_000_000)),
            ], context: .ascii)
        #expect(text.contains("loading 25 % - 500 KB of 2 MB"), "\(text)")
    }

    @Test func aNarrowHeaderStillSaysItIsLoading() {
        let loading = LoadProgress(readBytes: 10, totalBytes: 1000)
        let text = Self.header([SourceLine(name: "spans.jsonl", health: .live, loading: loading)], width: 60)
        #expect(text.contains("loading 1 % · 10 B of 1 KB"), "\(text)")
    }
}
