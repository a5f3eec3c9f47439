// MARK: - Concatenation along the channels of NHWC images

extension Tensor {
    /// Two batches of NHWC images (one per row, see `ImageShape`) of the same height and width joined
    /// pixel by pixel: each output pixel holds the channels of `self` then those of `other`, so an
    /// `h`x`w`x`c1` batch and an `h`x`w`x`c2` batch give an `h`x`w`x(`c1`+`c2`) batch. This is how a U-Net
    /// hands an encoder's feature maps to its decoder, and how a PatchGAN reads an (input, output) pair.
    /// Backward splits the gradient the same way: each input receives its own channels of it.
    public func concatenatingChannels(_ other: Tensor, shapes: (ImageShape, ImageShape)) -> Tensor {
        let problem = Self.channelConcatenationProblem(self, other, shapes)
        require(problem == nil, problem!)
        let (first, second) = (self, other)
        let (c1, c2) = (shapes.0.channels, shapes.1.channels)
        let pixels = shapes.0.height * shapes.0.width
        let c = c1 + c2
        let outCols = pixels * c
        var values = [Float](repeating: 0, count: rows * outCols)
        for n in 0..<rows {
            for p in 0..<pixels {
                let o = n * outCols + p * c
                for i in 0..<c1 { values[o + i] = first.data[n * first.cols + p * c1 + i] }
                for i in 0..<c2 { values[o + c1 + i] = second.data[n * second.cols + p * c2 + i] }
            }
        }
        return Tensor(rows: rows, cols: outCols, data: values, parents: [first, second]) { out in
            for (part, offset, width) in [(first, 0, c1), (second, c1, c2)] where part.requiresGrad {
                part.withGrad { g in
                    for n in 0..<out.rows {
                        for p in 0..<pixels {
                            let o = n * outCols + p * c + offset
                            for i in 0..<width { g[n * part.cols + p * width + i] += out.grad[o + i] }
                        }
                    }
                }
            }
        }
    }

    /// Why `a` and `b` cannot be joined channel-wise as `shapes` say, or nil when they can: the message
    /// `concatenatingChannels` stops with.
    static func channelConcatenationProblem(_ a: Tensor, _ b: Tensor, _ shapes: (ImageShape, ImageShape)) -> String? {
        let (sa, sb) = shapes
        if a.cols != sa.count { return "concatenatingChannels: rows of \(a.cols) values are not \(sa) images" }
        if b.cols != sb.count { return "concatenatingChannels: rows of \(b.cols) values are not \(sb) images" }
        if sa.height != sb.height || sa.width != sb.width {
            return "concatenatingChannels: \(sa) and \(sb) images differ in size; only their channels may differ"
        }
        if a.rows != b.rows { return "concatenatingChannels: \(a.rows) images cannot be paired with \(b.rows)" }
        return nil
    }
}
