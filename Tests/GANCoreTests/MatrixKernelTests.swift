import XCTest
@testable import GANCore

final class MatrixKernelTests: XCTestCase {
    /// The product computed plainly, in Double.
    private func reference(_ a: Tensor, _ b: Tensor) -> [Double] {
        var c = [Double](repeating: 0, count: a.rows * b.cols)
        for i in 0..<a.rows {
            for j in 0..<b.cols {
                for p in 0..<a.cols { c[i * b.cols + j] += Double(a[i, p]) * Double(b[p, j]) }
            }
        }
        return c
    }

    func testProductsMatchAPlainLoop() {
        var rng = RNG(seed: 3)
        for (m, k, n) in [(1, 1, 1), (5, 7, 3), (13, 17, 29), (4, 8, 16), (64, 129, 130)] {
            let a = Tensor.randomNormal(rows: m, cols: k, using: &rng)
            let b = Tensor.randomNormal(rows: k, cols: n, using: &rng)
            for (got, want) in zip(a.matmul(b).data, reference(a, b)) {
                XCTAssertEqual(Double(got), want, accuracy: 1e-4 * Double(k).squareRoot(), "\(m)x\(k)x\(n)")
            }
        }
    }

    func testProductIsBitIdenticalAcrossRuns() {
        var rng = RNG(seed: 4)
        let a = Tensor.randomNormal(rows: 256, cols: 128, using: &rng)
        let b = Tensor.randomNormal(rows: 128, cols: 64, using: &rng)
        let first = a.matmul(b).data
        for _ in 0..<3 { XCTAssertEqual(a.matmul(b).data, first) }
    }
}
