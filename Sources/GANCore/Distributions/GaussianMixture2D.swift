import Foundation

/// A mixture of round Gaussians in the plane, all with the same standard deviation:
/// the toy data of the mode-collapse papers (a ring of 8, a 5 x 5 grid).
public struct GaussianMixture2D: Hashable, Sendable {
    /// The centres of the components (the modes).
    public let means: [Point]
    /// The standard deviation of each coordinate in every component.
    public let std: Double
    /// The mixing weights, summing to 1.
    public let weights: [Double]

    /// A mixture with the given centres; weights default to equal and are normalised.
    public init(means: [Point], std: Double, weights: [Double]? = nil) {
        require(!means.isEmpty, "GaussianMixture2D: needs at least one mean")
        require(std > 0, "GaussianMixture2D: std must be positive, got \(std)")
        let raw = weights ?? Array(repeating: 1, count: means.count)
        require(raw.count == means.count, "GaussianMixture2D: \(raw.count) weights for \(means.count) means")
        let total = raw.reduce(0, +)
        self.means = means
        self.std = std
        self.weights = raw.map { $0 / total }
    }

    /// `modes` Gaussians evenly spaced on a circle, the first on the positive x axis.
    public static func ring(modes: Int = 8, radius: Double = 2, std: Double = 0.05) -> GaussianMixture2D {
        let means = (0..<modes).map { i in
            let angle = 2 * Double.pi * Double(i) / Double(modes)
            return Point(radius * cos(angle), radius * sin(angle))
        }
        return GaussianMixture2D(means: means, std: std)
    }

    /// Gaussians at every pair of the given coordinates: by default the 5 x 5 grid at -4, -2, 0, 2, 4.
    public static func grid(coordinates: [Double] = [-4, -2, 0, 2, 4], std: Double = 0.05) -> GaussianMixture2D {
        GaussianMixture2D(means: coordinates.flatMap { x in coordinates.map { y in Point(x, y) } }, std: std)
    }

    /// `n` independent draws.
    public func sample(_ n: Int, using rng: inout RNG) -> [Point] {
        (0..<n).map { _ in
            let centre = means[pickIndex(weights, using: &rng)]
            let x = rng.normal(mean: centre.x, std: std)
            return Point(x, rng.normal(mean: centre.y, std: std))
        }
    }

    /// The density at a point.
    public func pdf(_ p: Point) -> Double {
        let norm = 1 / (2 * Double.pi * std * std)
        return zip(means, weights).reduce(0) { total, component in
            let d = p.distance(to: component.0) / std
            return total + component.1 * norm * exp(-0.5 * d * d)
        }
    }
}
