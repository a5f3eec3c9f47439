import XCTest
@testable import GANCore

final class UNetTests: XCTestCase {
    private var rng = RNG(seed: 31)

    private func random(_ rows: Int, _ cols: Int) -> Tensor {
        Tensor.randomNormal(rows: rows, cols: cols, using: &rng)
    }

    /// Weights of size 1 instead of 0.02, so that every layer matters in a gradient check.
    private func enlargeWeights(_ parameters: [Tensor]) {
        for p in parameters where p.count > 4 { p.assign(random(p.rows, p.cols).data.map { $0 * 0.5 }) }
    }

    // MARK: - Channel concatenation

    func testConcatenationInterleavesChannelsPixelByPixel() {
        let a = Tensor([[1, 2, 3, 4]])               // 2x1 pixels of 2 channels: (1, 2), (3, 4)
        let b = Tensor([[10, 30]])                   // 2x1 pixels of 1 channel
        let joined = a.concatenatingChannels(b, shapes: (ImageShape(height: 2, width: 1, channels: 2),
                                                         ImageShape(height: 2, width: 1, channels: 1)))
        XCTAssertEqual(joined.data, [1, 2, 10, 3, 4, 30])
    }

    func testConcatenationGradients() {
        let (s1, s2) = (ImageShape(height: 3, width: 2, channels: 2), ImageShape(height: 3, width: 2, channels: 3))
        checkGradients([random(2, s1.count), random(2, s2.count)]) {
            $0[0].concatenatingChannels($0[1], shapes: (s1, s2)).tanh()
        }
        // The same tensor on both sides receives both gradients.
        checkGradients([random(2, s1.count)]) { $0[0].concatenatingChannels($0[0], shapes: (s1, s1)) }
    }

    func testConcatenationNamesWhatDoesNotFit() {
        let (s1, s2) = (ImageShape(height: 4, width: 4, channels: 1), ImageShape(height: 2, width: 8, channels: 1))
        XCTAssertEqual(Tensor.channelConcatenationProblem(random(2, 16), random(2, 16), (s1, s2)),
                       "concatenatingChannels: 4x4x1 and 2x8x1 images differ in size; only their channels may differ")
        XCTAssertEqual(Tensor.channelConcatenationProblem(random(2, 16), random(3, 16), (s1, s1)),
                       "concatenatingChannels: 2 images cannot be paired with 3")
        XCTAssertEqual(Tensor.channelConcatenationProblem(random(2, 15), random(2, 16), (s1, s1)),
                       "concatenatingChannels: rows of 15 values are not 4x4x1 images")
        XCTAssertEqual(Tensor.channelConcatenationProblem(random(2, 16), random(2, 32), (s1, s1)),
                       "concatenatingChannels: rows of 32 values are not 4x4x1 images")
        XCTAssertNil(Tensor.channelConcatenationProblem(random(2, 16), random(2, 32),
                                                        (s1, ImageShape(height: 4, width: 4, channels: 2))))
    }

    // MARK: - U-Net

    func testUNetShapesWithAndWithoutSkips() {
        let image = ImageShape(height: 16, width: 16, channels: 1)
        let unet = UNet(input: image, outputChannels: 1, depth: 3, width: 4, using: &rng)
        let plain = UNet(input: image, outputChannels: 1, depth: 3, width: 4, skips: false, using: &rng)
        XCTAssertEqual(unet.encoderShapes.map(\.description), ["8x8x4", "4x4x8", "2x2x16"])
        XCTAssertEqual(unet.output, image)
        XCTAssertEqual(plain.output, image)
        let x = random(3, 256)
        XCTAssertEqual(unet(x).shape, [3, 256])
        XCTAssertEqual(plain(x).shape, [3, 256])
        XCTAssertTrue(unet(x).data.allSatisfy { abs($0) <= 1 }, "tanh output")
        // The skips only widen what the decoder's second and third stages read: 8 + 4 more input channels
        // of their 4x4 kernels, times their 4 and 1 output channels.
        XCTAssertEqual(unet.parameterCount - plain.parameterCount, 16 * 8 * 4 + 16 * 4 * 1)
    }

    func testUNetGradientsWithAndWithoutSkips() {
        let image = ImageShape(height: 4, width: 4, channels: 2)
        for skips in [true, false] {
            let unet = UNet(input: image, outputChannels: 1, depth: 2, width: 2, skips: skips, using: &rng)
            enlargeWeights(unet.parameters)
            checkGradientsAwayFromKinks([random(3, image.count)] + unet.parameters) { unet($0[0]) }
        }
    }

    /// Without skips, an output can depend on the input only through the bottleneck; with them, changing
    /// the input changes the output even when the bottleneck's values do not move. Zeroing the innermost
    /// encoder stage's weights cuts the bottleneck to a constant, so only the skips carry the input.
    func testSkipsCarryTheInputPastTheBottleneck() {
        let image = ImageShape(height: 8, width: 8, channels: 1)
        for skips in [true, false] {
            var seeded = RNG(seed: 5)
            let unet = UNet(input: image, outputChannels: 1, depth: 3, width: 2, skips: skips, using: &seeded)
            for p in unet.encoder.last!.parameters { p.assign(Array(repeating: 0, count: p.count)) }
            unet.setTraining(false)
            let (a, b) = (random(1, 64), random(1, 64))
            XCTAssertEqual(unet(a).data == unet(b).data, !skips, skips ? "U-Net" : "encoder-decoder")
        }
    }

