/// Vectors of one length stored row after row, for distance computations that run in a fixed order.
struct PackedRows: Sendable {
    let values: [Double]
    let count: Int
    let width: Int

    init(_ rows: [[Double]], width: Int) {
        values = rows.flatMap { $0 }
        count = rows.count
        self.width = width
    }

    /// For each row of `self`, `body(row, distances)` with its squared distances to every row of `other`;
    /// rows are shared between two threads (each row's result is computed whole by one of them).
    func forEachRow<T>(against other: PackedRows, _ body: (Int, [Double]) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        let width = width
        values.withUnsafeBufferPointer { mine in
            other.values.withUnsafeBufferPointer { theirs in
                results.withUnsafeMutableBufferPointer { output in
                    let output = output.baseAddress!
                    ParallelLoop.run(count: count, worthSharing: count * other.count * width > 1 << 18) { row in
                        let x = mine.baseAddress! + row * width
                        let distances = (0..<other.count).map { j in
                            squaredDistance(x, theirs.baseAddress! + j * width, width)
                        }
                        output[row] = body(row, distances)
                    }
                }
            }
        }
        return results.map { $0! }
    }
}

/// The squared Euclidean distance between two vectors of `width` values, summed four lanes at a time and
/// then the rest, always in the same order, so results are the same on every machine.
@inline(__always)
private func squaredDistance(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ width: Int) -> Double {
    var lanes = SIMD4<Double>()
    var k = 0
    while k + 4 <= width {
        let d = UnsafeRawPointer(x + k).loadUnaligned(as: SIMD4<Double>.self)
            - UnsafeRawPointer(y + k).loadUnaligned(as: SIMD4<Double>.self)
        lanes += d * d
        k += 4
    }
    var total = lanes.sum()
    while k < width {
        total += (x[k] - y[k]) * (x[k] - y[k])
        k += 1
    }
    return total
}

extension Tensor {
    /// The rows as vectors of `Double`: images or points as the feature vectors the metrics take.
    public var featureRows: [[Double]] { rowArrays.map { $0.map(Double.init) } }
}

extension Array where Element == Point {
    /// The points as two-value feature vectors, for the metrics that take vectors.
    public var featureRows: [[Double]] { map { [$0.x, $0.y] } }
}
