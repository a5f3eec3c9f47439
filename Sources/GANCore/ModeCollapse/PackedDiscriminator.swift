/// A discriminator that judges m samples at once (PacGAN, Lin et al., 2018): the m samples of a pack are
/// placed side by side in one row of m · d values and an ordinary MLP maps that row to one logit. Real packs
/// hold m real samples, generated packs m generated ones. A generator that has dropped modes makes packs whose
/// samples too often come from the same few modes, and a packed discriminator can see that; one sample alone
/// cannot show it.
public final class PackedDiscriminator: Discriminator {
    /// The network that reads a whole pack, m · d inputs.
    public let network: MLP
    /// m, the samples in each pack.
    public let packing: Int

    /// A packed discriminator with the hidden layers of `sizes` (given per sample, e.g. `[2, 128, 128, 1]`):
    /// only the first layer widens, to m · sizes[0] inputs, as in the paper.
    public init(packing: Int, sizes: [Int], activation: Activation = .relu, using rng: inout RNG) {
        require(packing >= 1, "PackedDiscriminator: packing must be at least 1, got \(packing)")
        require(sizes.count >= 2 && sizes.last == 1, "PackedDiscriminator: needs an input size and one logit, got \(sizes)")
        self.packing = packing
        network = MLP(sizes: [sizes[0] * packing] + sizes.dropFirst(), activation: activation, using: &rng)
    }

    /// The values of one sample: the network's inputs over m.
    public var sampleWidth: Int { network.layers[0].inputs / packing }
    /// m.
    public var samplesPerDecision: Int { packing }
    /// The network's parameters.
    public var parameters: [Tensor] { network.parameters }

    /// One logit per pack of m consecutive rows.
    public func callAsFunction(_ samples: Tensor) -> Tensor {
        require(samples.rows % packing == 0,
                "PackedDiscriminator: \(samples.rows) samples do not fill packs of \(packing)")
        return network(samples.reshaped(rows: samples.rows / packing, cols: samples.cols * packing))
    }
}
