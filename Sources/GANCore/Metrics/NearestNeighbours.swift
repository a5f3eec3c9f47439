/// The nearest row of a reference set to a sample, and how far it is (Euclidean distance).
public struct Neighbour: Sendable, Equatable {
    /// The index of the nearest reference row.
    public let index: Int
    /// The Euclidean distance to it.
    public let distance: Double
}

/// For each row of `samples`, its nearest row of `reference`: the test for memorisation that
/// Goodfellow et al. (2014, Figure 2) show beside their samples. Ties go to the lower index.
///
/// Squared differences are summed sixteen at a time in a fixed order, so the result is the same on
/// every machine; the sample rows are shared between two threads.
public func nearestNeighbours(of samples: Tensor, in reference: Tensor) -> [Neighbour] {
    require(samples.cols == reference.cols,
            "nearestNeighbours: samples have \(samples.cols) values per row, the reference set \(reference.cols)")
    require(reference.rows > 0, "nearestNeighbours: the reference set is empty")
    let width = samples.cols
    var found = [Neighbour](repeating: Neighbour(index: 0, distance: 0), count: samples.rows)
    samples.data.withUnsafeBufferPointer { sampleValues in
        reference.data.withUnsafeBufferPointer { referenceValues in
            found.withUnsafeMutableBufferPointer { output in
                let output = output.baseAddress!
                ParallelLoop.run(count: samples.rows, worthSharing: samples.rows * reference.count > 1 << 20) { row in
                    let sample = sampleValues.baseAddress! + row * width
                    var best = (index: 0, squared: Float.infinity)
                    for candidate in 0..<reference.rows {
                        let squared = squaredDistance(sample, referenceValues.baseAddress! + candidate * width, width)
                        if squared < best.squared { best = (candidate, squared) }
                    }
                    output[row] = Neighbour(index: best.index, distance: Double(best.squared).squareRoot())
                }
            }
        }
    }
    return found
}

/// The sum of squared differences of `count` values, sixteen lanes at a time, then the rest.
private func squaredDistance(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ count: Int) -> Float {
    var lanes = SIMD16<Float>()
    var i = 0
    while i + 16 <= count {
        let difference = UnsafeRawPointer(a + i).loadUnaligned(as: SIMD16<Float>.self)
            - UnsafeRawPointer(b + i).loadUnaligned(as: SIMD16<Float>.self)
        lanes += difference * difference
        i += 16
    }
    var total = lanes.sum()
    while i < count {
        total += (a[i] - b[i]) * (a[i] - b[i])
        i += 1
    }
    return total
}
