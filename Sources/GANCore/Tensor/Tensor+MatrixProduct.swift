// MARK: - Matrix product

extension Tensor {
    /// The matrix product self (m x k) times other (k x n), an m x n tensor.
    public func matmul(_ other: Tensor) -> Tensor {
        let (a, b) = (self, other)
        precondition(a.cols == b.rows, "matmul: shapes \(a.shape) and \(b.shape) do not fit")
        let (m, k, n) = (a.rows, a.cols, b.cols)
        let product = [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
            Self.multiply(a.data, b.data, into: c.baseAddress!, m: m, k: k, n: n, accumulate: false)
            initialized = m * n
        }
        return Tensor(rows: m, cols: n, data: product, parents: [a, b]) { out in
            // dL/dA = dL/dC * B^T and dL/dB = A^T * dL/dC; the transposes are copied so one kernel serves all three.
            if a.requiresGrad {
                let bT = Self.transposed(b.data, rows: k, cols: n)
                a.withGrad { g in
                    Self.multiply(out.grad, bT, into: g.baseAddress!, m: m, k: n, n: k, accumulate: true)
                }
            }
            if b.requiresGrad {
                let aT = Self.transposed(a.data, rows: m, cols: k)
                b.withGrad { g in
                    Self.multiply(aT, out.grad, into: g.baseAddress!, m: k, k: m, n: n, accumulate: true)
                }
            }
        }
    }

    private static func multiply(
        _ a: [Float], _ b: [Float], into c: UnsafeMutablePointer<Float>, m: Int, k: Int, n: Int, accumulate: Bool
    ) {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                MatrixKernels.multiply(a.baseAddress!, b.baseAddress!, c, m: m, k: k, n: n, accumulate: accumulate)
            }
        }
    }

    private static func transposed(_ values: [Float], rows: Int, cols: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: rows * cols) { dst, initialized in
            values.withUnsafeBufferPointer {
                MatrixKernels.transpose($0.baseAddress!, rows: rows, cols: cols, into: dst.baseAddress!)
            }
            initialized = rows * cols
        }
    }
}
