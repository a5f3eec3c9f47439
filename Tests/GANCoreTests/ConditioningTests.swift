import XCTest
@testable import GANCore

final class ConditioningTests: XCTestCase {
    private var rng = RNG(seed: 31)

    private func random(_ rows: Int, _ cols: Int) -> Tensor {
        Tensor.randomNormal(rows: rows, cols: cols, using: &rng)
    }

    // MARK: - Column concatenation and one-hot labels

    func testColumnsArePlacedSideBySideRowByRow() {
        let joined = Tensor.concatenatingColumns([Tensor([[1, 2], [3, 4]]), Tensor([[5], [6]]), Tensor([[7, 8, 9], [10, 11, 12]])])
        XCTAssertEqual(joined.shape, [2, 6])
        XCTAssertEqual(joined.rowArrays, [[1, 2, 5, 7, 8, 9], [3, 4, 6, 10, 11, 12]])
    }

    func testColumnConcatenationGradients() {
        checkGradients([random(3, 2), random(3, 4), random(3, 1)]) {
            Tensor.concatenatingColumns($0).tanh()
        }
    }

    /// The sample's columns get the gradient of their own columns; the one-hot label, a constant, gets none.
    func testLabelColumnsGetNoGradient() throws {
        let x = random(2, 3)
        x.requiresGrad = true
        let label = try Tensor.oneHot([1, 0], classCount: 2)
        let weights = random(2, 5)
        (Tensor.concatenatingColumns([x, label]) * weights).sum().backward()
        XCTAssertEqual(x.grad, [0, 1, 2, 5, 6, 7].map { weights.data[$0] })
        XCTAssertTrue(label.grad.isEmpty)
    }

    func testOneHotCodes() throws {
        XCTAssertEqual(try Tensor.oneHot([2, 0], classCount: 3).rowArrays, [[0, 0, 1], [1, 0, 0]])
        XCTAssertEqual(try Tensor.oneHot([], classCount: 3).shape, [0, 3])
        XCTAssertEqual(try random(2, 1).conditioned(on: [1, 1], classCount: 2).shape, [2, 3])
    }

    func testALabelOutsideTheClassesIsRefusedWithItsPosition() {
        for (labels, message) in [([0, 10], "label 10 (at position 1) is not a class: labels must lie in 0..<10"),
                                  ([-1], "label -1 (at position 0) is not a class: labels must lie in 0..<10")] {
            XCTAssertThrowsError(try Tensor.oneHot(labels, classCount: 10)) { error in
                XCTAssertEqual("\(error)", message)
                XCTAssertEqual((error as? LocalizedError)?.errorDescription, message)
            }
        }
    }

    func testAWrongNumberOfLabelsIsRefused() {
        XCTAssertThrowsError(try random(3, 2).conditioned(on: [0, 1], classCount: 2, what: "samples")) { error in
            XCTAssertEqual(error as? ConditioningError, .labelCount(labels: 2, rows: 3, what: "samples"))
            XCTAssertEqual("\(error)", "2 labels for 3 samples: give exactly one label per row")
        }
    }

    // MARK: - The conditional game's gradients

    /// The generator's cost −log D(G(z, y), y) through both concatenations, against finite differences, with
    /// respect to the noise and to generator weights (including the rows that read the label).
    func testGeneratorCostGradientThroughBothConcatenations() throws {
        let generator = MLP(sizes: [3 + 2, 4, 3], activation: .tanh, output: .tanh, using: &rng)
        let discriminator = MLP(sizes: [3 + 2, 4, 1], activation: .tanh, using: &rng)
        let labels = [1, 0, 1]
        let code = try Tensor.oneHot(labels, classCount: 2)
        checkGradients([random(3, 3), generator.layers[0].weight, generator.layers[1].bias]) { inputs in
            let samples = generator(.concatenatingColumns([inputs[0], code]))
            return GeneratorCost.nonSaturating.loss(fakeLogits: discriminator(.concatenatingColumns([samples, code])))
        }
    }

