import Foundation

/// A probability distribution on the real line that can be evaluated and sampled.
public protocol Density: Sendable {
    /// The probability density at `x`.
    func pdf(_ x: Double) -> Double
    /// The natural log of the density at `x`.
    func logPdf(_ x: Double) -> Double
    /// `n` independent draws.
    func sample(_ n: Int, using rng: inout RNG) -> [Double]
}

extension Density {
    /// The natural log of the density at `x` (computed from `pdf`).
    public func logPdf(_ x: Double) -> Double { Foundation.log(pdf(x)) }
}
