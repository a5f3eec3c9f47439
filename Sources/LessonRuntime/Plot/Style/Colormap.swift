/// A perceptual colour map for heatmaps, readable on light and dark pages alike.
public enum Colormap: Sendable, Equatable {
    /// Dark purple through teal to yellow (matplotlib's default).
    case viridis
    /// Blue through white to red, for values around a midpoint such as D(x) = 1/2.
    case diverging

    private var stops: [(Double, Double, Double)] {
        switch self {
        case .viridis:
            return [
                (0x44, 0x01, 0x54), (0x47, 0x2d, 0x7b), (0x3b, 0x52, 0x8b), (0x2c, 0x72, 0x8e),
                (0x21, 0x91, 0x8c), (0x28, 0xae, 0x80), (0x5e, 0xc9, 0x62), (0xad, 0xdc, 0x30),
                (0xfd, 0xe7, 0x25),
            ]
        case .diverging:
            return [(0x3b, 0x4c, 0xc0), (0x8d, 0xb0, 0xfe), (0xf2, 0xf0, 0xee), (0xf4, 0x9a, 0x7b), (0xb4, 0x04, 0x26)]
        }
    }

    /// The colour at `fraction` (clamped to 0…1) as red, green and blue.
    func rgb(at fraction: Double) -> (UInt8, UInt8, UInt8) {
        let stops = self.stops
        let position = min(max(fraction.isFinite ? fraction : 0, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        let t = position - Double(index)
        let (a, b) = (stops[index], stops[index + 1])
        func mix(_ from: Double, _ to: Double) -> UInt8 { UInt8((from + (to - from) * t).rounded()) }
        return (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }
}
