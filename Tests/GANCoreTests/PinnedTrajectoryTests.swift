import XCTest
@testable import GANCore

/// The lessons show numbers derived from exact training trajectories, so speed work on the
/// tensor kernels must not change a single bit. This pins the start of a lesson-style run.
final class PinnedTrajectoryTests: XCTestCase {
    func testLessonStyleRunIsBitExact() throws {
        var rng = RNG(seed: 1)
        let bank = Normal(mean: 4, std: 1.25)
        let leaky = Activation.leakyRelu(slope: 0.2)
        let generator = MLP(sizes: [1, 32, 32, 1], activation: leaky, using: &rng)
        let discriminator = MLP(sizes: [1, 32, 32, 1], activation: leaky, using: &rng)
        let trainer = GANTrainer(
            generator: generator, discriminator: discriminator,
            generatorOptimizer: Adam(parameters: generator.parameters, learningRate: 5e-4, beta1: 0.5, beta2: 0.999),
            discriminatorOptimizer: Adam(
                parameters: discriminator.parameters, learningRate: 5e-4, beta1: 0.5, beta2: 0.999),
            generatorCost: .nonSaturating, discriminatorSteps: 1, batchSize: 256,
            data: { count, rng in Tensor(rows: count, cols: 1, data: bank.sample(count, using: &rng).map(Float.init)) })
        let history = try trainer.train(steps: 10, using: &rng)
        XCTAssertEqual(history.map(\.discriminatorLoss.bitPattern), [
            0x3ff7745100000000, 0x3ff7115c80000000, 0x3ff6bbfbc0000000, 0x3ff666b540000000, 0x3ff61b9100000000,
            0x3ff5ce48a0000000, 0x3ff5847460000000, 0x3ff53ba720000000, 0x3ff4f4fe60000000, 0x3ff4bd5be0000000,
        ])
        XCTAssertEqual(history.map(\.generatorLoss.bitPattern), [
            0x3fe801b320000000, 0x3fe7fc6c20000000, 0x3fe7f41f20000000, 0x3fe7ebe080000000, 0x3fe7e1cac0000000,
            0x3fe7d93160000000, 0x3fe7cec560000000, 0x3fe7be77e0000000, 0x3fe7aeb0a0000000, 0x3fe7a18080000000,
        ])
        XCTAssertEqual(
            trainer.generate(5, using: &rng).data.map(\.bitPattern),
            [0x3e211c38, 0x3e7a8d03, 0x3dcd28f3, 0x3e1e80ec, 0x3e89b4c1])
    }
}
