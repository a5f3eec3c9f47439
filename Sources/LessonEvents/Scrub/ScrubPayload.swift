import Foundation

/// The frames of a scrubbable figure as the page carries them: JSON in a `<script type="application/json">`
/// element, read by the site's `scrub.js` (and by ``ScrubFrames/svgs(fromHTML:)``).
public struct ScrubPayload: Codable, Sendable, Equatable {
    /// The plot area (x, y, width, height in SVG units) that coordinates are relative to.
    public var box: [Double]
    /// The top and bottom of the loss panel's cursor, when there is a loss panel.
    public var cursor: [Double]?
    public var frames: [ScrubFrame]

    /// Creates a payload from the plot area, the loss cursor's ends and the frames.
    public init(box: [Double], cursor: [Double]?, frames: [ScrubFrame]) {
        self.box = box
        self.cursor = cursor
        self.frames = frames
    }

    /// The payload as JSON that cannot end its `<script>` element early: every `<` is escaped.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = (try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        return text.replacingOccurrences(of: "<", with: "\\u003c")
    }
}

/// One frame: its label, the loss cursor's x (SVG units) and one encoded string per layer, or
/// ``unchanged`` where the layer is the same as in the frame before (genuine data, say).
public struct ScrubFrame: Codable, Sendable, Equatable {
    /// A layer's data that repeats the previous frame's.
    public static let unchanged = "~"

    public var label: String
    public var cursor: Double?
    public var layers: [String]

    /// Creates a frame from its label, loss cursor and encoded layers.
    public init(label: String, cursor: Double?, layers: [String]) {
        self.label = label
        self.cursor = cursor
        self.layers = layers
    }
}

extension ScrubPayload {
    /// The data of `layer` in frame `index`, looking back past frames that repeat it.
    public func layerData(frame index: Int, layer: Int) -> String {
        var frame = index
        while frame >= 0 {
            let layers = frames[frame].layers
            guard layer < layers.count else { return "" }
            if layers[layer] != ScrubFrame.unchanged { return layers[layer] }
            frame -= 1
        }
        return ""
    }
}

/// Coordinates in SVG units as two base64url characters each (12 bits): the range covers the plot area
/// and half its size on every side, about a fifth of a unit per step on a 450-unit plot; the largest
/// code (`__`) marks a point outside that range or not finite.
public struct CoordinateCoder: Sendable {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    static let missing = 4095

    /// The plot area, in SVG units.
    public let x, y, width, height: Double

    /// A coder for the plot area at (x, y) of this size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        (self.x, self.y, self.width, self.height) = (x, y, width, height)
    }

    /// Encodes (x, y) pairs, x and y in SVG units.
    public func encode(_ points: [(Double, Double)]) -> String {
        var text = ""
        text.reserveCapacity(points.count * 4)
        for (x, y) in points {
            let code = (Self.code(x, from: self.x, size: self.width), Self.code(y, from: self.y, size: self.height))
            let pair = code.0 == Self.missing || code.1 == Self.missing ? (Self.missing, Self.missing) : code
            for value in [pair.0, pair.1] {
                text.append(Self.alphabet[value >> 6])
                text.append(Self.alphabet[value & 63])
            }
        }
        return text
    }

    /// Decodes pairs back to SVG units; missing points are nil.
    public func decode(_ text: String) -> [(Double, Double)?] {
        let values = Array(text.utf8).map { byte -> Int in
            Self.alphabet.firstIndex(of: Character(UnicodeScalar(byte))) ?? 63
        }
        return stride(from: 0, to: values.count - 3, by: 4).map { start in
            let qx = values[start] << 6 | values[start + 1], qy = values[start + 2] << 6 | values[start + 3]
            guard qx != Self.missing, qy != Self.missing else { return nil }
            return (Self.value(qx, from: self.x, size: self.width), Self.value(qy, from: self.y, size: self.height))
        }
    }

    private static func code(_ value: Double, from start: Double, size: Double) -> Int {
        let fraction = (value - (start - size / 2)) / (2 * size)
        guard fraction.isFinite, fraction >= 0, fraction <= 1 else { return missing }
        return Int((fraction * 4094).rounded())
    }

    private static func value(_ code: Int, from start: Double, size: Double) -> Double {
        start - size / 2 + Double(code) / 4094 * 2 * size
    }
}
