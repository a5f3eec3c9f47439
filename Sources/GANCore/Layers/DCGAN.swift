/// The generator and discriminator of a DCGAN in miniature, for small images (side a multiple of 4).
///
/// They follow the architecture guidelines of Radford, Metz and Chintala (2016, section 3): no pooling
/// (the discriminator downsamples with stride-2 convolutions), batch normalisation in the generator and the
/// discriminator except the generator's output and the discriminator's input layer, no hidden dense layers
/// beyond the generator's projection of the noise and the discriminator's final logit, ReLU in the
/// generator with tanh on its output, LeakyReLU (slope 0.2) in the discriminator, and weights drawn from
/// N(0, 0.02^2); the generator grows the image with fractionally-strided (transposed) convolutions of
/// kernel 4 and stride 2. Ours differ in two ways, for 16x16 images on a CPU: two stages instead of four,
/// with `width` and 2 `width` feature maps (the paper's LSUN model has 128 to 1024), and every convolution
/// has a bias (redundant before a batch norm, harmless). (`SequentialGANTrainer` also draws normal noise
/// where the paper draws uniform noise.)
public enum DCGAN {
    /// noise -> dense to (side/4)^2 x 2 width -> BN, ReLU -> 4x4 stride-2 transposed conv to `width` -> BN,
    /// ReLU -> 4x4 stride-2 transposed conv to the image's channels -> tanh: images in [-1, 1], one per row
    /// (NHWC).
    public static func generator(noise: Int, image: ImageShape, width: Int = 32, using rng: inout RNG) -> Sequential {
        require(image.height % 4 == 0 && image.width % 4 == 0, "DCGAN: image sides must be multiples of 4, got \(image)")
        let base = ImageShape(height: image.height / 4, width: image.width / 4, channels: 2 * width)
        let project = Dense(inputs: noise, outputs: base.count, using: &rng)
        project.weight.assign(Tensor.randomNormal(rows: noise, cols: base.count, std: 0.02, using: &rng).data)
        project.bias.assign(Array(repeating: 0, count: base.count))
        let grow1 = ConvTranspose2D(input: base, outputChannels: width, kernel: 4, stride: 2, padding: 1, using: &rng)
        let grow2 = ConvTranspose2D(input: grow1.output, outputChannels: image.channels, kernel: 4, stride: 2,
                                    padding: 1, using: &rng)
        return Sequential([project, BatchNorm(channels: base.channels), ActivationLayer(.relu),
                           grow1, BatchNorm(channels: width), ActivationLayer(.relu), grow2, ActivationLayer(.tanh)])
    }

    /// image -> 4x4 stride-2 conv to `width`, LeakyReLU -> 4x4 stride-2 conv to 2 `width` -> BN, LeakyReLU
    /// -> dense to one logit.
    public static func discriminator(image: ImageShape, width: Int = 32, using rng: inout RNG) -> Sequential {
        require(image.height % 4 == 0 && image.width % 4 == 0, "DCGAN: image sides must be multiples of 4, got \(image)")
        let conv1 = Conv2D(input: image, outputChannels: width, kernel: 4, stride: 2, padding: 1,
                           activation: .leakyRelu(slope: 0.2), using: &rng)
        let conv2 = Conv2D(input: conv1.output, outputChannels: 2 * width, kernel: 4, stride: 2, padding: 1, using: &rng)
        let logit = Dense(inputs: conv2.output.count, outputs: 1, using: &rng)
        logit.weight.assign(Tensor.randomNormal(rows: conv2.output.count, cols: 1, std: 0.02, using: &rng).data)
        logit.bias.assign([0])
        return Sequential([conv1, conv2, BatchNorm(channels: 2 * width), ActivationLayer(.leakyRelu(slope: 0.2)), logit])
    }
}
