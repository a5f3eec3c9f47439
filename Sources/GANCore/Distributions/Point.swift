/// A point in the plane, the sample type of the 2-D toy distributions.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    /// The horizontal coordinate.
    public var x: Double
    /// The vertical coordinate.
    public var y: Double

    /// A point at (x, y).
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    /// The Euclidean distance to another point.
    public func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }

    /// "(x, y)".
    public var description: String { "(\(x), \(y))" }
}

extension Tensor {
    /// An n x 2 tensor with one point per row.
    public convenience init(points: [Point]) {
        self.init(rows: points.count, cols: 2, data: points.flatMap { [Float($0.x), Float($0.y)] })
    }

    /// The rows of an n x 2 tensor as points.
    public var points: [Point] {
        precondition(cols == 2, "points: shape \(shape) is not n x 2")
        return (0..<rows).map { Point(Double(data[2 * $0]), Double(data[2 * $0 + 1])) }
    }
}
