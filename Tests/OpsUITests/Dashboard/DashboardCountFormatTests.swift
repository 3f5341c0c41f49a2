import Testing
@testable import OpsUI

/// Counts in panel columns: grouped when they fit, compact when they do not, never cut to `253,0…`.
struct DashboardCountFormatTests {
    @Test(arguments: [
        (999, 6, "999"), (1_234, 6, "1,234"), (99_999, 6, "99,999"), (253_012, 6, "253k"), (1_234_567, 6, "1.2M"),
        (12_345_678, 6, "12.3M"), (999_999_999, 6, "1.0G"), (1_000_000_000, 6, "1.0G"), (-253_012, 6, "-253k"),
        (1_234_567, 4, "1.2M"), (1_234_567, 3, "1M"), (12_345, 5, "12.3k"), (12_345, 4, "12k"), (Int.max, 6, "9.2E"), (Int.min, 6, "-9.2E"),
        (0, 0, "0"),
    ])
    func countsFitTheirWidth(value: Int, width: Int, expected: String) {
        #expect(DashboardFormat.count(value, width: width) == expected)
    }

    @Test func everyCountFitsSixColumns() {
        var value = 1
        while value < Int.max / 7 {
            #expect(DashboardFormat.count(value, width: 6).count <= 6, "\(value)")
            #expect(DashboardFormat.count(-value, width: 6).count <= 6, "\(-value)")
            value = value * 7 + 3
        }
    }
}
