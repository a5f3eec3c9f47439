import Foundation
import XCTest
@testable import GANCore

final class EvaluationMetricsTests: XCTestCase {
    // MARK: - Precision and recall (k nearest neighbours)

    func testACollapsedSetHasFullPrecisionAndHalfRecall() throws {
        // k = 1: every real ball has radius 1, so the real manifold is [-1, 2] ∪ [4, 7] and holds both
        // generated points; the generated balls (radius 1) cover [-1, 2], which holds 0 and 1 but not 5 or 6.
        let measured = try PrecisionRecall(real: [[0], [1], [5], [6]], generated: [[0], [1]], k: 1)
        XCTAssertEqual(measured.precision, 1)
        XCTAssertEqual(measured.recall, 0.5)
    }

    func testPrecisionAroundTheCornersOfASquare() throws {
        // k = 3: each corner's third neighbour is the opposite corner, radius √2. (0.5, 0.5) lies 0.71 from
        // every corner and (2.4, 1) lies 1.4 from (1, 1): inside. (3, 3) lies 2.83 from (1, 1): outside.
        // Each generated ball reaches the generated point furthest away, so every corner is covered.
        let corners: [[Double]] = [[0, 0], [1, 0], [0, 1], [1, 1]]
        let measured = try PrecisionRecall(real: corners, generated: [[0.5, 0.5], [3, 3], [2.4, 1], [10, 10]])
        XCTAssertEqual(measured.precision, 0.5)
        XCTAssertEqual(measured.recall, 1)
    }

    func testABallIncludesItsEdge() throws {
        let manifold = try KNearestManifold([[0], [2]], k: 1)
        XCTAssertEqual(manifold.squaredRadii, [4, 4])
        XCTAssertEqual(try manifold.contains([[4], [4.001], [-2], [1]]), [true, false, true, true])
    }

    func testPointsInThePlaneAreMeasuredLikeVectors() throws {
        let real = [Point(0, 0), Point(1, 0), Point(5, 0), Point(6, 0)]
        let measured = try PrecisionRecall(real: real, generated: [Point(0, 0), Point(1, 0)], k: 1)
        XCTAssertEqual(measured, try PrecisionRecall(real: [[0], [1], [5], [6]], generated: [[0], [1]], k: 1))
    }

    func testPrecisionRecallRejectsAnEmptySet() {
        XCTAssertThrowsError(try PrecisionRecall(real: [], generated: [[0], [1], [2], [3]])) { error in
            XCTAssertEqual("\(error)", "PrecisionRecall: the real set is empty; pass at least k + 1 = 4 vectors")
        }
        XCTAssertThrowsError(try PrecisionRecall(real: [[0], [1], [2], [3]], generated: [])) { error in
            XCTAssertEqual("\(error)", "PrecisionRecall: the generated set is empty; pass at least k + 1 = 4 vectors")
        }
    }

    func testPrecisionRecallRejectsKAsLargeAsTheSet() {
        XCTAssertThrowsError(try PrecisionRecall(real: [[0], [1], [2]], generated: [[0], [1], [2], [3]])) { error in
            XCTAssertEqual("\(error)", "KNearestManifold: k = 3 needs at least 4 vectors in the real set "
                + "(a ball reaches the k-th other vector), got 3; lower k or pass more vectors")
        }
        XCTAssertThrowsError(try KNearestManifold([[0], [1]], k: 0)) { error in
            XCTAssertEqual("\(error)", "KNearestManifold: k must be at least 1, got 0")
        }
    }

