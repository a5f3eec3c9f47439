import XCTest
@testable import GANCore

final class ConvolutionTests: XCTestCase {
    private var rng = RNG(seed: 12)

    private func random(_ rows: Int, _ cols: Int, std: Double = 1) -> Tensor {
        Tensor.randomNormal(rows: rows, cols: cols, std: std, using: &rng)
    }

    /// Output (n, oy, ox, o) computed the slow way: bias[o], then fma over ky, kx, c in that order,
    /// skipping the window's pixels outside the image (which read as zero).
    private func directConvolution(
        _ x: Tensor, _ w: Tensor, _ b: Tensor, _ shape: ImageShape, kernel: Int, stride: Int, padding: Int
    ) -> [Float] {
        let g = ConvolutionGeometry(input: shape, kernel: kernel, stride: stride, padding: padding)
        let outputs = w.cols
        var result: [Float] = []
        for n in 0..<x.rows {
            for oy in 0..<g.outputHeight {
                for ox in 0..<g.outputWidth {
                    for o in 0..<outputs {
                        var sum = b.data[o]
                        for ky in 0..<kernel {
                            for kx in 0..<kernel {
                                for c in 0..<shape.channels {
                                    let (iy, ix) = (oy * stride - padding + ky, ox * stride - padding + kx)
                                    let inside = iy >= 0 && iy < shape.height && ix >= 0 && ix < shape.width
                                    let value = inside ? x.data[n * x.cols + (iy * shape.width + ix) * shape.channels + c] : 0
                                    sum = sum.addingProduct(value, w.data[((ky * kernel + kx) * shape.channels + c) * outputs + o])
                                }
                            }
                        }
                        result.append(sum)
                    }
                }
            }
        }
        return result
    }

    /// Every output is one fma chain over (ky, kx, c) from the bias, bit for bit, whichever thread computed
    /// it: the property that makes convolutions give the same bits on every machine and thread count.
    /// The large case is shared between two threads; odd sizes exercise every edge of the padding.
    func testEveryOutputIsOneFusedMultiplyAddChainBitForBit() {
        let cases = [(ImageShape(height: 5, width: 7, channels: 3), 3, 1, 1, 4),
                     (ImageShape(height: 16, width: 16, channels: 1), 4, 2, 1, 32),
                     (ImageShape(height: 8, width: 8, channels: 32), 4, 2, 1, 64),
                     (ImageShape(height: 6, width: 5, channels: 2), 2, 3, 2, 17),
                     (ImageShape(height: 3, width: 3, channels: 1), 3, 1, 0, 1)]
        for (shape, kernel, stride, padding, outputs) in cases {
            let images = shape.count > 1000 ? 8 : 3
            let x = random(images, shape.count)
            let w = random(kernel * kernel * shape.channels, outputs)
            let b = random(1, outputs)
            let got = x.conv2d(w, b, input: shape, stride: stride, padding: padding).data
            let want = directConvolution(x, w, b, shape, kernel: kernel, stride: stride, padding: padding)
            XCTAssertEqual(got.map(\.bitPattern), want.map(\.bitPattern), "\(shape) k\(kernel) s\(stride) p\(padding)")
        }
    }

    func testConvolutionGradients() {
        let small = ImageShape(height: 5, width: 4, channels: 2)
        checkGradients([random(2, small.count), random(18, 3), random(1, 3)]) {
            $0[0].conv2d($0[1], $0[2], input: small, stride: 1, padding: 1)
        }
        checkGradients([random(2, small.count), random(8, 5), random(1, 5)]) {
            $0[0].conv2d($0[1], $0[2], input: small, stride: 2, padding: 1, activation: .tanh)
        }
        let gray = ImageShape(height: 6, width: 6, channels: 1)
        checkGradients([random(3, gray.count), random(16, 17), random(1, 17)]) {
            $0[0].conv2d($0[1], $0[2], input: gray, stride: 2, padding: 1, activation: .sigmoid)
        }
    }

    func testConvolutionShapes() {
        let layer = Conv2D(input: ImageShape(height: 16, width: 16, channels: 1), outputChannels: 32, kernel: 4,
                           stride: 2, padding: 1, using: &rng)
        XCTAssertEqual(layer.output, ImageShape(height: 8, width: 8, channels: 32))
        XCTAssertEqual(layer(random(3, 256)).shape, [3, 8 * 8 * 32])
        XCTAssertEqual(layer.weight.shape, [16, 32])
        XCTAssertEqual(ImageShape(height: 4, width: 4, channels: 64).description, "4x4x64")
    }

