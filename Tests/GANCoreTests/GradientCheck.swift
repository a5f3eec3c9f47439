import XCTest
@testable import GANCore

/// Compares the gradients from `backward()` with central finite differences, in Float.
///
/// The formulas of the pointwise derivatives are checked in Double to 1e-6 elsewhere
/// (PointwiseDerivativeTests); this check is about the tensor plumbing (indices,
/// broadcasting, transposes), where a mistake gives errors of order 1, not 1e-3.
/// In Float, a step h = 1e-2 balances truncation error (about h^2 |f'''|) against
/// rounding (about 1e-7 |f| / h), which leaves about 1e-3: hence the tolerance.
func checkGradients(
    _ inputs: [Tensor], tolerance: Float = 3e-3, file: StaticString = #filePath, line: UInt = #line,
    _ f: ([Tensor]) -> Tensor
) {
    // A fixed random weighting makes every output element matter differently.
    var rng = RNG(seed: 99)
    let output = f(inputs)
    let weights = Tensor.randomNormal(rows: output.rows, cols: output.cols, using: &rng)
    func loss(_ xs: [Tensor]) -> Tensor { (f(xs) * weights).sum() }
    for x in inputs {
        x.requiresGrad = true
        x.zeroGrad()
    }
    loss(inputs).backward()
    let h: Float = 1e-2
    for (which, x) in inputs.enumerated() {
        let analytic = x.grad
        XCTAssertEqual(analytic.count, x.count, "input \(which) got no gradient", file: file, line: line)
        for i in 0..<x.count {
            let original = x.data
            var plus = original, minus = original
            plus[i] += h
            minus[i] -= h
            x.assign(plus)
            let up = loss(inputs).scalar
            x.assign(minus)
            let down = loss(inputs).scalar
            x.assign(original)
            let numeric = (up - down) / (2 * h)
            XCTAssertEqual(analytic[i], numeric, accuracy: tolerance * max(1, abs(numeric)),
                           "input \(which), element \(i)", file: file, line: line)
        }
    }
}
