// MARK: - Nearest-neighbour upsampling

extension Tensor {
    /// Each pixel of a batch of NHWC images (one per row, see `ImageShape`) repeated into a `factor` x
    /// `factor` block: `[images, input.count]` becomes `[images, input.count * factor * factor]`.
    /// Backward sums each block's gradients (row by row of the block) into its source pixel.
    public func upsampled(input: ImageShape, factor: Int) -> Tensor {
        require(cols == input.count, "upsampled: rows of \(cols) values are not \(input) images")
        require(factor >= 1, "upsampled: factor \(factor) must be at least 1")
        let source = self
        let (h, w, c) = (input.height, input.width, input.channels)
        let outWidth = w * factor
        let outCols = cols * factor * factor
        /// The offset of output pixel (y, x) of image n, and of its source pixel.
        func offsets(_ n: Int, _ y: Int, _ x: Int) -> (out: Int, source: Int) {
            (n * outCols + (y * outWidth + x) * c, n * cols + ((y / factor) * w + x / factor) * c)
        }
        let values = [Float](unsafeUninitializedCapacity: rows * outCols) { out, initialized in
            data.withUnsafeBufferPointer { x in
                for n in 0..<rows {
                    for y in 0..<h * factor {
                        for xo in 0..<outWidth {
                            let (o, s) = offsets(n, y, xo)
                            (out.baseAddress! + o).initialize(from: x.baseAddress! + s, count: c)
                        }
                    }
                }
            }
            initialized = rows * outCols
        }
        return Tensor(rows: rows, cols: outCols, data: values, parents: [source]) { out in
            out.grad.withUnsafeBufferPointer { g in
                source.withGrad { sourceGrad in
                    for n in 0..<out.rows {
                        for y in 0..<h * factor {
                            for xo in 0..<outWidth {
                                let (o, s) = offsets(n, y, xo)
                                for i in 0..<c { sourceGrad[s + i] += g[o + i] }
                            }
                        }
                    }
                }
            }
        }
    }
}
