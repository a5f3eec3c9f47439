import Foundation

/// A mixture of normal distributions on the real line: pick component i with
/// probability `weights[i]`, then draw from it.
public struct Mixture: Density, Hashable {
    /// The components.
    public let components: [Normal]
    /// The mixing weights, summing to 1.
    public let weights: [Double]

    /// A mixture; weights default to equal and are normalised to sum to 1.
    public init(_ components: [Normal], weights: [Double]? = nil) {
        require(!components.isEmpty, "Mixture: needs at least one component")
        let raw = weights ?? Array(repeating: 1, count: components.count)
        require(raw.count == components.count,
                "Mixture: \(raw.count) weights for \(components.count) components")
        require(raw.allSatisfy { $0 >= 0 } && raw.reduce(0, +) > 0, "Mixture: weights must be non-negative, not all 0")
        let total = raw.reduce(0, +)
        self.components = components
        self.weights = raw.map { $0 / total }
    }

    /// The weighted sum of the component densities.
    public func pdf(_ x: Double) -> Double {
        zip(components, weights).reduce(0) { $0 + $1.1 * $1.0.pdf(x) }
    }

    /// `n` independent draws.
    public func sample(_ n: Int, using rng: inout RNG) -> [Double] {
        (0..<n).map { _ in
            let component = components[pickIndex(weights, using: &rng)]
            return rng.normal(mean: component.mean, std: component.std)
        }
    }
}

/// An index drawn with the given probabilities (which sum to 1).
func pickIndex(_ weights: [Double], using rng: inout RNG) -> Int {
    var u = rng.uniform()
    for (index, w) in weights.enumerated() {
        if u < w { return index }
        u -= w
    }
    return weights.count - 1
}
