// MARK: - Transposed convolution

extension Tensor {
    /// A transposed ("fractionally-strided") 2-D convolution of a batch of NHWC images, as in DCGAN's
    /// generator: the map whose matrix is the transpose of `conv2d`'s with the same kernel, stride and
    /// padding, so it grows an `input` image to `output` = ((h - 1) * stride - 2 * padding + kernel) on each
    /// side. Each input pixel spreads its values, weighted by the kernel, over a window of the output; the
    /// windows overlap evenly when `kernel` is a multiple of `stride` (DCGAN's 4 and 2).
    ///
    /// `weight` is `[kernel * kernel * outputChannels, input.channels]`, rows in the order (ky, kx, o), the
    /// layout of a `conv2d` from the output back to the input; `bias` is `[1, outputChannels]`. Computed as
    /// one product, pixels x (input channels) times weight^T, whose rows (one window each) are added onto the
    /// output window by window, in order, after the bias ("col2im"); the backward pass gathers the output's
    /// gradient into windows ("im2col") and multiplies, so every sum has one fixed order.
    public func transposedConv2d(
        _ weight: Tensor, _ bias: Tensor, input: ImageShape, stride: Int, padding: Int
    ) -> Tensor {
        require(cols == input.count, "transposedConv2d: rows of \(cols) values are not \(input) images")
        require(weight.cols == input.channels,
                "transposedConv2d: weight shape \(weight.shape) does not have \(input.channels) input channels")
        let outputs = bias.cols
        let kernel = Int(Double(weight.rows / max(outputs, 1)).squareRoot().rounded())
        require(bias.rows == 1 && outputs > 0 && kernel * kernel * outputs == weight.rows,
                "transposedConv2d: weight shape \(weight.shape) is not [kernel * kernel * \(outputs), \(input.channels)] "
                    + "for bias shape \(bias.shape)")
        let side = { (n: Int) in (n - 1) * stride - 2 * padding + kernel }
        require(side(input.height) > 0 && side(input.width) > 0,
                "transposedConv2d: kernel \(kernel), stride \(stride), padding \(padding) leave no output for \(input)")
        let output = ImageShape(height: side(input.height), width: side(input.width), channels: outputs)
        let geometry = ConvolutionGeometry(input: output, kernel: kernel, stride: stride, padding: padding)
        require(geometry.outputHeight == input.height && geometry.outputWidth == input.width,
                "transposedConv2d: stride \(stride) does not map \(output) back onto \(input)")
        let (x, w, b) = (self, weight, bias)
        let (pixels, size, channels) = (rows * geometry.patchesPerImage, geometry.patchSize, input.channels)
        // windows = x (pixels x channels) * w^T (channels x size): each row is what one input pixel adds.
        let windows = [Float](unsafeUninitializedCapacity: pixels * size) { buffer, initialized in
            let wT = UnsafeMutablePointer<Float>.allocate(capacity: size * channels)
            defer { wT.deallocate() }
            w.data.withUnsafeBufferPointer { MatrixKernels.transpose($0.baseAddress!, rows: size, cols: channels, into: wT) }
            x.data.withUnsafeBufferPointer { xs in
                MatrixKernels.multiply(xs.baseAddress!, .init(row: channels, column: 1), wT, buffer.baseAddress!,
                                       m: pixels, k: channels, n: size, start: .zero, finish: IdentityFunction())
            }
            initialized = pixels * size
        }
        let values = [Float](unsafeUninitializedCapacity: rows * output.count) { y, initialized in
            for pixel in 0..<rows * output.height * output.width {
                for o in 0..<outputs { y[pixel * outputs + o] = b.data[o] }
            }
            windows.withUnsafeBufferPointer { windows in
                ParallelLoop.run(count: rows, worthSharing: pixels * size >= 1 << 16) { image in
                    geometry.scatterAdd(image: image, from: windows.baseAddress!, into: y.baseAddress!)
                }
            }
            initialized = rows * output.count
        }
        return Tensor(rows: rows, cols: output.count, data: values, parents: [x, w, b]) { out in
            if b.requiresGrad {
                b.withGrad { g in
                    out.grad.withUnsafeBufferPointer {
                        MatrixKernels.addRows($0.baseAddress!, rows: out.count / outputs, cols: outputs, into: g.baseAddress!)
                    }
                }
            }
            guard x.requiresGrad || w.requiresGrad else { return }
            // The output's gradient, window by window: dL/d(windows).
            let windowGrad = Self.gatherPatches(out.grad, images: out.rows, geometry)
            // In the terms of ConvolutionBackward, x plays the windows' "pixel gradient" and windowGrad the
            // patches: dL/dw = windowGrad^T * x and dL/dx = windowGrad * w.
            ConvolutionBackward(pixels: pixels, size: size, channels: channels, pixelGrad: x.data, patches: windowGrad)
                .transposedRun(x, w)
        }
    }
}
