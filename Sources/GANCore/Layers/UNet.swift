/// An encoder-decoder for image-to-image translation whose decoder also reads the encoder's feature maps
/// of the same size: the U-Net of Ronneberger, Fischer and Brox (2015), as pix2pix's generator uses it
/// (Isola, Zhu, Zhou and Efros, 2017, arXiv:1611.07004, section 3.2.1 and appendix 6.1.1).
///
/// The encoder halves the image `depth` times with 4x4 stride-2 convolutions (`width`, 2 `width`,
/// 4 `width`, ... channels, at most 8 `width`): the first without batch normalisation, the middle ones with
/// it, each followed by LeakyReLU 0.2; the innermost (the bottleneck) with ReLU and no normalisation, as in
/// the pix2pix code. The decoder doubles the image back with 4x4 stride-2 transposed convolutions, each
/// followed by batch normalisation and ReLU, and the last by tanh, giving `outputChannels` channels in
/// -1...1. With `skips`, every decoder stage but the first reads its predecessor's feature maps
/// concatenated on channels with the encoder's maps of the same size (`concatenatingChannels`), so detail
/// that input and output share can bypass the bottleneck. Without `skips` the network is pix2pix's
/// "encoder-decoder" ablation: the same stages, the decoder reading only what came through the bottleneck.
/// Ours is smaller than pix2pix's (8 stages for 256x256 images, 64 to 512 channels) and has no dropout:
/// it is deterministic, where pix2pix keeps dropout at test time as its only noise.
public final class UNet: Layer {
    /// The shape of one input image.
    public let input: ImageShape
    /// The shape of one output image: the input's size with `outputChannels` channels.
    public let output: ImageShape
    /// Whether the decoder reads the encoder's feature maps (a U-Net) or not (an encoder-decoder).
    public let skips: Bool
    /// The encoder's stages, outermost first.
    public let encoder: [Sequential]
    /// The decoder's stages, innermost first.
    public let decoder: [Sequential]
    /// The shape of each encoder stage's output, outermost first (the last is the bottleneck).
    public let encoderShapes: [ImageShape]

    /// A network for `input` images (sides divisible by 2^`depth`), weights drawn from N(0, 0.02^2) as in
    /// pix2pix (and DCGAN).
    public init(
        input: ImageShape, outputChannels: Int, depth: Int = 3, width: Int = 16, skips: Bool = true,
        using rng: inout RNG
    ) {
        let problem = Self.configurationProblem(input: input, outputChannels: outputChannels, depth: depth, width: width)
        require(problem == nil, problem!)
        var encoder: [Sequential] = []
        var shapes: [ImageShape] = []
        var shape = input
        for stage in 0..<depth {
            let channels = width * min(1 << stage, 8)
            let conv = Conv2D(input: shape, outputChannels: channels, kernel: 4, stride: 2, padding: 1, using: &rng)
            let innermost = stage == depth - 1
            let layers: [any Layer] = innermost ? [conv, ActivationLayer(.relu)]
                : stage == 0 ? [conv, ActivationLayer(.leakyRelu(slope: 0.2))]
                : [conv, BatchNorm(channels: channels), ActivationLayer(.leakyRelu(slope: 0.2))]
            encoder.append(Sequential(layers))
            shape = conv.output
            shapes.append(shape)
        }
        var decoder: [Sequential] = []
        for stage in 0..<depth {
            let skip = depth - 1 - stage  // the encoder stage whose output size this stage reads
            let reads = ImageShape(height: shape.height, width: shape.width,
                                   channels: shape.channels + (skips && stage > 0 ? shapes[skip].channels : 0))
            let last = stage == depth - 1
            let channels = last ? outputChannels : shapes[skip - 1].channels
            let grow = ConvTranspose2D(input: reads, outputChannels: channels, kernel: 4, stride: 2, padding: 1,
                                       using: &rng)
            decoder.append(Sequential(last ? [grow, ActivationLayer(.tanh)]
                                           : [grow, BatchNorm(channels: channels), ActivationLayer(.relu)]))
            shape = grow.output
        }
        self.input = input
        self.output = shape
        self.skips = skips
        self.encoder = encoder
        self.decoder = decoder
        self.encoderShapes = shapes
    }

    /// Why a U-Net of these sizes cannot be built, or nil when it can: the message `init` stops with.
    static func configurationProblem(input: ImageShape, outputChannels: Int, depth: Int, width: Int) -> String? {
        if depth < 1 || width < 1 || outputChannels < 1 {
            return "UNet: depth, width and outputChannels must be positive, got \(depth), \(width), \(outputChannels)"
        }
        let step = 1 << min(depth, 30)
        if input.height % step != 0 || input.width % step != 0 {
            return "UNet: image sides must be multiples of 2^depth = \(step), got \(input); lower the depth"
        }
        return nil
    }

    /// The trainable tensors: the encoder's stages, then the decoder's.
    public var parameters: [Tensor] { (encoder + decoder).flatMap(\.parameters) }

    /// The number of trainable values.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// Translates a batch of images, one per row (NHWC).
    public func callAsFunction(_ x: Tensor) -> Tensor {
        require(x.cols == input.count, "UNet: rows of \(x.cols) values are not \(input) images")
        var features: [Tensor] = []
        var h = x
        for stage in encoder {
            h = stage(h)
            features.append(h)
        }
        let depth = encoder.count
        for (stage, layers) in decoder.enumerated() {
            if skips && stage > 0 {
                let skip = depth - 1 - stage
                h = h.concatenatingChannels(features[skip], shapes: (encoderShapes[skip], encoderShapes[skip]))
            }
            h = layers(h)
        }
        return h
    }

    /// Switches every batch normalisation between training and inference (see `Sequential.setTraining`).
    public func setTraining(_ training: Bool) {
        for stage in encoder + decoder { stage.setTraining(training) }
    }

    /// Turns gradient tracking of every parameter on or off.
    public func setRequiresGrad(_ flag: Bool) {
        for p in parameters { p.requiresGrad = flag }
    }
}
