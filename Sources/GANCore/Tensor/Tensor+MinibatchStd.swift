import Foundation

// MARK: - Minibatch standard deviation (Karras et al., 2018, section 3)

extension Tensor {
    /// This batch with one more column: within each group of `groupSize` consecutive rows, the standard
    /// deviation of every column over the group's rows, averaged over the columns, repeated on each row of the
    /// group. A discriminator that reads it sees how varied a group of samples is, which no single sample
    /// shows: a collapsed generator's groups have a small value. Karras et al. use groups of 4 and ε = 1e-8
    /// under the square root, as here.
    public func appendingMinibatchStd(groupSize: Int) -> Tensor {
        require(groupSize >= 2 && rows % groupSize == 0,
                "appendingMinibatchStd: \(rows) rows do not split into groups of \(groupSize) (at least 2)")
        let input = self
        let (n, d, groups) = (rows, cols, rows / groupSize)
        var means = [Double](repeating: 0, count: groups * d)
        var stds = [Double](repeating: 0, count: groups * d)
        var features = [Double](repeating: 0, count: groups)
        for g in 0..<groups {
            for j in 0..<d {
                var sum = 0.0
                for i in g * groupSize..<(g + 1) * groupSize { sum += Double(data[i * d + j]) }
                let mean = sum / Double(groupSize)
                var squares = 0.0
                for i in g * groupSize..<(g + 1) * groupSize {
                    let deviation = Double(data[i * d + j]) - mean
                    squares += deviation * deviation
                }
                means[g * d + j] = mean
                stds[g * d + j] = (squares / Double(groupSize) + 1e-8).squareRoot()
                features[g] += stds[g * d + j] / Double(d)
            }
        }
        var values = [Float](repeating: 0, count: n * (d + 1))
        for i in 0..<n {
            for j in 0..<d { values[i * (d + 1) + j] = data[i * d + j] }
            values[i * (d + 1) + d] = Float(features[i / groupSize])
        }
        return Tensor(rows: n, cols: d + 1, data: values, parents: [input]) { out in
            input.withGrad { g in
                for group in 0..<groups {
                    // d(feature)/d(x_ij) = (x_ij - mean_j) / (groupSize * std_j * d); the mean's own dependence
                    // on x_ij cancels because the deviations of a group sum to zero.
                    var featureGrad = 0.0
                    for i in group * groupSize..<(group + 1) * groupSize { featureGrad += Double(out.grad[i * (d + 1) + d]) }
                    for i in group * groupSize..<(group + 1) * groupSize {
                        for j in 0..<d {
                            let k = group * d + j
                            let local = (Double(input.data[i * d + j]) - means[k]) / (Double(groupSize) * stds[k] * Double(d))
                            g[i * d + j] += out.grad[i * (d + 1) + j] + Float(featureGrad * local)
                        }
                    }
                }
            }
        }
    }
}
