// MARK: - Putting columns side by side

extension Tensor {
    /// The columns of every part side by side, row by row: row i of the result is row i of the first part,
    /// then row i of the second, and so on. This is how a conditional GAN appends a label's one-hot code to
    /// a noise vector or a sample.
    ///
    /// Each part receives its own columns of the result's gradient; a part that does not require gradients
    /// (a one-hot label, say) receives none, so the discriminator's gradient reaches a generated sample
    /// through its columns and stops at the label's.
    public static func concatenatingColumns(_ parts: [Tensor]) -> Tensor {
        require(!parts.isEmpty, "concatenatingColumns: nothing to concatenate")
        let rows = parts[0].rows
        for part in parts {
            require(part.rows == rows,
                    "concatenatingColumns: shapes \(parts[0].shape) and \(part.shape) have different numbers of rows")
        }
        let cols = parts.reduce(0) { $0 + $1.cols }
        // Where each part's columns begin in a row of the result.
        let offsets = parts.reduce(into: [0]) { $0.append($0.last! + $1.cols) }
        var values = [Float](repeating: 0, count: rows * cols)
        for (part, offset) in zip(parts, offsets) {
            for row in 0..<rows {
                for col in 0..<part.cols { values[row * cols + offset + col] = part.data[row * part.cols + col] }
            }
        }
        return Tensor(rows: rows, cols: cols, data: values, parents: parts) { out in
            for (part, offset) in zip(parts, offsets) where part.requiresGrad {
                part.withGrad { grad in
                    for row in 0..<rows {
                        for col in 0..<part.cols { grad[row * part.cols + col] += out.grad[row * cols + offset + col] }
                    }
                }
            }
        }
    }
}
