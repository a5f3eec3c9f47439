/// Which classes a generator's samples fall into, as a classifier sees them: the image analogue of
/// counting captured modes (the "modes" of a digit data set are its ten classes).
public struct ClassCoverage: Sendable, Equatable {
    /// How many samples were assigned to each class.
    public let counts: [Int]
    /// The share of samples a class needs to count as covered.
    public let minimumShare: Double
    /// The classes holding at least `minimumShare` of the samples.
    public let classesCovered: Int

    /// Counts `predictions` (class indices in 0..<`classCount`); a class is covered when at least
    /// `minimumShare` of them (and at least one) fall into it, so a few stray samples do not count.
    public init(predictions: [Int], classCount: Int, minimumShare: Double = 0.01) {
        require(classCount > 0, "ClassCoverage: needs at least one class")
        require(predictions.allSatisfy { (0..<classCount).contains($0) },
                "ClassCoverage: predictions must lie in 0..<\(classCount)")
        var counts = Array(repeating: 0, count: classCount)
        for prediction in predictions { counts[prediction] += 1 }
        let needed = max(1, minimumShare * Double(predictions.count))
        self.counts = counts
        self.minimumShare = minimumShare
        classesCovered = counts.filter { Double($0) >= needed }.count
    }

    /// The share of samples in each class.
    public var shares: [Double] {
        let total = counts.reduce(0, +)
        return counts.map { total > 0 ? Double($0) / Double(total) : 0 }
    }

    /// The classes that are not covered.
    public var missingClasses: [Int] {
        let needed = max(1, minimumShare * Double(counts.reduce(0, +)))
        return counts.indices.filter { Double(counts[$0]) < needed }
    }
}
