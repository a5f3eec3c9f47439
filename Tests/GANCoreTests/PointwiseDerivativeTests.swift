import XCTest
@testable import GANCore

/// Each pointwise derivative against central finite differences in Double:
/// with h = 1e-5 the truncation error is about 1e-10 |f'''| and rounding about 1e-11 |f|,
/// so a relative error below 1e-6 is a fair demand.
final class PointwiseDerivativeTests: XCTestCase {
    private let points: [Double] = [-3.1, -1.2, -0.4, 0.3, 0.9, 2.2, 4.7]

    private func check<F: PointwiseFunction>(_ f: F, at xs: [Double], file: StaticString = #filePath, line: UInt = #line) {
        let h = 1e-5
        for x in xs {
            let numeric = (f.value(x + h) - f.value(x - h)) / (2 * h)
            let analytic = f.derivative(x: x, y: f.value(x))
            let relative = abs(analytic - numeric) / max(abs(numeric), 1e-3)
            XCTAssertLessThan(relative, 1e-6, "\(F.self) at \(x): \(analytic) vs \(numeric)", file: file, line: line)
        }
    }

    func testActivations() {
        check(ReLUFunction(), at: points)
        check(LeakyReLUFunction(slope: 0.2), at: points)
        check(TanhFunction(), at: points)
        check(SigmoidFunction(), at: points)
        check(SoftplusFunction(), at: points)
        check(ExpFunction(), at: points)
        check(LogFunction(), at: points.filter { $0 > 0 })
    }

    func testSigmoidAndSoftplusStayFiniteFarOut() {
        XCTAssertEqual(SigmoidFunction().value(-800.0), 0)
        XCTAssertEqual(SigmoidFunction().value(800.0), 1)
        XCTAssertEqual(SoftplusFunction().value(800.0), 800)
        XCTAssertEqual(SoftplusFunction().value(Float(-200)), 0, accuracy: 1e-30)
    }
}
