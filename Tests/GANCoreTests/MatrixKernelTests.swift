import XCTest
@testable import GANCore

final class MatrixKernelTests: XCTestCase {
    override class func setUp() {
        ComputeSettings(threads: 2, keepsFreedMemory: false).apply()
    }

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

    /// Every element of C must be exactly fma(a[i, p], b[p, j], ...) over p in increasing order, starting
    /// from the chosen start, then finished: the property that makes results the same on every machine.
    /// The large shapes are shared between two threads; the last columns go through the narrow kernel.
    func testEveryElementIsOneFusedMultiplyAddChainBitForBit() {
        var rng = RNG(seed: 5)
        let shapes = [(1, 1, 1), (7, 5, 3), (13, 17, 29), (6, 2, 16), (256, 128, 128), (256, 2, 128), (128, 256, 2),
                      (256, 128, 1), (100, 64, 40), (64, 13, 3), (33, 9, 17), (19, 11, 61)]
        for (m, k, n) in shapes {
            for transposed in [false, true] {
                let a = (0..<m * k).map { _ in Float(rng.normal()) }
                let b = (0..<k * n).map { _ in Float(rng.normal()) }
                let bias = (0..<n).map { _ in Float(rng.normal()) }
                let initial = (0..<m * n).map { _ in Float(rng.normal()) }
                // A transposed: element (i, p) stored at p * m + i, as when the kernel reads X^T.
                let strides = transposed ? MatrixKernels.Strides(row: 1, column: m) : .init(row: k, column: 1)
                func element(_ i: Int, _ p: Int) -> Float { a[i * strides.row + p * strides.column] }
                for start in ["zero", "output", "row"] {
                    var c = initial
                    a.withUnsafeBufferPointer { a in
                        b.withUnsafeBufferPointer { b in
                            bias.withUnsafeBufferPointer { bias in
                                let kernelStart: MatrixKernels.Start =
                                    start == "zero" ? .zero : start == "output" ? .output : .row(bias.baseAddress!)
                                c.withUnsafeMutableBufferPointer { c in
                                    MatrixKernels.multiply(
                                        a.baseAddress!, strides, b.baseAddress!, c.baseAddress!, m: m, k: k, n: n,
                                        start: kernelStart, finish: ReLUFunction())
                                }
                            }
                        }
                    }
                    for i in 0..<m {
                        for j in 0..<n {
                            var sum: Float = start == "zero" ? 0 : start == "output" ? initial[i * n + j] : bias[j]
                            for p in 0..<k { sum = sum.addingProduct(element(i, p), b[p * n + j]) }
                            let want = ReLUFunction().value(sum)
                            guard c[i * n + j].bitPattern == want.bitPattern else {
                                return XCTFail("\(m)x\(k)x\(n) transposed \(transposed) start \(start): element "
                                               + "(\(i), \(j)) is \(c[i * n + j]), not \(want)")
                            }
                        }
                    }
                }
            }
        }
    }

    /// A dense layer is one fused operation; its values and gradients must equal, bit for bit, those of
    /// the affine map followed by the activation as separate operations.
    func testDenseLayerEqualsAffineThenActivationBitForBit() {
        for activation in [Activation.identity, .relu, .leakyRelu(slope: 0.2), .leakyRelu(slope: -0.5), .tanh, .sigmoid] {
            var rng = RNG(seed: 6)
            let x = Tensor.randomNormal(rows: 70, cols: 20, using: &rng)
            let w = Tensor.randomNormal(rows: 20, cols: 19, using: &rng)
            let b = Tensor.randomNormal(rows: 1, cols: 19, using: &rng)
            let weights = Tensor.randomNormal(rows: 70, cols: 19, using: &rng)
            func run(_ layer: (Tensor, Tensor, Tensor) -> Tensor) -> [[Float]] {
                let inputs = [x, w, b].map { Tensor(rows: $0.rows, cols: $0.cols, data: $0.data, requiresGrad: true) }
                let output = layer(inputs[0], inputs[1], inputs[2])
                (output * weights).sum().backward()
                return [output.data] + inputs.map(\.grad)
            }
            let fused = run { $0.dense($1, $2, activation: activation) }
            let separate = run { activation($0.affine($1, $2)) }
            XCTAssertEqual(fused.map { $0.map(\.bitPattern) }, separate.map { $0.map(\.bitPattern) }, "\(activation)")
        }
    }
}
