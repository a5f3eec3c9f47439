/// Why a metric refused its input: a sentence naming the metric, what is wrong and what to do.
public struct MetricInputError: Error, Equatable, CustomStringConvertible {
    /// The whole message, e.g. "PrecisionRecall: the real set is empty; pass at least k + 1 = 4 vectors".
    public let description: String

    /// An error with the given message.
    public init(_ description: String) {
        self.description = description
    }

    /// A set that holds no vectors.
    static func empty(_ metric: String, _ set: String, need: String) -> MetricInputError {
        MetricInputError("\(metric): the \(set) is empty; pass \(need)")
    }

    /// A vector whose length differs from the first one's.
    static func dimensions(_ metric: String, _ set: String, row: Int, count: Int, expected: Int) -> MetricInputError {
        MetricInputError("\(metric): vector \(row) of the \(set) has length \(count), but the first vector "
            + "has length \(expected); every vector must have the same length (the same features)")
    }
}

/// Checks that `rows` is not empty and that every row has `width` values (the first row's length when nil).
func validatedWidth(
    _ rows: [[Double]], metric: String, set: String, need: String, width: Int? = nil
) throws(MetricInputError) -> Int {
    guard let first = rows.first else { throw .empty(metric, set, need: need) }
    let expected = width ?? first.count
    if let bad = rows.firstIndex(where: { $0.count != expected }) {
        throw .dimensions(metric, set, row: bad, count: rows[bad].count, expected: expected)
    }
    return expected
}
