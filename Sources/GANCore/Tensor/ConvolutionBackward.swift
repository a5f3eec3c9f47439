/// The backward pass of `conv2d`, given G = dL/d(P * w + b) for the im2col matrix P (pixels x size) and
/// the kernels w (size x channels):
/// dL/db = the column sums of G; dL/dw = P^T * G; dL/dP = G * w^T, whose rows go back to their windows.
///
/// Every sum runs over the pixels (or the channels) in order with fused multiply-adds, as in `matmul`.
/// The weight gradient is computed as its transpose, G^T * P, when there are 16 channels or more: the
/// kernel then streams P row by row instead of reading it down its columns, and each element is still the
/// same fma chain over the pixels (a * b = b * a exactly), so the bits do not change.
struct ConvolutionBackward {
    /// Output pixels of all images: the rows of P and G.
    let pixels: Int
    /// Values in one window: the columns of P.
    let size: Int
    /// Output channels: the columns of G.
    let channels: Int
    /// G, pixels x channels.
    let pixelGrad: [Float]
    /// P, pixels x size.
    let patches: [Float]

    /// Adds the gradients to x, w and b (those that require them).
    func run(_ x: Tensor, _ w: Tensor, _ b: Tensor, _ geometry: ConvolutionGeometry) {
        pixelGrad.withUnsafeBufferPointer { g in
            patches.withUnsafeBufferPointer { p in
                if b.requiresGrad {
                    b.withGrad { MatrixKernels.addRows(g.baseAddress!, rows: pixels, cols: channels, into: $0.baseAddress!) }
                }
                if w.requiresGrad { weightGradient(w, g.baseAddress!, p.baseAddress!) }
            }
            if x.requiresGrad { inputGradient(x, w, g.baseAddress!, geometry) }
        }
    }

    /// The backward pass of `transposedConv2d`, where P holds the output's gradient window by window and G
    /// the input x: dL/dw += P^T * x (the same product as a convolution's weight gradient) and
    /// dL/dx += P * w.
    func transposedRun(_ x: Tensor, _ w: Tensor) {
        if w.requiresGrad {
            pixelGrad.withUnsafeBufferPointer { g in
                patches.withUnsafeBufferPointer { p in weightGradient(w, g.baseAddress!, p.baseAddress!) }
            }
        }
        if x.requiresGrad {
            x.withGradOrFresh { xGrad, fresh in
                patches.withUnsafeBufferPointer { p in
                    w.data.withUnsafeBufferPointer { weights in
                        MatrixKernels.multiply(p.baseAddress!, .init(row: size, column: 1), weights.baseAddress!,
                                               xGrad.baseAddress!, m: pixels, k: size, n: channels,
                                               start: fresh ? .zero : .output, finish: IdentityFunction())
                    }
                }
            }
        }
    }

    /// dL/dw += P^T * G, each element one fma chain over the pixels from its previous value.
    private func weightGradient(_ w: Tensor, _ g: UnsafePointer<Float>, _ p: UnsafePointer<Float>) {
        let narrow = channels < 16
        w.withGradOrFresh { wGrad, fresh in
            if narrow {
                MatrixKernels.multiply(p, .init(row: 1, column: size), g, wGrad.baseAddress!, m: size, k: pixels,
                                       n: channels, start: fresh ? .zero : .output, finish: IdentityFunction())
                return
            }
            let transposed = UnsafeMutablePointer<Float>.allocate(capacity: size * channels)
            defer { transposed.deallocate() }
            if !fresh { MatrixKernels.transpose(wGrad.baseAddress!, rows: size, cols: channels, into: transposed) }
            MatrixKernels.multiply(g, .init(row: 1, column: channels), p, transposed, m: channels, k: pixels, n: size,
                                   start: fresh ? .zero : .output, finish: IdentityFunction())
            MatrixKernels.transpose(transposed, rows: channels, cols: size, into: wGrad.baseAddress!)
        }
    }

    /// dL/dx += the rows of G * w^T, each added back onto the pixels of its window.
    private func inputGradient(_ x: Tensor, _ w: Tensor, _ g: UnsafePointer<Float>, _ geometry: ConvolutionGeometry) {
        let windowGrad = UnsafeMutablePointer<Float>.allocate(capacity: pixels * size)
        defer { windowGrad.deallocate() }
        w.data.withUnsafeBufferPointer { weights in
            let wT = UnsafeMutablePointer<Float>.allocate(capacity: size * channels)
            defer { wT.deallocate() }
            MatrixKernels.transpose(weights.baseAddress!, rows: size, cols: channels, into: wT)
            MatrixKernels.multiply(g, .init(row: channels, column: 1), wT, windowGrad, m: pixels, k: channels, n: size,
                                   start: .zero, finish: IdentityFunction())
        }
        let images = x.rows
        x.withGrad { xGrad in
            // Images are disjoint rows of the input, so two threads may share them.
            ParallelLoop.run(count: images, worthSharing: pixels * size >= 1 << 16) { image in
                geometry.scatterAdd(image: image, from: windowGrad, into: xGrad.baseAddress!)
            }
        }
    }
}
