/// A 2-D histogram of points on a square, normalised to probabilities: the way 2-D
/// sample sets are compared with `klDivergence` and `jsDivergence`.
public struct Histogram2D: Sendable, Equatable {
    /// The lowest coordinate covered, on both axes.
    public let lower: Double
    /// The highest coordinate covered, on both axes.
    public let upper: Double
    /// Bins per axis.
    public let bins: Int
    /// The share of the points in each bin, row by row (y major, then x); points outside are dropped.
    public let probabilities: [Double]

    /// Counts `points` in `bins` x `bins` square bins covering [lower, upper) on both axes.
    public init(_ points: [Point], from lower: Double, to upper: Double, bins: Int) {
        require(lower < upper && bins >= 1, "Histogram2D: needs lower < upper and at least one bin")
        var counts = Array(repeating: 0.0, count: bins * bins)
        let width = (upper - lower) / Double(bins)
        var inside = 0.0
        for p in points {
            let i = Int(((p.x - lower) / width).rounded(.down))
            let j = Int(((p.y - lower) / width).rounded(.down))
            guard (0..<bins).contains(i), (0..<bins).contains(j) else { continue }
            counts[j * bins + i] += 1
            inside += 1
        }
        self.lower = lower
        self.upper = upper
        self.bins = bins
        probabilities = inside > 0 ? counts.map { $0 / inside } : counts
    }
}
