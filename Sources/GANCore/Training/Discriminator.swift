/// What `GANTrainer` needs from a discriminator: it reads samples, one per row, and returns one logit
/// (log D / (1 - D)) per decision. A plain `MLP` decides on each sample alone; a `PackedDiscriminator`
/// decides on m samples at once (PacGAN), so the trainer feeds it m times as many rows.
public protocol Discriminator: AnyObject {
    /// The values of one sample.
    var sampleWidth: Int { get }
    /// The samples behind each logit: 1 for a plain discriminator, m for packing.
    var samplesPerDecision: Int { get }
    /// The trainable tensors.
    var parameters: [Tensor] { get }
    /// The logits of a batch whose row count is a multiple of `samplesPerDecision`.
    func callAsFunction(_ samples: Tensor) -> Tensor
}

extension Discriminator {
    /// Turns gradient tracking of every parameter on or off (off while the generator trains).
    public func setRequiresGrad(_ flag: Bool) {
        for p in parameters { p.requiresGrad = flag }
    }
}

extension MLP: Discriminator {
    /// The width of the first layer.
    public var sampleWidth: Int { layers[0].inputs }
    /// 1: an MLP judges each sample alone.
    public var samplesPerDecision: Int { 1 }
}
