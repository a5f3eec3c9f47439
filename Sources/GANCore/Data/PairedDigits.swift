/// A procedural data set for image-to-image translation: pairs of 16 x 16 images, a digit's pen path (the
/// input) and the digit as it was inked (the target), made in code, the same on every machine.
///
/// How a pair is made: image `i` of ``DigitImages`` with the same `seed` is drawn from strokes bent,
/// scaled, slanted and moved by a random style, with a pen 1 to 2.1 pixels wide and pixel noise of
/// standard deviation `noise`; that image is the target, bit for bit. The input is the same bent strokes
/// drawn with the thinnest pen (1 pixel: ink 1 on the stroke, fading to 0 one pixel away) and no noise,
/// like a pencil sketch traced along the middle of the stroke. The input fixes where the ink goes but not
/// how much: the pen's width and the grain of the noise are drawn independently of it, so even a perfect
/// translator can only guess them, which is what separates an L1 loss (a per-pixel median guess) from an
/// adversarial one (a guess that looks real). Values are 0 for paper and 1 for ink.
public struct PairedDigits {
    /// The shape of every image: 16x16, one channel.
    public static let shape = ImageShape(height: DigitImages.side, width: DigitImages.side, channels: 1)

    /// The pen paths, one image per row: `count` x 256, values in 0...1.
    public let inputs: Tensor
    /// The inked digits, one image per row, the same as `DigitImages(count:seed:noise:).images`.
    public let targets: Tensor
    /// The digit of each pair, 0...9.
    public let labels: [Int]

    /// Makes `count` pairs from `seed`, with target pixel noise of standard deviation `noise`.
    public init(count: Int, seed: UInt64, noise: Double = 0.05) {
        require(count >= 0, "PairedDigits: count must not be negative, got \(count)")
        require(noise >= 0, "PairedDigits: noise must not be negative, got \(noise)")
        let digits = DigitImages(count: count, seed: seed, noise: noise)
        // The style generator of each image of `digits`, replayed: the very same strokes.
        inputs = Self.drawings(count: count, seed: seed, pen: 1)
        targets = digits.images
        labels = digits.labels
    }

    /// The number of pairs.
    public var count: Int { labels.count }

    /// The strokes of the first `count` pairs of `seed` inked with one fixed `pen` width (in pixels) and
    /// no noise, one image per row: `pen: 1` gives the inputs; the median width of the targets' pens,
    /// 1.55, gives the per-pixel median of the inkings an input allows, since ink only grows with the pen.
    public static func drawings(count: Int, seed: UInt64, pen: Double) -> Tensor {
        require(count >= 0, "PairedDigits.drawings: count must not be negative, got \(count)")
        require(pen > 0, "PairedDigits.drawings: pen must be positive, got \(pen)")
        var pixels = [Float]()
        pixels.reserveCapacity(count * DigitImages.pixelCount)
        for index in 0..<count {
            var styleRNG = RNG(seed: DigitImages.streamSeed(seed, index, stream: 0))
            var unused = RNG(seed: 0)
            let segments = DigitImages.segments(of: index % DigitImages.classCount, using: &styleRNG)
            pixels += DigitImages.render(segments, pen: pen, noise: 0, using: &unused)
        }
        return Tensor(rows: count, cols: DigitImages.pixelCount, data: pixels)
    }

    /// `count` pairs picked at random (with replacement): a minibatch of inputs and their targets.
    public func randomBatch(_ count: Int, using rng: inout RNG) -> (inputs: Tensor, targets: Tensor) {
        require(self.count > 0, "PairedDigits.randomBatch: the data set is empty")
        let picks = (0..<count).map { _ in Int(rng.next() % UInt64(self.count)) }
        let width = DigitImages.pixelCount
        func gather(_ images: Tensor) -> Tensor {
            Tensor(rows: count, cols: width, data: picks.flatMap { images.data[$0 * width..<($0 + 1) * width] })
        }
        return (gather(inputs), gather(targets))
    }
}
