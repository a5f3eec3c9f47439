import XCTest
@testable import GANCore

final class TranslationTests: XCTestCase {
    override func setUp() {
        ComputeSettings(threads: 2, keepsFreedMemory: false).apply()
    }

    // MARK: - Paired digits

    func testPairsAreDeterministicAndTheTargetsAreTheDigitImages() {
        let pairs = PairedDigits(count: 30, seed: 4)
        let again = PairedDigits(count: 30, seed: 4)
        XCTAssertEqual(pairs.inputs.data.map(\.bitPattern), again.inputs.data.map(\.bitPattern))
        XCTAssertEqual(pairs.targets.data.map(\.bitPattern), DigitImages(count: 30, seed: 4).images.data.map(\.bitPattern))
        XCTAssertEqual(pairs.labels, (0..<30).map { $0 % 10 })
        XCTAssertNotEqual(PairedDigits(count: 30, seed: 5).inputs.data, pairs.inputs.data)
        // A larger set begins with the pairs of a smaller one.
        XCTAssertEqual(Array(PairedDigits(count: 50, seed: 4).inputs.data.prefix(30 * 256)), pairs.inputs.data)
        XCTAssertEqual(pairs.inputs.shape, [30, 256])
        XCTAssertEqual(PairedDigits.shape.description, "16x16x1")
    }

    /// The input is the path of the target's own pen: every inked input pixel lies on the target's ink,
    /// and the input (a 1-pixel pen, no noise) has less ink than the target (a 1 to 2.1-pixel pen).
    func testTheInputTracesTheTargetsStrokes() {
        let pairs = PairedDigits(count: 40, seed: 9, noise: 0)
        for n in 0..<pairs.count {
            let input = pairs.inputs.rowArrays[n], target = pairs.targets.rowArrays[n]
            for i in 0..<256 where input[i] > 0.5 {
                XCTAssertGreaterThanOrEqual(target[i], input[i], "pair \(n), pixel \(i)")
            }
            XCTAssertLessThan(input.reduce(0, +), target.reduce(0, +), "pair \(n)")
            XCTAssertTrue(input.allSatisfy { $0 >= 0 && $0 <= 1 })
            XCTAssertGreaterThan(input.filter { $0 > 0.5 }.count, 10, "pair \(n) has a drawn path")
        }
    }

    /// Fixed-pen drawings: pen 1 gives the inputs, and ink only grows with the pen, so every noise-free
    /// target lies between the drawings with the thinnest and the widest pen, pixel by pixel.
    func testFixedPenDrawingsBracketTheTargets() {
        let pairs = PairedDigits(count: 40, seed: 9, noise: 0)
        XCTAssertEqual(PairedDigits.drawings(count: 40, seed: 9, pen: 1).data, pairs.inputs.data)
        let thin = PairedDigits.drawings(count: 40, seed: 9, pen: 1).data
        let median = PairedDigits.drawings(count: 40, seed: 9, pen: 1.55).data
        let wide = PairedDigits.drawings(count: 40, seed: 9, pen: 2.1).data
        for i in pairs.targets.data.indices {
            XCTAssertTrue(thin[i] <= median[i] && median[i] <= wide[i], "pixel \(i)")
            XCTAssertTrue(thin[i] <= pairs.targets.data[i] && pairs.targets.data[i] <= wide[i], "pixel \(i)")
        }
        XCTAssertNotEqual(median, pairs.targets.data)
    }

    func testRandomBatchesKeepPairsTogether() {
        let pairs = PairedDigits(count: 20, seed: 3)
        var rng = RNG(seed: 1)
        let batch = pairs.randomBatch(6, using: &rng)
        XCTAssertEqual(batch.inputs.shape, [6, 256])
        for row in 0..<6 {
            let index = (0..<20).first { pairs.inputs.rowArrays[$0] == batch.inputs.rowArrays[row] }
            XCTAssertNotNil(index)
            XCTAssertEqual(pairs.targets.rowArrays[index!], batch.targets.rowArrays[row])
        }
    }

    // MARK: - Training

