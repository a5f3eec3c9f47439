// MARK: - Reshaping

extension Tensor {
    /// The same values, row after row, read as `rows` x `cols`; the gradient flows back unchanged.
    /// For an n x d batch, `reshaped(rows: n / m, cols: m * d)` puts m consecutive samples side by side in
    /// one row: the packing of PacGAN.
    public func reshaped(rows newRows: Int, cols newCols: Int) -> Tensor {
        require(newRows * newCols == count, "reshaped: \(count) values do not fill shape [\(newRows), \(newCols)]")
        let input = self
        return Tensor(rows: newRows, cols: newCols, data: data, parents: [input]) { out in
            input.withGrad { g in
                for i in 0..<g.count { g[i] += out.grad[i] }
            }
        }
    }
}
