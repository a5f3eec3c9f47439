// MARK: - Matrix product and affine map

extension Tensor {
    /// The matrix product self (m x k) times other (k x n), an m x n tensor.
    public func matmul(_ other: Tensor) -> Tensor {
        let (a, b) = (self, other)
        require(a.cols == b.rows, "matmul: shapes \(a.shape) and \(b.shape) do not fit")
        let (m, k, n) = (a.rows, a.cols, b.cols)
        let product = [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
            Self.multiply(a.data, .init(row: k, column: 1), b.data, into: c.baseAddress!, m: m, k: k, n: n,
                          start: .zero, finish: IdentityFunction())
            initialized = m * n
        }
        return Tensor(rows: m, cols: n, data: product, parents: [a, b]) { out in
            Self.productBackward(a, b, out.grad)
        }
    }

    /// self * weight + bias, with `bias` one row added to every row: a dense layer's map.
    /// Fused so that the product's sums start from the bias, saving a pass over the output.
    public func affine(_ weight: Tensor, _ bias: Tensor) -> Tensor {
        let (x, w, b) = (self, weight, bias)
        let output = Self.affineValues(x, w, b, finish: IdentityFunction())
        return Tensor(rows: x.rows, cols: w.cols, data: output, parents: [x, w, b]) { out in
            Self.affineBackward(x, w, b, out.grad)
        }
    }

    /// The values of x * w + b, with `finish` applied to them as they are stored.
    static func affineValues<F: PointwiseFunction>(_ x: Tensor, _ w: Tensor, _ b: Tensor, finish: F) -> [Float] {
        require(x.cols == w.rows, "affine: shapes \(x.shape) and \(w.shape) do not fit")
        require(b.rows == 1 && b.cols == w.cols, "affine: bias shape \(b.shape) is not [1, \(w.cols)]")
        let (m, k, n) = (x.rows, x.cols, w.cols)
        return [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
            b.data.withUnsafeBufferPointer { bias in
                multiply(x.data, .init(row: k, column: 1), w.data, into: c.baseAddress!, m: m, k: k, n: n,
                         start: .row(bias.baseAddress!), finish: finish)
            }
            initialized = m * n
        }
    }

    /// Adds the gradients of x * w + b to x, w and b, given dL/d(output).
    static func affineBackward(_ x: Tensor, _ w: Tensor, _ b: Tensor, _ outGrad: [Float]) {
        productBackward(x, w, outGrad)
        if b.requiresGrad {
            // The bias was added to every row, so its gradient sums the rows (in order).
            b.withGrad { g in
                outGrad.withUnsafeBufferPointer { outGrad in
                    MatrixKernels.addRows(outGrad.baseAddress!, rows: x.rows, cols: w.cols, into: g.baseAddress!)
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
                         start: fresh ? .zero : .output, finish: IdentityFunction())
            }
        }
        if b.requiresGrad {
            b.withGradOrFresh { g, fresh in
                multiply(a.data, .init(row: 1, column: k), outGrad, into: g.baseAddress!, m: k, k: m, n: n,
                         start: fresh ? .zero : .output, finish: IdentityFunction())
            }
        }
    }

    /// c = start + A * b, then `finish` applied to every value.
    private static func multiply<F: PointwiseFunction>(
        _ a: [Float], _ strides: MatrixKernels.Strides, _ b: [Float], into c: UnsafeMutablePointer<Float>,
        m: Int, k: Int, n: Int, start: MatrixKernels.Start, finish: F
    ) {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                MatrixKernels.multiply(
                    a.baseAddress!, strides, b.baseAddress!, c, m: m, k: k, n: n, start: start, finish: finish)
            }
        }
    }
}
