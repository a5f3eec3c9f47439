import Foundation

/// A Gaussian Parzen window (kernel density estimate) fitted to a generator's samples: the density
/// p(x) = (1/n) Σᵢ N(x; gᵢ, σ²I). Goodfellow et al. (2014, section 5 and Table 1) judged GANs by the mean
/// log-likelihood of test images under such a window, with σ chosen on a validation set; Theis, van den
/// Oord & Bethge (2016, section 3.2) show how little that number says about a model.
public struct ParzenWindow: Sendable {
    /// The kernels' standard deviation (bandwidth).
    public let sigma: Double
    let samples: PackedRows

    /// A window with a kernel of width `sigma` (positive) on each of `samples` (vectors of one length).
    public init(samples: [[Double]], sigma: Double) throws(MetricInputError) {
        guard sigma > 0, sigma.isFinite else {
            throw MetricInputError("ParzenWindow: sigma must be positive and finite, got \(sigma)")
        }
        let width = try validatedWidth(samples, metric: "ParzenWindow", set: "sample set", need: "at least one sample")
        self.sigma = sigma
        self.samples = PackedRows(samples, width: width)
    }

    /// The log-density at each of `points`, by log-sum-exp (no underflow however far a point lies).
    public func logDensities(_ points: [[Double]]) throws(MetricInputError) -> [Double] {
        try Self.logDensities(points, samples: samples, sigmas: [sigma]).map { $0[0] }
    }

    /// The mean log-density of `points` (at least one): the number Goodfellow et al. report.
    public func meanLogLikelihood(_ points: [[Double]]) throws(MetricInputError) -> Double {
        guard !points.isEmpty else { throw .empty("ParzenWindow", "test set", need: "at least one point") }
        let values = try logDensities(points)
        return values.reduce(0, +) / Double(values.count)
    }

    /// The window on `samples` whose sigma, among `sigmas`, gives `validation` the highest mean
    /// log-likelihood (the first of equals), and that mean for every candidate, in the order given.
    public static func fitted(
        samples: [[Double]], validation: [[Double]], sigmas: [Double]
    ) throws(MetricInputError) -> (window: ParzenWindow, validationScores: [Double]) {
        guard !sigmas.isEmpty else { throw MetricInputError("ParzenWindow: no candidate sigmas; pass at least one") }
        guard !validation.isEmpty else {
            throw .empty("ParzenWindow", "validation set", need: "at least one point")
        }
        for sigma in sigmas where !(sigma > 0 && sigma.isFinite) {
            throw MetricInputError("ParzenWindow: sigma must be positive and finite, got \(sigma)")
        }
        let probe = try ParzenWindow(samples: samples, sigma: sigmas[0])
        let perPoint = try logDensities(validation, samples: probe.samples, sigmas: sigmas)
        let scores = sigmas.indices.map { s in perPoint.reduce(0.0) { $0 + $1[s] } / Double(validation.count) }
        let best = scores.indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }!
        return (try ParzenWindow(samples: samples, sigma: sigmas[best]), scores)
    }

    /// For each point, its log-density under the window of each sigma; distances are computed once.
    private static func logDensities(
        _ points: [[Double]], samples: PackedRows, sigmas: [Double]
    ) throws(MetricInputError) -> [[Double]] {
        guard !points.isEmpty else { return [] }
        let width = try validatedWidth(points, metric: "ParzenWindow", set: "points", need: "points",
                                       width: samples.width)
        let (n, d) = (Double(samples.count), Double(width))
        return PackedRows(points, width: width).forEachRow(against: samples) { _, squared in
            let nearest = squared.min()!
            return sigmas.map { sigma in
                let scale = -1 / (2 * sigma * sigma)
                let sum = squared.reduce(0.0) { $0 + exp(($1 - nearest) * scale) }  // the largest term is 1
                return nearest * scale + log(sum) - log(n) - d / 2 * log(2 * Double.pi * sigma * sigma)
            }
        }
    }
}
