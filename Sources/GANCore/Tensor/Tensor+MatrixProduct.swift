// MARK: - Matrix product and affine map

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
            Self.productBackward(a, b, out.grad)
        }
    }

    /// self * weight + bias, with `bias` one row added to every row: a dense layer's map.
    /// Fused so that the product accumulates straight onto the bias, saving a pass over the output.
    public func affine(_ weight: Tensor, _ bias: Tensor) -> Tensor {
        let (x, w, b) = (self, weight, bias)
        precondition(x.cols == w.rows, "affine: shapes \(x.shape) and \(w.shape) do not fit")
        precondition(b.rows == 1 && b.cols == w.cols, "affine: bias shape \(b.shape) is not [1, \(w.cols)]")
        let (m, k, n) = (x.rows, x.cols, w.cols)
        let output = [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
            b.data.withUnsafeBufferPointer { bias in
                let rowBytes = n * MemoryLayout<Float>.stride
                for r in 0..<m {
                    UnsafeMutableRawPointer(c.baseAddress! + r * n).copyMemory(from: bias.baseAddress!, byteCount: rowBytes)
                }
            }
            Self.multiply(x.data, .init(row: k, column: 1), w.data, into: c.baseAddress!, m: m, k: k, n: n,
                          accumulate: true)
            initialized = m * n
        }
        return Tensor(rows: m, cols: n, data: output, parents: [x, w, b]) { out in
            let outGrad = out.grad
            Self.productBackward(x, w, outGrad)
            if b.requiresGrad {
                // The bias was added to every row, so its gradient sums the rows (in order).
                b.withGrad { g in
                    outGrad.withUnsafeBufferPointer { outGrad in
                        MatrixKernels.addRows(outGrad.baseAddress!, rows: m, cols: n, into: g.baseAddress!)
                    }
                }
            }
        }
    }

    /// Adds the gradients of C = A * B to A and B, given dL/dC:
    /// dL/dA = dL/dC * B^T, with B^T copied (B is a small weight matrix), and
    /// dL/dB = A^T * dL/dC, reading A through transposed strides instead of copying it.
    private static func productBackward(_ a: Tensor, _ b: Tensor, _ outGrad: [Float]) {
        let (m, k, n) = (a.rows, a.cols, b.cols)
        if a.requiresGrad {
            let bT = [Float](unsafeUninitializedCapacity: k * n) { dst, initialized in
                b.data.withUnsafeBufferPointer {
                    MatrixKernels.transpose($0.baseAddress!, rows: k, cols: n, into: dst.baseAddress!)
                }
                initialized = k * n
            }
            // A fresh buffer is written without accumulating: the kernel's sums start from +0 and are never -0,
            // so this equals adding them to zeros, bit for bit.
            a.withGradOrFresh { g, fresh in
                multiply(outGrad, .init(row: n, column: 1), bT, into: g.baseAddress!, m: m, k: n, n: k,
                         accumulate: !fresh)
            }
        }
        if b.requiresGrad {
            b.withGradOrFresh { g, fresh in
                multiply(a.data, .init(row: 1, column: k), outGrad, into: g.baseAddress!, m: k, k: m, n: n,
                         accumulate: !fresh)
            }
        }
    }

    /// c = A * b, or c += A * b (gradient buffers and the fused bias accumulate).
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