    /// The discriminator's loss on a stacked real and generated minibatch, with respect to its weights and to
    /// the samples it reads.
    func testDiscriminatorLossGradient() throws {
        let discriminator = MLP(sizes: [2 + 3, 6, 1], activation: .tanh, using: &rng)
        let (realCode, fakeCode) = (try Tensor.oneHot([0, 2], classCount: 3), try Tensor.oneHot([1, 1], classCount: 3))
        checkGradients([random(2, 2), random(2, 2), discriminator.layers[0].weight]) { inputs in
            let logits = discriminator(.stackingRows([.concatenatingColumns([inputs[0], realCode]),
                                                      .concatenatingColumns([inputs[1], fakeCode])]))
            return binaryCrossEntropy(logits: logits.rows(in: 0..<2), label: 1)
                + binaryCrossEntropy(logits: logits.rows(in: 2..<4), label: 0)
        }
    }

    // MARK: - The trainer

    /// Two classes of 1-D data, far apart: class 0 near −2, class 1 near +2.
    private static func twoClasses(_ count: Int, _ rng: inout RNG) -> (samples: Tensor, labels: [Int]) {
        let labels = (0..<count).map { _ in Int(rng.next() % 2) }
        let values = labels.map { Float((Double($0) * 4 - 2) + 0.3 * rng.normal()) }
        return (Tensor(rows: count, cols: 1, data: values), labels)
    }

    private func makeToyTrainer(seed: UInt64, k: Int = 1,
                                data: @escaping (Int, inout RNG) -> (samples: Tensor, labels: [Int]) = twoClasses)
        -> (ConditionalGANTrainer, RNG) {
        var rng = RNG(seed: seed)
        let generator = MLP(sizes: [4 + 2, 16, 1], using: &rng)
        let discriminator = MLP(sizes: [1 + 2, 16, 1], activation: .leakyRelu(slope: 0.2), using: &rng)
        let trainer = ConditionalGANTrainer(
            generator: generator, discriminator: discriminator, classCount: 2,
            generatorOptimizer: Adam(parameters: generator.parameters, learningRate: 0.01, beta1: 0.5),
            discriminatorOptimizer: Adam(parameters: discriminator.parameters, learningRate: 0.01, beta1: 0.5),
            discriminatorSteps: k, batchSize: 32, data: data)
        return (trainer, rng)
    }

    func testShapesOfSamplesAndVerdicts() throws {
        let (trainer, _) = makeToyTrainer(seed: 1)
        XCTAssertEqual(trainer.noiseSize, 4)
        var rng = RNG(seed: 2)
        let samples = try trainer.generate(labels: [0, 1, 1, 0, 1], using: &rng)
        XCTAssertEqual(samples.shape, [5, 1])
        XCTAssertFalse(samples.requiresGrad)
        let verdicts = try trainer.discriminate(samples, labels: [0, 1, 1, 0, 1])
        XCTAssertEqual(verdicts.count, 5)
        XCTAssertTrue(verdicts.allSatisfy { $0 > 0 && $0 < 1 })
        XCTAssertEqual(trainer.randomLabels(1000, using: &rng).reduce(0, +), 500, accuracy: 60)
    }

    /// The label decides the class: after training, requested 0s land near −2 and requested 1s near +2.
    /// Without the label in the generator's input both requests would give the same mixture.
    func testTheRequestedClassIsDrawn() throws {
        var (trainer, rng) = makeToyTrainer(seed: 3)
        try trainer.train(steps: 600, using: &rng)
        let noise = trainer.noise(400, using: &rng)
        let zeros = try trainer.generate(labels: Array(repeating: 0, count: 400), noise: noise).column
        let ones = try trainer.generate(labels: Array(repeating: 1, count: 400), noise: noise).column
        XCTAssertGreaterThan(Double(zeros.filter { $0 < 0 }.count) / 400, 0.9)
        XCTAssertGreaterThan(Double(ones.filter { $0 > 0 }.count) / 400, 0.9)
        XCTAssertEqual(trainer.history.map(\.step), Array(1...600))
    }

