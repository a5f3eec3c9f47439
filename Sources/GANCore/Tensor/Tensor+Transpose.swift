// MARK: - Transpose

extension Tensor {
    /// The transpose (cols x rows); its gradient flows back transposed. Used where a backward pass is itself
    /// differentiated, as in the R1 penalty: the input gradient of a dense layer is δ · Wᵀ.
    public func transposed() -> Tensor {
        let input = self
        let values = [Float](unsafeUninitializedCapacity: count) { dst, initialized in
            data.withUnsafeBufferPointer { MatrixKernels.transpose($0.baseAddress!, rows: rows, cols: cols, into: dst.baseAddress!) }
            initialized = count
        }
        return Tensor(rows: cols, cols: rows, data: values, parents: [input]) { out in
            let back = [Float](unsafeUninitializedCapacity: out.count) { dst, initialized in
                out.grad.withUnsafeBufferPointer {
                    MatrixKernels.transpose($0.baseAddress!, rows: out.rows, cols: out.cols, into: dst.baseAddress!)
                }
                initialized = out.count
            }
            input.withGrad { g in
                for i in 0..<g.count { g[i] += back[i] }
            }
        }
    }
}
