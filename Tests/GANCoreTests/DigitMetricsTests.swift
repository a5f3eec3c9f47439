import XCTest
@testable import GANCore

final class DigitMetricsTests: XCTestCase {
    func testEigenvaluesOfATwoByTwo() {
        let eigen = SymmetricEigenvalues([[2, 1], [1, 2]])
        XCTAssertEqual(eigen.values[0], 1, accuracy: 1e-12)
        XCTAssertEqual(eigen.values[1], 3, accuracy: 1e-12)
        XCTAssertEqual(abs(eigen.vectors[1][0]), 1 / 2.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(eigen.vectors[1][0], eigen.vectors[1][1], accuracy: 1e-12)
    }

    func testEigenvaluesRebuildTheMatrix() {
        let m: [[Double]] = [[4, 1, -2, 0.5], [1, 3, 0, 1], [-2, 0, 5, 2], [0.5, 1, 2, 1]]
        let eigen = SymmetricEigenvalues(m)
        for i in 0..<4 {
            for j in 0..<4 {
                let rebuilt = (0..<4).reduce(0.0) { $0 + eigen.values[$1] * eigen.vectors[$1][i] * eigen.vectors[$1][j] }
                XCTAssertEqual(rebuilt, m[i][j], accuracy: 1e-10)
            }
        }
        XCTAssertEqual(eigen.values.reduce(0, +), 13, accuracy: 1e-10, "the trace")
    }

    func testFrechetDistanceInOneDimension() {
        // a: mean 1, unbiased variance 2; b: mean 6, variance 8. (1 - 6)² + (√2 - √8)² = 25 + 2.
        XCTAssertEqual(frechetDistance([[0], [2]], [[4], [8]]), 27, accuracy: 1e-9)
        XCTAssertEqual(frechetDistance([[0], [2], [7]], [[0], [2], [7]]), 0, accuracy: 1e-9)
    }

    func testFrechetDistanceWithCovariancesThatDoNotCommute() {
        // Σa = I, Σb has eigenvalues 3 and 1: Tr(I + Σb) - 2 (√3 + 1) = 6 - 2√3 - 2.
        let distance = frechetDistance(
            meanA: [0, 0], covarianceA: [[1, 0], [0, 1]], meanB: [1, 2], covarianceB: [[2, 1], [1, 2]])
        XCTAssertEqual(distance, 5 + 4 - 2 * 3.0.squareRoot(), accuracy: 1e-9)
    }

    func testClassCoverageCountsSharesAndMisses() {
        let coverage = ClassCoverage(predictions: [0, 0, 1, 2, 2, 2] + Array(repeating: 3, count: 94), classCount: 5,
                                     minimumShare: 0.02)
        XCTAssertEqual(coverage.counts, [2, 1, 3, 94, 0])
        XCTAssertEqual(coverage.classesCovered, 3, "class 1 has 1 of 100 samples, below 2%")
        XCTAssertEqual(coverage.missingClasses, [1, 4])
        XCTAssertEqual(coverage.shares[3], 0.94, accuracy: 1e-12)
        XCTAssertEqual(ClassCoverage(predictions: [], classCount: 3).classesCovered, 0)
    }

    func testSoftmaxCrossEntropyMatchesTheFormula() {
        let logits = Tensor([[1, 2, 3], [0, 0, 0]])
        let loss = softmaxCrossEntropy(logits: logits, labels: [2, 1]).scalar
        let first = log(exp(1.0) + exp(2.0) + exp(3.0)) - 3
        XCTAssertEqual(Double(loss), (first + log(3.0)) / 2, accuracy: 1e-6)
        // Huge logits do not overflow.
        XCTAssertEqual(softmaxCrossEntropy(logits: Tensor([[1000, 0]]), labels: [0]).scalar, 0, accuracy: 1e-6)
    }

    func testSoftmaxCrossEntropyGradient() {
        var rng = RNG(seed: 8)
        let logits = Tensor.randomNormal(rows: 4, cols: 3, using: &rng)
        checkGradients([logits]) { softmaxCrossEntropy(logits: $0[0], labels: [0, 2, 1, 2]) }
    }

    func testClassifierTrainingLowersTheLossAndGivesFeatures() {
        var rng = RNG(seed: 1)
        let classifier = DigitClassifier(using: &rng)
        let losses = classifier.train(on: DigitImages(count: 500, seed: 1), epochs: 6, learningRate: 3e-3, using: &rng)
        XCTAssertLessThan(losses.last!, losses.first! * 0.8)
        let test = DigitImages(count: 50, seed: 2)
        XCTAssertEqual(classifier.predict(test.images).count, 50)
        XCTAssertTrue(classifier.predict(test.images).allSatisfy { (0..<10).contains($0) })
        XCTAssertEqual(classifier.features(test.images).count, 50)
        XCTAssertEqual(classifier.features(test.images)[0].count, 64)
        XCTAssertGreaterThan(classifier.accuracy(on: test), 0.3, "well above chance (0.1) after a short training")
    }
}

final class NearestNeighbourTests: XCTestCase {
    func testNearestRowsAndDistances() {
        let reference = Tensor([[0, 0], [3, 4], [1, 1]])
        let samples = Tensor([[3, 4], [0.9, 1.2], [-3, -4]])
        XCTAssertEqual(nearestNeighbours(of: samples, in: reference).map(\.index), [1, 2, 0])
        let distances = nearestNeighbours(of: samples, in: reference).map(\.distance)
        XCTAssertEqual(distances[0], 0)
        XCTAssertEqual(distances[1], (0.01 + 0.04).squareRoot(), accuracy: 1e-6)
        XCTAssertEqual(distances[2], 5, accuracy: 1e-6)
    }

    func testLongRowsUseEveryValue() {
        // 37 values: two blocks of sixteen and a remainder of five, each of which must count.
        let a = Tensor(rows: 1, cols: 37, data: Array(repeating: 0, count: 37))
        var far = Array(repeating: Float(0), count: 37)
        far[36] = 2
        far[20] = 1
        let reference = Tensor(rows: 2, cols: 37, data: far + Array(repeating: 1, count: 37))
        let found = nearestNeighbours(of: a, in: reference)[0]
        XCTAssertEqual(found.index, 0)
        XCTAssertEqual(found.distance, 5.0.squareRoot(), accuracy: 1e-6)
    }
}