    func testSameSeedGivesBitIdenticalWeightsHistoriesAndSamples() throws {
        var runs: [([TrainingStep], [[Float]], [Float])] = []
        for _ in 0..<2 {
            var (trainer, rng) = makeToyTrainer(seed: 4, k: 2)
            let history = try trainer.train(steps: 30, using: &rng)
            let weights = (trainer.generator.parameters + trainer.discriminator.parameters).map(\.data)
            runs.append((history, weights, try trainer.generate(labels: [0, 1, 0], using: &rng).data))
        }
        XCTAssertEqual(runs[0].0, runs[1].0)
        XCTAssertEqual(runs[0].1.map { $0.map(\.bitPattern) }, runs[1].1.map { $0.map(\.bitPattern) })
        XCTAssertEqual(runs[0].2.map(\.bitPattern), runs[1].2.map(\.bitPattern))
    }

    /// Digit-sized networks, large enough that their products are shared between two threads, end with the
    /// same bits on one thread and on two.
    func testOneAndTwoThreadsGiveBitIdenticalWeights() throws {
        let digits = DigitImages(count: 200, seed: 5)
        var weights: [[UInt32]] = []
        for threads in [1, 2] {
            ComputeSettings(threads: threads, keepsFreedMemory: false).apply()
            var rng = RNG(seed: 6)
            let generator = MLP(sizes: [8 + 10, 64, 256], output: .tanh, using: &rng)
            let discriminator = MLP(sizes: [256 + 10, 64, 1], activation: .leakyRelu(slope: 0.2), using: &rng)
            let trainer = ConditionalGANTrainer(
                generator: generator, discriminator: discriminator, classCount: 10,
                generatorOptimizer: Adam(parameters: generator.parameters, learningRate: 1e-3, beta1: 0.5),
                discriminatorOptimizer: Adam(parameters: discriminator.parameters, learningRate: 1e-3, beta1: 0.5),
                batchSize: 64, data: { count, rng in
                    let batch = digits.randomBatch(count, using: &rng)
                    return (batch.images, batch.labels)
                })
            try trainer.train(steps: 3, using: &rng)
            weights.append((generator.parameters + discriminator.parameters).flatMap(\.data).map(\.bitPattern))
        }
        ComputeSettings(threads: 2, keepsFreedMemory: false).apply()
        XCTAssertEqual(weights[0], weights[1])
    }

    // MARK: - Bad input

    func testDataWithTooFewLabelsStopsTrainingWithAClearError() {
        var (trainer, rng) = makeToyTrainer(seed: 7) { count, rng in
            let batch = Self.twoClasses(count, &rng)
            return (batch.samples, Array(batch.labels.dropLast()))
        }
        XCTAssertThrowsError(try trainer.train(steps: 3, using: &rng)) { error in
            XCTAssertEqual("\(error)", "31 labels for 32 real samples: give exactly one label per row")
        }
        XCTAssertTrue(trainer.history.isEmpty)
    }

    func testDataWithALabelOutsideTheClassesStopsTraining() {
        var (trainer, rng) = makeToyTrainer(seed: 8) { count, rng in
            let batch = Self.twoClasses(count, &rng)
            return (batch.samples, [2] + batch.labels.dropFirst())
        }
        XCTAssertThrowsError(try trainer.train(steps: 3, using: &rng)) { error in
            XCTAssertEqual(error as? ConditioningError, .labelOutOfRange(label: 2, position: 0, classCount: 2))
        }
    }

    func testGeneratingOrJudgingWithBadLabelsThrows() {
        var (trainer, rng) = makeToyTrainer(seed: 9)
        XCTAssertThrowsError(try trainer.generate(labels: [0, 2], using: &rng)) { error in
            XCTAssertEqual("\(error)", "label 2 (at position 1) is not a class: labels must lie in 0..<2")
        }
        XCTAssertThrowsError(try trainer.generate(labels: [0], noise: trainer.noise(2, using: &rng))) { error in
            XCTAssertEqual("\(error)", "1 label for 2 noise rows: give exactly one label per row")
        }
        XCTAssertThrowsError(try trainer.discriminate(Tensor(rows: 2, cols: 1, data: [0, 1]), labels: [1])) { error in
            XCTAssertEqual("\(error)", "1 label for 2 samples: give exactly one label per row")
        }
    }
}