    private func trainer(adversarial: Bool, skips: Bool = true, seed: UInt64 = 7) -> (TranslationTrainer, RNG) {
        var rng = RNG(seed: seed)
        let shape = PairedDigits.shape
        let pairs = PairedDigits(count: 64, seed: 2)
        let generator = UNet(input: shape, outputChannels: 1, depth: 3, width: 4, skips: skips, using: &rng)
        let discriminator = adversarial ? PatchDiscriminator(condition: shape, image: shape, width: 4, using: &rng) : nil
        // A larger learning rate than pix2pix's, so that a few steps show learning.
        let trainer = TranslationTrainer(generator: generator, discriminator: discriminator, batchSize: 8,
                                         generatorOptimizer: Adam(parameters: generator.parameters, learningRate: 2e-3)) { count, rng in
            let batch = pairs.randomBatch(count, using: &rng)
            return (batch.inputs * 2 - 1, batch.targets * 2 - 1)
        }
        return (trainer, rng)
    }

    func testL1TrainingLowersTheL1Error() throws {
        var (trainer, rng) = trainer(adversarial: false)
        let history = try trainer.train(steps: 40, using: &rng)
        XCTAssertNil(history[0].adversarial)
        XCTAssertNil(history[0].discriminatorLoss)
        let early = history.prefix(5).map(\.l1).reduce(0, +), late = history.suffix(5).map(\.l1).reduce(0, +)
        XCTAssertLessThan(late, 0.8 * early)
    }

    func testAdversarialStepsRecordBothPlayers() throws {
        var (trainer, rng) = trainer(adversarial: true)
        var reports: [Int] = []
        let history = try trainer.train(steps: 5, using: &rng, progressEvery: 2) { done, _ in reports.append(done) }
        XCTAssertEqual(reports, [2, 4, 5])
        XCTAssertEqual(history.map(\.step), [1, 2, 3, 4, 5])
        // D starts near chance: half of 2 log 2 on real and generated pairs, per patch.
        XCTAssertEqual(history[0].discriminatorLoss!, log(2), accuracy: 0.05)
        XCTAssertEqual(history[0].adversarial!, log(2), accuracy: 0.05)
        XCTAssertEqual(trainer.translate(PairedDigits(count: 3, seed: 1).inputs).shape, [3, 256])
    }

    /// The fingerprint of a short adversarial run: the same bits with one thread and with two.
    func testTrainingIsBitIdenticalOnOneAndTwoThreads() throws {
        func fingerprint() throws -> [UInt64] {
            var (trainer, rng) = trainer(adversarial: true)
            let history = try trainer.train(steps: 4, using: &rng)
            let outputs = trainer.translate(PairedDigits(count: 4, seed: 6).inputs * 2 - 1)
            return history.flatMap { [$0.l1.bitPattern, $0.adversarial!.bitPattern, $0.discriminatorLoss!.bitPattern] }
                + outputs.data.map { UInt64($0.bitPattern) }
        }
        ComputeSettings(threads: 1, keepsFreedMemory: false).apply()
        let one = try fingerprint()
        ComputeSettings(threads: 2, keepsFreedMemory: false).apply()
        let two = try fingerprint()
        XCTAssertEqual(one, two)
        XCTAssertEqual(try fingerprint(), two, "and the same on a second run")
    }

    func testDiscriminatorMustJudgeTheGeneratorsPairs() {
        var rng = RNG(seed: 1)
        let unet = UNet(input: PairedDigits.shape, outputChannels: 1, depth: 2, width: 2, using: &rng)
        let wide = ImageShape(height: 16, width: 16, channels: 3)
        let d = PatchDiscriminator(condition: PairedDigits.shape, image: wide, width: 2, using: &rng)
        XCTAssertEqual(TranslationTrainer.pairingProblem(generator: unet, discriminator: d),
                       "TranslationTrainer: the discriminator judges 16x16x1 -> 16x16x3 pairs, "
                           + "the generator makes 16x16x1 -> 16x16x1")
        XCTAssertNil(TranslationTrainer.pairingProblem(generator: unet, discriminator: nil))
    }
}
