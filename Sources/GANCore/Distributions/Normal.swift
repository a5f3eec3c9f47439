import Foundation

/// The normal (Gaussian) distribution N(mean, std^2).
public struct Normal: Density, Hashable {
    /// The mean.
    public let mean: Double
    /// The standard deviation (positive).
    public let std: Double

    /// A normal distribution; `std` must be positive.
    public init(mean: Double = 0, std: Double = 1) {
        require(std > 0, "Normal: std must be positive, got \(std)")
        self.mean = mean
        self.std = std
    }

    /// The density at `x`.
    public func pdf(_ x: Double) -> Double { Foundation.exp(logPdf(x)) }

    /// The log density, -(x - mean)^2 / (2 std^2) - log(std sqrt(2 pi)).
    public func logPdf(_ x: Double) -> Double {
        let z = (x - mean) / std
        return -0.5 * z * z - Foundation.log(std) - 0.5 * Foundation.log(2 * .pi)
    }

    /// `n` independent draws.
    public func sample(_ n: Int, using rng: inout RNG) -> [Double] {
        (0..<n).map { _ in rng.normal(mean: mean, std: std) }
    }

    /// The maximum-likelihood fit: the sample mean and the sample standard deviation
    /// with divisor n (not n - 1), which is what maximises the likelihood.
    public static func maximumLikelihood(_ xs: [Double]) -> Normal {
        require(xs.count >= 2, "Normal.maximumLikelihood: needs at least 2 values, got \(xs.count)")
        let mean = xs.reduce(0, +) / Double(xs.count)
        let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count)
        return Normal(mean: mean, std: variance.squareRoot())
    }
}
