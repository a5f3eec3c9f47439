/// How well samples cover the modes of a 2-D Gaussian mixture, as measured in VEEGAN
/// (Srivastava et al., 2017) and PacGAN (Lin et al., 2018).
///
/// A sample is high quality when it lies within 3 standard deviations of its nearest mode;
/// a mode is captured when it is the nearest mode of at least one high-quality sample.
public struct ModeCoverage: Sendable, Equatable {
    /// The modes that some high-quality sample is nearest to.
    public let modesCaptured: Int
    /// The number of modes of the mixture.
    public let modeCount: Int
    /// The share of samples, in [0, 1], that are high quality.
    public let highQualityShare: Double
    /// How many high-quality samples each mode attracted, in the order of the mixture's means.
    public let samplesPerMode: [Int]

    /// Measures `samples` against the modes and standard deviation of `mixture`.
    public init(samples: [Point], mixture: GaussianMixture2D) {
        var counts = Array(repeating: 0, count: mixture.means.count)
        for sample in samples {
            var nearest = 0
            var nearestDistance = Double.infinity
            for (index, mean) in mixture.means.enumerated() {
                let d = sample.distance(to: mean)
                if d < nearestDistance { (nearest, nearestDistance) = (index, d) }
            }
            if nearestDistance <= 3 * mixture.std { counts[nearest] += 1 }
        }
        samplesPerMode = counts
        modeCount = counts.count
        modesCaptured = counts.filter { $0 > 0 }.count
        highQualityShare = samples.isEmpty ? 0 : Double(counts.reduce(0, +)) / Double(samples.count)
    }
}
