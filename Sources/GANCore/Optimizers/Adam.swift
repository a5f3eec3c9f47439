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
            // Buffer pointers throughout (the gradient too), so the loop runs without bounds checks.
            p.grad.withUnsafeBufferPointer { grad in
                p.data.withUnsafeMutableBufferPointer { values in
                    firstMoments[index].withUnsafeMutableBufferPointer { m in
                        secondMoments[index].withUnsafeMutableBufferPointer { v in
                            // Four values at a time: the same operations lane by lane (sqrt and division are
                            // correctly rounded in SIMD too), so the results equal the scalar loop's bit for bit.
                            var i = 0
                            while i + 4 <= values.count {
                                let g = Self.load(grad.baseAddress! + i)
                                let mi = beta1 * Self.load(m.baseAddress! + i) + (1 - beta1) * g
                                let vi = beta2 * Self.load(v.baseAddress! + i) + (1 - beta2) * g * g
                                let update = stepSize * mi / ((vi / correction2).squareRoot() + epsilon)
                                Self.store(mi, m.baseAddress! + i)
                                Self.store(vi, v.baseAddress! + i)
                                Self.store(Self.load(values.baseAddress! + i) - update, values.baseAddress! + i)
                                i += 4
                            }
                            for i in i..<values.count {
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

    private static func load(_ p: UnsafePointer<Float>) -> SIMD4<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Float>.self)
    }

    private static func load(_ p: UnsafeMutablePointer<Float>) -> SIMD4<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Float>.self)
    }

    private static func store(_ x: SIMD4<Float>, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: x, as: SIMD4<Float>.self)
    }
}
