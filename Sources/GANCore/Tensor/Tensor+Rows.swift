// MARK: - Taking rows apart and putting them together

extension Tensor {
    /// The rows `range` of this tensor, as a new tensor; their gradients flow back into those rows.
    public func rows(in range: Range<Int>) -> Tensor {
        require(range.lowerBound >= 0 && range.upperBound <= rows,
                "rows(in:): rows \(range) are outside shape \(shape)")
        let input = self
        let first = range.lowerBound * cols
        let values = Array(data[first..<range.upperBound * cols])
        return Tensor(rows: range.count, cols: cols, data: values, parents: [input]) { out in
            input.withGrad { inputGrad in
                for (offset, value) in out.grad.enumerated() { inputGrad[first + offset] += value }
            }
        }
    }

    /// The rows of every part, one part after another; each part's gradient is its own rows of the result's.
    public static func stackingRows(_ parts: [Tensor]) -> Tensor {
        require(!parts.isEmpty, "stackingRows: nothing to stack")
        let cols = parts[0].cols
        for part in parts {
            require(part.cols == cols, "stackingRows: shapes \(parts[0].shape) and \(part.shape) do not fit")
        }
        let values = parts.flatMap(\.data)
        return Tensor(rows: parts.reduce(0) { $0 + $1.rows }, cols: cols, data: values, parents: parts) { out in
            var first = 0
            for part in parts {
                if part.requiresGrad {
                    part.withGrad { partGrad in
                        for offset in 0..<part.count { partGrad[offset] += out.grad[first + offset] }
                    }
                }
                first += part.count
            }
        }
    }
}
