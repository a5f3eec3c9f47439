import XCTest
@testable import LessonRuntime

final class NiceScaleTests: XCTestCase {
    func testStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        XCTAssertEqual(NiceScale.step(in: 0...1, maxTicks: 6), 0.2, accuracy: 1e-12)
        XCTAssertEqual(NiceScale.step(in: 0...1000, maxTicks: 6), 200, accuracy: 1e-9)
        XCTAssertEqual(NiceScale.step(in: 0...7, maxTicks: 8), 1, accuracy: 1e-12)
        XCTAssertEqual(NiceScale.step(in: 0...0.03, maxTicks: 4), 0.01, accuracy: 1e-12)
        XCTAssertEqual(NiceScale.step(in: 0...45, maxTicks: 10), 5, accuracy: 1e-12)
        XCTAssertEqual(NiceScale.step(in: 0...2000, maxTicks: 8), 500, accuracy: 1e-9)
    }

    func testTicksLieOnMultiplesInsideTheDomain() {
        XCTAssertEqual(NiceScale.ticks(in: 0...1, maxTicks: 6).map { ($0 * 10).rounded() / 10 }, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(NiceScale.ticks(in: -2.7...2.7, maxTicks: 6), [-2, -1, 0, 1, 2])
        XCTAssertEqual(NiceScale.ticks(in: 3...2003, maxTicks: 5), [500, 1000, 1500, 2000])
    }

    func testEveryAxisGetsAtLeastTwoTicks() {
        XCTAssertEqual(NiceScale.ticks(in: 0...1.05, maxTicks: 2), [0, 1])
        XCTAssertEqual(NiceScale.ticks(in: 0.31...0.38, maxTicks: 2).count, 4)
    }

    func testNeverMoreTicksThanAsked() {
        for span in [0.7, 1, 3, 9.99, 12, 150, 4321] {
            for count in 3...10 {
                XCTAssertLessThanOrEqual(NiceScale.ticks(in: 0...span, maxTicks: count).count, count, "\(span) \(count)")
            }
        }
    }

    func testLabelsShareTheirDecimalsAndUseATrueMinus() {
        XCTAssertEqual(NiceScale.labels(for: [0, 0.2, 0.4, 0.6000000000000001]), ["0", "0.2", "0.4", "0.6"])
        XCTAssertEqual(NiceScale.labels(for: [-1, -0.5, 0, 0.5, 1]), ["\u{2212}1.0", "\u{2212}0.5", "0", "0.5", "1.0"])
        XCTAssertEqual(NiceScale.labels(for: [0, 500, 1000]), ["0", "500", "1000"])
        XCTAssertEqual(NiceScale.labels(for: [0, 2e6, 4e6]), ["0", "2e6", "4e6"])
        XCTAssertEqual(NiceScale.labels(for: [0, 5e-5, 1e-4]), ["0", "5e-5", "1e-4"])
    }
}
