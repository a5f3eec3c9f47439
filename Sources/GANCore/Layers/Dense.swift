/// A fully connected layer, `activation(x * weight + bias)`, for a batch `x` with one example per row.
public final class Dense {
    /// The weights, inputs x outputs.
    public let weight: Tensor
    /// The bias, one row of outputs.
    public let bias: Tensor
    /// The nonlinearity after the affine map.
    public let activation: Activation

    /// A layer whose weights and bias are drawn uniformly from +-1/sqrt(inputs)
    /// (the default of PyTorch's `nn.Linear`), so a seed fixes them.
    public init(inputs: Int, outputs: Int, activation: Activation = .identity, using rng: inout RNG) {
        let bound = 1 / Double(inputs).squareRoot()
        let draw = { (rng: inout RNG) in Float(rng.uniform(-bound, bound)) }
        weight = Tensor(
            rows: inputs, cols: outputs,
            data: (0..<inputs * outputs).map { _ in draw(&rng) }, requiresGrad: true)
        bias = Tensor(rows: 1, cols: outputs, data: (0..<outputs).map { _ in draw(&rng) }, requiresGrad: true)
        self.activation = activation
    }

    /// The number of inputs per example.
    public var inputs: Int { weight.rows }
    /// The number of outputs per example.
    public var outputs: Int { weight.cols }
    /// The trainable tensors: weight, then bias.
    public var parameters: [Tensor] { [weight, bias] }

    /// Applies the layer to a batch (one example per row).
    public func callAsFunction(_ x: Tensor) -> Tensor {
        x.dense(weight, bias, activation: activation)
    }
}
