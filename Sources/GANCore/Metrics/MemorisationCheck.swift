/// A test for copying: how near generated samples come to the training set, against how near new real
/// samples (held out from training) come to it. A generator that replays training samples lies much
/// nearer than new real data; a generator that makes new samples lies about as near or further.
/// The idea of Meehan, Chaudhuri & Dasgupta (2020); distances are Euclidean, via ``nearestNeighbours(of:in:)``.
public struct MemorisationCheck: Sendable {
    /// Each generated sample's distance to its nearest training sample.
    public let generatedDistances: [Double]
    /// Each held-out real sample's distance to its nearest training sample.
    public let heldOutDistances: [Double]

    /// Measures `generated` and `heldOut` (one sample per row, as wide as `training`) against `training`.
    public init(generated: Tensor, heldOut: Tensor, training: Tensor) throws(MetricInputError) {
        for (name, set) in [("generated set", generated), ("held-out set", heldOut), ("training set", training)] {
            guard set.rows > 0 else { throw .empty("MemorisationCheck", name, need: "at least one sample") }
            guard set.cols == training.cols else {
                throw MetricInputError("MemorisationCheck: the \(name) has \(set.cols) values per sample and the "
                    + "training set \(training.cols); measure all three in the same space")
            }
        }
        generatedDistances = nearestNeighbours(of: generated, in: training).map(\.distance)
        heldOutDistances = nearestNeighbours(of: heldOut, in: training).map(\.distance)
    }

    /// The median distance of generated samples divided by that of held-out ones: near 1 for a generator
    /// that makes new samples, near 0 for one that copies (each median the middle value, upper of two).
    public var medianRatio: Double {
        median(generatedDistances) / median(heldOutDistances)
    }

    /// The share of generated samples nearer to the training set than the `quantile` of held-out distances
    /// (e.g. 0.05: the nearest 5% of new real data). About `quantile` for a generator of new samples,
    /// far more for a copier.
    public func shareNearerThanHeldOut(quantile: Double) -> Double {
        let sorted = heldOutDistances.sorted()
        let index = min(max(Int((quantile * Double(sorted.count)).rounded(.down)), 0), sorted.count - 1)
        let threshold = sorted[index]
        return Double(generatedDistances.filter { $0 < threshold }.count) / Double(generatedDistances.count)
    }
}

/// The middle value (the upper of the two middle ones for an even count).
private func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}
