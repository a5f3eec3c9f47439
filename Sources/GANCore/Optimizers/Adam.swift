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
        let correction1 = 1 - Float(pow(Double(beta1), Double(stepCount)))
        let correction2 = 1 - Float(pow(Double(beta2), Double(stepCount)))
        let stepSize = learningRate / correction1
        for (index, p) in parameters.enumerated() where !p.grad.isEmpty {
            let grad = p.grad
            p.data.withUnsafeMutableBufferPointer { values in
                firstMoments[index].withUnsafeMutableBufferPointer { m in
                    secondMoments[index].withUnsafeMutableBufferPointer { v in
                        for i in 0..<values.count {
                            m[i] = beta1 * m[i] + (1 - beta1) * grad[i]
                            v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i]
                            values[i] -= stepSize * m[i] / ((v[i] / correction2).squareRoot() + epsilon)
                        }
                    }
                }
            }
        }
    }
}
