import Foundation
import Synchronization
import XCTest
@testable import GANCore

final class RemedyTests: XCTestCase {
    func testReshapeAndTransposeGradients() {
        var rng = RNG(seed: 5)
        let x = Tensor.randomNormal(rows: 4, cols: 3, using: &rng)
        XCTAssertEqual(x.reshaped(rows: 2, cols: 6).rowArrays[1], Array(x.data[6..<12]))
        XCTAssertEqual(x.transposed().shape, [3, 4])
        XCTAssertEqual(x.transposed()[2, 1], x[1, 2])
        checkGradients([x]) { $0[0].reshaped(rows: 6, cols: 2).tanh() }
        checkGradients([x]) { $0[0].transposed().matmul($0[0]) }
    }

    func testMinibatchStdAppendsTheMeanSpreadOfEachGroup() {
        // Group 1: columns (0, 2) and (0, 4): population stds 1 and 2, mean 1.5. Group 2: identical rows: 0.
        let x = Tensor([[0, 0], [2, 4], [1, 1], [1, 1]])
        let y = x.appendingMinibatchStd(groupSize: 2)
        XCTAssertEqual(y.shape, [4, 3])
        XCTAssertEqual(y[0, 2], 1.5, accuracy: 1e-6)
        XCTAssertEqual(y[1, 2], 1.5, accuracy: 1e-6)
        XCTAssertEqual(y[2, 2], 1e-4, accuracy: 1e-7)  // √ε with ε = 1e-8
        XCTAssertEqual(y[1, 1], 4)
        var rng = RNG(seed: 6)
        let z = Tensor.randomNormal(rows: 8, cols: 3, using: &rng)
        checkGradients([z]) { $0[0].appendingMinibatchStd(groupSize: 4) }
    }

    func testInputGradientMatchesFiniteDifferences() {
        for activation in [Activation.relu, .tanh, .leakyRelu(slope: 0.2), .sigmoid] {
            var rng = RNG(seed: 7)
            let mlp = MLP(sizes: [2, 16, 16, 1], activation: activation, using: &rng)
            let x = Tensor.randomNormal(rows: 5, cols: 2, using: &rng)
            let gradient = mlp.inputGradient(x)
            let h: Float = 1e-3
            for i in 0..<x.count {
                var plus = x.data, minus = x.data
                plus[i] += h
                minus[i] -= h
                let up = mlp(Tensor(rows: 5, cols: 2, data: plus)).data[i / 2]
                let down = mlp(Tensor(rows: 5, cols: 2, data: minus)).data[i / 2]
                XCTAssertEqual(gradient.data[i], (up - down) / (2 * h), accuracy: 2e-3, "\(activation), value \(i)")
            }
        }
    }

    func testTheR1PenaltyIsDifferentiableInTheParameters() {
        // Second derivatives: the penalty's gradient with respect to the weights, checked by finite differences.
        // Smooth activations only: a finite-difference step flips some ReLU masks, and each flip is a jump in the
        // penalty. The logit's bias never changes a slope, so it gets no gradient and is left out.
        for activation in [Activation.tanh, .sigmoid] {
            var rng = RNG(seed: 8)
            let mlp = MLP(sizes: [2, 6, 6, 1], activation: activation, using: &rng)
            let x = Tensor.randomNormal(rows: 4, cols: 2, using: &rng)
            checkGradients(Array(mlp.parameters.dropLast())) { _ in mlp.squaredInputGradientNorm(x) }
        }
    }

    func testPackedDiscriminatorJudgesConsecutiveSamplesSideBySide() {
        var rng = RNG(seed: 9)
        let packed = PackedDiscriminator(packing: 3, sizes: [2, 8, 1], using: &rng)
        XCTAssertEqual(packed.network.layers[0].inputs, 6)
        XCTAssertEqual(packed.sampleWidth, 2)
        let x = Tensor.randomNormal(rows: 6, cols: 2, using: &rng)
        let side = Tensor([Array(x.data[0..<6]), Array(x.data[6..<12])])
        XCTAssertEqual(packed(x).data, packed.network(side).data)
    }