    func testPrecisionRecallRejectsMismatchedDimensions() {
        let plane: [[Double]] = [[0, 0], [1, 0], [0, 1], [1, 1]]
        XCTAssertThrowsError(try PrecisionRecall(real: plane, generated: plane.map { $0 + [0] })) { error in
            XCTAssertEqual("\(error)", "PrecisionRecall: real vectors have 2 values and generated ones 3; "
                + "compute both with the same features")
        }
        XCTAssertThrowsError(try PrecisionRecall(real: plane + [[2]], generated: plane)) { error in
            XCTAssertEqual("\(error)", "PrecisionRecall: vector 4 of the real set has length 1, but the first "
                + "vector has length 2; every vector must have the same length (the same features)")
        }
        XCTAssertThrowsError(try KNearestManifold(plane).contains([[0, 0, 0]])) { error in
            XCTAssertEqual("\(error)", "KNearestManifold: vector 0 of the vectors has length 3, but the first "
                + "vector has length 2; every vector must have the same length (the same features)")
        }
    }

    // MARK: - Parzen window

    func testParzenWindowInOneDimension() throws {
        let window = try ParzenWindow(samples: [[0], [2]], sigma: 1)
        let halfLog2Pi = 0.5 * log(2 * Double.pi)
        let values = try window.logDensities([[1], [0]])
        // At 1 both kernels give e^(-1/2)/√(2π); at 0 they give 1/√(2π) and e^(-2)/√(2π), averaged.
        XCTAssertEqual(values[0], -0.5 - halfLog2Pi, accuracy: 1e-12)
        XCTAssertEqual(values[1], log(0.5 * (1 + exp(-2))) - halfLog2Pi, accuracy: 1e-12)
        XCTAssertEqual(try window.meanLogLikelihood([[1], [0]]), (values[0] + values[1]) / 2, accuracy: 1e-12)
    }

    func testParzenWindowCountsEveryDimension() throws {
        // One kernel of σ = 2 in the plane: its peak is 1 / (2π σ²) = 1 / (8π).
        let window = try ParzenWindow(samples: [[0, 0]], sigma: 2)
        XCTAssertEqual(try window.logDensities([[0, 0]])[0], -log(8 * Double.pi), accuracy: 1e-12)
    }

    func testParzenWindowStaysFiniteFarFromEverySample() throws {
        // exp(-5e7) underflows to 0; the log-sum-exp keeps the exact value.
        let window = try ParzenWindow(samples: [[0], [0]], sigma: 0.1)
        let value = try window.logDensities([[1000]])[0]
        XCTAssertEqual(value, -1000 * 1000 / (2 * 0.01) - log(0.1) - 0.5 * log(2 * Double.pi), accuracy: 1e-6)
    }

    func testParzenBandwidthIsChosenOnTheValidationSet() throws {
        // One sample at 0, one validation point at 1: the log-likelihood -1/(2σ²) - log σ - ½ log 2π peaks at σ = 1.
        let (window, scores) = try ParzenWindow.fitted(samples: [[0]], validation: [[1]], sigmas: [0.5, 1, 2])
        XCTAssertEqual(window.sigma, 1)
        for (sigma, score) in zip([0.5, 1, 2], scores) {
            XCTAssertEqual(score, -1 / (2 * sigma * sigma) - log(sigma) - 0.5 * log(2 * Double.pi), accuracy: 1e-12)
        }
    }

    func testParzenWindowRejectsBadInput() {
        XCTAssertThrowsError(try ParzenWindow(samples: [[0]], sigma: 0)) { error in
            XCTAssertEqual("\(error)", "ParzenWindow: sigma must be positive and finite, got 0.0")
        }
        XCTAssertThrowsError(try ParzenWindow(samples: [], sigma: 1)) { error in
            XCTAssertEqual("\(error)", "ParzenWindow: the sample set is empty; pass at least one sample")
        }
        XCTAssertThrowsError(try ParzenWindow(samples: [[0, 0]], sigma: 1).logDensities([[0]])) { error in
            XCTAssertEqual("\(error)", "ParzenWindow: vector 0 of the points has length 1, but the first vector "
                + "has length 2; every vector must have the same length (the same features)")
        }
        XCTAssertThrowsError(try ParzenWindow(samples: [[0]], sigma: 1).meanLogLikelihood([])) { error in
            XCTAssertEqual("\(error)", "ParzenWindow: the test set is empty; pass at least one point")
        }
        XCTAssertThrowsError(try ParzenWindow.fitted(samples: [[0]], validation: [[1]], sigmas: [])) { error in
            XCTAssertEqual("\(error)", "ParzenWindow: no candidate sigmas; pass at least one")
        }
        XCTAssertThrowsError(try ParzenWindow.fitted(samples: [[0]], validation: [], sigmas: [1])) { error in
            XCTAssertEqual("\(error)", "ParzenWindow: the validation set is empty; pass at least one point")
        }
    }

