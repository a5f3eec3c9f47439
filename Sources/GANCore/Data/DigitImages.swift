import Foundation

/// A procedural data set of small grayscale digits, 0 to 9, 16 x 16 pixels: an MNIST in miniature that
/// needs no download and is the same on every machine.
///
/// How an image is drawn: each digit is a template of pen strokes (``DigitStrokes``: polylines and
/// elliptical arcs in a unit box). For every image a random style bends the strokes with a gentle wave,
/// scales the box (10 to 12.5 pixels tall, 0.6 to 0.85 as wide as tall), slants it (a shear of up to
/// 0.3), moves it up to 1.3 pixels from the centre and picks a pen 1 to 2.1 pixels wide. A pixel's ink
/// is then 1 within half a pen width of the nearest stroke, fading linearly to 0 over the next pixel
/// (anti-aliasing), and Gaussian pixel noise (standard deviation `noise`) is added and clipped to 0...1.
/// Values are 0 for paper and 1 for ink, one image per row of ``images``, pixels row by row.
///
/// Image `i` has label `i % 10` and is drawn from its own generators seeded by (`seed`, `i`), one for
/// the style and one for the noise: a larger set begins with the images of a smaller one, and the same
/// seed with `noise: 0` gives the very same drawings without noise.
public struct DigitImages {
    /// The width and height of an image, in pixels.
    public static let side = 16
    /// The number of pixels of an image, 256.
    public static let pixelCount = side * side
    /// The number of classes, 10.
    public static let classCount = 10

    /// The images, one per row: `count` x 256, values in 0...1.
    public let images: Tensor
    /// The digit of each image, 0...9.
    public let labels: [Int]

    /// Draws `count` images from `seed`, with pixel noise of standard deviation `noise`.
    public init(count: Int, seed: UInt64, noise: Double = 0.05) {
        require(count >= 0, "DigitImages: count must not be negative, got \(count)")
        require(noise >= 0, "DigitImages: noise must not be negative, got \(noise)")
        var pixels = [Float]()
        pixels.reserveCapacity(count * Self.pixelCount)
        for index in 0..<count {
            var styleRNG = RNG(seed: Self.streamSeed(seed, index, stream: 0))
            var noiseRNG = RNG(seed: Self.streamSeed(seed, index, stream: 1))
            let segments = Self.segments(of: index % Self.classCount, using: &styleRNG)
            let pen = styleRNG.uniform(1, 2.1)
            pixels += Self.render(segments, pen: pen, noise: noise, using: &noiseRNG)
        }
        images = Tensor(rows: count, cols: Self.pixelCount, data: pixels)
        labels = (0..<count).map { $0 % Self.classCount }
    }

    /// The number of images.
    public var count: Int { labels.count }

    /// `count` images picked at random (with replacement) and their labels: a minibatch.
    public func randomBatch(_ count: Int, using rng: inout RNG) -> (images: Tensor, labels: [Int]) {
        require(self.count > 0, "DigitImages.randomBatch: the data set is empty")
        let picks = (0..<count).map { _ in Int(rng.next() % UInt64(self.count)) }
        let width = Self.pixelCount
        var values = [Float]()
        values.reserveCapacity(count * width)
        for pick in picks { values += images.data[pick * width..<(pick + 1) * width] }
        return (Tensor(rows: count, cols: width, data: values), picks.map { labels[$0] })
    }

    // MARK: - Drawing

    /// A straight piece of a stroke, in pixel coordinates.
    struct Segment {
        var x0, y0, x1, y1: Double
    }

    /// A seed for one image's generator: different for every (seed, index, stream).
    static func streamSeed(_ seed: UInt64, _ index: Int, stream: UInt64) -> UInt64 {
        var mixer = SplitMix64(state: seed)
        return mixer.next() &+ UInt64(index) &* 2 &+ stream
    }

    /// The strokes of `digit` in pixel coordinates, bent, scaled, slanted and moved by a random style.
    static func segments(of digit: Int, using rng: inout RNG) -> [Segment] {
        let height = rng.uniform(10, 12.5)
        let width = height * rng.uniform(0.6, 0.85)
        let slant = rng.uniform(-0.3, 0.3)
        let centre = (x: Double(side) / 2 + rng.uniform(-1.3, 1.3), y: Double(side) / 2 + rng.uniform(-1.3, 1.3))
        let wave = (x: rng.uniform(0, 0.05), y: rng.uniform(0, 0.05))
        let phase = (x: rng.uniform(0, 2 * Double.pi), y: rng.uniform(0, 2 * Double.pi))
        func place(_ point: DigitStrokes.Point) -> (x: Double, y: Double) {
            let u = point.x + wave.x * sin(2 * Double.pi * point.y + phase.x)
            let v = point.y + wave.y * sin(2 * Double.pi * point.x + phase.y)
            return (centre.x + (u - 0.5) * width + slant * (0.5 - v) * height, centre.y + (v - 0.5) * height)
        }
        return DigitStrokes.strokes(of: digit).flatMap { stroke in
            zip(stroke, stroke.dropFirst()).map { start, end in
                let (a, b) = (place(start), place(end))
                return Segment(x0: a.x, y0: a.y, x1: b.x, y1: b.y)
            }
        }
    }

    /// The ink of every pixel for a pen `pen` pixels wide, plus clipped Gaussian noise.
    static func render(_ segments: [Segment], pen: Double, noise: Double, using rng: inout RNG) -> [Float] {
        // Each segment visits only the pixels its pen can reach: a box around it, not the whole image.
        let reach = pen / 2 + 0.5
        var nearest = [Double](repeating: .infinity, count: pixelCount)
        for segment in segments {
            let columns = pixelRange(min(segment.x0, segment.x1) - reach, max(segment.x0, segment.x1) + reach)
            let rows = pixelRange(min(segment.y0, segment.y1) - reach, max(segment.y0, segment.y1) + reach)
            for row in rows {
                for column in columns {
                    let d = distance(Double(column) + 0.5, Double(row) + 0.5, to: segment)
                    if d < nearest[row * side + column] { nearest[row * side + column] = d }
                }
            }
        }
        return nearest.map { distance in
            let ink = min(max(reach - distance, 0), 1)
            let noisy = noise > 0 ? ink + noise * rng.normal() : ink
            return Float(min(max(noisy, 0), 1))
        }
    }

    /// The pixels whose centres lie between `low` and `high`, clipped to the image.
    private static func pixelRange(_ low: Double, _ high: Double) -> Range<Int> {
        let first = min(max(0, Int((low - 0.5).rounded(.up))), side)
        let last = min(side - 1, Int((high - 0.5).rounded(.down)))
        return first..<max(first, last + 1)
    }

    /// The distance from (`x`, `y`) to the nearest point of `segment`.
    private static func distance(_ x: Double, _ y: Double, to segment: Segment) -> Double {
        let (dx, dy) = (segment.x1 - segment.x0, segment.y1 - segment.y0)
        let lengthSquared = dx * dx + dy * dy
        let t = lengthSquared > 0 ? min(max(((x - segment.x0) * dx + (y - segment.y0) * dy) / lengthSquared, 0), 1) : 0
        let (px, py) = (segment.x0 + t * dx - x, segment.y0 + t * dy - y)
        return (px * px + py * py).squareRoot()
    }
}
