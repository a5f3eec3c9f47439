import XCTest
@testable import GANCore

final class TensorGradientTests: XCTestCase {
    private var rng = RNG(seed: 5)

    private func random(_ rows: Int, _ cols: Int) -> Tensor {
        Tensor.randomNormal(rows: rows, cols: cols, using: &rng)
    }

    func testMatmulWithEveryKernelPath() {
        // 9 x 11 by 11 x 19: a 6-row block and a short one, a 16-column panel and a zero-padded one.
        checkGradients([random(9, 11), random(11, 19)]) { $0[0].matmul($0[1]) }
        checkGradients([random(6, 3), random(3, 1)]) { $0[0].matmul($0[1]) }
    }

    func testBroadcastingArithmetic() {
        checkGradients([random(4, 5), random(1, 5)]) { $0[0] + $0[1] }
        checkGradients([random(4, 5), random(4, 1)]) { $0[0] - $0[1] }
        checkGradients([random(4, 5), random(1, 1)]) { $0[0] * $0[1] }
        checkGradients([random(1, 5), random(3, 1)]) { $0[0] * $0[1] }
        checkGradients([random(3, 4), random(3, 4).exp() + 1]) { $0[0] / $0[1] }
        checkGradients([random(3, 4)]) { 2 - (-$0[0]) * 3 + $0[0] / 4 }
    }

    func testActivationsAndFunctions() {
        checkGradients([random(3, 4)]) { $0[0].relu() }
        checkGradients([random(3, 4)]) { $0[0].leakyRelu(slope: 0.1) }
        checkGradients([random(3, 4)]) { $0[0].tanh() }
        checkGradients([random(3, 4)]) { $0[0].sigmoid() }
        checkGradients([random(3, 4)]) { $0[0].softplus() }
        checkGradients([random(3, 4)]) { $0[0].exp() }
        checkGradients([random(3, 4).exp()]) { $0[0].log() }
    }

    func testDenseLayers() {
        // Smooth activations only: with a hundred pre-activations, a finite-difference step would cross
        // some ReLU kink. The ReLU layers equal affine + relu bit for bit (MatrixKernelTests), checked above.
        for activation in [Activation.identity, .tanh, .sigmoid] {
            checkGradients([random(7, 5), random(5, 18), random(1, 18)]) {
                $0[0].dense($0[1], $0[2], activation: activation)
            }
        }
    }

    func testTakingAndStackingRows() {
        checkGradients([random(5, 3)]) { $0[0].rows(in: 1..<4) }
        checkGradients([random(2, 3), random(4, 3)]) { .stackingRows([$0[0], $0[1].tanh()]) }
        let stacked = Tensor.stackingRows([Tensor([[1, 2]]), Tensor([[3, 4], [5, 6]])])
        XCTAssertEqual(stacked.rowArrays, [[1, 2], [3, 4], [5, 6]])
        XCTAssertEqual(stacked.rows(in: 1..<3).rowArrays, [[3, 4], [5, 6]])
    }

    func testReductions() {
        checkGradients([random(5, 3)]) { $0[0].sum() }
        checkGradients([random(5, 3)]) { $0[0].mean() }
    }

    func testAComposedNetwork() {
        checkGradients([random(6, 3), random(3, 8), random(1, 8), random(8, 1)]) { t in
            (t[0].matmul(t[1]) + t[2]).tanh().matmul(t[3]).softplus().mean()
        }
    }

    func testReusedTensorGetsTheSumOfItsGradients() {
        let x = Tensor([[3]], requiresGrad: true)
        (x * x + x).sum().backward()
        XCTAssertEqual(x.grad, [7])
    }

    func testNoGradientFlowsIntoDataOrThroughDetach() {
        let w = Tensor([[2]], requiresGrad: true)
        let data = Tensor([[5]])
        let y = (data.matmul(w).detached() * w).sum()
        y.backward()
        XCTAssertEqual(data.grad, [])
        XCTAssertEqual(w.grad, [10])
    }
}