    // MARK: - Latent interpolation

    func testLinearInterpolationWalksTheStraightLine() throws {
        let path = try interpolate(from: Tensor([[0, 0], [1, 1]]), to: Tensor([[2, 4], [1, -1]]), steps: 3)
        XCTAssertEqual(path.rowArrays, [[0, 0], [1, 2], [2, 4], [1, 1], [1, 0], [1, -1]])
    }

    func testSphericalInterpolationKeepsTheLength() throws {
        let path = try interpolate(from: Tensor([[1, 0]]), to: Tensor([[0, 1]]), steps: 4, .spherical)
        // Steps of 30° along the unit circle.
        for (row, degrees) in [0.0, 30, 60, 90].enumerated() {
            XCTAssertEqual(Double(path[row, 0]), cos(degrees * .pi / 180), accuracy: 1e-6)
            XCTAssertEqual(Double(path[row, 1]), sin(degrees * .pi / 180), accuracy: 1e-6)
        }
        let parallel = try interpolate(from: Tensor([[1, 0]]), to: Tensor([[3, 0]]), steps: 3, .spherical)
        XCTAssertEqual(parallel.rowArrays, [[1, 0], [2, 0], [3, 0]], "parallel ends: the straight line")
    }

    func testInterpolationRejectsBadInput() {
        XCTAssertThrowsError(try interpolate(from: Tensor([[0, 0]]), to: Tensor([[0, 0, 0]]), steps: 3)) { error in
            XCTAssertEqual("\(error)", "interpolate: start is 1 x 2 but end is 1 x 3; pass one end row for each "
                + "start row, of the same width")
        }
        XCTAssertThrowsError(try interpolate(from: Tensor([[0]]), to: Tensor([[1]]), steps: 1)) { error in
            XCTAssertEqual("\(error)", "interpolate: steps must be at least 2 (both ends), got 1")
        }
    }

    // MARK: - Memorisation

    func testMemorisationCheckComparesGeneratedWithHeldOut() throws {
        let check = try MemorisationCheck(
            generated: Tensor([[0], [10.5], [3]]), heldOut: Tensor([[1], [9], [4], [12]]), training: Tensor([[0], [10]]))
        XCTAssertEqual(check.generatedDistances, [0, 0.5, 3])
        XCTAssertEqual(check.heldOutDistances, [1, 1, 4, 2])
        XCTAssertEqual(check.medianRatio, 0.25, "medians 0.5 and 2")
        XCTAssertEqual(check.shareNearerThanHeldOut(quantile: 0), 2 / 3, accuracy: 1e-12, "0 and 0.5 are nearer than 1")
    }

    func testMemorisationCheckRejectsBadInput() {
        XCTAssertThrowsError(try MemorisationCheck(
            generated: Tensor(rows: 0, cols: 1, data: []), heldOut: Tensor([[1]]), training: Tensor([[0]]))) { error in
            XCTAssertEqual("\(error)", "MemorisationCheck: the generated set is empty; pass at least one sample")
        }
        XCTAssertThrowsError(try MemorisationCheck(
            generated: Tensor([[0]]), heldOut: Tensor([[1, 1]]), training: Tensor([[0]]))) { error in
            XCTAssertEqual("\(error)", "MemorisationCheck: the held-out set has 2 values per sample and the "
                + "training set 1; measure all three in the same space")
        }
    }
}
