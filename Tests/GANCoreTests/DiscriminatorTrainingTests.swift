import Foundation
import XCTest
@testable import GANCore

final class DiscriminatorTrainingTests: XCTestCase {
    private let grid = Grid(from: -10, to: 12, count: 22_001)
    private let data = Normal(mean: 0, std: 1)
    private let model = Normal(mean: 2, std: 1)

    private func sampler(_ density: Normal) -> (Int, inout RNG) -> Tensor {
        { count, rng in Tensor(column: density.sample(count, using: &rng)) }
    }

    func testATrainedDiscriminatorApproachesTheOptimalOne() throws {
        var rng = RNG(seed: 5)
        let discriminator = MLP(sizes: [1, 16, 1], activation: .tanh, using: &rng)
        let losses = try trainDiscriminator(
            discriminator, optimizer: Adam(parameters: discriminator.parameters, learningRate: 0.01),
            steps: 600, batchSize: 256, real: sampler(data), fake: sampler(model), using: &rng)
        XCTAssertEqual(losses.count, 600)
        XCTAssertLessThan(losses.suffix(50).reduce(0, +) / 50, losses.prefix(10).reduce(0, +) / 10 - 0.2)
        let xs = [-1.0, 0, 1, 2, 3]
        let trained = discriminator(Tensor(column: xs)).column.map { 1 / (1 + exp(-$0)) }
        for (x, d) in zip(xs, trained) {
            XCTAssertEqual(d, optimalDiscriminator(at: x, data: data, model: model), accuracy: 0.05, "x = \(x)")
        }
    }

    func testZeroStepsLeaveTheDiscriminatorAlone() throws {
        var rng = RNG(seed: 1)
        let discriminator = MLP(sizes: [1, 4, 1], using: &rng)
        let before = discriminator.parameters.map(\.data)
        let losses = try trainDiscriminator(
            discriminator, optimizer: SGD(parameters: discriminator.parameters, learningRate: 0.1),
            steps: 0, batchSize: 8, real: sampler(data), fake: sampler(model), using: &rng)
        XCTAssertEqual(losses, [])
        XCTAssertEqual(discriminator.parameters.map(\.data), before)
    }

    func testADivergingDiscriminatorIsReported() {
        var rng = RNG(seed: 1)
        let discriminator = MLP(sizes: [1, 4, 1], using: &rng)
        let broken = { (count: Int, _: inout RNG) in Tensor(column: Array(repeating: .infinity, count: count)) }
        XCTAssertThrowsError(try trainDiscriminator(
            discriminator, optimizer: SGD(parameters: discriminator.parameters, learningRate: 0.1),
            steps: 3, batchSize: 8, real: broken, fake: sampler(model), using: &rng)
        ) { error in
            XCTAssertEqual(error as? TrainingError, .nonFinite(step: 1, what: "discriminator loss"))
        }
    }

    func testTheValueOfTheOptimalDiscriminatorIsTheCriterion() {
        // D* has logit log(p_data / p_g).
        let optimal = grid.points.map { data.logPdf($0) - model.logPdf($0) }
        let criterion = trainingCriterion(data: data, model: model, on: grid)
        XCTAssertEqual(discriminatorValue(logits: optimal, data: data, model: model, on: grid), criterion, accuracy: 1e-9)
        // A discriminator that always says 1/2 scores -log 4.
        let undecided = [Double](repeating: 0, count: grid.count)
        XCTAssertEqual(discriminatorValue(logits: undecided, data: data, model: model, on: grid), -log(4), accuracy: 1e-6)
    }

    func testNoOtherDiscriminatorBeatsTheOptimalOne() {
        let criterion = trainingCriterion(data: data, model: model, on: grid)
        for shift in [-0.5, -0.05, 0.05, 0.5] {
            let perturbed = grid.points.map { data.logPdf($0) - model.logPdf($0) + shift * sin($0) }
            XCTAssertLessThan(discriminatorValue(logits: perturbed, data: data, model: model, on: grid), criterion)
        }
    }
}
