import Foundation

/// Adam (Kingma and Ba, 2015): steps scaled by running estimates of the gradient's
/// first and second moments, with their start-up bias corrected.
public final class Adam: Optimizer {
    /// The tensors it updates.
    public let parameters: [Tensor]
    /// The step size.
    public var learningRate: Float
    /// Decay of the first-moment (mean) estimate.
    public let beta1: Float
    /// Decay of the second-moment estimate.
    public let beta2: Float
    /// Added to the denominator so it never vanishes.
    public let epsilon: Float
    private var firstMoments: [[Float]]
    private var secondMoments: [[Float]]
    private var stepCount = 0

    /// An optimiser for `parameters`; the defaults are the paper's.
    public init(
        parameters: [Tensor], learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999,
        epsilon: Float = 1e-8
    ) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        firstMoments = parameters.map { Array(repeating: 0, count: $0.count) }
        secondMoments = firstMoments
    }

    /// Applies one update.
    public func step() {
        stepCount += 1
        let rule = UpdateRule(
            beta1: beta1, beta2: beta2, epsilon: epsilon,
            stepSize: learningRate / (1 - Float(pow(Double(beta1), Double(stepCount)))),
            correction2: 1 - Float(pow(Double(beta2), Double(stepCount))))
        for (index, p) in parameters.enumerated() where !p.grad.isEmpty {
            // Buffer pointers throughout (the gradient too), so the loop runs without bounds checks.
            p.grad.withUnsafeBufferPointer { grad in
                p.data.withUnsafeMutableBufferPointer { values in
                    firstMoments[index].withUnsafeMutableBufferPointer { m in
                        secondMoments[index].withUnsafeMutableBufferPointer { v in
                            // Every value is updated on its own, so large tensors are split into chunks
                            // that two threads can share without changing a bit.
                            let chunk = 4096
                            let chunks = (values.count + chunk - 1) / chunk
                            ParallelLoop.run(count: chunks, worthSharing: true) { part in
                                let range = part * chunk..<min(values.count, (part + 1) * chunk)
                                rule.update(range, grad.baseAddress!, m.baseAddress!, v.baseAddress!, values.baseAddress!)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The arithmetic of one Adam step, with this step's bias corrections.
    private struct UpdateRule {
        let beta1: Float
        let beta2: Float
        let epsilon: Float
        /// The learning rate divided by the first moment's correction.
        let stepSize: Float
        /// The second moment's correction, 1 - beta2^t.
        let correction2: Float

        /// Updates the moments and the values at `range`.
        func update(
            _ range: Range<Int>, _ grad: UnsafePointer<Float>, _ m: UnsafeMutablePointer<Float>,
            _ v: UnsafeMutablePointer<Float>, _ values: UnsafeMutablePointer<Float>
        ) {
            // Eight values at a time: the same operations lane by lane (sqrt and division are
            // correctly rounded in SIMD too), so the results equal the scalar loop's bit for bit.
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                let g = MatrixKernels.load(grad + i)
                let mi = beta1 * MatrixKernels.load(m + i) + (1 - beta1) * g
                let vi = beta2 * MatrixKernels.load(v + i) + (1 - beta2) * g * g
                let update = stepSize * mi / ((vi / correction2).squareRoot() + epsilon)
                MatrixKernels.store(mi, m + i)
                MatrixKernels.store(vi, v + i)
                MatrixKernels.store(MatrixKernels.load(values + i) - update, values + i)
                i += 8
            }
            for i in i..<range.upperBound {
                m[i] = beta1 * m[i] + (1 - beta1) * grad[i]
                v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i]
                values[i] -= stepSize * m[i] / ((v[i] / correction2).squareRoot() + epsilon)
            }
        }
    }
}
