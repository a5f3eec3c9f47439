// MARK: - Sums and means

extension Tensor {
    /// The sum of all values, as a 1x1 tensor.
    public func sum() -> Tensor {
        let input = self
        // Accumulate in Double: a long Float sum would lose the small terms.
        let total = data.reduce(0.0) { $0 + Double($1) }
        return Tensor(rows: 1, cols: 1, data: [Float(total)], parents: [input]) { out in
            let g = out.grad[0]
            input.withGrad { inputGrad in
                for i in 0..<inputGrad.count { inputGrad[i] += g }
            }
        }
    }

    /// The mean of all values, as a 1x1 tensor.
    public func mean() -> Tensor {
        require(count > 0, "mean: shape \(shape) has no values")
        return sum() * (1 / Float(count))
    }

}
