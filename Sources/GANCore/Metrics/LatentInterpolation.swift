import Foundation

/// How to walk from one noise vector to another.
public enum LatentInterpolation: Sendable {
    /// Along the straight line: (1 − t) a + t b.
    case linear
    /// Along the arc between the two directions (slerp; White, 2016, "Sampling generative networks"): for
    /// ends of equal length every point keeps that length, whereas a straight line's midpoint is shorter
    /// than typical Gaussian noise of many dimensions.
    case spherical
}

/// `steps` points from each row of `start` to the same row of `end` (t = 0, 1/(steps − 1), …, 1), the
/// paths one after another: rows 0..<steps are the first path. Both tensors must have the same shape.
public func interpolate(
    from start: Tensor, to end: Tensor, steps: Int, _ kind: LatentInterpolation = .linear
) throws(MetricInputError) -> Tensor {
    guard start.rows == end.rows, start.cols == end.cols else {
        throw MetricInputError("interpolate: start is \(start.rows) x \(start.cols) but end is "
            + "\(end.rows) x \(end.cols); pass one end row for each start row, of the same width")
    }
    guard steps >= 2 else { throw MetricInputError("interpolate: steps must be at least 2 (both ends), got \(steps)") }
    let width = start.cols
    var values = [Float]()
    values.reserveCapacity(start.rows * steps * width)
    for row in 0..<start.rows {
        let a = start.data[row * width..<(row + 1) * width].map(Double.init)
        let b = end.data[row * width..<(row + 1) * width].map(Double.init)
        for step in 0..<steps {
            let (wa, wb) = weights(a, b, t: Double(step) / Double(steps - 1), kind)
            values += zip(a, b).map { Float(wa * $0 + wb * $1) }
        }
    }
    return Tensor(rows: start.rows * steps, cols: width, data: values)
}

/// The weights of a and b at t; a spherical path between (nearly) parallel vectors is the straight one.
private func weights(_ a: [Double], _ b: [Double], t: Double, _ kind: LatentInterpolation) -> (Double, Double) {
    guard case .spherical = kind else { return (1 - t, t) }
    let dot = zip(a, b).reduce(0.0) { $0 + $1.0 * $1.1 }
    let lengths = (a.reduce(0.0) { $0 + $1 * $1 } * b.reduce(0.0) { $0 + $1 * $1 }).squareRoot()
    guard lengths > 0 else { return (1 - t, t) }
    let angle = acos(min(max(dot / lengths, -1), 1))
    guard sin(angle) > 1e-6 else { return (1 - t, t) }
    return (sin((1 - t) * angle) / sin(angle), sin(t * angle) / sin(angle))
}
