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
            preconditionFailure("\(name): shapes \(a.shape) and \(b.shape) do not broadcast")
        }
        let ia = BroadcastIndex(a, rows: rows, cols: cols)
        let ib = BroadcastIndex(b, rows: rows, cols: cols)
        let (x, y) = (a.data, b.data)
        var output = [Float](repeating: 0, count: rows * cols)
        for r in 0..<rows {
            for c in 0..<cols {
                output[r * cols + c] = function.value(x[ia[r, c]], y[ib[r, c]])
            }
        }
        return Tensor(rows: rows, cols: cols, data: output, parents: [a, b]) { out in
            // Summing into a broadcast operand runs in row-major order, so the result is reproducible.
            let outGrad = out.grad
            if a.requiresGrad {
                a.withGrad { g in
                    for r in 0..<rows {
                        for c in 0..<cols {
                            g[ia[r, c]] += outGrad[r * cols + c] * function.partialA(x[ia[r, c]], y[ib[r, c]])
                        }
                    }
                }
            }
            if b.requiresGrad {
                b.withGrad { g in
                    for r in 0..<rows {
                        for c in 0..<cols {
                            g[ib[r, c]] += outGrad[r * cols + c] * function.partialB(x[ia[r, c]], y[ib[r, c]])
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
