import Foundation

/// The uniform distribution on [low, high).
public struct Uniform: Density, Hashable {
    /// The lower end.
    public let low: Double
    /// The upper end.
    public let high: Double

    /// A uniform distribution; `low` must be below `high`.
    public init(low: Double, high: Double) {
        require(low < high, "Uniform: low \(low) must be below high \(high)")
        self.low = low
        self.high = high
    }

    /// 1 / (high - low) inside the interval, 0 outside.
    public func pdf(_ x: Double) -> Double {
        x >= low && x < high ? 1 / (high - low) : 0
    }

    /// `n` independent draws.
    public func sample(_ n: Int, using rng: inout RNG) -> [Double] {
        (0..<n).map { _ in rng.uniform(low, high) }
    }
}
