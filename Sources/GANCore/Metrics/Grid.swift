/// Evenly spaced points on an interval, for integrating 1-D densities numerically.
public struct Grid: Sendable, Equatable {
    /// The first point.
    public let lower: Double
    /// The last point.
    public let upper: Double
    /// The number of points (at least 2).
    public let count: Int

    /// `count` points from `lower` to `upper`, both included.
    public init(from lower: Double, to upper: Double, count: Int) {
        require(lower < upper && count >= 2, "Grid: needs lower < upper and 2 or more points")
        self.lower = lower
        self.upper = upper
        self.count = count
    }

    /// The distance between neighbouring points.
    public var spacing: Double { (upper - lower) / Double(count - 1) }

    /// The points, in increasing order.
    public var points: [Double] { (0..<count).map { lower + Double($0) * spacing } }

    /// The integral of a function sampled at the points (one value per point), by the trapezoidal
    /// rule, which is very accurate for smooth densities that vanish at both ends.
    public func integrate(_ values: [Double]) -> Double {
        require(values.count == count, "Grid.integrate: \(values.count) values for \(count) points")
        return spacing * (values.reduce(0, +) - 0.5 * (values[0] + values[count - 1]))
    }

    /// The integral of `f` over the grid's interval.
    public func integrate(_ f: (Double) -> Double) -> Double {
        integrate(points.map(f))
    }
}
