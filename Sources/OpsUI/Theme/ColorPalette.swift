/// Pure colour arithmetic for degrading themes to what a terminal can show.
///
/// The 16 ANSI colours are assumed to look like xterm's defaults; their real values are the
/// user's palette, which is why ``TerminalColor/ansi(_:)`` is never converted upwards.
package enum ColorPalette {
    package typealias RGB = (red: UInt8, green: UInt8, blue: UInt8)

    /// xterm's default values for ANSI colours 0–15.
    static let ansi: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// Channel levels of the 6×6×6 colour cube at indices 16–231.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB value xterm uses for a palette index.
    package static func rgb(forIndex index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return ansi[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[cube / 6 % 6]), UInt8(cubeLevels[cube % 6]))
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return (level, level, level)
        }
    }

    /// The closest xterm-256 index (16–255: the cube or the grey ramp, never the
    /// user-defined 0–15) by squared RGB distance.
    package static func nearestXterm256(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
        let target = (Int(red), Int(green), Int(blue))
        let cube = [target.0, target.1, target.2].map(nearestCubeLevel)
        let cubeIndex = 16 + 36 * cube[0] + 6 * cube[1] + cube[2]
        let average = (target.0 + target.1 + target.2) / 3
        let grayStep = min(23, max(0, (average - 8 + 5) / 10))
        let grayIndex = 232 + grayStep
        let cubeDistance = distance(target, rgb(forIndex: UInt8(cubeIndex)))
        let grayDistance = distance(target, rgb(forIndex: UInt8(grayIndex)))
        return UInt8(grayDistance < cubeDistance ? grayIndex : cubeIndex)
    }

    /// The closest of the 16 ANSI colours; greys go to black, white or their bright variants.
    package static func nearestANSI16(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
        let target = (Int(red), Int(green), Int(blue))
        return nearest(in: isGray(target) ? [0, 7, 8, 15] : Array(0..<16), to: target)
    }

    /// The closest of the 8 basic ANSI colours; greys go to black or white.
    package static func nearestANSI8(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
        let target = (Int(red), Int(green), Int(blue))
        return nearest(in: isGray(target) ? [0, 7] : Array(0..<8), to: target)
    }

    /// Plain RGB distance sends mid-grey to yellow or magenta among so few colours.
    private static func isGray(_ target: (Int, Int, Int)) -> Bool {
        max(target.0, target.1, target.2) - min(target.0, target.1, target.2) < 32
    }

    private static func nearest(in indices: [Int], to target: (Int, Int, Int)) -> UInt8 {
        var best = indices.first ?? 0
        var bestDistance = Int.max
        for index in indices {
            let candidate = distance(target, ansi[index])
            if candidate < bestDistance {
                best = index
                bestDistance = candidate
            }
        }
        return UInt8(best)
    }

    private static func nearestCubeLevel(_ value: Int) -> Int {
        var best = 0
        for (level, channel) in cubeLevels.enumerated() where abs(channel - value) < abs(cubeLevels[best] - value) {
            best = level
        }
        return best
    }

    private static func distance(_ lhs: (Int, Int, Int), _ rhs: RGB) -> Int {
        let dr = lhs.0 - Int(rhs.red)
        let dg = lhs.1 - Int(rhs.green)
        let db = lhs.2 - Int(rhs.blue)
        return dr * dr + dg * dg + db * db
    }
}
