import XCTest
@testable import GANCore

final class LayerAndOptimizerTests: XCTestCase {
    func testSeededInitialisationIsReproducibleAndBounded() {
        var a = RNG(seed: 11), b = RNG(seed: 11)
        let first = MLP(sizes: [2, 16, 1], using: &a)
        let second = MLP(sizes: [2, 16, 1], using: &b)
        XCTAssertEqual(first.parameters.map(\.data), second.parameters.map(\.data))
        XCTAssertEqual(first.parameterCount, 2 * 16 + 16 + 16 + 1)
        XCTAssertTrue(first.layers[1].weight.data.allSatisfy { abs($0) <= 0.25 })  // 1/sqrt(16)
    }

    func testMLPShapesAndActivations() {
        var rng = RNG(seed: 1)
        let net = MLP(sizes: [3, 5, 2], activation: .tanh, output: .sigmoid, using: &rng)
        let y = net(Tensor.randomNormal(rows: 4, cols: 3, using: &rng))
        XCTAssertEqual(y.shape, [4, 2])
        XCTAssertTrue(y.data.allSatisfy { $0 > 0 && $0 < 1 })
    }

    /// Minimises (w - 3)^2 and returns w.
    private func minimise(_ makeOptimizer: (Tensor) -> any Optimizer, steps: Int) -> Float {
        let w = Tensor([[0]], requiresGrad: true)
        let optimizer = makeOptimizer(w)
        for _ in 0..<steps {
            optimizer.zeroGrad()
            ((w - 3) * (w - 3)).sum().backward()
            optimizer.step()
        }
        return w.scalar
    }

    func testSGDAndMomentumFindTheMinimum() {
        XCTAssertEqual(minimise({ SGD(parameters: [$0], learningRate: 0.1) }, steps: 100), 3, accuracy: 1e-4)
        XCTAssertEqual(minimise({ SGD(parameters: [$0], learningRate: 0.05, momentum: 0.9) }, steps: 300), 3, accuracy: 1e-4)
    }

    func testSGDFirstStepIsLearningRateTimesGradient() {
        XCTAssertEqual(minimise({ SGD(parameters: [$0], learningRate: 0.1, momentum: 0.9) }, steps: 1), 0.6, accuracy: 1e-6)
    }

    func testAdamFirstStepHasSizeLearningRateAndThenConverges() {
        // With bias correction the first Adam step is lr * sign(gradient), whatever the gradient's size.
        XCTAssertEqual(minimise({ Adam(parameters: [$0], learningRate: 0.01) }, steps: 1), 0.01, accuracy: 1e-6)
        XCTAssertEqual(minimise({ Adam(parameters: [$0], learningRate: 0.1) }, steps: 500), 3, accuracy: 1e-2)
    }
}
