/// The density of x = G(z) for a map G of one noise number z, by change of variables: each small
/// noise interval [z_i, z_{i+1}] of the grid carries the noise mass p_z dz, spread evenly over
/// [G(z_i), G(z_{i+1})]. Where G folds (several z give the same x), the contributions add.
///
/// Exact for a piecewise-linear G (a network of (leaky) ReLUs) up to the pieces whose kinks fall
/// inside a grid interval, so a fine grid gives the generator's density p_g, which a GAN never
/// writes down. The masses are normalised to sum to 1: noise outside the grid is ignored.
public struct PushforwardDensity: Density {
    /// The ends of each noise interval's image, G(z_i) and G(z_{i+1}), in grid order.
    public let segments: [(start: Double, end: Double)]
    /// The share of the noise in each interval.
    public let masses: [Double]

    /// The density of `map` applied to noise of density `noise`, resolved on `grid`; `map` receives
    /// all grid points at once (one batch through a network) and returns one value for each.
    public init(noise: some Density, on grid: Grid, map: ([Double]) -> [Double]) {
        let zs = grid.points
        let xs = map(zs)
        require(xs.count == zs.count, "PushforwardDensity: the map returned \(xs.count) values for \(zs.count) points")
        let raw = (0..<zs.count - 1).map { noise.pdf((zs[$0] + zs[$0 + 1]) / 2) * grid.spacing }
        let total = raw.reduce(0, +)
        require(total > 0, "PushforwardDensity: the noise has no mass on the grid")
        segments = (0..<zs.count - 1).map { (xs[$0], xs[$0 + 1]) }
        masses = raw.map { $0 / total }
    }

    /// The sum, over the noise intervals whose image covers `x`, of mass / length of the image.
    /// An interval that G maps to a single point carries a point mass and adds nothing here.
    public func pdf(_ x: Double) -> Double {
        var density = 0.0
        for (segment, mass) in zip(segments, masses) {
            let (low, high) = (min(segment.start, segment.end), max(segment.start, segment.end))
            if low < high && x >= low && x < high { density += mass / (high - low) }
        }
        return density
    }

    /// `n` draws: a noise interval chosen by its mass, then a uniform point of its image.
    public func sample(_ n: Int, using rng: inout RNG) -> [Double] {
        (0..<n).map { _ in
            let segment = segments[pickIndex(masses, using: &rng)]
            return segment.start + (segment.end - segment.start) * rng.uniform()
        }
    }
}
