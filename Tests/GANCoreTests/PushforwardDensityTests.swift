import Foundation
import XCTest
@testable import GANCore

final class PushforwardDensityTests: XCTestCase {
    private let noiseGrid = Grid(from: -1, to: 1, count: 2_001)
    private let uniform = Uniform(low: -1, high: 1)

    func testAnAffineMapOfUniformNoiseIsUniform() {
        let density = PushforwardDensity(noise: uniform, on: noiseGrid) { $0.map { 3 + 2 * $0 } }
        XCTAssertEqual(density.pdf(3), 0.25, accuracy: 1e-9)
        XCTAssertEqual(density.pdf(1.2), 0.25, accuracy: 1e-9)
        XCTAssertEqual(density.pdf(0.9), 0)
        XCTAssertEqual(density.pdf(5.1), 0)
    }

    func testAFoldingMapAddsBothBranches() {
        // |z| for z uniform on [-1, 1] is uniform on [0, 1]: each x has two preimages of density 1/2.
        let density = PushforwardDensity(noise: uniform, on: noiseGrid) { $0.map(abs) }
        for x in [0.1, 0.5, 0.93] { XCTAssertEqual(density.pdf(x), 1, accuracy: 1e-9, "x = \(x)") }
        XCTAssertEqual(density.pdf(-0.2), 0)
    }

    func testNormalNoiseThroughAnAffineMapGivesTheShiftedNormal() {
        let grid = Grid(from: -8, to: 8, count: 4_001)
        let density = PushforwardDensity(noise: Normal(), on: grid) { $0.map { 4 + 1.25 * $0 } }
        let target = Normal(mean: 4, std: 1.25)
        for x in [1.0, 3.3, 4, 6.5] { XCTAssertEqual(density.pdf(x), target.pdf(x), accuracy: 1e-3, "x = \(x)") }
        let integral = Grid(from: -8, to: 16, count: 4_801).integrate { density.pdf($0) }
        XCTAssertEqual(integral, 1, accuracy: 1e-3)
    }

    func testSamplesFollowTheDensity() {
        var rng = RNG(seed: 3)
        let density = PushforwardDensity(noise: uniform, on: noiseGrid) { $0.map { 3 + 2 * $0 } }
        let xs = density.sample(20_000, using: &rng)
        XCTAssertTrue(xs.allSatisfy { $0 >= 1 && $0 <= 5 })
        XCTAssertEqual(xs.reduce(0, +) / Double(xs.count), 3, accuracy: 0.03)
        let fit = Normal.maximumLikelihood(xs)
        XCTAssertEqual(fit.std, 2 / 3.0.squareRoot(), accuracy: 0.02)  // a uniform of width 4
    }
}
