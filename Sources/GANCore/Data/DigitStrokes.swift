import Foundation

/// The pen strokes of the ten digits, as polylines in a unit box: x runs right and y runs down, both
/// from 0 to 1, and a digit fills roughly x in 0.15...0.85, y in 0.1...0.9. ``DigitImages`` bends,
/// slants, moves and thickens these strokes before it draws them, so no two images are alike.
enum DigitStrokes {
    /// A point of a template, in the unit box.
    typealias Point = (x: Double, y: Double)

    /// The strokes of `digit` (0...9); each stroke is a polyline of at least two points.
    static func strokes(of digit: Int) -> [[Point]] {
        templates[digit]
    }

    /// An elliptical arc around (`cx`, `cy`) with radii `rx`, `ry`, from angle `from` to `to` in degrees.
    /// With y pointing down, 0 is the right-most point, 90 the bottom and 270 the top.
    private static func arc(
        _ cx: Double, _ cy: Double, _ rx: Double, _ ry: Double, from: Double, to: Double
    ) -> [Point] {
        let pieces = max(4, Int((abs(to - from) / 15).rounded(.up)))
        return (0...pieces).map { index in
            let angle = (from + (to - from) * Double(index) / Double(pieces)) * Double.pi / 180
            return (cx + rx * cos(angle), cy + ry * sin(angle))
        }
    }

    private static let templates: [[[Point]]] = [
        // 0: one oval.
        [arc(0.5, 0.5, 0.3, 0.4, from: 0, to: 360)],
        // 1: a stem with a short flag at the top.
        [[(0.33, 0.27), (0.52, 0.1), (0.52, 0.9)]],
        // 2: a hook, a diagonal down to the left, a base.
        [arc(0.5, 0.33, 0.28, 0.23, from: 190, to: 390) + [(0.18, 0.9), (0.84, 0.9)]],
        // 3: two bowls open to the left, meeting in the middle.
        [arc(0.48, 0.3, 0.26, 0.2, from: 200, to: 450), arc(0.48, 0.69, 0.3, 0.21, from: 270, to: 520)],
        // 4: the stem, the diagonal, the crossbar.
        [[(0.66, 0.9), (0.66, 0.1), (0.15, 0.64), (0.86, 0.64)]],
        // 5: the top bar, the back, then a bowl open to the left.
        [[(0.78, 0.1), (0.3, 0.1), (0.26, 0.47)] + arc(0.49, 0.65, 0.29, 0.25, from: 222, to: 510)],
        // 6: a sweep down from the top right into a closed loop.
        [[(0.7, 0.1), (0.46, 0.3), (0.3, 0.55)], arc(0.5, 0.68, 0.23, 0.22, from: 180, to: 540)],
        // 7: the top bar and a long diagonal.
        [[(0.18, 0.1), (0.82, 0.1), (0.42, 0.9)]],
        // 8: two stacked loops, the lower one wider.
        [arc(0.5, 0.29, 0.22, 0.19, from: 90, to: 450), arc(0.5, 0.69, 0.27, 0.21, from: 270, to: 630)],
        // 9: a closed loop at the top and a tail down from its right side.
        [arc(0.49, 0.32, 0.24, 0.22, from: 0, to: 360), [(0.73, 0.32), (0.7, 0.6), (0.5, 0.9)]],
    ]
}
