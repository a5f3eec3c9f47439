import Foundation
import XCTest
@testable import GANCore

final class DistributionTests: XCTestCase {
    private let grid = Grid(from: -20, to: 20, count: 40_001)

    func testDensitiesIntegrateToOne() {
        XCTAssertEqual(grid.integrate { Normal(mean: 1, std: 2).pdf($0) }, 1, accuracy: 1e-9)
        XCTAssertEqual(grid.integrate { Mixture([Normal(mean: -2, std: 0.5), Normal(mean: 3)], weights: [1, 3]).pdf($0) },
                       1, accuracy: 1e-9)
        XCTAssertEqual(grid.integrate { Uniform(low: -1, high: 1).pdf($0) }, 1, accuracy: 1e-3)
    }

    func testNormalLogPdfAndMaximumLikelihood() {
        XCTAssertEqual(Normal().logPdf(0), -0.5 * log(2 * .pi), accuracy: 1e-12)
        XCTAssertEqual(Normal(mean: 4, std: 1.25).pdf(4), 1 / (1.25 * (2 * Double.pi).squareRoot()), accuracy: 1e-12)
        let fit = Normal.maximumLikelihood([1, 2, 3, 4])
        XCTAssertEqual(fit.mean, 2.5)
        XCTAssertEqual(fit.std, 1.25.squareRoot(), accuracy: 1e-12)
        var rng = RNG(seed: 7)
        let notes = Normal(mean: 4, std: 1.25).sample(1_000, using: &rng)
        XCTAssertEqual(Normal.maximumLikelihood(notes).mean, 4, accuracy: 0.15)
    }

    func testMixtureSamplesFollowTheWeights() {
        var rng = RNG(seed: 3)
        let xs = Mixture([Normal(mean: -5, std: 0.1), Normal(mean: 5, std: 0.1)], weights: [1, 3]).sample(8_000, using: &rng)
        XCTAssertEqual(Double(xs.filter { $0 > 0 }.count) / 8_000, 0.75, accuracy: 0.02)
    }

    func testRingAndGridLayouts() {
        let ring = GaussianMixture2D.ring()
        XCTAssertEqual(ring.means.count, 8)
        XCTAssertEqual(ring.std, 0.05)
        XCTAssertTrue(ring.means.allSatisfy { abs($0.distance(to: Point(0, 0)) - 2) < 1e-12 })
        XCTAssertEqual(ring.means[2].y, 2, accuracy: 1e-12)
        let grid = GaussianMixture2D.grid()
        XCTAssertEqual(grid.means.count, 25)
        XCTAssertEqual(Set(grid.means.map(\.x)), [-4, -2, 0, 2, 4])
    }

    func testPointsRoundTripThroughTensors() {
        var rng = RNG(seed: 1)
        let points = GaussianMixture2D.ring().sample(5, using: &rng)
        let tensor = Tensor(points: points)
        XCTAssertEqual(tensor.shape, [5, 2])
        for (p, q) in zip(tensor.points, points) {
            XCTAssertEqual(p.x, q.x, accuracy: 1e-6)
            XCTAssertEqual(p.y, q.y, accuracy: 1e-6)
        }
    }
}
