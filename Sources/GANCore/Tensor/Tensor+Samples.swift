// MARK: - Conversions between samples and tensors

extension Tensor {
    /// An n x 2 tensor with one point per row.
    public convenience init(points: [Point]) {
        self.init(rows: points.count, cols: 2, data: points.flatMap { [Float($0.x), Float($0.y)] })
    }

    /// The rows of an n x 2 tensor as points.
    public var points: [Point] {
        require(cols == 2, "points: shape \(shape) is not n x 2")
        return (0..<rows).map { Point(Double(data[2 * $0]), Double(data[2 * $0 + 1])) }
    }
}

extension Tensor {
    /// An n x 1 tensor holding 1-D samples, one per row.
    public convenience init(column values: [Double]) {
        self.init(rows: values.count, cols: 1, data: values.map { Float($0) })
    }

    /// The values of an n x 1 tensor as 1-D samples.
    public var column: [Double] {
        require(cols == 1, "column: shape \(shape) is not n x 1")
        return data.map { Double($0) }
    }
}
