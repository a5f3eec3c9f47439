/// Stochastic gradient descent with (heavy-ball) momentum: v = momentum * v + g; p -= lr * v.
public final class SGD: Optimizer {
    /// The tensors it updates.
    public let parameters: [Tensor]
    /// The step size.
    public var learningRate: Float
    /// The share of the previous velocity kept (0 gives plain SGD).
    public let momentum: Float
    private var velocities: [[Float]]

    /// An optimiser for `parameters`.
    public init(parameters: [Tensor], learningRate: Float, momentum: Float = 0) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        velocities = parameters.map { Array(repeating: 0, count: $0.count) }
    }

    /// Applies one update.
    public func step() {
        for (index, p) in parameters.enumerated() where !p.grad.isEmpty {
            var values = p.data
            let grad = p.grad
            for i in 0..<values.count {
                velocities[index][i] = momentum * velocities[index][i] + grad[i]
                values[i] -= learningRate * velocities[index][i]
            }
            p.assign(values)
        }
    }
}
