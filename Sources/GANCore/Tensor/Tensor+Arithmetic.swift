// MARK: - Broadcasting arithmetic

/// Two real operands and the partial derivatives of their combination.
protocol PointwiseBinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float
    func partialA(_ a: Float, _ b: Float) -> Float
    func partialB(_ a: Float, _ b: Float) -> Float
}

struct AddFunction: PointwiseBinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float { a + b }
    func partialA(_ a: Float, _ b: Float) -> Float { 1 }
    func partialB(_ a: Float, _ b: Float) -> Float { 1 }
}

struct SubtractFunction: PointwiseBinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float { a - b }
    func partialA(_ a: Float, _ b: Float) -> Float { 1 }
    func partialB(_ a: Float, _ b: Float) -> Float { -1 }
}

struct MultiplyFunction: PointwiseBinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float { a * b }
    func partialA(_ a: Float, _ b: Float) -> Float { b }
    func partialB(_ a: Float, _ b: Float) -> Float { a }
}

struct DivideFunction: PointwiseBinaryFunction {
    func value(_ a: Float, _ b: Float) -> Float { a / b }
    func partialA(_ a: Float, _ b: Float) -> Float { 1 / b }
    func partialB(_ a: Float, _ b: Float) -> Float { -a / (b * b) }
}

extension Tensor {
    /// Elementwise sum. Either operand may have 1 row or 1 column (a bias row, a scalar),
    /// which is repeated to the other's shape, as in NumPy.
    public static func + (a: Tensor, b: Tensor) -> Tensor { a.combine(b, AddFunction(), "+") }
    /// Elementwise difference, broadcasting like `+`.
    public static func - (a: Tensor, b: Tensor) -> Tensor { a.combine(b, SubtractFunction(), "-") }
    /// Elementwise product, broadcasting like `+`.
    public static func * (a: Tensor, b: Tensor) -> Tensor { a.combine(b, MultiplyFunction(), "*") }
    /// Elementwise quotient, broadcasting like `+`.
    public static func / (a: Tensor, b: Tensor) -> Tensor { a.combine(b, DivideFunction(), "/") }

    /// Adds a constant to every value.
    public static func + (a: Tensor, b: Float) -> Tensor { a + Tensor(b) }
    /// Subtracts a constant from every value.
    public static func - (a: Tensor, b: Float) -> Tensor { a - Tensor(b) }
    /// Subtracts every value from a constant.
    public static func - (a: Float, b: Tensor) -> Tensor { Tensor(a) - b }
    /// Multiplies every value by a constant.
    public static func * (a: Tensor, b: Float) -> Tensor { a * Tensor(b) }
    /// Multiplies every value by a constant.
    public static func * (a: Float, b: Tensor) -> Tensor { Tensor(a) * b }
    /// Divides every value by a constant.
    public static func / (a: Tensor, b: Float) -> Tensor { a / Tensor(b) }
    /// Negates every value.
    public static prefix func - (a: Tensor) -> Tensor { a * -1 }

    /// Combines two tensors elementwise after broadcasting them to a common shape.
    private func combine<F: PointwiseBinaryFunction>(_ other: Tensor, _ function: F, _ name: String) -> Tensor {
        let (a, b) = (self, other)
        guard let rows = Self.broadcast(a.rows, b.rows), let cols = Self.broadcast(a.cols, b.cols) else {
            fatalError("\(name): shapes \(a.shape) and \(b.shape) do not broadcast")
        }
        let ia = BroadcastIndex(a, rows: rows, cols: cols)
        let ib = BroadcastIndex(b, rows: rows, cols: cols)
        let (x, y) = (a.data, b.data)
        let output = [Float](unsafeUninitializedCapacity: rows * cols) { out, initialized in
            x.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    for r in 0..<rows {
                        let (xr, yr) = (x.baseAddress! + r * ia.rowStride, y.baseAddress! + r * ib.rowStride)
                        for c in 0..<cols {
                            out[r * cols + c] = function.value(xr[c * ia.colStride], yr[c * ib.colStride])
                        }
                    }
                }
            }
            initialized = rows * cols
        }
        return Tensor(rows: rows, cols: cols, data: output, parents: [a, b]) { out in
            // Gradients of a broadcast operand add up in row-major order, so results are reproducible.
            let outGrad = out.grad
            if a.requiresGrad {
                a.withGrad { g in
                    Self.accumulate(into: g, ia, outGrad, x, ia, y, ib, rows: rows, cols: cols, function.partialA)
                }
            }
            if b.requiresGrad {
                b.withGrad { g in
                    Self.accumulate(into: g, ib, outGrad, x, ia, y, ib, rows: rows, cols: cols, function.partialB)
                }
            }
        }
    }

    /// g[target(r, c)] += outGrad[r, c] * partial(x[ia(r, c)], y[ib(r, c)]) for every (r, c).
    @inline(__always)
    private static func accumulate(
        into g: UnsafeMutableBufferPointer<Float>, _ target: BroadcastIndex, _ outGrad: [Float],
        _ x: [Float], _ ia: BroadcastIndex, _ y: [Float], _ ib: BroadcastIndex,
        rows: Int, cols: Int, _ partial: (Float, Float) -> Float
    ) {
        outGrad.withUnsafeBufferPointer { outGrad in
            x.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    for r in 0..<rows {
                        let o = outGrad.baseAddress! + r * cols
                        let (xr, yr) = (x.baseAddress! + r * ia.rowStride, y.baseAddress! + r * ib.rowStride)
                        let gr = g.baseAddress! + r * target.rowStride
                        if ia.colStride == 1 && ib.colStride == 1 && target.colStride == 1 {
                            // The common case (same shapes, or a bias row): a loop the compiler vectorises.
                            for c in 0..<cols { gr[c] += o[c] * partial(xr[c], yr[c]) }
                        } else {
                            for c in 0..<cols {
                                gr[c * target.colStride] += o[c] * partial(xr[c * ia.colStride], yr[c * ib.colStride])
                            }
                        }
                    }
                }
            }
        }
    }

    /// The common length of two broadcast dimensions, or nil when they differ and neither is 1.
    private static func broadcast(_ m: Int, _ n: Int) -> Int? {
        m == n ? m : m == 1 ? n : n == 1 ? m : nil
    }
}

/// Maps an index of the broadcast result to an index into one operand.
private struct BroadcastIndex {
    let rowStride: Int
    let colStride: Int

    init(_ t: Tensor, rows: Int, cols: Int) {
        rowStride = t.rows == 1 && rows > 1 ? 0 : t.cols
        colStride = t.cols == 1 && cols > 1 ? 0 : 1
    }

    subscript(r: Int, c: Int) -> Int { r * rowStride + c * colStride }
}
