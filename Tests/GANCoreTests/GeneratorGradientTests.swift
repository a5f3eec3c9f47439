import Foundation
import XCTest
@testable import GANCore

final class GeneratorGradientTests: XCTestCase {
    /// G(z) = w z + b and D's logit l = a x + c, so every gradient has a closed form.
    private func affinePair() -> (generator: MLP, discriminator: MLP) {
        var rng = RNG(seed: 0)
        let generator = MLP(sizes: [1, 1], using: &rng)
        let discriminator = MLP(sizes: [1, 1], using: &rng)
        generator.layers[0].weight.assign([1.5])
        generator.layers[0].bias.assign([-0.5])
        discriminator.layers[0].weight.assign([-2])
        discriminator.layers[0].bias.assign([1])
        return (generator, discriminator)
    }

    func testTheNormMatchesTheClosedFormForEveryCost() {
        let (generator, discriminator) = affinePair()
        let zs = [-1.0, 0.2, 0.7, 2]
        let logits = zs.map { -2 * (1.5 * $0 - 0.5) + 1 }
        let sigmoid = { (l: Double) in 1 / (1 + exp(-l)) }
        // d cost / d logit per sample, averaged over the batch; then dl/dw = a z and dl/db = a with a = -2.
        let slopes: [GeneratorCost: (Double) -> Double] = [
            .minimax: { -sigmoid($0) }, .nonSaturating: { -(1 - sigmoid($0)) }, .maximumLikelihood: { -exp($0) },
        ]
        for cost in GeneratorCost.allCases {
            let s = logits.map(slopes[cost]!)
            let dw = zip(s, zs).reduce(0) { $0 + $1.0 * -2 * $1.1 } / 4
            let db = s.reduce(0) { $0 + $1 * -2 } / 4
            let norm = generatorGradientNorm(
                generator: generator, discriminator: discriminator, cost: cost, noise: Tensor(column: zs))
            XCTAssertEqual(norm, (dw * dw + db * db).squareRoot(), accuracy: 1e-5, "\(cost)")
        }
    }

    func testMeasuringLeavesNoGradientsAndRestoresTracking() {
        let (generator, discriminator) = affinePair()
        discriminator.layers[0].bias.requiresGrad = false
        _ = generatorGradientNorm(
            generator: generator, discriminator: discriminator, cost: .nonSaturating, noise: Tensor(column: [0.3]))
        XCTAssertTrue((generator.parameters + discriminator.parameters).allSatisfy { $0.grad.isEmpty })
        XCTAssertEqual(discriminator.parameters.map(\.requiresGrad), [true, false])
    }

    func testACopyComputesTheSameAndIsIndependent() {
        var rng = RNG(seed: 9)
        let network = MLP(sizes: [2, 8, 8, 1], activation: .leakyRelu(slope: 0.2), output: .sigmoid, using: &rng)
        let twin = network.copy()
        let x = Tensor.randomNormal(rows: 5, cols: 2, using: &rng)
        XCTAssertEqual(twin(x).data, network(x).data)
        XCTAssertEqual(twin.layers.map(\.activation), network.layers.map(\.activation))
        twin.layers[0].bias.assign(Array(repeating: 7, count: 8))
        XCTAssertNotEqual(twin(x).data, network(x).data)
        XCTAssertNotEqual(network.layers[0].bias.data, twin.layers[0].bias.data)
    }
}
