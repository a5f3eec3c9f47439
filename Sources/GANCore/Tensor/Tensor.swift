/// A two-dimensional Float tensor, stored row-major, that remembers how it was
/// computed so that `backward()` can fill in gradients (reverse-mode autodiff).
///
/// Each operation creates a new tensor holding its inputs and a closure that
/// passes the output's gradient back to them, as in micrograd.
public final class Tensor {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let cols: Int
    /// The values, row after row.
    public internal(set) var data: [Float]
    /// d(root)/d(self) after `backward()`; empty until a backward pass reaches this tensor.
    public internal(set) var grad: [Float] = []
    /// Whether gradients flow into this tensor. Parameters set it; data and noise do not.
    public var requiresGrad: Bool

    /// The tensors this one was computed from (empty for leaves and constants).
    let parents: [Tensor]
    /// Adds this tensor's gradient, scaled by the local derivatives, to its parents' gradients.
    let backwardStep: ((Tensor) -> Void)?

    /// Creates a leaf tensor from row-major values.
    public init(rows: Int, cols: Int, data: [Float], requiresGrad: Bool = false) {
        require(rows >= 0 && cols >= 0, "Tensor: negative shape [\(rows), \(cols)]")
        require(
            data.count == rows * cols,
            "Tensor: \(data.count) values do not fill shape [\(rows), \(cols)]")
        self.rows = rows
        self.cols = cols
        self.data = data
        self.requiresGrad = requiresGrad
        self.parents = []
        self.backwardStep = nil
    }

    /// Creates the result of an operation; it joins the graph only when a parent needs gradients.
    init(rows: Int, cols: Int, data: [Float], parents: [Tensor], backward: @escaping (Tensor) -> Void) {
        self.rows = rows
        self.cols = cols
        self.data = data
        let needed = parents.contains { $0.requiresGrad }
        self.requiresGrad = needed
        self.parents = needed ? parents : []
        self.backwardStep = needed ? backward : nil
    }

    /// Creates a leaf tensor from rows of values, e.g. `Tensor([[1, 2], [3, 4]])`.
    public convenience init(_ values: [[Float]], requiresGrad: Bool = false) {
        let cols = values.first?.count ?? 0
        for row in values {
            require(row.count == cols, "Tensor: rows of lengths \(cols) and \(row.count)")
        }
        self.init(rows: values.count, cols: cols, data: values.flatMap { $0 }, requiresGrad: requiresGrad)
    }

    /// A 1x1 constant tensor.
    public convenience init(_ value: Float) {
        self.init(rows: 1, cols: 1, data: [value])
    }

    /// A tensor filled with zeros.
    public static func zeros(rows: Int, cols: Int, requiresGrad: Bool = false) -> Tensor {
        Tensor(rows: rows, cols: cols, data: Array(repeating: 0, count: rows * cols), requiresGrad: requiresGrad)
    }

    /// A tensor of independent normal draws.
    public static func randomNormal(
        rows: Int, cols: Int, mean: Double = 0, std: Double = 1, using rng: inout RNG
    ) -> Tensor {
        let values = (0..<rows * cols).map { _ in Float(rng.normal(mean: mean, std: std)) }
        return Tensor(rows: rows, cols: cols, data: values)
    }

    /// `[rows, cols]`, the form used in error messages.
    public var shape: [Int] { [rows, cols] }

    /// The number of values.
    public var count: Int { rows * cols }

    /// The value at a row and column.
    public subscript(row: Int, col: Int) -> Float {
        require(row >= 0 && row < rows && col >= 0 && col < cols,
                "Tensor: index [\(row), \(col)] outside shape \(shape)")
        return data[row * cols + col]
    }

    /// The value of a 1x1 tensor, such as a loss.
    public var scalar: Float {
        require(count == 1, "scalar: shape \(shape) holds \(count) values, not one")
        return data[0]
    }

    /// The rows as arrays, handy for printing and plotting.
    public var rowArrays: [[Float]] {
        (0..<rows).map { Array(data[$0 * cols..<($0 + 1) * cols]) }
    }

    /// A copy of the values that is cut off from the graph: no gradient flows through it.
    public func detached() -> Tensor {
        Tensor(rows: rows, cols: cols, data: data)
    }

    /// Replaces the values of a leaf in place (used by optimisers and lesson code).
    public func assign(_ values: [Float]) {
        require(values.count == count, "assign: \(values.count) values for shape \(shape)")
        data = values
    }

    /// Forgets the gradient, before the next backward pass.
    public func zeroGrad() {
        grad = []
    }

    /// Computes the gradient of this 1x1 tensor with respect to every tensor it depends on
    /// that requires gradients. Gradients add up over repeated calls until `zeroGrad()`.
    public func backward() {
        require(count == 1, "backward: needs a single value, got shape \(shape)")
        guard requiresGrad else { return }
        withGrad { $0[0] += 1 }
        for node in topologicalOrder().reversed() {
            node.backwardStep?(node)
        }
    }

    /// Every tensor in the graph below this one, each after all of its parents.
    private func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited = Set<ObjectIdentifier>()
        // An explicit stack instead of recursion: deep graphs must not overflow the call stack.
        var stack: [(node: Tensor, expanded: Bool)] = [(self, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded {
                order.append(node)
                continue
            }
            guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
            stack.append((node, true))
            for parent in node.parents where parent.requiresGrad {
                stack.append((parent, false))
            }
        }
        return order
    }

    /// Runs `body` on the gradient buffer, creating it (zeros) on first use.
    func withGrad(_ body: (UnsafeMutableBufferPointer<Float>) -> Void) {
        if grad.isEmpty {
            grad = Array(repeating: 0, count: count)
        }
        grad.withUnsafeMutableBufferPointer { body($0) }
    }

    /// Like `withGrad`, but a missing gradient buffer is handed over uninitialised, with `fresh` true:
    /// `body` must then write every value, exactly as if it added to zeros (so `0 + x`, not `x`,
    /// wherever x could be -0). Saves zero-filling buffers that are overwritten at once.
    func withGradOrFresh(_ body: (UnsafeMutableBufferPointer<Float>, _ fresh: Bool) -> Void) {
        if grad.isEmpty {
            grad = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                body(buffer, true)
                initialized = buffer.count
            }
        } else {
            grad.withUnsafeMutableBufferPointer { body($0, false) }
        }
    }
}

extension Tensor: CustomStringConvertible {
    /// The shape and the values, row by row.
    public var description: String {
        "Tensor\(shape) " + rowArrays.description
    }
}
