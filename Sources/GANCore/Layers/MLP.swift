/// A multi-layer perceptron: dense layers with one hidden nonlinearity and a chosen output nonlinearity.
public final class MLP {
    /// The layers, input first.
    public let layers: [Dense]

    /// A perceptron through the given widths, e.g. `[2, 128, 128, 1]`: hidden layers use
    /// `activation`, the last layer `output` (identity by default, giving logits).
    public init(
        sizes: [Int], activation: Activation = .relu, output: Activation = .identity, using rng: inout RNG
    ) {
        require(sizes.count >= 2, "MLP: needs at least an input and an output size, got \(sizes)")
        var layers: [Dense] = []
        for (index, (inputs, outputs)) in zip(sizes, sizes.dropFirst()).enumerated() {
            let isLast = index == sizes.count - 2
            layers.append(Dense(inputs: inputs, outputs: outputs, activation: isLast ? output : activation, using: &rng))
        }
        self.layers = layers
    }

    /// The trainable tensors of every layer, in order.
    public var parameters: [Tensor] { layers.flatMap(\.parameters) }

    /// The number of trainable values.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// Applies the layers in turn to a batch (one example per row).
    public func callAsFunction(_ x: Tensor) -> Tensor {
        require(x.cols == layers[0].inputs, "MLP: input shape \(x.shape) does not fit \(layers[0].inputs) inputs")
        return layers.reduce(x) { $1($0) }
    }

    /// Turns gradient tracking of every parameter on or off (off while the other network trains).
    public func setRequiresGrad(_ flag: Bool) {
        for p in parameters { p.requiresGrad = flag }
    }
}
