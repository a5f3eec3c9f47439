/// One stage of a network: it maps a batch (one example per row) to a batch and owns its parameters.
public protocol Layer: AnyObject {
    /// The trainable tensors.
    var parameters: [Tensor] { get }
    /// Applies the layer to a batch, one example per row.
    func callAsFunction(_ x: Tensor) -> Tensor
}

extension Dense: Layer {}

/// A nonlinearity on its own, for where it cannot be fused into the layer before it (after a batch norm).
public final class ActivationLayer: Layer {
    /// The function applied to every value.
    public let activation: Activation

    /// A layer that applies `activation`.
    public init(_ activation: Activation) {
        self.activation = activation
    }

    /// None: an activation has no parameters.
    public var parameters: [Tensor] { [] }

    /// Applies the nonlinearity.
    public func callAsFunction(_ x: Tensor) -> Tensor { activation(x) }
}

/// Layers applied one after another, such as a DCGAN generator or discriminator.
public final class Sequential: Layer {
    /// The layers, input first.
    public let layers: [any Layer]

    /// A network of `layers`, applied in order.
    public init(_ layers: [any Layer]) {
        require(!layers.isEmpty, "Sequential: needs at least one layer")
        self.layers = layers
    }

    /// The trainable tensors of every layer, in order.
    public var parameters: [Tensor] { layers.flatMap(\.parameters) }

    /// The number of trainable values.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// Applies the layers in turn.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        layers.reduce(x) { $1($0) }
    }

    /// Switches every batch normalisation between training (batch statistics, running averages updated)
    /// and inference (running averages used).
    public func setTraining(_ training: Bool) {
        for layer in layers {
            (layer as? BatchNorm)?.training = training
            (layer as? Sequential)?.setTraining(training)
        }
    }

    /// Turns gradient tracking of every parameter on or off (off while the other network trains).
    public func setRequiresGrad(_ flag: Bool) {
        for p in parameters { p.requiresGrad = flag }
    }
}
