/// A discriminator with a minibatch standard deviation layer (Karras et al., 2018, section 3): its hidden
/// layers run as usual, then each sample's last hidden features get one more value, the spread of those
/// features over the sample's group (`Tensor.appendingMinibatchStd`), before the output layer. A group of
/// generated samples that all look alike has a small spread, so the discriminator can reject collapse itself.
public final class MinibatchStdDiscriminator: Discriminator {
    /// The hidden layers, sample to features.
    public let body: MLP
    /// The output layer, features plus the spread to one logit.
    public let head: MLP
    /// The rows per group; the trainer's batch size must be a multiple of it so that real and generated
    /// samples never share a group.
    public let groupSize: Int

    /// The network of `sizes` (e.g. `[2, 128, 128, 1]`) with the spread added before its last layer.
    public init(sizes: [Int], activation: Activation = .relu, groupSize: Int = 4, using rng: inout RNG) {
        require(sizes.count >= 3 && sizes.last == 1,
                "MinibatchStdDiscriminator: needs a hidden layer and one logit, got \(sizes)")
        self.groupSize = groupSize
        body = MLP(sizes: Array(sizes.dropLast()), activation: activation, output: activation, using: &rng)
        head = MLP(sizes: [sizes[sizes.count - 2] + 1, 1], using: &rng)
    }

    /// The width of the first layer.
    public var sampleWidth: Int { body.layers[0].inputs }
    /// 1: each sample gets its own logit (its group only adds a feature).
    public var samplesPerDecision: Int { 1 }
    /// The body's parameters, then the head's.
    public var parameters: [Tensor] { body.parameters + head.parameters }

    /// One logit per sample; the row count must be a multiple of `groupSize`.
    public func callAsFunction(_ samples: Tensor) -> Tensor {
        head(body(samples).appendingMinibatchStd(groupSize: groupSize))
    }
}
