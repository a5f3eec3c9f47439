import Foundation

/// Why a conditional GAN refused the labels it was given.
public enum ConditioningError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// A label outside 0..<classCount, at the given position of the list.
    case labelOutOfRange(label: Int, position: Int, classCount: Int)
    /// A different number of labels than of rows they belong to (samples or noise vectors).
    case labelCount(labels: Int, rows: Int, what: String)

    /// A sentence naming the bad label or the counts, and what to do.
    public var description: String {
        switch self {
        case .labelOutOfRange(let label, let position, let classCount):
            "label \(label) (at position \(position)) is not a class: labels must lie in 0..<\(classCount)"
        case .labelCount(let labels, let rows, let what):
            "\(labels) label\(labels == 1 ? "" : "s") for \(rows) \(what): give exactly one label per row"
        }
    }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }
}

extension Tensor {
    /// One row per label, `classCount` columns: 1 in the label's column and 0 elsewhere (a one-hot code).
    /// Throws `ConditioningError.labelOutOfRange` for a label outside 0..<`classCount`.
    public static func oneHot(_ labels: [Int], classCount: Int) throws -> Tensor {
        require(classCount > 0, "oneHot: needs at least one class, got \(classCount)")
        var values = [Float](repeating: 0, count: labels.count * classCount)
        for (position, label) in labels.enumerated() {
            guard (0..<classCount).contains(label) else {
                throw ConditioningError.labelOutOfRange(label: label, position: position, classCount: classCount)
            }
            values[position * classCount + label] = 1
        }
        return Tensor(rows: labels.count, cols: classCount, data: values)
    }

    /// These rows with the one-hot codes of `labels` appended as `classCount` more columns: [x ; onehot(y)].
    /// Throws `ConditioningError` when there is not one label per row or a label is out of range.
    public func conditioned(on labels: [Int], classCount: Int, what: String = "rows") throws -> Tensor {
        guard labels.count == rows else { throw ConditioningError.labelCount(labels: labels.count, rows: rows, what: what) }
        return .concatenatingColumns([self, try .oneHot(labels, classCount: classCount)])
    }
}
