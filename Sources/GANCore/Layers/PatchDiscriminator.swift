/// A conditional discriminator that judges an (input, output) pair of images patch by patch: pix2pix's
/// "PatchGAN" (Isola et al., 2017, arXiv:1611.07004, section 3.2.2).
///
/// It reads the pair concatenated on channels (`concatenatingChannels`), so it judges whether the output
/// fits its input, not merely whether it looks real, and it returns a map of logits, one per position,
/// each a verdict on the square patch of the pair that position can see. pix2pix averages the
/// verdicts into its loss; so does `binaryCrossEntropy` over the map. Because no verdict sees the whole
/// image, the discriminator can only enforce what is visible locally: crisp strokes and the texture of
/// the paper. The large-scale layout is left to the generator's L1 term.
///
/// Layers: a 4x4 stride-2 convolution to `width` channels with LeakyReLU 0.2 (no batch normalisation on
/// the input, as in pix2pix), a 3x3 stride-1 convolution to 2 `width` with batch normalisation and
/// LeakyReLU, and a 1x1 convolution to one logit. Each verdict therefore sees a patch of
/// `receptiveField` = 8 x 8 pixels, and neighbouring patches start 2 pixels apart; pix2pix's 70x70 PatchGAN
/// has five layers for 256x256 images.
public final class PatchDiscriminator: Layer {
    /// The shape of the input image of a pair (what the generator read).
    public let condition: ImageShape
    /// The shape of the output image of a pair (what the generator made, or the real target).
    public let image: ImageShape
    /// The layers, applied to the concatenated pair.
    public let network: Sequential
    /// The map of verdicts for one pair: one channel, one logit per patch.
    public let verdicts: ImageShape
    /// The side, in pixels, of the square patch that each verdict sees.
    public let receptiveField: Int

    /// A discriminator for pairs of `condition` and `image` images of the same size, weights drawn from
    /// N(0, 0.02^2).
    public init(condition: ImageShape, image: ImageShape, width: Int = 16, using rng: inout RNG) {
        require(condition.height == image.height && condition.width == image.width,
                "PatchDiscriminator: input \(condition) and output \(image) images must have the same size")
        require(width >= 1, "PatchDiscriminator: width must be positive, got \(width)")
        let pair = ImageShape(height: image.height, width: image.width, channels: condition.channels + image.channels)
        let conv1 = Conv2D(input: pair, outputChannels: width, kernel: 4, stride: 2, padding: 1,
                           activation: .leakyRelu(slope: 0.2), using: &rng)
        let conv2 = Conv2D(input: conv1.output, outputChannels: 2 * width, kernel: 3, stride: 1, padding: 1, using: &rng)
        let logits = Conv2D(input: conv2.output, outputChannels: 1, kernel: 1, using: &rng)
        network = Sequential([conv1, conv2, BatchNorm(channels: 2 * width), ActivationLayer(.leakyRelu(slope: 0.2)),
                              logits])
        self.condition = condition
        self.image = image
        verdicts = logits.output
        receptiveField = Self.receptiveField(of: [conv1, conv2, logits])
    }

    /// The side of the input window that one output pixel of `convolutions` (applied in order) depends on:
    /// working back from the output, each layer widens it to (r - 1) * stride + kernel.
    static func receptiveField(of convolutions: [Conv2D]) -> Int {
        convolutions.reversed().reduce(1) { r, conv in (r - 1) * conv.stride + conv.kernel }
    }

    /// The trainable tensors.
    public var parameters: [Tensor] { network.parameters }

    /// The logits of a batch of pairs already concatenated on channels (input's channels first), one row of
    /// `verdicts.count` logits per pair.
    public func callAsFunction(_ pairs: Tensor) -> Tensor { network(pairs) }

    /// The logits of a batch of (input, output) pairs, one row of `verdicts.count` logits per pair.
    public func callAsFunction(condition inputs: Tensor, image outputs: Tensor) -> Tensor {
        network(inputs.concatenatingChannels(outputs, shapes: (condition, image)))
    }

    /// Switches the batch normalisation between training and inference.
    public func setTraining(_ training: Bool) { network.setTraining(training) }

    /// Turns gradient tracking of every parameter on or off.
    public func setRequiresGrad(_ flag: Bool) { network.setRequiresGrad(flag) }
}