    func testUpsamplingRepeatsPixelsAndSumsTheirGradients() {
        let shape = ImageShape(height: 2, width: 2, channels: 2)
        let x = Tensor([[1, 10, 2, 20, 3, 30, 4, 40]])
        let up = x.upsampled(input: shape, factor: 2)
        XCTAssertEqual(up.data, [1, 10, 1, 10, 2, 20, 2, 20, 1, 10, 1, 10, 2, 20, 2, 20,
                                 3, 30, 3, 30, 4, 40, 4, 40, 3, 30, 3, 30, 4, 40, 4, 40])
        checkGradients([random(2, shape.count)]) { $0[0].upsampled(input: shape, factor: 3) }
    }

    func testReshapeSharesValuesAndPassesGradientsBack() {
        let x = random(4, 6)
        XCTAssertEqual(x.reshaped(rows: 12, cols: 2).data, x.data)
        checkGradients([random(4, 6)]) { $0[0].reshaped(rows: 3, cols: 8).tanh() }
        checkGradients([random(4, 6)]) { ($0[0].reshaped(rows: 2, cols: 12) + $0[0].reshaped(rows: 2, cols: 12)) }
    }

    func testBatchNormalisationInTrainingMode() {
        let x = random(6, 12, std: 3) + 5
        let (y, batch) = x.batchNormalized(channels: 3, scale: Tensor([[1, 1, 1]]), shift: Tensor([[0, 0, 0]]))
        let stats = Tensor.channelStatistics(y.data, channels: 3)
        for j in 0..<3 {
            XCTAssertEqual(stats.mean[j], 0, accuracy: 1e-5)
            XCTAssertEqual(stats.variance[j], 1, accuracy: 1e-3)
            XCTAssertGreaterThan(batch.variance[j], 3)
        }
        checkGradients([random(4, 6), random(1, 3) + 1, random(1, 3)]) {
            $0[0].batchNormalized(channels: 3, scale: $0[1], shift: $0[2]).output.tanh()
        }
        // One channel per column: a dense layer's outputs.
        checkGradients([random(5, 4), random(1, 4) + 1, random(1, 4)]) {
            $0[0].batchNormalized(channels: 4, scale: $0[1], shift: $0[2]).output.sigmoid()
        }
    }

    func testBatchNormalisationInInferenceModeUsesTheRunningAverages() {
        let layer = BatchNorm(channels: 2, momentum: 0.5)
        let x = Tensor([[1, 10, 3, 30]])  // two pixels of two channels: means 2 and 20, variances 1 and 100
        _ = layer(x)
        XCTAssertEqual(layer.running.mean, [1, 10])
        XCTAssertEqual(layer.running.variance, [1.5, 100.5])  // 0.5 * 1 + 0.5 * (Bessel-corrected 2 and 200)
        layer.training = false
        let y = layer(Tensor([[1, 10]]))
        XCTAssertEqual(y.data[0], 0, accuracy: 1e-6)
        XCTAssertEqual(y.data[1], 0, accuracy: 1e-6)
        XCTAssertEqual(layer.running.mean, [1, 10], "inference leaves the averages alone")
        let stats = ChannelStatistics(mean: [0.5, -1], variance: [2, 0.5])
        checkGradients([random(3, 4), random(1, 2) + 1, random(1, 2)]) {
            $0[0].batchNormalized(channels: 2, scale: $0[1], shift: $0[2], statistics: stats).output
        }
    }

    func testASmallConvolutionalNetworkEndToEnd() {
        let up = Upsample(input: ImageShape(height: 2, width: 2, channels: 3))
        let conv = Conv2D(input: up.output, outputChannels: 2, kernel: 3, padding: 1, using: &rng)
        let down = Conv2D(input: conv.output, outputChannels: 4, kernel: 2, stride: 2, activation: .tanh, using: &rng)
        XCTAssertEqual(conv.output, ImageShape(height: 4, width: 4, channels: 2))
        let net = Sequential([Dense(inputs: 5, outputs: 12, using: &rng), BatchNorm(channels: 3), up, conv,
                              BatchNorm(channels: 2), ActivationLayer(.tanh), down,
                              Dense(inputs: 16, outputs: 1, using: &rng)])
        XCTAssertEqual(net.parameterCount, 5 * 12 + 12 + 6 + 27 * 2 + 2 + 4 + 8 * 4 + 4 + 16 + 1)
        // Weights of size 1 instead of DCGAN's 0.02, so every layer matters in the check.
        for p in net.parameters where p.count > 4 { p.assign(random(p.rows, p.cols).data) }
        checkGradients([random(6, 5)] + net.parameters) { net($0[0]) }
    }
}
