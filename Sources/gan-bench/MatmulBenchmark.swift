import Foundation
import GANCore

/// The matrix-product micro-benchmark: repeated size x size products, in GFLOP/s.
struct MatmulBenchmark {
    let size: Int
    let seconds: Double

    func run() {
        var rng = RNG(seed: 1)
        let a = Tensor.randomNormal(rows: size, cols: size, using: &rng)
        let b = Tensor.randomNormal(rows: size, cols: size, using: &rng)
        var products = 0
        let start = Date()
        var elapsed = 0.0
        while elapsed < seconds {
            _ = a.matmul(b)
            products += 1
            elapsed = Date().timeIntervalSince(start)
        }
        let gflops = 2 * pow(Double(size), 3) * Double(products) / elapsed / 1e9
        print(#"{"impl":"swift","size":\#(size),"gflops":\#((gflops * 100).rounded() / 100)}"#)
    }
}
