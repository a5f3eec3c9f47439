import XCTest
@testable import GANCore

final class GANTrainerTests: XCTestCase {
    private func makeTrainer(seed: UInt64, cost: GeneratorCost = .nonSaturating, k: Int = 1,
                             data: @escaping (Int, inout RNG) -> Tensor) -> (GANTrainer, RNG) {
        var rng = RNG(seed: seed)
        let generator = MLP(sizes: [1, 8, 1], using: &rng)
        let discriminator = MLP(sizes: [1, 8, 1], using: &rng)
        let trainer = GANTrainer(
            generator: generator, discriminator: discriminator,
            generatorOptimizer: Adam(parameters: generator.parameters, learningRate: 0.01, beta1: 0.5),
            discriminatorOptimizer: Adam(parameters: discriminator.parameters, learningRate: 0.01, beta1: 0.5),
            generatorCost: cost, discriminatorSteps: k, batchSize: 32, data: data)
        return (trainer, rng)
    }

    private let normalData = { (count: Int, rng: inout RNG) in
        Tensor(column: Normal(mean: 3, std: 0.5).sample(count, using: &rng))
    }

    func testSameSeedGivesBitIdenticalHistoriesAndSamples() throws {
        var runs: [([TrainingStep], [Float])] = []
        for _ in 0..<2 {
            var (trainer, rng) = makeTrainer(seed: 1, k: 2, data: normalData)
            let history = try trainer.train(steps: 20, using: &rng)
            runs.append((history, trainer.generate(10, using: &rng).data))
        }
        XCTAssertEqual(runs[0].0, runs[1].0)
        XCTAssertEqual(runs[0].1, runs[1].1)
        XCTAssertEqual(runs[0].0.map(\.step), Array(1...20))
    }

    func testEveryGeneratorCostTrainsAndHistoryAccumulates() throws {
        for cost in GeneratorCost.allCases {
            var (trainer, rng) = makeTrainer(seed: 2, cost: cost, data: normalData)
            try trainer.train(steps: 5, using: &rng)
            try trainer.train(steps: 5, using: &rng)
            XCTAssertEqual(trainer.history.map(\.step), Array(1...10), "\(cost)")
            XCTAssertTrue(trainer.history.allSatisfy { $0.realScore > 0 && $0.realScore < 1 })
        }
    }

    func testProgressHookIsCalledEveryIntervalAndAtTheEnd() throws {
        var (trainer, rng) = makeTrainer(seed: 3, data: normalData)
        try trainer.train(steps: 5, using: &rng)
        var seen: [String] = []
        try trainer.train(steps: 25, using: &rng, progressEvery: 10) { progress in
            seen.append("\(progress.completed)/\(progress.total) at step \(progress.latest.step)")
        }
        XCTAssertEqual(seen, ["10/25 at step 15", "20/25 at step 25", "25/25 at step 30"])
    }

    func testNonFiniteLossStopsWithTheStep() {
        // The maximum-likelihood cost -exp(logit) is unbounded below: a huge step size makes it overflow.
        var (trainer, rng) = makeTrainer(seed: 4, cost: .maximumLikelihood, data: normalData)
        (trainer.generatorOptimizer as! Adam).learningRate = 1e4
        XCTAssertThrowsError(try trainer.train(steps: 200, using: &rng)) { error in
            guard case .nonFinite(let step, let what)? = error as? TrainingError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(trainer.history.count, step - 1)
            XCTAssertEqual(
                "\(error)",
                "training diverged at step \(step): the \(what) is not finite (NaN or infinity); "
                    + "try a smaller learning rate or a different generator cost")
        }
    }

    func testStepDescriptionIsReadable() {
        let step = TrainingStep(step: 7, discriminatorLoss: 1.23456, generatorLoss: 0.5, realScore: 0.512, fakeScore: 0.4)
        XCTAssertEqual(step.description, "step 7: D loss 1.2346, G loss 0.5, D(x) 0.51, D(G(z)) 0.4")
    }
}
