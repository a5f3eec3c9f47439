import Foundation
import XCTest
@testable import GANCore

final class ModeCollapseMetricsTests: XCTestCase {
    func testThePapersMixturesHaveTheirSettings() {
        let ring = GaussianMixture2D.pacganRing
        XCTAssertEqual(ring.means.count, 8)
        XCTAssertEqual(ring.std, 0.01)
        XCTAssertTrue(ring.means.allSatisfy { abs($0.distance(to: Point(0, 0)) - 1) < 1e-12 })
        XCTAssertEqual(ring.means[2].y, 1, accuracy: 1e-12)
        let grid = GaussianMixture2D.pacganGrid
        XCTAssertEqual(grid.means.count, 25)
        XCTAssertEqual(grid.std, 0.05)
        XCTAssertEqual(Set(grid.means.map(\.x)), [-4, -2, 0, 2, 4])
        XCTAssertEqual(GaussianMixture2D.courseRing, .ring(modes: 8, radius: 2, std: 0.05))
    }

    /// Points at given offsets from given modes of the PacGAN ring (std 0.01, so 3 std is 0.03).
    private func coverage(_ placements: [(mode: Int, offset: Double)]) -> ModeCoverage {
        let ring = GaussianMixture2D.pacganRing
        let samples = placements.map { Point(ring.means[$0.mode].x + $0.offset, ring.means[$0.mode].y) }
        return ModeCoverage(samples: samples, mixture: ring)
    }

    func testReverseKLIsZeroForEqualSharesAndLogKForOneMode() {
        XCTAssertEqual(coverage((0..<8).map { ($0, 0) }).reverseKL, 0, accuracy: 1e-12)
        let one = coverage([(3, 0), (3, 0.01), (3, -0.02)])
        XCTAssertEqual(one.reverseKL, log(8), accuracy: 1e-12)
        XCTAssertEqual(one.dominantMode, 3)
    }

    func testReverseKLCountsOnlyHighQualitySamples() {
        // 4 + 4 good samples on modes 0 and 1, two more 0.031 away (outside 3 std): q = (1/2, 1/2, 0, ...),
        // so KL(q || uniform) = 2 * 1/2 * log((1/2) / (1/8)) = log 4.
        let result = coverage([(0, 0), (0, 0.029), (0, -0.01), (0, 0), (1, 0), (1, 0), (1, 0.02), (1, 0),
                               (2, 0.031), (5, -0.031)])
        XCTAssertEqual(result.modesCaptured, 2)
        XCTAssertEqual(result.highQualityShare, 0.8, accuracy: 1e-12)
        XCTAssertEqual(result.reverseKL, log(4), accuracy: 1e-12)
    }

    func testReverseKLOfUnequalShares() {
        // q = (3/4, 1/4): 3/4 log(6) + 1/4 log(2).
        let result = coverage([(0, 0), (0, 0), (0, 0), (6, 0)])
        XCTAssertEqual(result.reverseKL, 0.75 * log(6) + 0.25 * log(2), accuracy: 1e-12)
        XCTAssertEqual(result.dominantMode, 0)
    }

    func testNoHighQualitySampleGivesInfiniteReverseKLAndNoDominantMode() {
        let result = coverage([(0, 0.5), (4, 0.2)])
        XCTAssertEqual(result.modesCaptured, 0)
        XCTAssertEqual(result.reverseKL, .infinity)
        XCTAssertNil(result.dominantMode)
    }

    func testMetricSummaryUsesTheSampleStandardDeviation() {
        let summary = MetricSummary([1, 2, 3, 4])
        XCTAssertEqual(summary.mean, 2.5)
        XCTAssertEqual(summary.standardDeviation, (5.0 / 3).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(summary.standardError, (5.0 / 3).squareRoot() / 2, accuracy: 1e-12)
        XCTAssertEqual(summary.formatted(), "2.5 ± 1.3")
        XCTAssertEqual(MetricSummary([7]).standardDeviation, 0)
    }

    func testRemedyNames() {
        XCTAssertEqual(
            [ModeCollapseRemedy.none, .packing(3), .minibatchStd(groupSize: 4), .r1(gamma: 0.1)].map(\.description),
            ["GAN", "PacGAN3", "minibatch std (groups of 4)", "R1 (γ = 0.1)"])
    }
}
