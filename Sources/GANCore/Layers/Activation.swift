/// The nonlinearity applied after a dense layer.
public enum Activation: Sendable, Equatable {
    /// No nonlinearity: the layer stays affine (used for output logits).
    case identity
    /// max(x, 0).
    case relu
    /// x for x > 0, otherwise `slope * x`.
    case leakyRelu(slope: Float)
    /// Hyperbolic tangent.
    case tanh
    /// The logistic function.
    case sigmoid

    /// Applies the nonlinearity to a tensor.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        switch self {
        case .identity: x
        case .relu: x.relu()
        case .leakyRelu(let slope): x.leakyRelu(slope: slope)
        case .tanh: x.tanh()
        case .sigmoid: x.sigmoid()
        }
    }
}
