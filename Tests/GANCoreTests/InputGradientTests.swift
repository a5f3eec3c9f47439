import XCTest
@testable import GANCore

/// The discriminator's gradient with respect to its input, against central finite differences.
final class InputGradientTests: XCTestCase {
    private func trainer() -> GANTrainer {
        var rng = RNG(seed: 5)
        let generator = MLP(sizes: [2, 8, 2], activation: .tanh, using: &rng)
        let discriminator = MLP(sizes: [2, 16, 16, 1], activation: .tanh, using: &rng)
        return GANTrainer(
            generator: generator, discriminator: discriminator,
            generatorOptimizer: SGD(parameters: generator.parameters, learningRate: 0.1),
            discriminatorOptimizer: SGD(parameters: discriminator.parameters, learningRate: 0.1),
            data: { count, rng in Tensor.randomNormal(rows: count, cols: 2, using: &rng) })
    }

    /// Central differences of `f` at each row and coordinate of `points`; h = 1e-2 in Float leaves
    /// errors near 1e-3 (see GradientCheck.swift), hence the tolerance in the assertions.
    private func numericGradient(_ points: [[Float]], _ f: (Tensor) -> [Double]) -> [Float] {
        let h: Float = 1e-2
        var result: [Float] = []
        for row in points.indices {
            for col in 0..<2 {
                var plus = points, minus = points
                plus[row][col] += h
                minus[row][col] -= h
                let difference = f(Tensor(plus))[row] - f(Tensor(minus))[row]
                result.append(Float(difference) / (2 * h))
            }
        }
        return result
    }

    private let points: [[Float]] = [[0.3, -1.2], [1.5, 0.4], [-0.7, 0.9], [0, 0]]

    func testLogitGradientMatchesFiniteDifferences() throws {
        let trainer = trainer()
        let analytic = try trainer.discriminatorGradient(at: Tensor(points), of: .logit).data
        let numeric = numericGradient(points) { x in trainer.discriminator(x).data.map(Double.init) }
        for (a, n) in zip(analytic, numeric) { XCTAssertEqual(a, n, accuracy: 3e-3 * max(1, abs(n))) }
    }

    func testProbabilityAndLogProbabilityGradients() throws {
        let trainer = trainer()
        let probability = try trainer.discriminatorGradient(at: Tensor(points)).data
        let numericProbability = numericGradient(points) { trainer.discriminate($0) }
        for (a, n) in zip(probability, numericProbability) { XCTAssertEqual(a, n, accuracy: 3e-3 * max(1, abs(n))) }
        let logProbability = try trainer.discriminatorGradient(at: Tensor(points), of: .logProbability).data
        let numericLog = numericGradient(points) { trainer.discriminate($0).map { Foundation.log($0) } }
        for (a, n) in zip(logProbability, numericLog) { XCTAssertEqual(a, n, accuracy: 3e-3 * max(1, abs(n))) }
    }

    func testParametersAreLeftAsTheyWere() throws {
        let trainer = trainer()
        trainer.discriminator.setRequiresGrad(true)
        _ = try trainer.discriminatorGradient(at: Tensor(points))
        XCTAssertTrue(trainer.discriminator.parameters.allSatisfy { $0.requiresGrad })
        XCTAssertTrue(trainer.discriminator.parameters.allSatisfy { $0.grad.isEmpty }, "no gradient leaks into D")
    }

    func testAPackedDiscriminatorIsAnErrorThatSaysWhatToDo() {
        var rng = RNG(seed: 6)
        let generator = MLP(sizes: [2, 8, 2], activation: .tanh, using: &rng)
        let packed = PackedDiscriminator(packing: 2, sizes: [2, 8, 1], using: &rng)
        let trainer = GANTrainer(
            generator: generator, discriminator: packed,
            generatorOptimizer: SGD(parameters: generator.parameters, learningRate: 0.1),
            discriminatorOptimizer: SGD(parameters: packed.parameters, learningRate: 0.1),
            data: { count, rng in Tensor.randomNormal(rows: count, cols: 2, using: &rng) })
        XCTAssertThrowsError(try trainer.discriminatorGradient(at: Tensor(points))) { error in
            XCTAssertEqual(error as? InputGradientError, .unsupportedDiscriminator("PackedDiscriminator"))
            XCTAssertEqual(
                "\(error)",
                "discriminatorGradient needs a plain MLP discriminator, not a PackedDiscriminator; "
                    + "train the GAN you want to draw gradients for with an MLP discriminator")
        }
    }
}