    func testUNetNamesTheSizesItCannotBuild() {
        let odd = ImageShape(height: 12, width: 16, channels: 1)
        XCTAssertEqual(UNet.configurationProblem(input: odd, outputChannels: 1, depth: 3, width: 4),
                       "UNet: image sides must be multiples of 2^depth = 8, got 12x16x1; lower the depth")
        XCTAssertEqual(UNet.configurationProblem(input: odd, outputChannels: 1, depth: 0, width: 4),
                       "UNet: depth, width and outputChannels must be positive, got 0, 4, 1")
        XCTAssertNil(UNet.configurationProblem(input: odd, outputChannels: 1, depth: 2, width: 4))
    }

    // MARK: - PatchGAN

    func testPatchDiscriminatorShapesAndReceptiveField() {
        let image = ImageShape(height: 16, width: 16, channels: 1)
        let d = PatchDiscriminator(condition: image, image: image, width: 4, using: &rng)
        XCTAssertEqual(d.verdicts, ImageShape(height: 8, width: 8, channels: 1))
        XCTAssertEqual(d.receptiveField, 8)
        XCTAssertEqual(d(condition: random(3, 256), image: random(3, 256)).shape, [3, 64])
        XCTAssertEqual(PatchDiscriminator.receptiveField(of: []), 1)
    }

    /// The receptive field stated is the true one: changing one pixel moves exactly the verdicts whose
    /// 8x8 window contains it (rows and columns 2v - 3 to 2v + 4 for verdict v: the first layer's
    /// window 2r - 1...2r + 2, three of them side by side in the second) contains it, in the inference mode's fixed
    /// batch normalisation.
    func testOnePixelMovesOnlyTheVerdictsThatSeeIt() {
        let image = ImageShape(height: 16, width: 16, channels: 1)
        let d = PatchDiscriminator(condition: image, image: image, width: 4, using: &rng)
        enlargeWeights(d.parameters)
        d.setTraining(false)
        let (x, y) = (random(1, 256), random(1, 256))
        let before = d(condition: x, image: y).data
        var changed = y.data
        let (py, px) = (9, 4)
        changed[py * 16 + px] += 1
        let after = d(condition: x, image: Tensor(rows: 1, cols: 256, data: changed)).data
        for vy in 0..<8 {
            for vx in 0..<8 {
                let sees = (2 * vy - 3..<2 * vy + 5).contains(py) && (2 * vx - 3..<2 * vx + 5).contains(px)
                XCTAssertEqual(before[vy * 8 + vx] != after[vy * 8 + vx], sees, "verdict (\(vy), \(vx))")
            }
        }
    }

    func testPatchDiscriminatorGradients() {
        let image = ImageShape(height: 4, width: 4, channels: 1)
        let d = PatchDiscriminator(condition: image, image: image, width: 2, using: &rng)
        enlargeWeights(d.parameters)
        checkGradientsAwayFromKinks([random(3, 16), random(3, 16)] + d.parameters) { d(condition: $0[0], image: $0[1]) }
    }

    func testMeanAbsoluteErrorAndItsGradient() {
        let prediction = Tensor([[1, -2], [0.5, 3]])
        let target = Tensor([[0, 0], [0.5, 1]])
        XCTAssertEqual(meanAbsoluteError(prediction, target).scalar, (1 + 2 + 0 + 2) / 4)
        prediction.requiresGrad = true
        meanAbsoluteError(prediction, target).backward()
        XCTAssertEqual(prediction.grad, [0.25, -0.25, 0, 0.25])
        let away = Tensor([[0, 0, 0], [1, 1, 1]])  // no prediction within the finite difference's step of it
        checkGradients([Tensor([[1, -2, 0.7], [0.5, 3, -0.4]])]) { meanAbsoluteError($0[0], away) }
    }

    /// `checkGradients` for networks with ReLU and leaky ReLU, whose kinks a finite difference can straddle:
    /// where the one-sided differences on the two sides of a value disagree (a kink lies within the step), that
    /// value is skipped; everywhere else the gradient must match the central difference. At most a tenth
    /// of the values may be skipped, so the check still covers nearly all of them.
    private func checkGradientsAwayFromKinks(
        _ inputs: [Tensor], file: StaticString = #filePath, line: UInt = #line, _ f: ([Tensor]) -> Tensor
    ) {
        var weightsRNG = RNG(seed: 99)
        let output = f(inputs)
        let weights = Tensor.randomNormal(rows: output.rows, cols: output.cols, using: &weightsRNG)
        func loss() -> Float { (f(inputs) * weights).sum().scalar }
        for x in inputs {
            x.requiresGrad = true
            x.zeroGrad()
        }
        (f(inputs) * weights).sum().backward()
        // A smaller step than checkGradients' straddles fewer kinks; Float rounding (about 1e-6 / h here)
        // then needs the looser tolerance.
        let h: Float = 2e-3
        var (skipped, total) = (0, 0)
        for (which, x) in inputs.enumerated() {
            let analytic = x.grad
            XCTAssertEqual(analytic.count, x.count, "input \(which) got no gradient", file: file, line: line)
            for i in 0..<x.count {
                let original = x.data
                let middle = loss()
                var moved = original
                moved[i] += h
                x.assign(moved)
                let up = loss()
                moved[i] = original[i] - h
                x.assign(moved)
                let down = loss()
                x.assign(original)
                let (forward, backward, central) = ((up - middle) / h, (middle - down) / h, (up - down) / (2 * h))
                total += 1
                if abs(forward - backward) > 0.02 * max(1, abs(central)) {
                    skipped += 1
                    continue
                }
                XCTAssertEqual(analytic[i], central, accuracy: 1e-2 * max(1, abs(central)),
                               "input \(which), element \(i)", file: file, line: line)
            }
        }
        XCTAssertLessThanOrEqual(skipped * 10, total, "\(skipped) of \(total) values sit at kinks", file: file, line: line)
    }
}
