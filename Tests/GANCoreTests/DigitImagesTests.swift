import XCTest
@testable import GANCore

final class DigitImagesTests: XCTestCase {
    func testShapesLabelsAndValueRange() {
        let digits = DigitImages(count: 25, seed: 3)
        XCTAssertEqual(digits.images.shape, [25, 256])
        XCTAssertEqual(digits.labels, (0..<25).map { $0 % 10 })
        XCTAssertTrue(digits.images.data.allSatisfy { $0 >= 0 && $0 <= 1 })
        XCTAssertEqual(DigitImages(count: 0, seed: 3).images.shape, [0, 256])
    }

    func testTheSameSeedDrawsTheSameImagesAndAnotherSeedOthers() {
        let a = DigitImages(count: 20, seed: 11)
        XCTAssertEqual(a.images.data, DigitImages(count: 20, seed: 11).images.data)
        XCTAssertNotEqual(a.images.data, DigitImages(count: 20, seed: 12).images.data)
        // A larger set begins with the smaller one: image i depends only on (seed, i).
        XCTAssertEqual(Array(DigitImages(count: 30, seed: 11).images.data.prefix(20 * 256)), a.images.data)
    }

    func testPinnedInkOfTheFirstImage() {
        // Guards the drawing against accidental change: an edit of strokes, style or noise moves these sums.
        let clean = DigitImages(count: 1, seed: 1, noise: 0).images.data
        XCTAssertEqual(clean.reduce(0, +), 29.613134, accuracy: 1e-4)
        XCTAssertEqual(clean.filter { $0 > 0.5 }.count, 27)
        XCTAssertEqual(DigitImages(count: 1, seed: 1).images.data.reduce(0, +), 33.719303, accuracy: 1e-4)
    }

    func testNoiseIsDrawnApartFromTheStyle() {
        let clean = DigitImages(count: 10, seed: 5, noise: 0)
        let noisy = DigitImages(count: 10, seed: 5, noise: 0.05)
        XCTAssertTrue(clean.images.data.allSatisfy { $0 == 0 || $0 == 1 || ($0 > 0 && $0 < 1) })
        XCTAssertNotEqual(clean.images.data, noisy.images.data)
        // The same drawing: ink where the clean image has full ink, up to the clipped noise.
        for (c, n) in zip(clean.images.data, noisy.images.data) {
            XCTAssertLessThan(abs(c - n), 0.4)
        }
    }

    func testEveryImageHasInkAndPaperAndTheClassesDiffer() {
        let digits = DigitImages(count: 200, seed: 9, noise: 0)
        for row in digits.images.rowArrays {
            let ink = row.filter { $0 > 0.5 }.count
            XCTAssertTrue((6...140).contains(ink), "\(ink) inked pixels")
        }
        // The nearest class mean of clean training images names most fresh images correctly:
        // the ten templates are distinct shapes, not ten versions of one.
        var means = Array(repeating: [Float](repeating: 0, count: 256), count: 10)
        for (row, label) in zip(digits.images.rowArrays, digits.labels) {
            for i in 0..<256 { means[label][i] += row[i] / 20 }
        }
        let fresh = DigitImages(count: 200, seed: 10)
        let correct = zip(fresh.images.rowArrays, fresh.labels).filter { row, label in
            let distances = means.map { mean in zip(mean, row).reduce(Float(0)) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
            return distances.indices.min { distances[$0] < distances[$1] } == label
        }.count
        XCTAssertGreaterThan(correct, 100, "\(correct) of 200 by nearest class mean (chance: 20)")
    }

    func testRandomBatchPicksRowsWithTheirLabels() {
        let digits = DigitImages(count: 30, seed: 2)
        var rng = RNG(seed: 4)
        let (images, labels) = digits.randomBatch(8, using: &rng)
        XCTAssertEqual(images.shape, [8, 256])
        for (row, label) in zip(images.rowArrays, labels) {
            let index = digits.images.rowArrays.firstIndex(of: row)
            XCTAssertNotNil(index)
            XCTAssertEqual(digits.labels[index!], label)
        }
    }
}
