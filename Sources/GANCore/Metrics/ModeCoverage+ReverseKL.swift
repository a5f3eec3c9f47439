import Foundation

extension ModeCoverage {
    /// The reverse KL divergence KL(q ‖ u) of PacGAN (Lin et al., 2018, Table 1), in nats: q is the histogram
    /// of the high-quality samples over the modes (each mode's share of them), u the uniform histogram.
    /// It is 0 when every mode gets the same share and log K when one of K modes gets them all; empty modes
    /// add nothing (0 log 0 = 0). With no high-quality sample at all it is +infinity.
    public var reverseKL: Double {
        let total = Double(samplesPerMode.reduce(0, +))
        guard total > 0 else { return .infinity }
        let uniform = 1 / Double(modeCount)
        return samplesPerMode.reduce(0.0) { sum, count in
            guard count > 0 else { return sum }
            let q = Double(count) / total
            return sum + q * Foundation.log(q / uniform)
        }
    }

    /// The mode that attracted the most high-quality samples (the first of equals), or nil when none did.
    public var dominantMode: Int? {
        guard let most = samplesPerMode.max(), most > 0 else { return nil }
        return samplesPerMode.firstIndex(of: most)
    }
}
