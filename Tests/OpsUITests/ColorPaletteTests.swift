import Testing

@testable import OpsUI

struct ColorPaletteTests {
    @Test func paletteIndices() {
        #expect(ColorPalette.rgb(forIndex: 1) == (205, 0, 0))
        #expect(ColorPalette.rgb(forIndex: 16) == (0, 0, 0))
        #expect(ColorPalette.rgb(forIndex: 196) == (255, 0, 0))
        #expect(ColorPalette.rgb(forIndex: 231) == (255, 255, 255))
        #expect(ColorPalette.rgb(forIndex: 232) == (8, 8, 8))
        #expect(ColorPalette.rgb(forIndex: 255) == (238, 238, 238))
    }

    @Test(arguments: [
        ((255, 0, 0), 196), ((0, 0, 0), 16), ((255, 255, 255), 231), ((95, 135, 175), 67),
        ((128, 128, 128), 244), ((18, 18, 18), 233), ((0x26, 0x8B, 0xD2), 32), ((100, 100, 100), 241),
    ])
    func nearestXterm256(rgb: (Int, Int, Int), index: Int) {
        #expect(
            ColorPalette.nearestXterm256(red: UInt8(rgb.0), green: UInt8(rgb.1), blue: UInt8(rgb.2)) == UInt8(index))
    }

    @Test func everyPaletteColourMapsBackToItselfOrAnEqualColour() {
        for index in UInt8(16)...UInt8(255) {
            let value = ColorPalette.rgb(forIndex: index)
            let back = ColorPalette.nearestXterm256(red: value.red, green: value.green, blue: value.blue)
            #expect(ColorPalette.rgb(forIndex: back) == value, "\(index) -> \(back)")
        }
    }

    @Test func nearestOf16And8() {
        #expect(ColorPalette.nearestANSI16(red: 250, green: 10, blue: 10) == 9)
        #expect(ColorPalette.nearestANSI16(red: 190, green: 20, blue: 20) == 1)
        #expect(ColorPalette.nearestANSI16(red: 120, green: 120, blue: 130) == 8)
        #expect(ColorPalette.nearestANSI8(red: 250, green: 10, blue: 10) == 1)
        #expect(ColorPalette.nearestANSI8(red: 120, green: 120, blue: 130) == 7)
        #expect(ColorPalette.nearestANSI8(red: 20, green: 20, blue: 20) == 0)
    }

    @Test func degradingColours() {
        #expect(TerminalColor.rgb(255, 0, 0).degraded(to: .trueColor) == .rgb(255, 0, 0))
        #expect(TerminalColor.rgb(255, 0, 0).degraded(to: .xterm256) == .indexed(196))
        #expect(TerminalColor.rgb(255, 0, 0).degraded(to: .ansi16) == .ansi(9))
        #expect(TerminalColor.rgb(255, 0, 0).degraded(to: .ansi8) == .ansi(1))
        #expect(TerminalColor.indexed(196).degraded(to: .ansi16) == .ansi(9))
        #expect(TerminalColor.indexed(4).degraded(to: .ansi16) == .ansi(4))
        #expect(TerminalColor.ansi(12).degraded(to: .xterm256) == .ansi(12))
        #expect(TerminalColor.ansi(8).degraded(to: .ansi8) == .ansi(7))
        #expect(TerminalColor.ansi(9).degraded(to: .ansi8) == .ansi(1))
        #expect(TerminalColor.ansi(9).degraded(to: .monochrome) == .default)
        #expect(TerminalColor.default.degraded(to: .ansi8) == .default)
    }

    @Test func colorDepthFromCapabilities() {
        #expect(ColorDepth(colorCount: 256) == .xterm256)
        #expect(ColorDepth(colorCount: 88) == .ansi16)
        #expect(ColorDepth(colorCount: 16_777_216) == .trueColor)
        #expect(ColorDepth(colorCount: 8) == .ansi8)
        #expect(ColorDepth(colorCount: 0) == .monochrome)
        #expect(ColorDepth(colorCount: -1) == .monochrome)
        #expect(ColorDepth(colorCount: 256, noColor: true) == .monochrome)
    }
}
