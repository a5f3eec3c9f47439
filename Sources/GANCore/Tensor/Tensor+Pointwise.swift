// MARK: - Activations and elementwise functions

extension Tensor {
    /// max(x, 0), elementwise.
    public func relu() -> Tensor { apply(ReLUFunction()) }

    /// x for x > 0, otherwise `slope * x`, elementwise.
    public func leakyRelu(slope: Float = 0.2) -> Tensor { apply(LeakyReLUFunction(slope: Double(slope))) }

    /// Hyperbolic tangent, elementwise.
    public func tanh() -> Tensor { apply(TanhFunction()) }

    /// The logistic function 1 / (1 + e^-x), elementwise.
    public func sigmoid() -> Tensor { apply(SigmoidFunction()) }

    /// log(1 + e^x), elementwise, computed without overflow.
    public func softplus() -> Tensor { apply(SoftplusFunction()) }

    /// Natural logarithm, elementwise.
    public func log() -> Tensor { apply(LogFunction()) }

    /// e^x, elementwise.
    public func exp() -> Tensor { apply(ExpFunction()) }

    /// Applies `function` to every value; backward multiplies by its derivative.
    private func apply<F: PointwiseFunction>(_ function: F) -> Tensor {
        let input = self
        let output = [Float](unsafeUninitializedCapacity: count) { out, initialized in
            data.withUnsafeBufferPointer { x in
                for i in 0..<x.count { out[i] = function.value(x[i]) }
            }
            initialized = count
        }
        return Tensor(rows: rows, cols: cols, data: output, parents: [input]) { out in
            input.data.withUnsafeBufferPointer { x in
                out.data.withUnsafeBufferPointer { y in
                    out.grad.withUnsafeBufferPointer { outGrad in
                        input.withGradOrFresh { inputGrad, fresh in
                            Self.chainRule(function, x: x, y: y, outGrad: outGrad, into: inputGrad, accumulate: !fresh)
                        }
                    }
                }
            }
        }
    }

    /// The chain rule through an elementwise function: target[i] += outGrad[i] * f'(x[i], y[i]), or, when not
    /// `accumulate`, target[i] = 0 + outGrad[i] * f'(x[i], y[i]), as if added to zeros (so a -0 product does
    /// not show through). Eight values at a time, the same operations lane by lane, in chunks that two
    /// threads can share.
    static func chainRule<F: PointwiseFunction>(
        _ function: F, x: UnsafeBufferPointer<Float>, y: UnsafeBufferPointer<Float>,
        outGrad: UnsafeBufferPointer<Float>, into target: UnsafeMutableBufferPointer<Float>, accumulate: Bool
    ) {
        let (count, chunk) = (target.count, 8192)
        ParallelLoop.run(count: (count + chunk - 1) / chunk, worthSharing: true) { part in
            let end = min(count, (part + 1) * chunk)
            var i = part * chunk
            while i + 8 <= end {
                let xv = MatrixKernels.load(x.baseAddress! + i), yv = MatrixKernels.load(y.baseAddress! + i)
                let term = MatrixKernels.load(outGrad.baseAddress! + i) * function.derivatives(x: xv, y: yv)
                let start = accumulate ? MatrixKernels.load(target.baseAddress! + i) : SIMD8()
                MatrixKernels.store(start + term, target.baseAddress! + i)
                i += 8
            }
            for i in i..<end {
                target[i] = (accumulate ? target[i] : 0) + outGrad[i] * function.derivative(x: x[i], y: y[i])
            }
        }
    }
}
