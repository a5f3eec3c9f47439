// MARK: - Matrix product

extension Tensor {
    /// The matrix product self (m x k) times other (k x n), an m x n tensor.
    public func matmul(_ other: Tensor) -> Tensor {
        let (a, b) = (self, other)
        precondition(a.cols == b.rows, "matmul: shapes \(a.shape) and \(b.shape) do not fit")
        let (m, k, n) = (a.rows, a.cols, b.cols)
        let product = [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
            Self.multiply(a.data, .init(row: k, column: 1), b.data, into: c.baseAddress!, m: m, k: k, n: n,
                          accumulate: false)
            initialized = m * n
        }
        return Tensor(rows: m, cols: n, data: product, parents: [a, b]) { out in
            // dL/dA = dL/dC * B^T, with B^T copied (B is a small weight matrix);
            // dL/dB = A^T * dL/dC, reading A through transposed strides instead of copying it.
            if a.requiresGrad {
                let bT = [Float](unsafeUninitializedCapacity: k * n) { dst, initialized in
                    b.data.withUnsafeBufferPointer {
                        MatrixKernels.transpose($0.baseAddress!, rows: k, cols: n, into: dst.baseAddress!)
                    }
                    initialized = k * n
                }
                a.withGrad { g in
                    Self.multiply(out.grad, .init(row: n, column: 1), bT, into: g.baseAddress!, m: m, k: n, n: k,
                                  accumulate: true)
                }
            }
            if b.requiresGrad {
                b.withGrad { g in
                    Self.multiply(a.data, .init(row: 1, column: k), out.grad, into: g.baseAddress!, m: k, k: m, n: n,
                                  accumulate: true)
                }
            }
        }
    }

    /// c = A * b (or c += A * b in backward passes, where c is a gradient buffer).
    private static func multiply(
        _ a: [Float], _ strides: MatrixKernels.Strides, _ b: [Float], into c: UnsafeMutablePointer<Float>,
        m: Int, k: Int, n: Int, accumulate: Bool
    ) {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                MatrixKernels.multiply(
                    a.baseAddress!, strides, b.baseAddress!, c, m: m, k: k, n: n, accumulate: accumulate)
            }
        }
    }
}
