/// An estimate of the region a set of vectors occupies: the union of balls, one around each vector,
/// reaching to its k-th nearest neighbour in the set (Kynkäänniemi et al., 2019, section 2).
public struct KNearestManifold: Sendable {
    /// How many neighbours a ball reaches to.
    public let k: Int
    /// Each vector's squared distance to its k-th nearest other vector: the squared radius of its ball.
    public let squaredRadii: [Double]
    let points: PackedRows

    /// The balls around `vectors` (all of one length; more than `k` of them, since a ball reaches the
    /// k-th *other* vector). `set` names the vectors in error messages.
    public init(_ vectors: [[Double]], k: Int = 3, set: String = "set") throws(MetricInputError) {
        let metric = "KNearestManifold"
        guard k >= 1 else { throw MetricInputError("\(metric): k must be at least 1, got \(k)") }
        let width = try validatedWidth(vectors, metric: metric, set: set, need: "at least k + 1 = \(k + 1) vectors")
        guard vectors.count > k else {
            throw MetricInputError("\(metric): k = \(k) needs at least \(k + 1) vectors in the \(set) "
                + "(a ball reaches the k-th other vector), got \(vectors.count); lower k or pass more vectors")
        }
        let points = PackedRows(vectors, width: width)
        squaredRadii = points.forEachRow(against: points) { row, distances in
            var others = distances
            others.remove(at: row)
            return kthSmallest(others, k)
        }
        self.k = k
        self.points = points
    }

    /// The width of the vectors.
    public var dimension: Int { points.width }

    /// Whether `vectors` lie in some ball: one answer per vector (each must have `dimension` values).
    public func contains(_ vectors: [[Double]], set: String = "vectors") throws(MetricInputError) -> [Bool] {
        guard !vectors.isEmpty else { return [] }
        let width = try validatedWidth(vectors, metric: "KNearestManifold", set: set, need: "vectors", width: dimension)
        let radii = squaredRadii
        return PackedRows(vectors, width: width).forEachRow(against: points) { _, distances in
            zip(distances, radii).contains { $0 <= $1 }
        }
    }
}

/// Improved precision and recall of a generator (Kynkäänniemi et al., 2019, equations 1–3): precision is
/// the share of generated vectors inside the real vectors' ``KNearestManifold``, recall the share of real
/// vectors inside the generated ones'. Precision measures quality (do samples look real?), recall variety
/// (is every kind of real sample produced?). The paper uses k = 3 on VGG-16 features of 50,000 images.
public struct PrecisionRecall: Sendable, Equatable {
    /// The share of generated vectors that fall inside the real manifold.
    public let precision: Double
    /// The share of real vectors that fall inside the generated manifold.
    public let recall: Double

    /// Measures `generated` against `real` (vectors of one length, more than `k` in each set).
    public init(real: [[Double]], generated: [[Double]], k: Int = 3) throws(MetricInputError) {
        let realWidth = try validatedWidth(real, metric: "PrecisionRecall", set: "real set",
                                           need: "at least k + 1 = \(k + 1) vectors")
        let generatedWidth = try validatedWidth(generated, metric: "PrecisionRecall", set: "generated set",
                                                need: "at least k + 1 = \(k + 1) vectors")
        guard realWidth == generatedWidth else {
            throw MetricInputError("PrecisionRecall: real vectors have \(realWidth) values and generated ones "
                + "\(generatedWidth); compute both with the same features")
        }
        let realManifold = try KNearestManifold(real, k: k, set: "real set")
        let generatedManifold = try KNearestManifold(generated, k: k, set: "generated set")
        precision = share(try realManifold.contains(generated))
        recall = share(try generatedManifold.contains(real))
    }

    /// Measures generated points in the plane against real ones.
    public init(real: [Point], generated: [Point], k: Int = 3) throws(MetricInputError) {
        try self.init(real: real.featureRows, generated: generated.featureRows, k: k)
    }
}

/// The share of true values.
private func share(_ flags: [Bool]) -> Double {
    Double(flags.filter { $0 }.count) / Double(flags.count)
}

/// The k-th smallest value (1-based), found by keeping the k smallest seen so far.
private func kthSmallest(_ values: [Double], _ k: Int) -> Double {
    var smallest = [Double]()
    smallest.reserveCapacity(k + 1)
    for value in values where smallest.count < k || value < smallest[k - 1] {
        let position = smallest.firstIndex { $0 > value } ?? smallest.count
        smallest.insert(value, at: position)
        if smallest.count > k { smallest.removeLast() }
    }
    return smallest[k - 1]
}