    func testTheTrainerFeedsAPackedDiscriminatorMSamplesPerDecision() throws {
        var rng = RNG(seed: 10)
        let generator = MLP(sizes: [2, 8, 2], using: &rng)
        let discriminator = PackedDiscriminator(packing: 4, sizes: [2, 8, 1], using: &rng)
        let requested = Mutex<[Int]>([])
        let trainer = GANTrainer(
            generator: generator, discriminator: discriminator,
            generatorOptimizer: Adam(parameters: generator.parameters),
            discriminatorOptimizer: Adam(parameters: discriminator.parameters), batchSize: 5,
            data: { count, rng in
                requested.withLock { $0.append(count) }
                return Tensor(points: GaussianMixture2D.pacganRing.sample(count, using: &rng))
            })
        try trainer.train(steps: 2, using: &rng)
        XCTAssertEqual(requested.withLock { $0 }, [20, 20])
        XCTAssertEqual(trainer.discriminate(trainer.generate(8, using: &rng)).count, 2)
    }

    func testMinibatchStdDiscriminatorSeesTheSpreadOfItsGroup() {
        var rng = RNG(seed: 11)
        let d = MinibatchStdDiscriminator(sizes: [2, 8, 8, 1], groupSize: 2, using: &rng)
        XCTAssertEqual(d.head.layers[0].inputs, 9)
        // Same first sample, different partner: a plain discriminator would give the first logit unchanged.
        let a = d(Tensor([[0.5, 0.5], [0.5, 0.5]])).data[0]
        let b = d(Tensor([[0.5, 0.5], [3, -3]])).data[0]
        XCTAssertNotEqual(a, b)
    }

    func testEveryRemedyTrainsAndSeedsRunTheSameConcurrentlyOrNot() throws {
        for remedy in [ModeCollapseRemedy.none, .packing(2), .minibatchStd(groupSize: 4), .r1(gamma: 0.1)] {
            let setup = ToyGANSetup(
                mixture: .pacganRing, remedy: remedy, generatorSizes: [2, 16, 2], discriminatorSizes: [2, 16, 1],
                steps: 20, batchSize: 8, sampleCount: 100)
            let together = try setup.run(seeds: [1, 2, 3], concurrently: true)
            let alone = try setup.run(seeds: [1, 2, 3], concurrently: false)
            XCTAssertEqual(together.runs.map(\.samples), alone.runs.map(\.samples), "\(remedy)")
            XCTAssertEqual(together.runs.map(\.seed), [1, 2, 3])
            XCTAssertEqual(together.modesCaptured.count, 3)
        }
    }

    func testSetupsPooledTogetherGiveEachSetupsOwnRuns() throws {
        let setups = [ModeCollapseRemedy.none, .packing(2), .r1(gamma: 0.1)].map { remedy in
            ToyGANSetup(mixture: .pacganGrid, remedy: remedy, generatorSizes: [2, 16, 2], discriminatorSizes: [2, 16, 1],
                        steps: 20, batchSize: 8, sampleCount: 100)
        }
        let pooled = try ToyGANSetup.run(setups, seeds: [5, 6, 7])
        XCTAssertEqual(pooled.map(\.setup.remedy), setups.map(\.remedy))
        for (setup, result) in zip(setups, pooled) {
            let alone = try setup.run(seeds: [5, 6, 7], concurrently: false)
            XCTAssertEqual(result.runs.map(\.seed), [5, 6, 7])
            XCTAssertEqual(result.runs.map(\.samples), alone.runs.map(\.samples), "\(setup.remedy)")
        }
    }

    func testR1ChangesTraining() throws {
        var plain = ToyGANSetup(mixture: .pacganRing, generatorSizes: [2, 16, 2], discriminatorSizes: [2, 16, 1],
                                steps: 20, batchSize: 8, sampleCount: 50)
        let without = try plain.run(seed: 4).samples
        plain.remedy = .r1(gamma: 1)
        XCTAssertNotEqual(try plain.run(seed: 4).samples, without)
    }
}
