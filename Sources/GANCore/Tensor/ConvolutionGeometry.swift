/// Where a 2-D convolution reads its input: the patches of a batch of NHWC images (see `ImageShape`).
///
/// Output pixel (oy, ox) sees the `kernel` x `kernel` window whose top-left corner is input pixel
/// (oy * stride - padding, ox * stride - padding); pixels outside the image read as zero. Gathering every
/// window into a row ("im2col") turns the convolution into one matrix product with the kernels, which the
/// fused multiply-add kernels of `matmul` then do at full speed; `addPatches` sends a gradient back along
/// the same paths ("col2im").
struct ConvolutionGeometry: Sendable, Equatable {
    /// One input image.
    let input: ImageShape
    /// The side of the square window.
    let kernel: Int
    /// How many pixels the window moves between output pixels.
    let stride: Int
    /// Zero pixels added on every side of the input.
    let padding: Int

    /// A geometry whose window fits at least once into the padded input.
    init(input: ImageShape, kernel: Int, stride: Int, padding: Int) {
        require(kernel > 0 && stride > 0 && padding >= 0,
                "convolution: kernel \(kernel), stride \(stride), padding \(padding): kernel and stride must be "
                    + "positive, padding not negative")
        require(input.height + 2 * padding >= kernel && input.width + 2 * padding >= kernel,
                "convolution: a \(kernel)x\(kernel) kernel does not fit a \(input) image padded by \(padding)")
        self.input = input
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
    }

    /// The output's rows of pixels.
    var outputHeight: Int { (input.height + 2 * padding - kernel) / stride + 1 }
    /// The output's pixels per row.
    var outputWidth: Int { (input.width + 2 * padding - kernel) / stride + 1 }
    /// Values in one window: kernel x kernel pixels of all input channels, in the order (ky, kx, c).
    var patchSize: Int { kernel * kernel * input.channels }
    /// Windows (output pixels) per image.
    var patchesPerImage: Int { outputHeight * outputWidth }

    /// The kernel columns kx whose input column ox * stride - padding + kx lies inside the image.
    @inline(__always)
    private func insideColumns(_ ox: Int) -> Range<Int> {
        let left = ox * stride - padding
        return max(0, -left)..<min(kernel, input.width - left)
    }

    /// Calls `body(window, offset, pixel, count)` for every run of `count` values that window `window` of
    /// image `image` takes, at `offset` within the window's row, from input offset `pixel` (a run is the
    /// inside part of one kernel row), and `zero(window, offset, count)` for the parts outside the image.
    @inline(__always)
    private func forEachRun(
        image: Int, _ body: (_ window: Int, _ offset: Int, _ pixel: Int, _ count: Int) -> Void,
        zero: (_ window: Int, _ offset: Int, _ count: Int) -> Void
    ) {
        let c = input.channels
        let rowLength = kernel * c
        for oy in 0..<outputHeight {
            for ox in 0..<outputWidth {
                let window = (image * outputHeight + oy) * outputWidth + ox
                let columns = insideColumns(ox)
                let left = ox * stride - padding
                for ky in 0..<kernel {
                    let iy = oy * stride - padding + ky
                    let offset = ky * rowLength
                    guard iy >= 0 && iy < input.height && !columns.isEmpty else {
                        zero(window, offset, rowLength)
                        continue
                    }
                    if columns.lowerBound > 0 { zero(window, offset, columns.lowerBound * c) }
                    let pixel = ((image * input.height + iy) * input.width + left + columns.lowerBound) * c
                    body(window, offset + columns.lowerBound * c, pixel, columns.count * c)
                    if columns.upperBound < kernel {
                        zero(window, offset + columns.upperBound * c, (kernel - columns.upperBound) * c)
                    }
                }
            }
        }
    }

    /// Writes the windows of image `image` of `x` into rows of `patches` (patchSize values each).
    func gather(image: Int, from x: UnsafePointer<Float>, into patches: UnsafeMutablePointer<Float>) {
        let size = patchSize
        forEachRun(image: image) { window, offset, pixel, count in
            (patches + window * size + offset).update(from: x + pixel, count: count)
        } zero: { window, offset, count in
            (patches + window * size + offset).update(repeating: 0, count: count)
        }
    }

    /// Adds every window row's values of image `image` back onto the input pixels they were read from,
    /// window after window, so each input value sums its terms in one fixed order.
    func scatterAdd(image: Int, from patches: UnsafePointer<Float>, into x: UnsafeMutablePointer<Float>) {
        let size = patchSize
        forEachRun(image: image) { window, offset, pixel, count in
            let (source, target) = (patches + window * size + offset, x + pixel)
            var i = 0
            while i + 8 <= count {
                MatrixKernels.store(MatrixKernels.load(target + i) + MatrixKernels.load(source + i), target + i)
                i += 8
            }
            while i < count {
                target[i] += source[i]
                i += 1
            }
        } zero: { _, _, _ in }
    }
}
