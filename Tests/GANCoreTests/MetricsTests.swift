import Foundation
import XCTest
@testable import GANCore

final class MetricsTests: XCTestCase {
    private let grid = Grid(from: -15, to: 15, count: 30_001)

    func testLogLikelihoodIsTheSumOfLogDensities() {
        let d = Normal(mean: 1, std: 2)
        XCTAssertEqual(logLikelihood([0, 1, 3], d), d.logPdf(0) + d.logPdf(1) + d.logPdf(3), accuracy: 1e-12)
        XCTAssertEqual(meanLogLikelihood([0, 1, 3], d), logLikelihood([0, 1, 3], d) / 3, accuracy: 1e-12)
    }

    func testTheorem1CriterionIsMinusLog4WhenTheModelIsPerfect() {
        let data = Mixture([Normal(mean: -1, std: 0.7), Normal(mean: 2, std: 1.5)])
        XCTAssertEqual(trainingCriterion(data: data, model: data, on: grid), -log(4), accuracy: 1e-6)
        XCTAssertEqual(optimalDiscriminator(at: 0.3, data: data, model: data), 0.5)
    }

    func testTheorem1CriterionIsMinusLog4PlusTwiceJSD() {
        let (p, q) = (Normal(mean: 0, std: 1), Normal(mean: 1.5, std: 0.8))
        let criterion = trainingCriterion(data: p, model: q, on: grid)
        XCTAssertEqual(criterion, -log(4) + 2 * jsDivergence(p, q, on: grid), accuracy: 1e-6)
        XCTAssertGreaterThan(criterion, -log(4) + 0.1)
    }

    func testKLOfTwoNormalsMatchesTheClosedForm() {
        let (p, q) = (Normal(mean: 0.5, std: 1), Normal(mean: -1, std: 2))
        let closedForm = log(2.0 / 1) + (1 + 1.5 * 1.5) / (2 * 4) - 0.5
        XCTAssertEqual(klDivergence(p, q, on: grid), closedForm, accuracy: 1e-6)
        XCTAssertEqual(jsDivergence(p, p, on: grid), 0, accuracy: 1e-12)
    }

    func testDiscreteDivergences() {
        XCTAssertEqual(klDivergence([0.5, 0.5, 0], [0.25, 0.25, 0.5]), log(2), accuracy: 1e-12)
        XCTAssertEqual(klDivergence([0.5, 0.5], [1, 0]), .infinity)
        XCTAssertEqual(jsDivergence([1, 0], [0, 1]), log(2), accuracy: 1e-12)
    }

    func testHistogramDivergenceSeparatesRingFromGrid() {
        var rng = RNG(seed: 4)
        let ring = GaussianMixture2D.ring().sample(4_000, using: &rng)
        let ring2 = GaussianMixture2D.ring().sample(4_000, using: &rng)
        let grid = GaussianMixture2D.grid().sample(4_000, using: &rng)
        let h = { (points: [Point]) in Histogram2D(points, from: -5, to: 5, bins: 20).probabilities }
        XCTAssertEqual(h(ring).reduce(0, +), 1, accuracy: 1e-12)
        XCTAssertLessThan(jsDivergence(h(ring), h(ring2)), 0.01)
        XCTAssertGreaterThan(jsDivergence(h(ring), h(grid)), 0.5)
    }

    func testModeCoverageOfTrueAndCollapsedSamples() {
        var rng = RNG(seed: 2)
        let ring = GaussianMixture2D.ring()
        let perfect = ModeCoverage(samples: ring.sample(2_500, using: &rng), mixture: ring)
        XCTAssertEqual(perfect.modesCaptured, 8)
        // In 2-D, P(|x - mode| <= 3 std) = 1 - exp(-9 / 2) = 0.989.
        XCTAssertEqual(perfect.highQualityShare, 0.989, accuracy: 0.01)
        let collapsed = [Point](repeating: ring.means[0], count: 90) + [Point](repeating: Point(0, 0), count: 10)
        let coverage = ModeCoverage(samples: collapsed, mixture: ring)
        XCTAssertEqual(coverage.modesCaptured, 1)
        XCTAssertEqual(coverage.highQualityShare, 0.9, accuracy: 1e-12)
        XCTAssertEqual(coverage.samplesPerMode, [90, 0, 0, 0, 0, 0, 0, 0])
    }

    /// A logistic discriminator trained on N(0, 1) against N(1, 1) approaches D*(x) = sigmoid(0.5 - x).
    func testTrainedDiscriminatorApproachesTheOptimalOne() {
        var rng = RNG(seed: 6)
        let (data, model) = (Normal(mean: 0, std: 1), Normal(mean: 1, std: 1))
        let discriminator = MLP(sizes: [1, 1], using: &rng)
        let optimizer = Adam(parameters: discriminator.parameters, learningRate: 0.05)
        for _ in 0..<400 {
            let real = discriminator(Tensor(column: data.sample(256, using: &rng)))
            let fake = discriminator(Tensor(column: model.sample(256, using: &rng)))
            optimizer.zeroGrad()
            (binaryCrossEntropy(logits: real, label: 1) + binaryCrossEntropy(logits: fake, label: 0)).backward()
            optimizer.step()
        }
        let xs = Array(stride(from: -2.0, through: 3.0, by: 0.5))
        let trained = discriminator(Tensor(column: xs)).sigmoid().column
        for (x, d) in zip(xs, trained) {
            XCTAssertEqual(d, optimalDiscriminator(at: x, data: data, model: model), accuracy: 0.04, "x = \(x)")
        }
    }
}
