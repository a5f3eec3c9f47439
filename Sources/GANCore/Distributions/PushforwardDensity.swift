/// The density of x = G(z) for a map G of one noise number z, by change of variables: each small
/// noise interval [z_i, z_{i+1}] of the grid carries the noise mass p_z dz, spread evenly over
/// [G(z_i), G(z_{i+1})]. Where G folds (several z give the same x), the contributions add.
///
/// Exact for a piecewise-linear G (a network of (leaky) ReLUs) up to the pieces whose kinks fall
/// inside a grid interval, so a fine grid gives the generator's density p_g, which a GAN never
/// writes down. The masses are normalised to sum to 1: noise outside the grid is ignored. Levels below
/// a billionth of the largest are rounding residues of the sweep that builds the density, and count as 0.
public struct PushforwardDensity: Density {
    /// The ends of each noise interval's image, G(z_i) and G(z_{i+1}), in grid order.
    public let segments: [(start: Double, end: Double)]
    /// The share of the noise in each interval.
    public let masses: [Double]
    /// The points where the density changes, increasing; it is 0 before the first and after the last.
    private let breaks: [Double]
    /// The density on [breaks[i], breaks[i + 1]).
    private let levels: [Double]
    /// Running sums of `masses`, for sampling by bisection.
    private let cumulativeMasses: [Double]

    /// The density of `map` applied to noise of density `noise`, resolved on `grid`; `map` receives
    /// all grid points at once (one batch through a network) and returns one value for each.
    public init(noise: some Density, on grid: Grid, map: ([Double]) -> [Double]) {
        let zs = grid.points
        let xs = map(zs)
        require(xs.count == zs.count, "PushforwardDensity: the map returned \(xs.count) values for \(zs.count) points")
        require(xs.allSatisfy(\.isFinite), "PushforwardDensity: the map returned a value that is not finite")
        let raw = (0..<zs.count - 1).map { noise.pdf((zs[$0] + zs[$0 + 1]) / 2) * grid.spacing }
        let total = raw.reduce(0, +)
        require(total > 0, "PushforwardDensity: the noise has no mass on the grid")
        segments = (0..<zs.count - 1).map { (xs[$0], xs[$0 + 1]) }
        masses = raw.map { $0 / total }
        var running = 0.0
        cumulativeMasses = masses.map { running += $0; return running }
        (breaks, levels) = Self.levels(segments: segments, masses: masses)
    }

    /// Sweeps the segments from left to right: each adds mass / length between its ends.
    /// An interval that G maps to a single point carries a point mass and adds nothing.
    private static func levels(
        segments: [(start: Double, end: Double)], masses: [Double]
    ) -> (breaks: [Double], levels: [Double]) {
        var events: [(x: Double, change: Double)] = []
        for (segment, mass) in zip(segments, masses) {
            let (low, high) = (min(segment.start, segment.end), max(segment.start, segment.end))
            guard low < high else { continue }
            events.append((low, mass / (high - low)))
            events.append((high, -mass / (high - low)))
        }
        events.sort { $0.x < $1.x }
        var breaks: [Double] = [], levels: [Double] = []
        var level = 0.0
        for event in events {
            level += event.change
            if let last = breaks.last, last == event.x {
                levels[levels.count - 1] = level
            } else {
                breaks.append(event.x)
                levels.append(level)
            }
        }
        // Additions and subtractions of the same amounts can leave a rounding residue where the
        // density is really 0 (in a gap between folds); such a level is set to 0.
        let largest = levels.map(abs).max() ?? 0
        return (breaks, levels.map { abs($0) <= 1e-9 * largest ? 0 : $0 })
    }

    /// The density at `x`: the sum, over the noise intervals whose image covers `x`, of mass / length.
    public func pdf(_ x: Double) -> Double {
        guard let first = breaks.first, x >= first, x < breaks[breaks.count - 1] else { return 0 }
        var (low, high) = (0, breaks.count - 1)  // breaks[low] <= x < breaks[high]
        while high - low > 1 {
            let middle = (low + high) / 2
            if breaks[middle] <= x { low = middle } else { high = middle }
        }
        return levels[low]
    }

    /// `n` draws: a noise interval chosen by its mass, then a uniform point of its image.
    public func sample(_ n: Int, using rng: inout RNG) -> [Double] {
        (0..<n).map { _ in
            let u = rng.uniform()
            var (low, high) = (0, cumulativeMasses.count - 1)  // the first index whose running sum exceeds u
            while low < high {
                let middle = (low + high) / 2
                if cumulativeMasses[middle] > u { high = middle } else { low = middle + 1 }
            }
            let segment = segments[low]
            return segment.start + (segment.end - segment.start) * rng.uniform()
        }
    }
}
